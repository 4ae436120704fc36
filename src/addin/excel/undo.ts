// Hoàn tác (SPEC §7): Excel's own undo does not cover add-in writes, so each fill keeps an undo
// log in the workbook (store.ts) and this puts the last fill's cells back exactly: the old formula
// where there was one, else the old value (text stays text). A cell someone edited after the fill
// holds neither what the fill wrote nor what it replaced: it is left alone and reported, so undo
// never destroys later work. The entry is dropped only once every write went through; an undo cut
// short can be run again (the restore reads first and skips cells already back).
import { a1 } from '../../engine/grid';
import { AddinError, type Progress, type UndoEntrySummary, type UndoResult } from '../ops';
import { applyBatches, toBatches } from './batch';
import type { WriteDeps } from './fill';
import { opsToward, sameNote, writeError, type RestoreTarget } from './restore';
import { cellKey, sameState, snapshot } from './snapshot';
import { readStore, writeStore } from './store';

export async function undoHistory(deps: WriteDeps): Promise<UndoEntrySummary[]> {
  const log = await readStore(deps.run, 'undo');
  return log.entries.map((e) => ({ id: e.id, label: e.label, at: e.at, cells: e.cells.length })).reverse();
}

export async function undoLast(deps: WriteDeps, progress?: Progress): Promise<UndoResult> {
  const log = await readStore(deps.run, 'undo');
  const entry = log.entries[log.entries.length - 1];
  if (!entry) throw new AddinError('nothingToUndo', 'nothing to undo');
  const withNotes = deps.notes && entry.cells.some((c) => c.note);
  const now = await snapshot(deps.run, entry.cells, { notes: withNotes });
  const sheets = [...new Set(entry.cells.map((c) => c.sheet))];
  const locked = sheets.find((s) => now.protectedSheets.has(s));
  if (locked !== undefined) throw new AddinError('protected', `sheet ${locked} is protected`, { sheet: locked });

  const targets: RestoreTarget[] = [];
  const skipped: UndoResult['skipped'] = [];
  let restored = 0;
  for (const c of entry.cells) {
    const current = now.cells.get(cellKey(c.sheet, c.row, c.col));
    if (!current) continue;
    const target: RestoreTarget = { sheet: c.sheet, row: c.row, col: c.col, state: c.old };
    if (sameState(current.state, c.wrote)) {
      restored++;
      // The note goes back only if it is still the one the fill wrote.
      if (c.note && sameNote(current.note, c.note.wrote)) target.note = c.note.old;
      targets.push(target);
    } else if (sameState(current.state, c.old)) {
      restored++; // already back (an earlier undo was cut short)
      if (c.note && sameNote(current.note, c.note.wrote)) targets.push({ ...target, note: c.note.old });
    } else {
      skipped.push({ sheet: c.sheet, cell: a1(c.row, c.col) });
    }
  }
  const ops = opsToward(targets, now);
  if (ops.length) {
    const outcome = await applyBatches(deps.run, toBatches(ops, deps.budget), progress);
    if (outcome.error !== undefined) throw writeError(outcome.error, sheets);
  }
  const remaining = log.entries.filter((e) => e.id !== entry.id);
  await writeStore(deps.run, 'undo', { entries: remaining }, deps.now());
  return { restored, skipped, remaining: remaining.length };
}
