// SPEC §6, §7 for the statistics annex: the percentages the engine computes from their parts get
// the formula statisticsComputations gives, IF(D25=0,"",ROUND(D26/D25*100,2)), in their own cell.
//
// Decisions (issue 10 §1):
// - Only where the computation has a formula: a percentage sharing its cell with the typed count
//   ("281 thủ tục = 96,9%", seed 004) is an input cell, never written (computations.ts).
// - The value is part / whole × 100 rounded half up to 2 decimals, as Excel's ROUND gives it; a
//   zero whole makes the formula show "" (values mode then writes nothing).
import type { StatisticsTable } from '../detect/types';
import { statisticsComputations } from '../rules/statistics/computations';
import { roundHalfUp } from '../rules/scoreSheet/rating';
import { place, type FillContext } from './cells';

export function planStatistics(ctx: FillContext, table: StatisticsTable): void {
  for (const c of statisticsComputations(table, ctx.grid)) {
    if (c.formula === null) continue;
    if (c.exact === null && ctx.values) continue;
    place(ctx, c.row, c.col, { formula: c.formula, value: c.exact === null ? '' : roundHalfUp(c.exact, 2) });
  }
}
