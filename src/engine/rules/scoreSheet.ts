// SPEC §4: score sheet rules. analyseScoreSheet reads the sheet into a ScoreModel (the criterion
// tree with every max and score cell, sums, N/A, survey, final scores, applicable maxima, totals,
// index, rating, guidance rules), which the fill and the add-in use as it is; checkScoreSheet
// turns the model into findings and the report's summary (SPEC §8, §9).
//
// Decisions (issue 4), each explained where it is implemented:
// - ĐTXHH marks: the note (or evidence) cell; a marked parent marks all its children (Bảng 2,
//   5.11). Survey criteria awaiting a score count 0 and make the index provisional.
// - N/A: the first cell holding something along rechecked → appraised → self (survey → survey
//   column) decides; a marker on a parent covers its sub-tree; naCriteria lists the topmost.
// - total.mismatch: only against a total written on the sheet (max cell, or "Tổng điểm : 100").
// - Guidance: options combine as rowsAdd, allAdd or alternatives, whichever reaches the max
//   (guidance.ts); guidance.unparsed is counted in the summary, not reported (issue 4 §6).
// - score.noEvidence: the self-assessed score (the unit's claim), on the evidence cell.
// - index.below70 / area.below50: on the final-score cell of the total / area row; while survey
//   scores are pending, only when full survey marks could not lift the figure over the line.
// - Scores are taken as typed: one above its max is reported, not cut down, in the final score;
//   a number stored as text counts (SPEC §3); a SUM formula whose cached value skips it is right.
// - A ±N area counts +N in the total max; its score is its children's sum clamped to ±N; it has
//   no percentage and is never below 50 %.
import type { Config } from '../../report/config';
import type { ScoreSheetSummary } from '../../report/schema';
import type { ScoreSheetTable } from '../detect/types';
import type { Grid } from '../grid';
import { malformedCodeFindings } from './codeCells';
import type { RuleContext, RuleResult } from './context';
import { analyse } from './scoreSheet/analyse';
import { scoreSheetFindings, summaryOf } from './scoreSheet/findings';
import type { ScoreModel } from './scoreSheet/model';

export function analyseScoreSheet(table: ScoreSheetTable, grid: Grid, config: Pick<Config, 'ratingBands'>): ScoreModel {
  return analyse(table, grid, config).model;
}

export function checkScoreSheet(table: ScoreSheetTable, ctx: RuleContext): RuleResult<ScoreSheetSummary> {
  const analysis = analyse(table, ctx.grid, ctx.config);
  // "1,1" or "2..1" in the code column: the row is left out of the tree, and said so (SPEC §3).
  return { findings: [...malformedCodeFindings(table, ctx.grid), ...scoreSheetFindings(analysis)], summary: summaryOf(analysis.model) };
}

export { ratingOf, roundHalfUp } from './scoreSheet/rating';
export { allowedScores, isScoreAllowed, parseGuidance, scoreFromRate } from './guidance';
export type { AllowedScores, Combination, GuidanceOption, ParsedGuidance, RateRule } from './guidance';
export { SCORE_COLUMNS } from './scoreSheet/model';
export type {
  CellRef,
  ColumnStatus,
  CriterionGuidance,
  CriterionNode,
  GuidanceRow,
  MaxCell,
  MaxValue,
  ScoreCell,
  ScoreColumn,
  ScoreModel,
  ScoreTotals,
  ScoreValue,
  TotalRow,
} from './scoreSheet/model';
