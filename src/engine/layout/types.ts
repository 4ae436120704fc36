// A formatted sheet laid out as plain data: cells with their values, formulas, cached results and
// styles, merges, widths and heights, frozen panes, the printed page, protection, data validation
// and conditional shading. The engine lays sheets out (engine/generate: the annex forms of
// `cchc generate`; engine/summary: the TONG_HOP workbook of `cchc summary`); adapters write them
// (src/xlsx/layoutWorkbook.ts: a new .xlsx with ExcelJS; src/addin/excel/generate.ts: a new sheet
// of the open workbook) and decide nothing about CCHC (STYLE.md).
import type { Rect } from '../grid';

export type LayoutValue = string | number | null;

export interface LayoutStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; absent: the sheet's font size. */
  size?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on the four sides (the table's cells). */
  border?: boolean;
  /** Number format code ("dd/mm/yyyy", "0.00"). */
  numFmt?: string;
  /** Solid fill, ARGB ("FFF4CCCC"). */
  fill?: string;
  /** An input cell: unlocked, so it can be typed in while the sheet is protected. */
  input?: boolean;
}

/** A date input's data validation: a day after `after`, with a prompt that says what to type. */
export interface DateValidation {
  kind: 'date';
  /** ISO day a date must be later than. */
  after: string;
  /** Shown when the cell is selected. */
  promptTitle: string;
  prompt: string;
  /** Shown when something else is typed. */
  errorTitle: string;
  error: string;
}

export interface LayoutCell {
  /** Text, a number (a date is its Excel serial with a date `numFmt`), or empty. */
  value?: LayoutValue;
  /** A formula without its leading "=". */
  formula?: string;
  /** What the formula evaluates to, written as its cached value (absent or null: none yet). */
  result?: LayoutValue;
  style: LayoutStyle;
  validation?: DateValidation;
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** Always A4. */
  paper: 'A4';
  /** One page wide, as many pages tall as it takes. */
  fitToWidth: 1;
  fitToHeight: 0;
  /** Header rows printed on every page. */
  printTitleRows?: { from: number; to: number };
  /** Excel header/footer codes, centred at the foot of every page: "Trang &P/&N". */
  footer?: string;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** Sheet protection without a password: formulas cannot be typed over by accident. */
export interface SheetProtection {
  /** Rows may be inserted and deleted (a Phụ lục I with more tasks than rows). */
  insertRows: boolean;
  deleteRows: boolean;
  /** Row heights and column widths may be changed (long texts). */
  formatRows: boolean;
  formatColumns: boolean;
}

/** A range shaded where a formula holds (conditional formatting, so it follows the numbers). */
export interface ConditionalShade {
  range: Rect;
  /** A formula relative to the range's top-left cell, e.g. AND(ISNUMBER(C12),C12<50). */
  formula: string;
  /** Solid fill, ARGB. */
  fill: string;
}

export interface SheetLayout {
  name: string;
  /** rows[r - 1][c - 1]; missing cells are empty. */
  rows: Array<Array<LayoutCell | undefined>>;
  merges: Rect[];
  /** Column widths in characters (Excel's unit). */
  widths: number[];
  /** Row heights in points, for rows that need more than the default. */
  heights: Record<number, number>;
  /** The height of every other row, in points. */
  defaultHeight: number;
  /** The sheet's font; a style may change its size. */
  font: { name: string; size: number };
  /** Rows and columns frozen at the top and left (none: 0). */
  freeze: { rows: number; cols: number };
  page: PageSetup;
  /** Absent: the sheet is not protected. */
  protection?: SheetProtection;
  /** A page break after each of these rows. */
  rowBreaks: number[];
  shades: ConditionalShade[];
  autoFilter?: Rect;
}
