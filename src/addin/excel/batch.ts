// Writes in batches (SPEC §10, §11): cells grouped into rectangular blocks, blocks grouped into
// round trips whose estimated request size stays under the budget for Excel on the web's 5 MB
// limit, one `context.sync()` per batch, never one per row. Events are switched off while the
// add-in writes (ExcelApi 1.8 `runtime.enableEvents`) so its own writes do not look like the
// user's edits to the re-check subscription.
import { a1, rectA1 } from '../../engine/grid';
import { qualify } from './address';
import { inputBytes, type CellInput } from './cellInput';
import { REQUEST_BUDGET, type ExcelRun } from './run';
import type { SavedFill } from './store';

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  input: CellInput;
}

export interface CellBlock {
  sheet: string;
  top: number;
  left: number;
  /** inputs[r][c] for the block's rows and columns; every cell of the rectangle is written. */
  inputs: CellInput[][];
}

/** What one write does, so a batch can be built, sized and undone. */
export type WriteOp =
  | { kind: 'cells'; block: CellBlock }
  /** content null deletes the note; `exists` says whether the cell has one now. */
  | { kind: 'note'; sheet: string; cell: string; content: string | null; exists: boolean }
  /** A fill to set exactly (pattern "None" clears it). */
  | { kind: 'fill'; sheet: string; cell: string; fill: SavedFill };

/** Bytes of the request framing one operation costs (object path, method, ids). */
const OP_OVERHEAD = 160;

export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case 'cells': {
      let n = OP_OVERHEAD;
      for (const row of op.block.inputs) for (const input of row) n += inputBytes(input);
      return n;
    }
    case 'note':
      return OP_OVERHEAD * 2 + (op.content ? inputBytes(op.content) : 0);
    case 'fill':
      return OP_OVERHEAD * 5;
    default: {
      const never: never = op;
      throw new Error(`unknown op ${String(never)}`);
    }
  }
}

function blockKey(sheet: string, col: number): string {
  return `${sheet}\u0000${col}`;
}

/**
 * Groups single-cell writes into rectangles: runs of consecutive rows in a column, then runs of
 * neighbouring columns with the same rows. Only the planned cells are in a block: a block never
 * covers a cell the plan does not write (an input cell must never be rewritten, SPEC §7).
 */
export function toBlocks(cells: CellWrite[]): CellBlock[] {
  const byColumn = new Map<string, CellWrite[]>();
  for (const c of cells) {
    const key = blockKey(c.sheet, c.col);
    const list = byColumn.get(key);
    if (list) list.push(c);
    else byColumn.set(key, [c]);
  }
  // Vertical runs.
  const runs: Array<{ sheet: string; col: number; top: number; inputs: CellInput[] }> = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.row - b.row);
    let current: (typeof runs)[number] | null = null;
    for (const c of list) {
      if (current && c.row === current.top + current.inputs.length) current.inputs.push(c.input);
      else if (current && c.row < current.top + current.inputs.length) current.inputs[c.row - current.top] = c.input;
      else {
        current = { sheet: c.sheet, col: c.col, top: c.row, inputs: [c.input] };
        runs.push(current);
      }
    }
  }
  // Neighbouring columns with the same rows become one wider block.
  runs.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.top - b.top || a.inputs.length - b.inputs.length || a.col - b.col));
  const blocks: CellBlock[] = [];
  let last: { block: CellBlock; col: number; rows: number } | null = null;
  for (const r of runs) {
    if (last && last.block.sheet === r.sheet && last.block.top === r.top && last.rows === r.inputs.length && last.col + 1 === r.col) {
      r.inputs.forEach((input, i) => last!.block.inputs[i].push(input));
      last.col = r.col;
      continue;
    }
    const block: CellBlock = { sheet: r.sheet, top: r.top, left: r.col, inputs: r.inputs.map((input) => [input]) };
    blocks.push(block);
    last = { block, col: r.col, rows: r.inputs.length };
  }
  return blocks;
}

