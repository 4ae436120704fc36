// Fill (SPEC §7): the computed cells of every recognised table → a WritePlan. Score sheets: parent,
// area and total scores as SUM formulas, then applicable max, index and rating (scoreSheet.ts,
// scoreFooter.ts); statistics annexes: the computed percentages (statistics.ts); plan tables with
// a "Đúng hạn/quá hạn" column: that column (phuLuc1.ts). Assignment tables compute nothing.
// Input cells (leaf scores, counts, statuses, dates, any typed text) are never in the plan; how
// each computed cell is decided is in cells.ts. A protected sheet is planned like any other: the
// adapters refuse to apply a plan that touches one (SPEC §7: the sheet stays as it was).
import type { TableKind } from '../../report/schema';
import { DEFAULT_CONFIG } from '../../report/defaults';
import { analyseWorkbook, type CheckOptions, type CheckResult } from '../check';
import { detectTables } from '../detect';
import type { DetectedTable } from '../detect/types';
import { parseA1, rectA1, type WorkbookGrids } from '../grid';
import type { Finding } from '../messages';
import type { FillContext } from './cells';
import { planOnTime } from './phuLuc1';
import type { CellWrite, WritePlan } from './plan';
import { planScoreSheet } from './scoreSheet';
import { planStatistics } from './statistics';

export interface FillOptions extends CheckOptions {
  /** Values instead of formulas (SPEC §7 values-only mode). */
  values?: boolean;
}

export interface FilledTable {
  /** Index of the table in the check report's `tables`. */
  index: number;
  sheet: string;
  kind: TableKind;
  range: string;
  /** The plan's writes to this table's cells. */
  writes: CellWrite[];
}

export interface FillResult {
  plan: WritePlan;
  tables: FilledTable[];
}

/** Findings in sheet order (the planners find them bottom-up). */
function bySheetOrder(findings: Finding[]): Finding[] {
  const at = (f: Finding) => parseA1(f.cell) ?? { row: 0, col: 0 };
  return findings
    .map((f, i) => ({ f, i, p: at(f) }))
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.f);
}

function planTable(ctx: FillContext, table: DetectedTable, opts: FillOptions): void {
  switch (table.kind) {
    case 'scoreSheet':
      planScoreSheet(ctx, table, (opts.config ?? DEFAULT_CONFIG).ratingBands);
      return;
    case 'statistics':
      planStatistics(ctx, table);
      return;
    case 'planTasks':
      planOnTime(ctx, table);
      return;
    case 'assignment':
      return;
    default: {
      const never: never = table;
      throw new Error(`unknown table ${String(never)}`);
    }
  }
}

/** The plan of every table, with each table's share of it (for the CLI's report). */
export function planTables(wb: WorkbookGrids, tables: readonly DetectedTable[], opts: FillOptions): FillResult {
  const plan: WritePlan = { writes: [], findings: [] };
  const filled: FilledTable[] = [];
  tables.forEach((table, index) => {
    const grid = wb.sheets.find((g) => g.sheet === table.sheet);
    if (!grid) return;
    const ctx: FillContext = { sheet: table.sheet, grid, values: opts.values ?? false, lang: opts.lang ?? 'vi', today: opts.today, writes: [], findings: [] };
    planTable(ctx, table, opts);
    const writes = ctx.writes.sort((a, b) => a.row - b.row || a.col - b.col);
    plan.writes.push(...writes);
    for (const f of bySheetOrder(ctx.findings)) plan.findings.push({ ...f, table: index });
    filled.push({ index, sheet: table.sheet, kind: table.kind, range: rectA1(table.range), writes });
  });
  return { plan, tables: filled };
}

/** SPEC §7: what a fill of the workbook writes (the add-in and the CLI apply it). */
export function planFill(wb: WorkbookGrids, opts: FillOptions): WritePlan {
  return planTables(wb, detectTables(wb), opts).plan;
}

/** The check and the fill of a workbook together (`cchc fill` reports both from one reading). */
export function fillWorkbook(wb: WorkbookGrids, opts: FillOptions): FillResult & { check: CheckResult } {
  const check = analyseWorkbook(wb, opts);
  return { ...planTables(wb, check.tables, opts), check };
}

export type { CellWrite, WritePlan } from './plan';
