// The contract of `cchc check --json` (SPEC §8, §9): schema cchc-report/1.
// One zod schema, used by the CLI to validate what it prints, by tests and by the add-in.
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const IssueSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
  /** Index into `tables` of the table the finding belongs to, when it belongs to one. */
  table: z.number().int().nonnegative().optional(),
  /** Where the rule comes from (SPEC section or the Đề án clause). */
  rule: z.string().optional(),
  /** Present when the user dismissed the finding ("Bỏ qua") with a reason (SPEC §7). */
  dismissed: z.object({ reason: z.string() }).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const TableKindSchema = z.enum(['planTasks', 'statistics', 'scoreSheet', 'assignment']);
export type TableKind = z.infer<typeof TableKindSchema>;

const num = z.number();
const nullableNum = z.number().nullable();

export const AreaSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  max: num,
  applicableMax: num,
  final: num,
  percent: nullableNum,
  below50: z.boolean(),
});
export type AreaSummary = z.infer<typeof AreaSummarySchema>;

export const ScoreTotalsSchema = z.object({
  self: nullableNum,
  appraised: nullableNum,
  rechecked: nullableNum,
  survey: nullableNum,
  final: nullableNum,
});

export const ScoreSheetSummarySchema = z.object({
  maxTotal: num,
  applicableMax: num,
  totals: ScoreTotalsSchema,
  indexPercent: nullableNum,
  rating: z.string().nullable(),
  /** True while survey (ĐTXHH) criteria await their score (SPEC §4.5). */
  provisional: z.boolean(),
  areas: z.array(AreaSummarySchema),
  naCriteria: z.array(z.string()),
  awaitingSurvey: z.array(z.string()),
  guidance: z.object({ parsed: z.number().int(), unparsed: z.number().int() }),
});
export type ScoreSheetSummary = z.infer<typeof ScoreSheetSummarySchema>;

export const TaskRefSchema = z.object({ cell: z.string(), code: z.string(), deadline: z.string() });

export const PlanTasksSummarySchema = z.object({
  tasks: z.number().int(),
  completed: z.number().int(),
  completionPercent: nullableNum,
  overdue: z.array(TaskRefSchema),
  dueSoon: z.array(TaskRefSchema),
  recurring: z.number().int(),
  external: z.number().int(),
  unparsed: z.number().int(),
});
export type PlanTasksSummary = z.infer<typeof PlanTasksSummarySchema>;

export const StatisticsSummarySchema = z.object({
  indicators: z.number().int(),
  filled: z.number().int(),
  computed: z.number().int(),
  years: z.array(z.number().int()),
});
export type StatisticsSummary = z.infer<typeof StatisticsSummarySchema>;

export const AssignmentSummarySchema = z.object({
  criteria: z.number().int(),
  unassigned: z.array(z.string()),
  owners: z.record(z.string(), z.number().int()),
});
export type AssignmentSummary = z.infer<typeof AssignmentSummarySchema>;

const tableBase = {
  sheet: z.string(),
  range: z.string(),
  headerRows: z.array(z.number().int().positive()),
  /** Column role → column letter, e.g. {"code": "A", "criterion": "B", "max": "C"}. */
  columns: z.record(z.string(), z.string()),
  year: z.number().int().nullable(),
  rows: z.number().int().nonnegative(),
  /** From the title block above the table. */
  title: z.string().optional(),
  label: z.string().optional(),
  unit: z.string().optional(),
};

export const TableReportSchema = z.discriminatedUnion('kind', [
  z.object({ ...tableBase, kind: z.literal('scoreSheet'), summary: ScoreSheetSummarySchema }),
  z.object({ ...tableBase, kind: z.literal('planTasks'), summary: PlanTasksSummarySchema }),
  z.object({ ...tableBase, kind: z.literal('statistics'), summary: StatisticsSummarySchema }),
  z.object({ ...tableBase, kind: z.literal('assignment'), summary: AssignmentSummarySchema }),
]);
export type TableReport = z.infer<typeof TableReportSchema>;