export function blockAddress(block: CellBlock): string {
  const rows = block.inputs.length;
  const cols = block.inputs[0]?.length ?? 1;
  return rectA1({ top: block.top, left: block.left, bottom: block.top + rows - 1, right: block.left + cols - 1 });
}

/** Cuts a long list of operations into round trips under the byte budget. */
export function toBatches(ops: WriteOp[], budget: number = REQUEST_BUDGET): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = opBytes(op);
    if (current.length && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    if (op.kind === 'cells' && bytes > budget && op.block.inputs.length > 1) {
      // One block too big for a request: split it by rows.
      const half = Math.ceil(op.block.inputs.length / 2);
      const { sheet, top, left, inputs } = op.block;
      const parts: WriteOp[] = [
        { kind: 'cells', block: { sheet, top, left, inputs: inputs.slice(0, half) } },
        { kind: 'cells', block: { sheet, top: top + half, left, inputs: inputs.slice(half) } },
      ];
      for (const b of toBatches(parts, budget)) batches.push(b);
      continue;
    }
    current.push(op);
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Queues one operation on a context. */
export function queueOp(ctx: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>, op: WriteOp): void {
  const sheet = op.kind === 'cells' ? op.block.sheet : op.sheet;
  let ws = sheets.get(sheet);
  if (!ws) {
    ws = ctx.workbook.worksheets.getItem(sheet);
    sheets.set(sheet, ws);
  }
  switch (op.kind) {
    case 'cells':
      ws.getRange(blockAddress(op.block)).formulas = op.block.inputs;
      return;
    case 'note': {
      const address = qualify(op.sheet, op.cell);
      if (op.content === null) {
        if (op.exists) ctx.workbook.notes.getItem(address).delete();
      } else if (op.exists) ctx.workbook.notes.getItem(address).content = op.content;
      else ctx.workbook.notes.add(ws.getRange(op.cell), op.content);
      return;
    }
    case 'fill': {
      applySavedFill(ws.getRange(op.cell).format.fill, op.fill);
      return;
    }
    default: {
      const never: never = op;
      throw new Error(`unknown op ${String(never)}`);
    }
  }
}

/** Sets a fill exactly: the pattern first (setting a colour alone makes an empty fill solid). */
function applySavedFill(fill: Excel.RangeFill, saved: SavedFill): void {
  if (saved.pattern === 'None') {
    fill.clear();
    return;
  }
  fill.pattern = saved.pattern as Excel.FillPattern;
  fill.color = saved.color;
  if (saved.pattern !== 'Solid') fill.patternColor = saved.patternColor;
  if (saved.tintAndShade !== null) fill.tintAndShade = saved.tintAndShade;
  if (saved.pattern !== 'Solid' && saved.patternTintAndShade !== null) fill.patternTintAndShade = saved.patternTintAndShade;
}

export interface ApplyOutcome {
  /** Batches confirmed by a successful sync. */
  done: number;
  /** When a sync failed: the index of its batch (its writes may be partly applied) and the error. */
  failedAt?: number;
  error?: unknown;
}

/**
 * Sends the batches, one sync each, with events off. Stops at the first failed sync and says which
 * batch it was; the caller decides how to put things back.
 */
export async function applyBatches(run: ExcelRun, batches: WriteOp[][], onBatch?: (done: number, total: number) => void): Promise<ApplyOutcome> {
  let done = 0;
  try {
    await run(async (ctx) => {
      const sheets = new Map<string, Excel.Worksheet>();
      ctx.runtime.enableEvents = false;
      try {
        for (const batch of batches) {
          for (const op of batch) queueOp(ctx, sheets, op);
          await ctx.sync();
          done++;
          onBatch?.(done, batches.length);
        }
      } finally {
        ctx.runtime.enableEvents = true;
        await ctx.sync().catch(() => undefined);
      }
    });
    return { done };
  } catch (error) {
    return { done, failedAt: done, error };
  }
}

export function cellA1(row: number, col: number): string {
  return a1(row, col);
}
