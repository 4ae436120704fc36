// What `cchc generate` and the add-in's Tạo phụ lục (SPEC §9, §10) are asked for and make: an
// annex sheet laid out as plain data (engine/layout: SheetLayout) with the table `cchc check`
// must find in it. The engine lays a form out; an adapter writes it (src/xlsx/layoutWorkbook.ts:
// a new .xlsx with ExcelJS; src/addin/excel/generate.ts: a new sheet of the open workbook) and
// decides nothing about CCHC (STYLE.md).
import type { TableKind } from '../../report/schema';
import type { Rect } from '../grid';
import type { SheetLayout, SheetProtection } from '../layout/types';

/** What `cchc generate` makes: Phụ lục I, Phụ lục II, or a criteria score sheet. */
export type FormKind = 'phuLuc1' | 'phuLuc2' | 'scoreSheet';

export const FORM_KINDS: readonly FormKind[] = ['phuLuc1', 'phuLuc2', 'scoreSheet'];

/** The criteria of a score sheet: seed 001 Bảng 1 (Sở) or Bảng 2 (huyện). */
export type CriteriaChoice = 'so' | 'huyen';

/** Where the table of the form is, as `cchc check` must find it. */
export interface FormTable {
  kind: TableKind;
  headerRows: number[];
  range: Rect;
  /** Role → 1-based column (statistics years as `year2023` …). */
  columns: Record<string, number>;
}

/**
 * A generated form: a laid-out sheet with its table, always protected, its header rows frozen
 * (never columns), never shaded, broken into pages or filtered (the add-in's writer, which
 * writes forms only, relies on it). Its name may clash with a sheet of the workbook it goes
 * into: the adapter resolves that ("Phụ lục I (2)").
 */
export interface SheetForm extends SheetLayout {
  kind: FormKind;
  protection: SheetProtection;
  freeze: { rows: number; cols: 0 };
  rowBreaks: [];
  shades: [];
  autoFilter?: undefined;
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
