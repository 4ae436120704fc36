// A WritePlan: the cells a fill (or a generated sheet) would write, each with what it replaces.
// The engine plans; adapters apply a plan whole or not at all (STYLE.md).
import type { Scalar } from '../grid';
import type { Finding } from '../messages/catalog';

export interface CellWrite {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
  /** Formula to write, without its leading "=". When absent, `value` is written. */
  formula?: string;
  /** The value to write when there is no formula; also the engine's own number for a formula. */
  value: Scalar;
  /** What the cell held before (the undo log). */
  old: { v: Scalar; f?: string };
  /** A note to attach to the cell (e.g. the hand-typed value a formula replaced). */
  note?: string;
}

export interface WritePlan {
  writes: CellWrite[];
  findings: Finding[];
}
