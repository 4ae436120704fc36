// Putting cells back (SPEC §7: a failed fill leaves the sheet as it was; Hoàn tác restores old
// values and formulas exactly). A restore reads the cells first and writes only those that differ
// from their target, so running it twice, or after a half-finished attempt, is safe.
import { a1 } from '../../engine/grid';
import { AddinError } from '../ops';
import { applyBatches, toBatches, toBlocks, type CellWrite, type WriteOp } from './batch';
import { cellInput } from './cellInput';
import { errorText, isProtectionError } from './run';
import type { ExcelRun } from './run';
import { cellKey, sameState, snapshot, type CellRef, type Snapshot } from './snapshot';
import type { CellState } from './store';

export interface RestoreTarget extends CellRef {
  state: CellState;
  /** The note the cell must have (null: none); undefined leaves the note alone. */
  note?: string | null;
}

/** Notes compared as Excel may give them back (line breaks as \r\n). */
export function sameNote(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\r\n?/g, '\n').trim();
  return norm(a) === norm(b);
}

/** The writes that take the cells from what they hold now to their targets. */
export function opsToward(targets: RestoreTarget[], now: Snapshot): WriteOp[] {
  const cells: CellWrite[] = [];
  const notes: WriteOp[] = [];
  for (const t of targets) {
    const current = now.cells.get(cellKey(t.sheet, t.row, t.col));
    if (!current || !sameState(current.state, t.state)) cells.push({ sheet: t.sheet, row: t.row, col: t.col, input: cellInput(t.state.f, t.state.v) });
    if (t.note !== undefined && current?.note !== undefined && !sameNote(current.note, t.note)) {
      notes.push({ kind: 'note', sheet: t.sheet, cell: a1(t.row, t.col), content: t.note, exists: current.note !== null });
    }
  }
  return [...toBlocks(cells).map((block): WriteOp => ({ kind: 'cells', block })), ...notes];
}

/** The error to show for a failed write: a protected sheet, else a lost connection. */
export function writeError(error: unknown, sheets: string[]): AddinError {
  if (error instanceof AddinError) return error;
  if (isProtectionError(error)) return new AddinError('protected', `protected sheet: ${errorText(error)}`, { sheet: sheets[0], cause: error });
  return new AddinError('connection', `write failed: ${errorText(error)}`, { cause: error });
}

/** Brings the cells back to their targets; throws when Excel refuses. */
export async function restoreTo(
  run: ExcelRun,
  targets: RestoreTarget[],
  notes: boolean,
  budget: number,
  progress?: (done: number, total: number) => void,
): Promise<number> {
  if (targets.length === 0) return 0;
  const now = await snapshot(run, targets, { notes: notes && targets.some((t) => t.note !== undefined) });
  const ops = opsToward(targets, now);
  if (ops.length === 0) return 0;
  const outcome = await applyBatches(run, toBatches(ops, budget), progress);
  if (outcome.error !== undefined) throw writeError(outcome.error, [...new Set(targets.map((t) => t.sheet))]);
  return ops.length;
}
