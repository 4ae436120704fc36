// The layout of a generated annex sheet (SPEC §9 `cchc generate`, §10 Tạo phụ lục) as plain data:
// cells with their values, formulas and styles, merges, widths and heights, frozen rows, the
// printed page and the sheet's protection. The engine lays a form out; an adapter writes it
// (src/xlsx/generate.ts: a new .xlsx with ExcelJS; src/addin/excel/generate.ts: a new sheet of the
// open workbook) and decides nothing about CCHC (STYLE.md).
import type { TableKind } from '../../report/schema';
import type { Rect } from '../grid';

/** What `cchc generate` makes: Phụ lục I, Phụ lục II, or a criteria score sheet. */
export type FormKind = 'phuLuc1' | 'phuLuc2' | 'scoreSheet';

export const FORM_KINDS: readonly FormKind[] = ['phuLuc1', 'phuLuc2', 'scoreSheet'];

/** The criteria of a score sheet: seed 001 Bảng 1 (Sở) or Bảng 2 (huyện). */
export type CriteriaChoice = 'so' | 'huyen';

export interface FormStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points (the form's font is Times New Roman, FORM_FONT). */
  size?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on the four sides (the table's cells). */
  border?: boolean;
  /** Number format code ("dd/mm/yyyy", "0.00"). */
  numFmt?: string;
  /** An input cell: unlocked, so it can be typed in while the sheet is protected. */
  input?: boolean;
}

/** A date input's data validation: a day, with a prompt that says what to type. */
export interface DateValidation {
  kind: 'date';
  /** Shown when the cell is selected. */
  promptTitle: string;
  prompt: string;
  /** Shown when something else is typed. */
  errorTitle: string;
  error: string;
}

export type FormValue = string | number | null;

export interface FormCell {
  /** Text, a number (a date is its Excel serial with a date `numFmt`), or empty. */
  value?: FormValue;
  /** A formula without its leading "=" (the engine's fill planned it, SPEC §7). */
  formula?: string;
  /** The formula's result as the fill computes it, written as its cached value (absent: none yet). */
  result?: FormValue;
  style: FormStyle;
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
  printTitleRows: { from: number; to: number };
  /** Excel header/footer codes: "Trang &P/&N". */
  footer: string;
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

/** Where the table of the form is, as `cchc check` must find it. */
export interface FormTable {
  kind: TableKind;
  headerRows: number[];
  range: Rect;
  /** Role → 1-based column (statistics years as `year2023` …). */
  columns: Record<string, number>;
}

export interface SheetForm {
  kind: FormKind;
  /** The sheet's name (a clash is resolved by the adapter: "Phụ lục I (2)"). */
  name: string;
  /** rows[r - 1][c - 1]; missing cells are empty. */
  rows: Array<Array<FormCell | undefined>>;
  merges: Rect[];
  /** Column widths in characters (Excel's unit). */
  widths: number[];
  /** Row heights in points, for rows that need more than one line. */
  heights: Record<number, number>;
  font: { name: string; size: number };
  /** Rows frozen at the top (the title block and the header). */
  freezeRows: number;
  page: PageSetup;
  protection: SheetProtection;
  table: FormTable;
}

/** What was asked for (the CLI's options, the pane's dialog). */
export interface GenerateRequest {
  kind: FormKind;
  /** The report year N (Phụ lục II: columns N−1 and N); null: the source's, else the as-of date's. */
  year: number | null;
  /** The reporting unit ("Sở Công Thương", "UBND huyện Mai Sơn"); null: the source's, else "…". */
  unit: string | null;
  /** Score sheet: which criteria set, when no criteria table is given. */
  criteria: CriteriaChoice;
  /** As-of date, ISO (the fill's planning and deadline years need one). */
  today: string;
}

/** The request with its year and unit settled. */
export interface ResolvedRequest extends GenerateRequest {
  year: number;
}
