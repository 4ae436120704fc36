// Applying a WritePlan to the live workbook whole or not at all (SPEC §7, STYLE.md). In order:
// 1. read the planned cells (one batched round trip): refuse on a protected sheet, refuse when the
//    cells no longer hold what the plan was made from, and keep their exact old state;
// 2. save the undo entry in the workbook before anything is written, so even a crash or a lost
//    connection leaves a way back (Hoàn tác);
// 3. write in batches under the request budget;
// 4. if a batch fails, restore every cell of the batches sent so far (the failed one may be partly
//    applied: Excel does not roll a batch back) and drop the undo entry.
import { a1, type Scalar } from '../../engine/grid';
import type { WritePlan } from '../../engine/fill/plan';
import { AddinError, type ApplyResult, type Progress } from '../ops';
import { applyBatches, toBatches, toBlocks, type WriteOp } from './batch';
import { cellInput } from './cellInput';
import { restoreTo, writeError, type RestoreTarget } from './restore';
import type { ExcelRun } from './run';
import { cellKey, sameState, snapshot } from './snapshot';
import { readStore, UNDO_DEPTH, writeStore, type CellState, type UndoCell, type UndoEntry } from './store';

export interface WriteDeps {
  run: ExcelRun;
  /** Notes (ExcelApi 1.18) are available. */
  notes: boolean;
  now: () => Date;
  /** Bytes one write round trip may carry (REQUEST_BUDGET; smaller in tests to force many batches). */
  budget: number;
}

/** Undo logs past this many cells in all are dropped oldest first (they live in the workbook). */
const UNDO_MAX_CELLS = 200_000;

function stateOf(v: Scalar, f?: string): CellState {
  return f !== undefined ? { v, f } : { v };
}

function newId(now: Date): string {
  return `fill-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keeps the undo log within its depth and size. */
export function trimUndo(entries: UndoEntry[]): UndoEntry[] {
  const kept = entries.slice(-UNDO_DEPTH);
  let total = kept.reduce((n, e) => n + e.cells.length, 0);
  while (kept.length > 1 && total > UNDO_MAX_CELLS) total -= (kept.shift() as UndoEntry).cells.length;
  return kept;
}

export async function applyPlan(deps: WriteDeps, plan: WritePlan, label: string, progress?: Progress): Promise<ApplyResult> {
  // The last write to a cell wins (a plan should not repeat a cell; if it does, be deterministic).
  const byCell = new Map<string, WritePlan['writes'][number]>();
  for (const w of plan.writes) byCell.set(cellKey(w.sheet, w.row, w.col), w);
  const writes = [...byCell.values()];
  if (writes.length === 0) return { written: 0, batches: 0, undoId: '' };
  const sheets = [...new Set(writes.map((w) => w.sheet))];
  const withNotes = deps.notes && writes.some((w) => w.note);

  // 1. What the cells hold now.
  const now = await snapshot(deps.run, writes, { notes: withNotes });
  const locked = sheets.find((s) => now.protectedSheets.has(s));
  if (locked !== undefined) throw new AddinError('protected', `sheet ${locked} is protected`, { sheet: locked });
  const changed = writes.filter((w) => {
    const current = now.cells.get(cellKey(w.sheet, w.row, w.col));
    return !current || !sameState(current.state, stateOf(w.old.v, w.old.f));
  });
  if (changed.length) {
    throw new AddinError('changed', `${changed.length} cells changed since the check`, {
      sheet: changed[0].sheet,
      cells: changed.slice(0, 5).map((w) => `${w.sheet}!${a1(w.row, w.col)}`),
    });
  }

  // 2. The undo entry, in the workbook first.
  const at = deps.now();
  const cells: UndoCell[] = writes.map((w) => {
    const current = now.cells.get(cellKey(w.sheet, w.row, w.col));
    const cell: UndoCell = { sheet: w.sheet, row: w.row, col: w.col, old: current?.state ?? { v: null }, wrote: stateOf(w.value, w.formula) };
    if (withNotes && w.note) {
      const old = current?.note ?? null;
      cell.note = { old, wrote: old ? `${old}\n\n${w.note}` : w.note };
    }
    return cell;
  });
  const entry: UndoEntry = { id: newId(at), label, at: at.toISOString(), cells };
  const log = await readStore(deps.run, 'undo');
  await writeStore(deps.run, 'undo', { entries: trimUndo([...log.entries, entry]) }, at);

  // 3. The writes.
  const cellOps: WriteOp[] = toBlocks(writes.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col, input: cellInput(w.formula, w.value) }))).map(
    (block) => ({ kind: 'cells', block }),
  );
  const noteOps: WriteOp[] = cells
    .filter((c) => c.note)
    .map((c) => ({ kind: 'note', sheet: c.sheet, cell: a1(c.row, c.col), content: c.note?.wrote ?? null, exists: c.note?.old !== null }));
  const batches = toBatches([...cellOps, ...noteOps], deps.budget);
  const outcome = await applyBatches(deps.run, batches, progress);
  if (outcome.error === undefined) return { written: writes.length, batches: batches.length, undoId: entry.id };

  // 4. Put back what was sent (the failed batch included), then forget the entry.
  const targets: RestoreTarget[] = cells.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, state: c.old, ...(c.note ? { note: c.note.old } : {}) }));
  try {
    await restoreTo(deps.run, targets, withNotes, deps.budget);
  } catch (rollbackError) {
    throw new AddinError('rollbackFailed', 'the fill failed and could not be fully undone; the undo log is kept', {
      sheet: sheets[0],
      cause: rollbackError,
    });
  }
  try {
    const after = await readStore(deps.run, 'undo');
    await writeStore(deps.run, 'undo', { entries: after.entries.filter((e) => e.id !== entry.id) }, deps.now());
  } catch {
    // The cells are back; a leftover entry only offers an undo that changes nothing.
  }
  throw writeError(outcome.error, sheets);
}
