// SPEC §7 for a score sheet: every parent's score and the table total as SUM formulas of their
// children's cells, then the applicable maximum, the index and the rating (scoreFooter.ts).
//
// Decisions (issue 10 §1):
// - A score column is filled when some leaf holds a score in it (columnStatus partial or
//   complete); an all-empty column (an appraisal column before the appraisal) gets nothing, and
//   neither does a parent none of whose leaves holds anything in that column (1.8, all ĐTXHH,
//   awaiting the survey): a 0 there would read as a score.
// - The sum names the applicable children only, each cell by itself or runs of adjacent rows as a
//   range (SUM(D9,D12:D13,D16)): never a range over a guidance row or a not-applicable child. An
//   N/A child counts 0 in the engine (SPEC §4.4); leaving it out gives the same number, and stays
//   right if someone later types a number over the marker. A not-applicable parent gets nothing.
// - A ±N parent: MAX(-N,MIN(N,SUM(…))) (SPEC §4.3). The total row: SUM of the applicable areas.
// - Each write's value is what the formula gives in Excel: a number stored as text is skipped, as
//   SUM skips it (fill.numberAsText names it); values mode writes the same numbers.
// - A formula that would read a cell holding an Excel error (#REF!) is not written, nor any sum
//   above it (its value is not known); each finding names the error cells (fill.errorCell), and
//   no index is computed from a total so refused.
import type { ScoreSheetTable } from '../detect/types';
import { a1, isErrorValue, type Scalar } from '../grid';
import { finding } from '../messages';
import type { CriterionNode, ScoreColumn, ScoreModel } from '../rules/scoreSheet';
import { analyseScoreSheet } from '../rules/scoreSheet';
import { tidy } from '../rules/scoreSheet/rating';
import { readNumber } from '../text/numbers';
import type { RatingBandValue } from '../../report/defaults';
import { place, valueAfter, type AfterFill, type FillContext, type Refused } from './cells';
import { clampFormula, sumFormula, type Ref } from './formulas';
import { planFooter } from './scoreFooter';

/** SPEC §7: score columns with at least one scored leaf (partial or complete). */
export function filledColumns(model: ScoreModel): ScoreColumn[] {
  return model.scoreColumns.filter((c) => model.columnStatus[c] === 'partial' || model.columnStatus[c] === 'complete');
}

function isTextNumber(v: Scalar): boolean {
  return typeof v === 'string' && readNumber(v)?.kind === 'number';
}

interface SumSpec {
  target: Ref;
  children: Ref[];
  /** N for a ±N parent, whose sum is clamped. */
  clamp: number | null;
  /** Not-applicable children's cells: an existing SUM naming them is still ours. */
  ignorable: Set<string>;
}

/**
 * Plans one sum: refused when a child holds an Excel error or is itself a refused sum (its value
 * is not known: the sums above it are refused too, naming the error cells), else placed.
 */
function planSum(ctx: FillContext, after: AfterFill, refused: Refused, spec: SumSpec): void {
  const values = spec.children.map((r) => valueAfter(ctx, after, r));
  const cell = a1(spec.target.row, spec.target.col);
  const roots = new Map<string, string>();
  spec.children.forEach((r, i) => {
    const ref = a1(r.row, r.col);
    const v = values[i];
    const inherited = refused.get(ref);
    if (inherited) for (const [c, e] of inherited) roots.set(c, e);
    else if (isErrorValue(v)) roots.set(ref, v.error);
  });
  if (roots.size) {
    refused.set(cell, roots);
    const [first] = roots.values();
    ctx.findings.push(finding(ctx.sheet, cell, 'fill.errorCell', { cells: [...roots.keys()].join(', '), error: first }));
    return;
  }
  const asText = spec.children.filter((_, i) => isTextNumber(values[i]));
  if (asText.length) ctx.findings.push(finding(ctx.sheet, cell, 'fill.numberAsText', { cells: asText.map((r) => a1(r.row, r.col)).join(', ') }));
  let sum = 0;
  for (const v of values) if (typeof v === 'number') sum += v;
  sum = tidy(sum);
  let formula = sumFormula(spec.children);
  if (spec.clamp !== null) {
    sum = Math.max(-spec.clamp, Math.min(spec.clamp, sum));
    formula = clampFormula(formula, spec.clamp);
  }
  after.set(cell, place(ctx, spec.target.row, spec.target.col, { formula, value: sum, ignorable: spec.ignorable }));
}

/** Per node: some applicable leaf under it holds a score (or an error) in the column. */
function holdingNodes(model: ScoreModel, column: ScoreColumn): Set<CriterionNode> {
  const holds = new Set<CriterionNode>();
  for (let i = model.nodes.length - 1; i >= 0; i--) {
    const n = model.nodes[i];
    if (n.notApplicable) continue;
    const kind = n.scores[column]?.value.kind;
    if (n.children.length === 0 ? kind === 'number' || kind === 'error' : n.children.some((k) => holds.has(k))) holds.add(n);
  }
  return holds;
}

function sumSpec(target: Ref, kids: readonly CriterionNode[], col: number, clamp: number | null): SumSpec {
  return {
    target,
    children: kids.filter((k) => !k.notApplicable).map((k) => ({ row: k.row, col })),
    clamp,
    ignorable: new Set(kids.filter((k) => k.notApplicable).map((k) => a1(k.row, col))),
  };
}

/** The parents' and the total's sums of one score column, bottom-up (children before parents). */
function planColumn(ctx: FillContext, model: ScoreModel, column: ScoreColumn, after: AfterFill, refused: Refused): void {
  const col = model.columns[column];
  if (col === undefined) return;
  const holds = holdingNodes(model, column);
  for (let i = model.nodes.length - 1; i >= 0; i--) {
    const n = model.nodes[i];
    if (n.children.length === 0 || !holds.has(n)) continue;
    const clamp = n.bonus && n.maxPoints !== null ? n.maxPoints : null;
    planSum(ctx, after, refused, sumSpec({ row: n.row, col }, n.children, col, clamp));
  }
  const total = model.total;
  if (total && model.areas.some((a) => holds.has(a))) planSum(ctx, after, refused, sumSpec({ row: total.row, col }, model.areas, col, null));
}

/** SPEC §7: a score sheet's computed cells. */
export function planScoreSheet(ctx: FillContext, table: ScoreSheetTable, bands: readonly RatingBandValue[]): void {
  const model = analyseScoreSheet(table, ctx.grid, { ratingBands: [...bands] });
  const after: AfterFill = new Map();
  const refused: Refused = new Map();
  for (const column of filledColumns(model)) planColumn(ctx, model, column, after, refused);
  planFooter(ctx, model, table, after, refused, bands);
}
