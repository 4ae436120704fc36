// SPEC §5: the deadlines of a plan, read once per cell with the plan's year.
//
// Decisions:
// - The plan's year is the table's (the title's "… NĂM 2019", or the subtitle's). Without one,
//   it is the year most deadlines of the table name ("Quý II/2019", "Tháng 10/2019": ties go to
//   the later year), so a year-less "Trước ngày 31/7" still gets the right year; with no year
//   written anywhere, the year of the as-of date (as `cchc deadline` does).
// - task.deadlineBeforePlanYear is only reported against a year the document states (title or
//   its deadlines), never against the as-of date's year: checking an old plan later is no error.
// - A deadline in the last quarter of the year before the plan's is no copy: a plan is prepared
//   then (seed 003, 2020: "Ban hành kế hoạch CCHC năm … Trước ngày 31/12/2019", the CNTT plan
//   "ban hành trong quý IV năm 2019"). Earlier days are: "Quý I/2018", "Quý II/2018", "Chậm nhất
//   trong quý III/2018" in the 2019 plan (seed 000).
import { deadlineParser, deadlineYear, type Deadline } from '../../deadline';
import type { Cell } from '../../grid';
import type { FieldRead, PlanModel } from './model';

export type PlanYearSource = 'title' | 'deadlines' | 'today';

export interface PlanYear {
  year: number;
  from: PlanYearSource;
}

/** What the parser reads for a field: a one-cell number or date as the cell, else the text. */
export function deadlineInput(f: FieldRead): string | Cell {
  return f.only && typeof f.only.v !== 'string' && f.only.v !== null ? f.only : f.text;
}

function ownDeadlines(model: PlanModel): FieldRead[] {
  const out: FieldRead[] = [];
  for (const e of model.entries) {
    const f = e.fields.deadline;
    if (f) out.push(f);
  }
  return out;
}

/** The year most dated deadlines name (ties: the later year), or null. */
function commonYear(fields: FieldRead[]): number | null {
  const parse = deadlineParser({ year: null });
  const counts = new Map<number, number>();
  for (const f of fields) {
    const y = deadlineYear(parse(deadlineInput(f)));
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > bestCount || (n === bestCount && best !== null && y > best)) best = y;
  }
  return best;
}

export function resolvePlanYear(model: PlanModel, today: string | undefined): PlanYear | null {
  if (model.table.year !== null) return { year: model.table.year, from: 'title' };
  const common = commonYear(ownDeadlines(model));
  if (common !== null) return { year: common, from: 'deadlines' };
  return today ? { year: Number(today.slice(0, 4)), from: 'today' } : null;
}

/** Each distinct deadline text parsed once (deadlineParser's cache: a plan repeats "Thường xuyên"). */
export function deadlineReader(planYear: PlanYear | null): (f: FieldRead) => Deadline {
  const parse = deadlineParser({ year: planYear?.year ?? null });
  return (f) => parse(deadlineInput(f));
}

/** The deadline's day, when it names one (a date, or milestones: the last). */
export function deadlineDay(d: Deadline): string | null {
  return d.kind === 'date' || d.kind === 'milestones' ? d.date : null;
}

/** A day before the plan year that is not its preparation quarter (see the header). */
export function isBeforePlanYear(day: string, planYear: PlanYear | null): boolean {
  if (!planYear || planYear.from === 'today') return false;
  return day < `${planYear.year - 1}-10-01`;
}
