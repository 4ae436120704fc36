// Writes the summary workbook (SPEC §9.1, TONG_HOP.xlsx) from its layout (engine/summary/layout.ts)
// with ExcelJS: fonts, borders, merges, widths, frozen header rows, A4 landscape fitted to one
// page wide with the header rows repeated on every page, conditional shading of areas under 50 %,
// and every formula with its computed result. The file is written beside the target and renamed
// into place, so a failed run never leaves half a workbook under the user's name.
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomicWrite';
import { a1, parseA1 } from '../engine/grid';
import { BODY_SIZE, FONT_NAME, type LayoutCell, type LayoutStyle, type SheetLayout } from '../engine/summary/layout';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per wrapped line of 12-point Times New Roman. */
const LINE_HEIGHT = 16;
const DEFAULT_HEIGHT = 17;

function excelStyle(s: LayoutStyle): Partial<ExcelJS.Style> {
  return {
    font: { name: FONT_NAME, size: s.size ?? BODY_SIZE, ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) },
    alignment: { vertical: s.valign ?? 'middle', ...(s.align ? { horizontal: s.align } : {}), ...(s.wrap ? { wrapText: true } : {}) },
    ...(s.border ? { border: BORDER } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } } } : {}),
  };
}

/** ExcelJS styles made once per layout style (the layout shares a few style objects among all cells). */
type StyleCache = Map<LayoutStyle, Partial<ExcelJS.Style>>;

const NO_STYLE: LayoutStyle = {};

function styleOf(cache: StyleCache, style: LayoutStyle | undefined): Partial<ExcelJS.Style> {
  const key = style ?? NO_STYLE;
  let made = cache.get(key);
  if (!made) {
    made = excelStyle(key);
    cache.set(key, made);
  }
  return made;
}

function valueOf(c: LayoutCell): ExcelJS.CellValue {
  if (c.formula !== undefined) return { formula: c.formula, result: c.result ?? undefined } as ExcelJS.CellFormulaValue;
  return c.value ?? null;
}

/** Width in characters of each merged range's first cell, to estimate wrapped rows' heights. */
function mergedWidths(layout: SheetLayout): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of layout.merges) {
    const [from, to] = m.split(':');
    const left = parseA1(from)?.col ?? 1;
    const right = parseA1(to)?.col ?? left;
    let w = 0;
    for (let c = left; c <= right; c++) w += layout.widths[c - 1] ?? 9;
    out.set(from, w);
  }
  return out;
}

const UPPER_RE = /\p{Lu}/u;

/** Column-width units a text takes: capitals of Times New Roman are about a third wider. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += UPPER_RE.test(ch) ? 1.3 : 0.95;
  return w;
}

/** Lines a wrapped text takes in a column `width` characters wide (Excel does not fit heights itself). */
function linesOf(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
}

function addSheet(wb: ExcelJS.Workbook, layout: SheetLayout, styles: StyleCache): void {
  const ws = wb.addWorksheet(layout.name, {
    properties: { defaultRowHeight: DEFAULT_HEIGHT },
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [
      layout.freeze.rows || layout.freeze.cols
        ? { state: 'frozen', xSplit: layout.freeze.cols, ySplit: layout.freeze.rows, zoomScale: 100 }
        : { state: 'normal', zoomScale: 100 },
    ],
  });
  layout.widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  const merged = mergedWidths(layout);
  layout.rows.forEach((cells, i) => {
    const r = i + 1;
    let lines = 1;
    cells.forEach((c, j) => {
      if (!c) return;
      const cell = ws.getCell(r, j + 1);
      cell.value = valueOf(c);
      cell.style = styleOf(styles, c.style);
      if (c.style?.wrap && typeof c.value === 'string') lines = Math.max(lines, linesOf(c.value, merged.get(a1(r, j + 1)) ?? layout.widths[j] ?? 9));
    });
    const height = layout.rowHeights[r] ?? (lines > 1 ? lines * LINE_HEIGHT + 2 : undefined);
    if (height) ws.getRow(r).height = height;
  });
  for (const m of layout.merges) ws.mergeCells(m);
  if (layout.printTitleRows) ws.pageSetup.printTitlesRow = `${layout.printTitleRows.from}:${layout.printTitleRows.to}`;
  for (const r of layout.rowBreaks) ws.getRow(r).addPageBreak();
  layout.shades.forEach((shade, k) => {
    ws.addConditionalFormatting({
      ref: shade.range,
      rules: [{ type: 'expression', priority: k + 1, formulae: [shade.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: shade.fill } } } }],
    });
  });
  if (layout.autoFilter) ws.autoFilter = layout.autoFilter;
}

/** The workbook of the layout, as bytes. */
export async function summaryWorkbookBuffer(sheets: readonly SheetLayout[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cchc summary';
  wb.lastModifiedBy = 'cchc summary';
  // Excel recalculates on opening (the cached results are right; this keeps them so after edits elsewhere).
  wb.calcProperties.fullCalcOnLoad = true;
  const styles: StyleCache = new Map();
  for (const layout of sheets) addSheet(wb, layout, styles);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the workbook to `path` through a temporary file beside it. */
export async function writeSummaryWorkbook(sheets: readonly SheetLayout[], path: string): Promise<void> {
  await writeFileAtomically(path, await summaryWorkbookBuffer(sheets));
}
