// Writes laid-out sheets (engine/layout: SheetLayout) as a new .xlsx with ExcelJS: the forms of
// `cchc generate` (issue 8) and the TONG_HOP workbook of `cchc summary` (SPEC §9.1). Fonts,
// alignment, borders, fills, number formats, merges, widths and heights, frozen panes, A4 fitted
// to one page wide with the header rows printed on every page and the footer, page breaks,
// conditional shading, an auto-filter, date inputs with their data validation, and a protected
// sheet's input cells unlocked. Thin: the layout decides everything (STYLE.md). Every formula
// carries the result the engine computed (none where it has none yet), and the workbook asks
// Excel to calculate on opening anyway. The file is written beside the target and renamed into
// place: a failed run never leaves half a workbook under the user's name.
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomicWrite';
import { rectA1 } from '../engine/grid';
import type { DateValidation, LayoutCell, LayoutStyle, SheetLayout } from '../engine/layout/types';

/** Workbook properties: who wrote it ("cchc generate", "cchc summary"). */
export interface WorkbookInfo {
  creator: string;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's A4 paper size code. */
const A4 = 9;

/** `locked` only on a protected sheet: elsewhere it means nothing, and is left out. */
function excelStyle(s: LayoutStyle, font: SheetLayout['font'], locking: boolean): Partial<ExcelJS.Style> {
  return {
    font: { name: font.name, size: s.size ?? font.size, ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) },
    alignment: { vertical: s.valign ?? 'middle', ...(s.align ? { horizontal: s.align } : {}), ...(s.wrap ? { wrapText: true } : {}) },
    ...(s.border ? { border: BORDER } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } } } : {}),
    ...(locking ? { protection: { locked: !s.input } } : {}),
  };
}

function cellValue(c: LayoutCell): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    return (c.result === undefined || c.result === null ? { formula: c.formula } : { formula: c.formula, result: c.result }) as ExcelJS.CellFormulaValue;
  }
  return c.value ?? null;
}

function dateValidation(v: DateValidation): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(`${v.after}T00:00:00Z`)],
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.error,
  };
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetLayout): void {
  const p = sheet.page;
  const { rows: frozenRows, cols: frozenCols } = sheet.freeze;
  const ws = wb.addWorksheet(sheet.name, {
    properties: { defaultRowHeight: sheet.defaultHeight },
    pageSetup: {
      paperSize: A4,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: true,
      margins: p.margins,
      ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows.from}:${p.printTitleRows.to}` } : {}),
    },
    ...(p.footer ? { headerFooter: { oddFooter: `&C${p.footer}`, evenFooter: `&C${p.footer}` } } : {}),
    // ExcelJS puts the top-left cell of a frozen pane right after the frozen rows and columns.
    views: [frozenRows || frozenCols ? { state: 'frozen', xSplit: frozenCols, ySplit: frozenRows, zoomScale: 100 } : { state: 'normal', zoomScale: 100 }],
  });
  sheet.widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  // One ExcelJS style per layout style: a layout shares a few style objects among all its cells.
  const styles = new Map<LayoutStyle, Partial<ExcelJS.Style>>();
  const locking = sheet.protection !== undefined;
  sheet.rows.forEach((line, i) => {
    line.forEach((c, j) => {
      if (!c) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = cellValue(c);
      let made = styles.get(c.style);
      if (!made) {
        made = excelStyle(c.style, sheet.font, locking);
        styles.set(c.style, made);
      }
      cell.style = made;
      if (c.validation) cell.dataValidation = dateValidation(c.validation);
    });
  });
  for (const [row, height] of Object.entries(sheet.heights)) ws.getRow(Number(row)).height = height;
  for (const m of sheet.merges) ws.mergeCells(rectA1(m));
  for (const r of sheet.rowBreaks) ws.getRow(r).addPageBreak();
  sheet.shades.forEach((shade, k) => {
    ws.addConditionalFormatting({
      ref: rectA1(shade.range),
      rules: [{ type: 'expression', priority: k + 1, formulae: [shade.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: shade.fill } } } }],
    });
  });
  if (sheet.autoFilter) ws.autoFilter = rectA1(sheet.autoFilter);
  const prot = sheet.protection;
  // No password (issue 8): a guard against typing over a formula by accident, not a lock.
  if (prot) {
    void ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatRows: prot.formatRows,
      formatColumns: prot.formatColumns,
      insertRows: prot.insertRows,
      deleteRows: prot.deleteRows,
    });
  }
}

/** The workbook of the sheets, in order, as bytes. */
export async function layoutWorkbookBuffer(sheets: readonly SheetLayout[], info: WorkbookInfo): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = info.creator;
  wb.lastModifiedBy = info.creator;
  // Excel computes every formula on opening (the cached results are the engine's).
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of sheets) addSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the workbook to `path` through a temporary file beside it. */
export async function writeLayoutWorkbook(sheets: readonly SheetLayout[], path: string, info: WorkbookInfo): Promise<void> {
  await writeFileAtomically(path, await layoutWorkbookBuffer(sheets, info));
}
