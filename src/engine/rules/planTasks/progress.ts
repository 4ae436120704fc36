// SPEC §5: whether a task is done, and when.
//
// Decisions:
// - The status column decides ("Hoàn thành" …, status.ts). An empty status with a done date
//   ("Ngày hoàn thành") is done; a done date beside "Chưa hoàn thành" is not (the status is the
//   officer's statement, a date may be the planned one).
// - "Hoàn thành" without a done date is done; task.completedLate needs a day to compare, so it is
//   not checked (no finding: the done-date column is optional and often left empty).
// - A Phụ lục I (a list of completed tasks) has every task done (SPEC §5).
// - A plan with neither a status nor a done-date column says nothing about progress: no task
//   counts as done (its deadlines still make tasks overdue: seed 000 as of 2019-07-15) and the
//   completion rate is unknown (null), not 0 %.
import { dayOf } from './dates';
import type { PlanYear } from './deadlines';
import { effectiveField, fieldCell, type FieldRead, type PlanEntry, type PlanModel } from './model';
import { readStatus, type Status } from './status';

export interface Progress {
  done: boolean;
  /** The day it was done, when known (ISO), and the cell that says so. */
  date: string | null;
  dateCell: string | null;
}

const EMPTY: Status = { kind: 'empty' };

export type StatusReader = (f: FieldRead) => Status;

/**
 * Each status read once: text cells by their text (a plan repeats "Hoàn thành" on every row),
 * booleans and date cells as they come.
 */
export function statusReader(planYear: PlanYear | null): StatusReader {
  const year = planYear?.year ?? null;
  const byText = new Map<string, Status>();
  return (f) => {
    if (f.only !== null && typeof f.only.v !== 'string') return readStatus(f.only, f.text, year);
    const known = byText.get(f.text);
    if (known) return known;
    const s = readStatus(null, f.text, year);
    byText.set(f.text, s);
    return s;
  };
}

/** Whether the table tells which tasks are done (the completion rate is known). */
export function tracksProgress(model: PlanModel): boolean {
  return !model.completedList && (model.table.columns.status !== undefined || model.table.columns.doneDate !== undefined);
}

export function progressReader(model: PlanModel, planYear: PlanYear | null, status: StatusReader = statusReader(planYear)): (e: PlanEntry) => Progress {
  const year = planYear?.year ?? null;
  const doneOn = (f: FieldRead | null): string | null => (f ? dayOf(f.only, f.text, year) : null);
  return (task) => {
    const doneField = effectiveField(task, 'doneDate');
    const doneDay = doneOn(doneField);
    const doneDateCell = doneDay !== null && doneField ? fieldCell(doneField) : null;
    if (model.completedList) return { done: true, date: doneDay, dateCell: doneDateCell };
    const statusField = effectiveField(task, 'status');
    const s = statusField ? status(statusField) : EMPTY;
    if (s.kind === 'done') {
      if (doneDay !== null) return { done: true, date: doneDay, dateCell: doneDateCell };
      return { done: true, date: s.date, dateCell: s.date !== null && statusField ? fieldCell(statusField) : null };
    }
    if (s.kind === 'empty' && doneDay !== null) return { done: true, date: doneDay, dateCell: doneDateCell };
    return { done: false, date: null, dateCell: null };
  };
}
