// One unit's file, reduced the moment it is checked (issue 9: memory stays flat): the score sheet's
// summary, the plan's counts, the unit's name and the issues as compact tuples. The grids, the
// detected tables and the full report are dropped by the caller once this returns.
import type { PlanTasksSummary, Report, ScoreSheetSummary, TableReport } from '../../report/schema';
import type { DetectedTable, ScoreSheetTable } from '../detect/types';
import { roundHalfUp } from '../rules/scoreSheet';
import { criteriaInfo } from './criteria';
import type { CompactIssue, UnitDigest, UnitPlan, UnitScore } from './types';
import { fileUnitName, levelOfName } from './unit';

/** What analyseWorkbook returns that a digest needs (engine/check.ts CheckResult). */
export interface CheckedFile {
  report: Report;
  tables: DetectedTable[];
}

type ScoreReport = Extract<TableReport, { kind: 'scoreSheet' }>;
type PlanReport = Extract<TableReport, { kind: 'planTasks' }>;

interface Paired<R extends TableReport, T extends DetectedTable> {
  report: R;
  table: T;
}

/** Report tables with their detected tables (same order; check.ts keeps them in step). */
function pairs(file: CheckedFile): Array<{ report: TableReport; table: DetectedTable }> {
  return file.report.tables.flatMap((report, i) => {
    const table = file.tables[i];
    return table && table.kind === report.kind && table.sheet === report.sheet ? [{ report, table }] : [];
  });
}

function isScore(p: { report: TableReport; table: DetectedTable }): p is Paired<ScoreReport, ScoreSheetTable> {
  return p.report.kind === 'scoreSheet' && p.table.kind === 'scoreSheet';
}

function isPlan(p: { report: TableReport }): p is { report: PlanReport; table: DetectedTable } {
  return p.report.kind === 'planTasks';
}

function scoreOf(p: Paired<ScoreReport, ScoreSheetTable>): UnitScore {
  const s: ScoreSheetSummary = p.report.summary;
  return {
    criteria: criteriaInfo(p.table, s),
    sheet: p.report.sheet,
    maxTotal: s.maxTotal,
    applicableMax: s.applicableMax,
    totals: { ...s.totals },
    index: s.indexPercent,
    rating: s.rating,
    provisional: s.provisional,
    awaitingSurvey: s.awaitingSurvey.length,
    notApplicable: s.naCriteria.length,
    areas: s.areas.map((a) => ({ ...a })),
  };
}

/** A unit's plan tables added up; the completion rate only where a table says what is done. */
function planOf(plans: ReadonlyArray<PlanTasksSummary>): UnitPlan | null {
  if (plans.length === 0) return null;
  const known = plans.filter((p) => p.completionPercent !== null);
  const tasks = plans.reduce((s, p) => s + p.tasks, 0);
  const knownTasks = known.reduce((s, p) => s + p.tasks, 0);
  const completed = plans.reduce((s, p) => s + p.completed, 0);
  return {
    tables: plans.length,
    tasks,
    completed,
    completionPercent: known.length === plans.length && knownTasks > 0 ? roundHalfUp((completed / tasks) * 100, 2) : null,
    overdue: plans.reduce((s, p) => s + p.overdue.length, 0),
    dueSoon: plans.reduce((s, p) => s + p.dueSoon.length, 0),
  };
}

/**
 * The digest of one checked file. `file` is the name shown to the user. The unit's score sheet is
 * the first score sheet holding a final score (a workbook may keep the blank form beside the
 * filled one), else the first score sheet; its title block names the unit.
 */
export function digestFile(checked: CheckedFile, file: string): UnitDigest {
  const all = pairs(checked);
  const scores = all.filter(isScore);
  const scored = scores.find((p) => p.report.summary.totals.final !== null) ?? scores[0];
  const plans = all.filter(isPlan);
  const named = scored?.table ?? plans[0]?.table ?? all[0]?.table;
  // The title block names the unit (detect/title.ts); else the file does (SPEC §9.1).
  const unit = named?.title.unit ?? fileUnitName(file);
  const titled = [named, ...all.map((p) => p.table)].filter((t): t is DetectedTable => t !== undefined);
  const issues: CompactIssue[] = checked.report.issues.map((i) => [i.sheet, i.cell, i.severity, i.code, i.message] as const);
  return {
    file,
    unit,
    nameSource: named?.title.unit ? 'title' : 'file',
    level: levelOfName(unit),
    province: titled.map((t) => t.title.province).find((p) => p !== undefined)?.toLocaleUpperCase('vi') ?? null,
    year: titled.map((t) => t.title.year).find((y) => y !== undefined) ?? null,
    score: scored ? scoreOf(scored) : null,
    plan: planOf(plans.map((p) => p.report.summary)),
    tables: checked.report.tables.length,
    issues,
  };
}
