// What table detection hands to the rules: the table's kind, where it is, what each column
// means, the title block above it and every data row classified (SPEC §2).
import type { TableKind } from '../../report/schema';
import type { Rect } from '../grid';
import type { Code } from '../text/codes';

export const ROLES = {
  planTasks: [
    'code', 'task', 'group', 'product', 'lead', 'support', 'deadline',
    'status', 'doneDate', 'docNumber', 'docSummary', 'onTime', 'note',
  ],
  scoreSheet: [
    'code', 'criterion', 'max', 'self', 'appraised', 'rechecked', 'survey',
    'evidence', 'note', 'deadline', 'lead', 'support',
  ],
  statistics: ['code', 'indicator', 'unit', 'note'],
  assignment: ['code', 'criterion', 'owner', 'note'],
} as const;

export type RoleOf<K extends TableKind> = (typeof ROLES)[K][number];
export type Role = RoleOf<TableKind>;

/** The lines above a table: agency name, "Phụ lục …", the title, "(Kèm theo …)". */
export interface TitleBlock {
  agency?: string;
  label?: string;
  title?: string;
  subtitle?: string;
  /** The plan or report year read from the title ("… NĂM 2019") or the subtitle. */
  year?: number;
  /** The unit the document belongs to ("Sở Công Thương Đồng Nai"), when the title block says. */
  unit?: string;
  /** The province named above the unit ("UBND TỈNH ĐIỆN BIÊN"). */
  province?: string;
  rows: number[];
}

/**
 * How a row of a table reads (SPEC §2):
 * - section: a Roman-numbered heading (I., II. …);
 * - coded: a row with an Arabic code (1, 1.1, 1.1.1);
 * - item: an un-coded data row (a sub-indicator of statistics, a task of an un-numbered plan);
 * - guidance: an un-coded scoring rule under a criterion (score sheets only);
 * - continuation: the rest of the row above, split by a page break;
 * - total: the closing total row of a score sheet ("TỔNG ĐIỂM");
 * - header: the table's header repeated on a new page.
 */
export type RowKind = 'section' | 'coded' | 'item' | 'guidance' | 'continuation' | 'total' | 'header';

export interface TableRow {
  row: number;
  kind: RowKind;
  /** The row's code (Arabic for coded rows, Roman for sections). */
  code?: Code;
  /** The title of a section row ("Cải cách thể chế" of "I. Cải cách thể chế"). */
  sectionTitle?: string;
  /** A section that starts on this data row, its title written in the first column beside the
   * section's first task (seed 003's merged "Nhiệm vụ chung" cells). */
  startsSection?: { code: Code; title: string };
  /** Sheet rows that continue this row (filled on the row a continuation belongs to). */
  continuations?: number[];
}

interface TableBase<K extends TableKind> {
  kind: K;
  sheet: string;
  /** Sheet rows of the header (one or two). */
  headerRows: number[];
  /** From the first header row to the last data row. */
  range: Rect;
  /** Column role → 1-based column number. */
  columns: Partial<Record<RoleOf<K>, number>>;
  title: TitleBlock;
  year: number | null;
  /** Data rows in sheet order, empty rows left out. */
  rows: TableRow[];
}

export interface YearColumn {
  col: number;
  year: number;
}

export type PlanTasksTable = TableBase<'planTasks'>;
export type ScoreSheetTable = TableBase<'scoreSheet'>;
export type StatisticsTable = TableBase<'statistics'> & {
  /** The "Năm N-1", "Năm N" columns under "Kết quả thống kê", left to right. */
  years: YearColumn[];
};
export type AssignmentTable = TableBase<'assignment'>;

export type DetectedTable = PlanTasksTable | ScoreSheetTable | StatisticsTable | AssignmentTable;