export const ReportSchema = z.object({
  schema: z.literal('cchc-report/1'),
  file: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  tables: z.array(TableReportSchema),
  issues: z.array(IssueSchema),
});
export type Report = z.infer<typeof ReportSchema>;

// ---- cchc summary --json (SPEC §9.1): schema cchc-summary/1 ----

export const SummaryCriteriaSchema = z.object({
  /** Short stable id of the set (a hash of its codes, area maxima and total). */
  id: z.string(),
  /** "Bảng 1 (Sở, 100 điểm, 133 tiêu chí)". */
  name: z.string(),
  label: z.string().nullable(),
  title: z.string().nullable(),
  level: z.enum(['so', 'huyen']).nullable(),
  maxTotal: num,
  /** Coded rows under the areas. */
  criteria: z.number().int(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), max: num })),
});

export const SummaryPlanSchema = z.object({
  tasks: z.number().int(),
  completed: z.number().int(),
  completionPercent: nullableNum,
  overdue: z.number().int(),
  dueSoon: z.number().int(),
});

export const SummaryUnitSchema = z.object({
  unit: z.string(),
  file: z.string(),
  /** Where the unit's name came from: the title block, or the file name. */
  nameSource: z.enum(['title', 'file']),
  index: nullableNum,
  rating: z.string().nullable(),
  /** Competition rank inside the set (1, 2, 2, 4); null without an index. */
  rank: z.number().int().positive().nullable(),
  provisional: z.boolean(),
  maxTotal: nullableNum,
  applicableMax: nullableNum,
  totals: ScoreTotalsSchema.nullable(),
  areas: z.array(AreaSummarySchema),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  /** The summary's own findings on this unit (summary.duplicateUnit, summary.criteriaMismatch). */
  flags: z.array(IssueSchema),
  plan: SummaryPlanSchema.nullable(),
});
export type SummaryUnit = z.infer<typeof SummaryUnitSchema>;

export const SummarySchema = z.object({
  schema: z.literal('cchc-summary/1'),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The workbook written (as given with -o), or null when none was. */
  output: z.string().nullable(),
  /** One ranking per criteria set; `criteria` is null for the units without a score sheet. */
  sets: z.array(z.object({ criteria: SummaryCriteriaSchema.nullable(), units: z.array(SummaryUnitSchema) })),
  unreadable: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type SummaryJson = z.infer<typeof SummarySchema>;

// ---- cchc fill --json (SPEC §7, §9): schema cchc-fill/1 ----

/** A cell's value: text, number, boolean, empty (null) or an Excel error such as {"error": "#REF!"}. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);

/** A cell's content: its value, and its formula (without "=") when it has one. */
export const CellContentSchema = z.object({ value: CellValueSchema, formula: z.string().optional() });

export const FillReportSchema = z.object({
  schema: z.literal('cchc-fill/1'),
  file: z.string(),
  /** The workbook written (as given with -o). */
  output: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Values instead of formulas (--values). */
  values: z.boolean(),
  /** Nothing needed writing: OUT is a byte-for-byte copy of FILE. */
  copied: z.boolean(),
  /** Every recognised table and how many of its cells were written. */
  tables: z.array(
    z.object({
      sheet: z.string(),
      kind: TableKindSchema,
      range: z.string(),
      written: z.number().int().nonnegative(),
      /** The cells written, A1. */
      cells: z.array(z.string()),
    }),
  ),
  /** Every cell written, with what it held before (the undo log) and what it holds now. */
  written: z.array(
    z.object({ sheet: z.string(), cell: z.string(), old: CellContentSchema, new: CellContentSchema, note: z.string().optional() }),
  ),
  /** Planned cells the writer left alone (an array formula's cell). */
  skipped: z.array(z.object({ sheet: z.string(), cell: z.string(), reason: z.string() })),
  /** The fill's own findings (computed.overwritten, fill.*). */
  issues: z.array(IssueSchema),
  /** What `cchc check` finds in FILE: the fill fills whatever it finds (exit code unchanged). */
  check: z.object({ errors: z.number().int().nonnegative(), warnings: z.number().int().nonnegative(), info: z.number().int().nonnegative() }),
});
export type FillReport = z.infer<typeof FillReportSchema>;
