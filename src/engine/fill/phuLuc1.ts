// SPEC §5, §7 for a plan table with a "Đúng hạn/quá hạn" column (Phụ lục I, seed 004): each done
// task's value from the document's date against the deadline (onTimeComputations).
//
// Decisions (issue 10 §1):
// - A formula where both dates are real date cells (IF(OR(C12="",E12=""),"",IF(C12<=E12,…))),
//   else the word itself, a text value; nothing where the dates do not tell (value null).
// - A typed word meaning the same ("quá hạn", "Trễ hạn" for "Quá hạn") is kept in values mode and
//   replaced silently by a formula; a typed word saying the opposite is replaced and reported
//   (computed.overwritten, its old value in a note); any other text (a remark typed in the
//   column) is never overwritten (fill.textKept).
import type { PlanTasksTable } from '../detect/types';
import { onTimeComputations } from '../rules/planTasks';
import { lookUp, ON_TIME_VOCABULARY } from '../rules/planTasks/vocab';
import { place, type FillContext, type TextPolicy } from './cells';

function onTimePolicy(onTime: boolean): TextPolicy {
  return {
    same: (typed) => lookUp(ON_TIME_VOCABULARY, typed) === onTime,
    replaceable: (typed) => lookUp(ON_TIME_VOCABULARY, typed) !== undefined,
  };
}

export function planOnTime(ctx: FillContext, table: PlanTasksTable): void {
  for (const c of onTimeComputations(table, ctx.grid, { today: ctx.today })) {
    if (c.value === null || c.onTime === null) continue;
    place(ctx, c.row, c.col, { formula: c.formula, value: c.value, text: onTimePolicy(c.onTime) });
  }
}
