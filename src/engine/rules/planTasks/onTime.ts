// SPEC §5, §7: the computed "Đúng hạn/quá hạn" column (Phụ lục I, seed 004): the date of the
// document that completed the task against the deadline ("Thời hạn ban hành văn bản"), for the
// check (task.onTimeMismatch where a typed value disagrees) and for the fill (what it writes).
//
// Decisions:
// - The document's date: the done date column if the table has one, else the first day written
//   in "Số văn bản" ("Kế hoạch số 12/KH-UBND ngày 5/3/2024", or a real date cell), else in
//   "Trích yếu" ("… ngày 20/01/2024"); days from before the year before the plan's are cited
//   documents, skipped (dates.ts).
// - On time when the document's date ≤ the deadline (a deadline is the last day allowed, SPEC §5;
//   milestones: the last). Recurring, external, relative, unparsed or missing deadlines, or no
//   document date: no value (the fill leaves the cell alone, the check says nothing).
// - Only done tasks have a value: in a Phụ lục I every task is done; in a plan with a status
//   column, a task not done yet has none.
// - Formula where Excel can compare the two cells: both are real date cells (whole days, a single
//   cell each, no continuation text): IF(OR(C12="",E12=""),"",IF(C12<=E12,"Đúng hạn","Quá hạn")),
//   so the sheet stays live (SPEC §7). Otherwise the value.
import type { Deadline } from '../../deadline';
import type { PlanTasksTable } from '../../detect/types';
import { a1, cellDateIso, type Grid } from '../../grid';
import type { Finding } from '../../messages/catalog';
import { finding } from '../../messages/catalog';
import { dayOf } from './dates';
import { deadlineDay, deadlineReader, resolvePlanYear, type PlanYear } from './deadlines';
import { buildPlanModel, effectiveField, fieldCell, type FieldRead, type FieldRole, type PlanEntry, type PlanModel } from './model';
import { progressReader } from './progress';
import { LATE, lookUp, ON_TIME, ON_TIME_VOCABULARY, type OnTimeValue } from './vocab';

export interface OnTimeComputation {
  /** The "Đúng hạn/quá hạn" cell of the task (1-based sheet row and column) and its A1. */
  row: number;
  col: number;
  cell: string;
  /** The document's date (ISO) and the cell it was read from. */
  docDate: string | null;
  docDateCell: string | null;
  /** The deadline's last day (ISO) and the cell it was read from. */
  deadline: string | null;
  deadlineCell: string | null;
  onTime: boolean | null;
  /** What the cell should show; null: nothing can be computed (leave the cell). */
  value: OnTimeValue | null;
  /** Formula without "=", where both dates are real date cells; else null (write `value`). */
  formula: string | null;
  /** What the cell shows now (its text, a formula's cached result), or null when empty. */
  typed: string | null;
}

const DOC_DATE_ROLES: readonly FieldRole[] = ['doneDate', 'docNumber', 'docSummary'];

function docDateOf(entry: PlanEntry, planYear: number | null): { iso: string; field: FieldRead } | null {
  for (const role of DOC_DATE_ROLES) {
    const f = entry.fields[role];
    if (!f) continue;
    const iso = dayOf(f.only, f.text, planYear);
    if (iso !== null) return { iso, field: f };
  }
  return null;
}

/** A real date cell holding a whole day, alone behind its field: a formula can compare it. */
function isDateCell(f: FieldRead): boolean {
  return f.only !== null && typeof f.only.v === 'number' && Number.isInteger(f.only.v) && cellDateIso(f.only) !== null;
}

export function onTimeFormula(docCell: string, deadlineCell: string): string {
  return `IF(OR(${docCell}="",${deadlineCell}=""),"",IF(${docCell}<=${deadlineCell},"${ON_TIME}","${LATE}"))`;
}

/** The computations of a read plan; `isDone` says which tasks have been completed. */
export function computeOnTime(
  model: PlanModel,
  planYear: PlanYear | null,
  isDone: (e: PlanEntry) => boolean,
  readDeadline: (f: FieldRead) => Deadline = deadlineReader(planYear),
): OnTimeComputation[] {
  const col = model.table.columns.onTime;
  if (col === undefined) return [];
  const year = planYear?.year ?? null;
  return model.tasks.map((task): OnTimeComputation => {
    const typedField = task.fields.onTime;
    const typed = typedField ? typedField.text : null;
    const base = { row: task.row, col, cell: a1(task.row, col), typed };
    const deadlineField = effectiveField(task, 'deadline');
    const deadline = deadlineField ? deadlineDay(readDeadline(deadlineField)) : null;
    const doc = isDone(task) ? docDateOf(task, year) : null;
    const known = {
      docDate: doc?.iso ?? null,
      docDateCell: doc ? fieldCell(doc.field) : null,
      deadline,
      deadlineCell: deadline !== null && deadlineField ? fieldCell(deadlineField) : null,
    };
    if (!doc || deadline === null || !deadlineField) return { ...base, ...known, onTime: null, value: null, formula: null };
    const onTime = doc.iso <= deadline;
    const formula = isDateCell(doc.field) && isDateCell(deadlineField) ? onTimeFormula(fieldCell(doc.field), fieldCell(deadlineField)) : null;
    return { ...base, ...known, onTime, value: onTime ? ON_TIME : LATE, formula };
  });
}

/** task.onTimeMismatch: a typed value that is not what the dates say (an unknown word included). */
export function onTimeFindings(sheet: string, computations: OnTimeComputation[]): Finding[] {
  const out: Finding[] = [];
  for (const c of computations) {
    if (c.typed === null || c.onTime === null || c.docDate === null || c.deadline === null) continue;
    if (lookUp(ON_TIME_VOCABULARY, c.typed) === c.onTime) continue;
    out.push(finding(sheet, c.cell, 'task.onTimeMismatch', { value: c.typed, onTime: c.onTime, docDate: c.docDate, deadline: c.deadline }));
  }
  return out;
}

export interface OnTimeOptions {
  /** As-of date (ISO): its year is the plan's when neither the title nor the deadlines give one. */
  today?: string;
}

/**
 * For the fill (SPEC §7): each task's "Đúng hạn/quá hạn" cell, with the formula to write
 * (without "=") or, where there is none, the value; `value: null` means leave the cell alone.
 * Empty when the table has no such column.
 */
export function onTimeComputations(table: PlanTasksTable, grid: Grid, opts: OnTimeOptions = {}): OnTimeComputation[] {
  const model = buildPlanModel(table, grid);
  const planYear = resolvePlanYear(model, opts.today);
  const progress = progressReader(model, planYear);
  return computeOnTime(model, planYear, (e) => progress(e).done);
}
