// SPEC §5 (and §2.1, §9): plan task rules. A plan (seed 000), a Phụ lục 1 with a status column
// (seed 003) or a Phụ lục I list of completed tasks (seed 004) is read as tasks and groups
// (planTasks/model.ts), each task's deadline is parsed with the plan's year
// (planTasks/deadlines.ts) and its progress read (planTasks/progress.ts); then, against the
// as-of date:
// - task.overdue: the deadline's last day (milestones: the last) is before the as-of date and
//   the task is not done. Recurring, external and relative deadlines ("Trong thời hạn 30 ngày kể
//   từ …" with no day to count from) never make a task overdue: they name no day. A deadline
//   before the plan year is reported as such (task.deadlineBeforePlanYear), not as overdue: its
//   day is a copy error ("Quý I/2018" in the 2019 plan), "overdue since 31/03/2018" would mislead.
// - task.dueSoon (info): not done and the next day of its deadline (the next milestone) is within
//   config.dueSoonDays (default 14) of the as-of date, the as-of date itself included.
// - task.completedLate: done on a day (done-date column, or "Hoàn thành ngày …") after the deadline.
// - task.deadlineUnparsed (info) and task.deadlineBeforePlanYear: once per deadline cell, on tasks
//   and on group rows (a group's deadline is read by the tasks that inherit it). An Excel error
//   in a deadline cell (#REF!) is cell.error (SPEC §4.3), not an unreadable phrase.
// - task.missingField: a task with no product, lead or deadline of its own or of its group, for
//   the columns the table has; on the empty cell. Groups and section rows are never missing.
// - task.statusUnknown: on the status cell, tasks and groups.
// - code.gap, code.duplicate, code.orphan …: the shared hierarchy (codes restart after sections);
//   code.malformed ("1,2" in the STT column) as for every table kind.
// - task.onTimeMismatch: planTasks/onTime.ts.
// Cells named: the deadline cell (overdue, dueSoon, beforePlanYear, unparsed), the status cell
// (statusUnknown), the done-date cell (completedLate), the empty cell (missingField), the
// "Đúng hạn/quá hạn" cell (onTimeMismatch). A task without a code is named by its text.
//
// Summary (SPEC §9): tasks (groups and empty form rows excluded), completed, completionPercent
// (done / tasks × 100, 2 decimals; null where the table does not say what is done: a plan with
// no status or done-date column, or a Phụ lục I, whose list of completed tasks holds no
// unfinished ones to count against), overdue and dueSoon [{cell, code, deadline}], and the
// numbers of tasks whose deadline is recurring, external or unparsed (a task with no deadline
// is task.missingField, not unparsed).
import type { PlanTasksSummary } from '../../report/schema';
import { addDays, daysBetween } from '../deadline/calendar';
import { deadlineDates, type Deadline } from '../deadline';
import type { PlanTasksTable } from '../detect/types';
import { isErrorValue, parseA1 } from '../grid';
import { finding, type Finding, type TaskField } from '../messages/catalog';
import { malformedCodeFindings } from './codeCells';
import type { RuleContext, RuleResult } from './context';
import { deadlineDay, deadlineReader, isBeforePlanYear, resolvePlanYear, type PlanYear } from './planTasks/deadlines';
import { buildPlanModel, effectiveField, fieldCell, ownCell, type FieldRead, type PlanEntry, type PlanModel } from './planTasks/model';
import { computeOnTime, onTimeFindings } from './planTasks/onTime';
import { progressReader, statusReader, tracksProgress, type StatusReader } from './planTasks/progress';

export { onTimeComputations, onTimeFormula, type OnTimeComputation, type OnTimeOptions } from './planTasks/onTime';
export { buildPlanModel, effectiveField, fieldCell, type FieldRead, type PlanEntry, type PlanModel } from './planTasks/model';
export { resolvePlanYear, type PlanYear } from './planTasks/deadlines';
export { readStatus, type Status } from './planTasks/status';
export type { OnTimeValue } from './planTasks/vocab';

type TaskRef = PlanTasksSummary['overdue'][number];

const REQUIRED_FIELDS: readonly TaskField[] = ['product', 'lead', 'deadline'];
const NAME_LENGTH = 60;
const EXCEL_COLUMNS = 16_384;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** How a message names a task: its code, or (un-coded) the start of its text. */
function taskName(e: PlanEntry): { code: string; name?: string } {
  if (e.code) return { code: e.code };
  const text = e.fields.task?.text ?? '';
  if (text.length <= NAME_LENGTH) return { code: '', name: text };
  // Cut between words: "… của trung ương…", not "… của trung ươ…".
  const head = text.slice(0, NAME_LENGTH);
  const space = head.lastIndexOf(' ');
  return { code: '', name: `${(space > NAME_LENGTH / 2 ? head.slice(0, space) : head).trimEnd()}…` };
}

/** Findings top to bottom, left to right (a stable sort: one cell's findings keep their order). */
function inSheetOrder(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, at: parseA1(f.cell) }));
  keyed.sort((a, b) => (a.at?.row ?? 0) - (b.at?.row ?? 0) || (a.at?.col ?? 0) - (b.at?.col ?? 0));
  return keyed.map((k) => k.f);
}

/** The next day a deadline names from `today` on (milestones: the next one), or null. */
function nextDay(d: Deadline, today: string): string | null {
  return deadlineDates(d).find((day) => day >= today) ?? null;
}

