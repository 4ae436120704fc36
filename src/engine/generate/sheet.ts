// Building a form: cells placed on a sheet, the official title block above the table, the
// table's borders, row heights for wrapped text, and the page and protection every annex shares.
// Pure functions over plain data (the one builder lives inside one layout call).
import type { Rect } from '../grid';
import type { FormCell, FormStyle, PageSetup, SheetForm, SheetProtection } from './types';

/** SPEC §9 / issue 8: Times New Roman 12 in the body, 13 for the title. */
export const FORM_FONT = { name: 'Times New Roman', size: 12 } as const;
export const TITLE_SIZE = 13;

export const STYLES = {
  agency: { bold: true, align: 'center', valign: 'middle', wrap: true },
  label: { bold: true, align: 'center', valign: 'middle' },
  title: { bold: true, size: TITLE_SIZE, align: 'center', valign: 'middle', wrap: true },
  subtitle: { italic: true, align: 'center', valign: 'middle', wrap: true },
  header: { bold: true, align: 'center', valign: 'middle', wrap: true, border: true },
  code: { align: 'center', valign: 'middle', border: true },
  text: { align: 'left', valign: 'middle', wrap: true, border: true },
  center: { align: 'center', valign: 'middle', wrap: true, border: true },
  number: { align: 'center', valign: 'middle', border: true },
} as const satisfies Record<string, FormStyle>;

export function style(base: FormStyle, extra: FormStyle = {}): FormStyle {
  return { ...base, ...extra };
}

export function cell(value: FormCell['value'], s: FormStyle, extra: Partial<FormCell> = {}): FormCell {
  return { value, style: s, ...extra };
}

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

/** A sheet being laid out: rows of cells and merges, 1-based. */
export interface Sheet {
  rows: Array<Array<FormCell | undefined>>;
  merges: Rect[];
}

export function newSheet(): Sheet {
  return { rows: [], merges: [] };
}

export function put(sheet: Sheet, row: number, col: number, c: FormCell): void {
  while (sheet.rows.length < row) sheet.rows.push([]);
  const line = sheet.rows[row - 1];
  while (line.length < col - 1) line.push(undefined);
  line[col - 1] = c;
}

export function get(sheet: Pick<Sheet, 'rows'>, row: number, col: number): FormCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/**
 * Merges a range and gives every covered cell the first cell's style (so a bordered merged
 * cell shows its border on every side, in Excel and LibreOffice alike).
 */
export function merge(sheet: Sheet, r: Rect): void {
  if (r.top === r.bottom && r.left === r.right) return;
  sheet.merges.push(r);
  const first = get(sheet, r.top, r.left);
  const s = first?.style ?? {};
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (row === r.top && col === r.left) continue;
      put(sheet, row, col, { value: null, style: { ...s, input: false } });
    }
  }
}

/** The lines above the table (SPEC §2: agency, "Phụ lục …", title in capitals, "(Kèm theo …)"). */
export interface TitleLines {
  /** Top-left, in capitals. */
  agency: string;
  label: string;
  /** One or more title lines in bold capitals. */
  title: string[];
  subtitle: string;
}

/** Columns the agency name spans at the top left. */
function agencySpan(widths: readonly number[]): number {
  let span = 1;
  let w = widths[0] ?? 10;
  while (span < widths.length - 1 && w < 30) w += widths[span++];
  return span;
}

/**
 * Writes the title block at the top of the sheet and returns the first row after it (one blank
 * row between the subtitle and the header, as the official forms have).
 */
export function titleBlock(sheet: Sheet, lines: TitleLines, widths: readonly number[]): number {
  const width = widths.length;
  let row = 1;
  put(sheet, row, 1, cell(lines.agency, STYLES.agency));
  merge(sheet, rect(row, 1, row, agencySpan(widths)));
  row += 2;
  const full = (text: string, s: FormStyle) => {
    put(sheet, row, 1, cell(text, s));
    merge(sheet, rect(row, 1, row, width));
    row++;
  };
  full(lines.label, STYLES.label);
  for (const t of lines.title) full(t, STYLES.title);
  full(lines.subtitle, STYLES.subtitle);
  return row + 1;
}

