// Highlights (SPEC §7): a flagged cell gets a fill colour and a note with the finding; values never
// change. Each cell's own fill (pattern, colours, tints: ExcelApi 1.9) and note are saved in the
// workbook before anything is painted, and "Xóa đánh dấu" puts them back exactly, so a workbook
// saved with highlights on never loses the user's formatting. A cell whose fill or note the user
// changed after highlighting keeps the user's change.
import { parseA1 } from '../../engine/grid';
import type { Severity } from '../../report/schema';
import type { HighlightRequest, Progress } from '../ops';
import { applyBatches, toBatches, type WriteOp } from './batch';
import type { WriteDeps } from './fill';
import { sameNote, writeError } from './restore';
import { cellKey, snapshot, type CellRef } from './snapshot';
import { EMPTY_STORE, readStore, writeStore, type HighlightCell, type SavedFill } from './store';

/** Fill colours by severity: Excel's own "Bad", "Neutral" and a light blue for info. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Gradient fills cannot be set back through the API: such cells keep their fill and get only a note. */
function restorable(fill: SavedFill | undefined): fill is SavedFill {
  return !!fill && fill.pattern !== 'LinearGradient' && fill.pattern !== 'RectangularGradient';
}

function sameColor(a: string | undefined, b: string): boolean {
  return (a ?? '').toUpperCase() === b.toUpperCase();
}

interface Wanted extends CellRef {
  cell: string;
  severity: Severity;
  messages: string[];
}

/** One entry per cell: the most severe colour, every message. */
function groupByCell(requests: HighlightRequest[]): Wanted[] {
  const byCell = new Map<string, Wanted>();
  for (const r of requests) {
    const p = parseA1(r.cell);
    if (!p) continue;
    const key = cellKey(r.sheet, p.row, p.col);
    const w = byCell.get(key);
    if (!w) byCell.set(key, { sheet: r.sheet, row: p.row, col: p.col, cell: r.cell, severity: r.severity, messages: [r.message] });
    else {
      if (SEVERITY_RANK[r.severity] < SEVERITY_RANK[w.severity]) w.severity = r.severity;
      if (!w.messages.includes(r.message)) w.messages.push(r.message);
    }
  }
  return [...byCell.values()];
}

export async function highlightCount(deps: WriteDeps): Promise<number> {
  return (await readStore(deps.run, 'highlights')).cells.length;
}

export async function clearHighlights(deps: WriteDeps, progress?: Progress): Promise<number> {
  const store = await readStore(deps.run, 'highlights');
  if (store.cells.length === 0) return 0;
  const refs = store.cells.map((c) => ({ ...c, ...(parseA1(c.cell) ?? { row: 1, col: 1 }) }));
  const now = await snapshot(deps.run, refs, { fills: true, notes: deps.notes && store.cells.some((c) => c.note) });
  const ops: WriteOp[] = [];
  for (const c of refs) {
    const current = now.cells.get(cellKey(c.sheet, c.row, c.col));
    if (!current) continue;
    // Put the fill back only where the highlight is still the one painted.
    if (c.fill && current.fill && current.fill.pattern === 'Solid' && sameColor(current.fill.color, c.color)) {
      ops.push({ kind: 'fill', sheet: c.sheet, cell: c.cell, fill: c.fill });
    }
    if (c.note && current.note !== undefined && sameNote(current.note, c.note.wrote)) {
      ops.push({ kind: 'note', sheet: c.sheet, cell: c.cell, content: c.note.old, exists: current.note !== null });
    }
  }
  if (ops.length) {
    const outcome = await applyBatches(deps.run, toBatches(ops, deps.budget), progress);
    // The store stays when Excel refused: "Xóa đánh dấu" can be pressed again.
    if (outcome.error !== undefined) throw writeError(outcome.error, [...new Set(refs.map((r) => r.sheet))]);
  }
  await writeStore(deps.run, 'highlights', EMPTY_STORE.highlights, deps.now());
  return store.cells.length;
}

export async function highlight(deps: WriteDeps, requests: HighlightRequest[], progress?: Progress): Promise<number> {
  // Start from a clean sheet: old highlights go first, restoring the cells' own fills.
  await clearHighlights(deps);
  const wanted = groupByCell(requests);
  if (wanted.length === 0) return 0;
  const now = await snapshot(deps.run, wanted, { fills: true, notes: deps.notes });
  // Formatting a protected sheet fails: its cells stay listed in the pane but are not painted.
  const paintable = wanted.filter((w) => !now.protectedSheets.has(w.sheet));
  const cells: HighlightCell[] = paintable.map((w) => {
    const current = now.cells.get(cellKey(w.sheet, w.row, w.col));
    const message = w.messages.join('\n');
    const old = current?.note ?? null;
    return {
      sheet: w.sheet,
      cell: w.cell,
      fill: restorable(current?.fill) ? current.fill : null,
      color: HIGHLIGHT_COLORS[w.severity],
      note: deps.notes ? { old, wrote: old ? `${old}\n\n${message}` : message } : null,
    };
  });
  if (cells.length === 0) return 0;
  // Saved before painting: whatever happens next, "Xóa đánh dấu" knows every cell's own fill.
  await writeStore(deps.run, 'highlights', { cells }, deps.now());
  const ops: WriteOp[] = [];
  for (const c of cells) {
    // A plain solid fill in the highlight colour, whatever pattern the cell had.
    if (c.fill) ops.push({ kind: 'fill', sheet: c.sheet, cell: c.cell, fill: { pattern: 'Solid', color: c.color, patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 } });
    if (c.note) ops.push({ kind: 'note', sheet: c.sheet, cell: c.cell, content: c.note.wrote, exists: c.note.old !== null });
  }
  const outcome = await applyBatches(deps.run, toBatches(ops, deps.budget), progress);
  if (outcome.error !== undefined) {
    const error = writeError(outcome.error, [...new Set(cells.map((c) => c.sheet))]);
    await clearHighlights(deps).catch(() => undefined);
    throw error;
  }
  return cells.length;
}
