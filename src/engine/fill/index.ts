// Fill (SPEC §7): the computed cells of every recognised table → a WritePlan.
// (Placeholder until the fill issue lands: plans nothing.)
import type { WorkbookGrids } from '../grid';
import type { CheckOptions } from '../check';
import type { WritePlan } from './plan';

export interface FillOptions extends CheckOptions {
  /** Values instead of formulas (SPEC §7 values-only mode). */
  values?: boolean;
}

export function planFill(_wb: WorkbookGrids, _opts: FillOptions): WritePlan {
  return { writes: [], findings: [] };
}

export type { CellWrite, WritePlan } from './plan';
