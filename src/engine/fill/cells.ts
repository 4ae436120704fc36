// One computed cell of a fill (SPEC §7): what it holds now against what the fill computes, and
// the write that follows (or none). Every planner goes through `place`, so the policy is one:
// - the same formula (normalised; for a SUM the same cells) with the same cached value, or in
//   values mode the same value: nothing is written (a second fill writes 0 cells);
// - the same formula with a stale cached value, or the same value typed by hand: rewritten
//   silently (nothing is lost: the undo log keeps the cell);
// - a different hand-typed value (or another formula giving another value): replaced, reported
//   (computed.overwritten) and the old value kept in a note on the cell and in the undo log;
// - text is never overwritten (fill.textKept), except the computed texts themselves (a rating,
//   "Đúng hạn"/"Quá hạn") which a planner declares through `text`;
// - a cell covered by a merged range (not its top-left cell) cannot be written (fill.mergedCell).
import { a1, cellAt, isEmptyValue, isErrorValue, mergeAt, rectA1, valueAt, type Cell, type Grid, type Scalar } from '../grid';
import { finding, type Finding, type Lang } from '../messages';
import { sameFormula, type Ref } from './formulas';
import { oldShown, overwrittenNote, showValue } from './notes';
import type { CellWrite } from './plan';

export interface FillContext {
  sheet: string;
  grid: Grid;
  /** Values instead of formulas (SPEC §7 values-only mode). */
  values: boolean;
  lang: Lang;
  /** The fill's date (ISO), named in the notes it writes. */
  today: string;
  /** Where the planners put their writes and findings. */
  writes: CellWrite[];
  findings: Finding[];
}

/** How a computed text cell (a rating, an on-time word) reads what is typed in it. */
export interface TextPolicy {
  /** The typed text says what the fill would write ("quá hạn" for "Quá hạn"). */
  same(typed: string): boolean;
  /** The typed text is a value of this kind (a rating, an on-time word), so it may be replaced. */
  replaceable(typed: string): boolean;
}

export interface Computed {
  /** The formula without "=", or null where only a value can be written. */
  formula: string | null;
  /** The formula's result as Excel computes it: what values mode writes, and the cached value. */
  value: Scalar;
  /** Set for a computed text cell; absent for a computed number, where any text is kept. */
  text?: TextPolicy;
  /** Cells a SUM already in the cell may name besides ours (not-applicable children's markers). */
  ignorable?: ReadonlySet<string>;
  /** A note to attach whenever the cell is written (why an index is a value, SPEC §7). */
  note?: string;
}

/** Excel keeps 15 significant digits: 0.1 + 0.2 comes back as 0.3. */
export function sameScalar(a: Scalar, b: Scalar): boolean {
  if (isEmptyValue(a) || isEmptyValue(b)) return isEmptyValue(a) && isEmptyValue(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

/** The cell's state as the undo log keeps it (the add-in compares it with the live cell). */
export function oldOf(cell: Cell | null): CellWrite['old'] {
  return cell?.f !== undefined ? { v: cell.v, f: cell.f } : { v: cell?.v ?? null };
}

function joinNotes(...notes: Array<string | undefined>): string | undefined {
  const kept = notes.filter((n): n is string => n !== undefined && n !== '');
  return kept.length ? kept.join('\n') : undefined;
}

/**
 * Plans one computed cell. Returns what the cell holds once the plan is applied (the planned
 * value, or what it keeps), so a sum above it can be computed as Excel will compute it.
 */
export function place(ctx: FillContext, row: number, col: number, content: Computed): Scalar {
  const cell = cellAt(ctx.grid, row, col);
  const ref = a1(row, col);
  const merge = mergeAt(ctx.grid, row, col);
  if (merge && (merge.top !== row || merge.left !== col)) {
    ctx.findings.push(finding(ctx.sheet, ref, 'fill.mergedCell', { range: rectA1(merge) }));
    return cell?.v ?? null;
  }
  const formula = ctx.values ? null : content.formula;
  const planned = content.value;
  const old = oldOf(cell);

  const emit = (overwritten: boolean): Scalar => {
    const w: CellWrite = { sheet: ctx.sheet, row, col, value: planned, old };
    if (formula !== null) w.formula = formula;
    const note = joinNotes(overwritten ? overwrittenNote(old, formula !== null, ctx.today, ctx.lang) : undefined, content.note);
    if (note !== undefined) w.note = note;
    ctx.writes.push(w);
    if (overwritten) {
      const params = { old: oldShown(old, ctx.lang), formula: formula === null ? '' : `=${formula}` };
      ctx.findings.push(
        finding(ctx.sheet, ref, 'computed.overwritten', formula === null ? { ...params, value: typeof planned === 'number' ? planned : showValue(planned, ctx.lang) } : params),
      );
    }
    return planned;
  };

  if (cell?.f !== undefined) {
    const same = formula !== null && sameFormula(cell.f, formula, content.ignorable);
    if (same && sameScalar(cell.v, planned)) return planned;
    // A stale cache of the same formula, or another route to the same value: nothing is lost.
    return emit(!same && !sameScalar(cell.v, planned));
  }
  const v = cell?.v ?? null;
  if (isEmptyValue(v)) return formula === null && isEmptyValue(planned) ? v : emit(false);
  if (typeof v === 'string') {
    const policy = content.text;
    if (policy?.same(v)) return formula === null ? v : emit(false);
    if (!policy?.replaceable(v)) {
      ctx.findings.push(finding(ctx.sheet, ref, 'fill.textKept', { value: v.trim() }));
      return v;
    }
    return emit(true);
  }
  if (sameScalar(v, planned)) return formula === null ? v : emit(false);
  return emit(true);
}

/** What every planned cell holds once the plan is applied, by A1 (the other cells keep theirs). */
export type AfterFill = Map<string, Scalar>;

export function valueAfter(ctx: FillContext, after: AfterFill, ref: Ref): Scalar {
  const key = a1(ref.row, ref.col);
  return after.has(key) ? (after.get(key) as Scalar) : valueAt(ctx.grid, ref.row, ref.col);
}

/** Sums not written because of an Excel error, by A1: the error cells behind each, with their error. */
export type Refused = Map<string, Map<string, string>>;