interface Checker {
  model: PlanModel;
  sheet: string;
  today: string;
  /** The last day that is still "due soon" (today + config.dueSoonDays). */
  soonUntil: string;
  planYear: PlanYear | null;
  readDeadline: ReturnType<typeof deadlineReader>;
  readStatus: StatusReader;
  findings: Finding[];
}

/** task.deadlineUnparsed, task.deadlineBeforePlanYear and task.statusUnknown, once per cell. */
function cellFindings(c: Checker): void {
  /** Cells already read (a cell merged over several rows is reported once). */
  const seen = new Set<number>();
  const key = (f: FieldRead) => f.row * EXCEL_COLUMNS + f.col;
  for (const e of c.model.entries) {
    if (e.blank) continue;
    const dl = e.fields.deadline;
    if (dl && !seen.has(key(dl))) {
      seen.add(key(dl));
      const d = c.readDeadline(dl);
      const day = deadlineDay(d);
      // SPEC §4.3: an Excel error where a date is expected (#REF! of a broken formula).
      if (isErrorValue(dl.only?.v)) c.findings.push(finding(c.sheet, fieldCell(dl), 'cell.error', { value: dl.text, expected: 'date' }));
      else if (d.kind === 'unparsed') c.findings.push(finding(c.sheet, fieldCell(dl), 'task.deadlineUnparsed', { text: dl.text }));
      else if (day !== null && c.planYear && isBeforePlanYear(day, c.planYear)) {
        c.findings.push(finding(c.sheet, fieldCell(dl), 'task.deadlineBeforePlanYear', { text: dl.text, year: Number(day.slice(0, 4)), planYear: c.planYear.year }));
      }
    }
    const st = e.fields.status;
    if (st && !seen.has(key(st))) {
      seen.add(key(st));
      const s = c.readStatus(st);
      if (s.kind === 'unknown') c.findings.push(finding(c.sheet, fieldCell(st), 'task.statusUnknown', { value: s.text }));
    }
  }
}

function missingFields(c: Checker, task: PlanEntry): void {
  for (const field of REQUIRED_FIELDS) {
    if (effectiveField(task, field) !== null) continue;
    const cell = ownCell(c.model, task, field);
    if (cell !== null) c.findings.push(finding(c.sheet, cell, 'task.missingField', { ...taskName(task), field }));
  }
}

export function checkPlanTasks(table: PlanTasksTable, ctx: RuleContext): RuleResult<PlanTasksSummary> {
  const model = buildPlanModel(table, ctx.grid);
  const planYear = resolvePlanYear(model, ctx.today);
  const c: Checker = {
    model,
    sheet: table.sheet,
    today: ctx.today,
    soonUntil: addDays(ctx.today, ctx.config.dueSoonDays) ?? ctx.today,
    planYear,
    readDeadline: deadlineReader(planYear),
    readStatus: statusReader(planYear),
    findings: [...model.hierarchy.findings, ...malformedCodeFindings(table, ctx.grid)],
  };
  cellFindings(c);
  const progress = progressReader(model, planYear, c.readStatus);
  const overdue: TaskRef[] = [];
  const dueSoon: TaskRef[] = [];
  const counts = { recurring: 0, external: 0, unparsed: 0 };
  let completed = 0;
  const doneTasks = new Set<PlanEntry>();

  for (const task of model.tasks) {
    missingFields(c, task);
    const p = progress(task);
    if (p.done) {
      completed++;
      doneTasks.add(task);
    }
    const dl = effectiveField(task, 'deadline');
    if (!dl) continue;
    const d = c.readDeadline(dl);
    if (d.kind === 'recurring' || d.kind === 'external' || d.kind === 'unparsed') counts[d.kind]++;
    const day = deadlineDay(d);
    if (day === null || isBeforePlanYear(day, planYear)) continue;
    const cell = (): string => ownCell(model, task, 'deadline') ?? fieldCell(dl);
    if (p.done) {
      if (p.date !== null && p.date > day) {
        c.findings.push(finding(c.sheet, p.dateCell ?? cell(), 'task.completedLate', { ...taskName(task), deadline: day, done: p.date }));
      }
      continue;
    }
    if (day < c.today) {
      const at = cell();
      c.findings.push(finding(c.sheet, at, 'task.overdue', { ...taskName(task), deadline: day, today: c.today }));
      overdue.push({ cell: at, code: task.code, deadline: day });
      continue;
    }
    if (day > c.soonUntil && d.kind === 'date') continue; // the common case, without a search
    const next = nextDay(d, c.today);
    if (next !== null && next <= c.soonUntil) {
      const at = cell();
      c.findings.push(finding(c.sheet, at, 'task.dueSoon', { ...taskName(task), deadline: next, days: daysBetween(c.today, next) }));
      dueSoon.push({ cell: at, code: task.code, deadline: next });
    }
  }

  c.findings.push(...onTimeFindings(table.sheet, computeOnTime(model, planYear, (e) => doneTasks.has(e), c.readDeadline)));
  const tasks = model.tasks.length;
  const rateKnown = tracksProgress(model) && tasks > 0;
  return {
    findings: inSheetOrder(c.findings),
    summary: {
      tasks,
      completed,
      completionPercent: rateKnown ? round2((completed / tasks) * 100) : null,
      overdue,
      dueSoon,
      ...counts,
    },
  };
}