/** The agency line: the unit in capitals (Vietnamese letters included), or the form's placeholder. */
export function agencyLine(unit: string | null): string {
  return unit ? unit.toLocaleUpperCase('vi') : 'TÊN CƠ QUAN, ĐƠN VỊ';
}

/** "(Kèm theo Báo cáo số …/BC-… ngày …/…/N của …)": the report the annex goes with. */
export function subtitleLine(year: number, unit: string | null): string {
  return `(Kèm theo Báo cáo số …/BC-… ngày …/…/${year} của ${unit ?? '…'})`;
}

// ---- row heights ----

/** Points per line of 12-point Times New Roman, and the height of a one-line row. */
const LINE_HEIGHT = 15.6;
const ONE_LINE = 16.5;
const UPPER_RE = /\p{Lu}/u;

/**
 * Column-width units a text takes (a unit is the width of a digit of the default font, Calibri
 * 11): measured on LibreOffice's PDF of 12-point Times New Roman, about 0.75 a lower-case letter
 * and 1.05 a capital; bold is wider. Slightly high, so a row is never too short.
 */
function textWidth(text: string, bold: boolean, size: number): number {
  let w = 0;
  for (const ch of text) w += UPPER_RE.test(ch) ? 1.05 : 0.8;
  return (w * (bold ? 1.08 : 1) * size) / FORM_FONT.size;
}

/** Lines a wrapped text takes in `width` characters (Excel does not fit row heights itself). */
export function linesOf(text: string, width: number, bold = false, size: number = FORM_FONT.size): number {
  const room = Math.max(1, width - 1.5);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part, bold, size) / room)), 0);
}

/**
 * Each row's height from its wrapped texts: a merged cell's text flows over the merged width and
 * is spread over the rows it covers. Rows that fit on one line keep the default height.
 */
export function rowHeights(sheet: Sheet, widths: readonly number[]): Record<number, number> {
  const spans = new Map<string, Rect>();
  for (const m of sheet.merges) spans.set(`${m.top},${m.left}`, m);
  const heights: Record<number, number> = {};
  sheet.rows.forEach((line, i) => {
    const row = i + 1;
    let points = 0;
    line.forEach((c, j) => {
      if (!c || typeof c.value !== 'string' || c.value === '') return;
      const m = spans.get(`${row},${j + 1}`);
      const left = j + 1;
      const right = m ? m.right : left;
      let w = 0;
      for (let k = left; k <= right; k++) w += widths[k - 1] ?? 9;
      const size = c.style.size ?? FORM_FONT.size;
      const lines = c.style.wrap ? linesOf(c.value, w, c.style.bold ?? false, size) : 1;
      const rowsCovered = m ? m.bottom - m.top + 1 : 1;
      points = Math.max(points, (lines * LINE_HEIGHT * size) / FORM_FONT.size / rowsCovered + 3);
    });
    if (points > ONE_LINE + 1) heights[row] = Math.round(points * 4) / 4;
  });
  return heights;
}

// ---- page and protection ----

export function pageSetup(orientation: PageSetup['orientation'], headerRows: number[]): PageSetup {
  return {
    orientation,
    paper: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: { from: headerRows[0], to: headerRows[headerRows.length - 1] },
    footer: 'Trang &P/&N',
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export const PROTECTION: SheetProtection = { insertRows: true, deleteRows: true, formatRows: true, formatColumns: true };

/** Bordered cells everywhere in the table's rectangle (empty ones included). */
export function borderTable(sheet: Sheet, r: Rect): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const c = get(sheet, row, col);
      if (!c) put(sheet, row, col, { value: null, style: { ...STYLES.text } });
      else if (!c.style.border) c.style = { ...c.style, border: true };
    }
  }
}

export function toForm(sheet: Sheet, rest: Omit<SheetForm, 'rows' | 'merges' | 'heights' | 'font'>): SheetForm {
  return { ...rest, rows: sheet.rows, merges: sheet.merges, heights: rowHeights(sheet, rest.widths), font: { ...FORM_FONT } };
}
