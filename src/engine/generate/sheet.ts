// Building a form on the shared layout (engine/layout): the official title block above the table,
// the table's borders, the forms' own measure of row heights, and the page and protection every
// annex shares. Pure functions over plain data (the one builder lives inside one layout call).
import type { Rect } from '../grid';
import { a4Page, get, merge, put, rect, type SheetCells } from '../layout/build';
import { rowHeights, type HeightRule } from '../layout/heights';
import type { LayoutCell, LayoutStyle, PageSetup, SheetProtection } from '../layout/types';
import type { SheetForm } from './types';

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
} as const satisfies Record<string, LayoutStyle>;

export function style(base: LayoutStyle, extra: LayoutStyle = {}): LayoutStyle {
  return { ...base, ...extra };
}

export function cell(value: LayoutCell['value'], s: LayoutStyle, extra: Partial<LayoutCell> = {}): LayoutCell {
  return { value, style: s, ...extra };
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
export function titleBlock(sheet: SheetCells, lines: TitleLines, widths: readonly number[]): number {
  const width = widths.length;
  let row = 1;
  put(sheet, row, 1, cell(lines.agency, STYLES.agency));
  merge(sheet, rect(row, 1, row, agencySpan(widths)));
  row += 2;
  const full = (text: string, s: LayoutStyle) => {
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

/**
 * Measured on LibreOffice's PDF of 12-point Times New Roman: about 0.75 a lower-case letter and
 * 1.05 a capital; bold is wider. Slightly high, so a row is never too short. A row of one line
 * keeps the default height.
 */
const FORM_ROWS: HeightRule = {
  metrics: { capital: 1.05, other: 0.8, size: FORM_FONT.size, bold: 1.08, padding: 1.5 },
  points: (lines, size, rows) => (lines * LINE_HEIGHT * size) / FORM_FONT.size / rows + 3,
  above: ONE_LINE + 1,
};

// ---- page and protection ----

export function pageSetup(orientation: PageSetup['orientation'], headerRows: number[]): PageSetup {
  return a4Page(
    orientation,
    { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    { printTitleRows: { from: headerRows[0], to: headerRows[headerRows.length - 1] }, footer: 'Trang &P/&N' },
  );
}

export const PROTECTION: SheetProtection = { insertRows: true, deleteRows: true, formatRows: true, formatColumns: true };

/** Bordered cells everywhere in the table's rectangle (empty ones included). */
export function borderTable(sheet: SheetCells, r: Rect): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const c = get(sheet, row, col);
      if (!c) put(sheet, row, col, { value: null, style: { ...STYLES.text } });
      else if (!c.style.border) c.style = { ...c.style, border: true };
    }
  }
}

/** What a form's layout settles besides its cells. */
export type FormParts = Pick<SheetForm, 'kind' | 'name' | 'widths' | 'page' | 'protection' | 'table'> & { freezeRows: number };

/** The finished form: the cells laid out, row heights measured, the forms' font and page. */
export function toForm(sheet: SheetCells, d: FormParts): SheetForm {
  return {
    kind: d.kind,
    name: d.name,
    rows: sheet.rows,
    merges: sheet.merges,
    widths: d.widths,
    heights: rowHeights(sheet, d.widths, FORM_FONT.size, FORM_ROWS),
    defaultHeight: ONE_LINE,
    font: { ...FORM_FONT },
    freeze: { rows: d.freezeRows, cols: 0 },
    page: d.page,
    protection: d.protection,
    rowBreaks: [],
    shades: [],
    table: d.table,
  };
}
