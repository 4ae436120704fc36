// Reads what given cells hold now (value, formula, note, fill) in batched round trips. Every write
// path reads first: a fill to check the cells still hold what the plan was made from and to save
// their exact old state; undo to leave alone cells someone edited since; highlights to save each
// cell's own fill. Reading before writing also makes every restore idempotent: it writes only the
// cells that differ from their target, so a restore interrupted half-way can simply run again.
import { a1, type Scalar } from '../../engine/grid';
import { qualify } from './address';
import { blockAddress, toBlocks, type CellBlock } from './batch';
import { toScalar } from './read';
import { REQUEST_BUDGET, type ExcelRun } from './run';
import type { CellState, SavedFill } from './store';

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface CellNow {
  state: CellState;
  /** The note's text, or null; undefined when notes were not read. */
  note?: string | null;
  fill?: SavedFill;
}

export interface Snapshot {
  cells: Map<string, CellNow>;
  protectedSheets: Set<string>;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** A cell's state from what `values` and `formulas` give for it. */
export function stateOf(value: unknown, formula: unknown): CellState {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const v: Scalar = isFormula && value === '' ? '' : toScalar(value);
  return isFormula ? { v, f: (formula as string).slice(1) } : { v };
}

/** Formula text compared as Excel shows it: case and spaces outside string literals do not count. */
export function normalizeFormula(f: string): string {
  let out = '';
  let quoted = false;
  for (const ch of f.startsWith('=') ? f.slice(1) : f) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && /\s/.test(ch)) continue;
    out += quoted ? ch : ch.toUpperCase();
  }
  return out;
}

function sameScalar(a: Scalar, b: Scalar): boolean {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA && emptyB;
  if (typeof a === 'number' && typeof b === 'number') {
    // Excel keeps 15 significant digits: 0.1 + 0.2 comes back as 0.3.
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a.error === b.error;
  return a === b;
}

/** Whether a cell holds a state: the same formula, or no formula and the same value. */
export function sameState(now: CellState, target: CellState): boolean {
  if (target.f !== undefined || now.f !== undefined) {
    return target.f !== undefined && now.f !== undefined && normalizeFormula(now.f) === normalizeFormula(target.f);
  }
  return sameScalar(now.v, target.v);
}

export interface SnapshotOptions {
  notes?: boolean;
  fills?: boolean;
}

/** Per-cell costs in a request and its response, for batching reads under the budget. */
const READ_OP_BYTES = 200;
const CELL_RESPONSE_BYTES = 80;

interface ReadItem {
  block: CellBlock;
  /** The cells of the block the caller asked about (a block may hold only those). */
  refs: CellRef[];
}

function readBatches(items: ReadItem[], opts: SnapshotOptions): ReadItem[][] {
  const batches: ReadItem[][] = [];
  let current: ReadItem[] = [];
  let size = 0;
  const perCellExtra = (opts.notes ? READ_OP_BYTES + 120 : 0) + (opts.fills ? READ_OP_BYTES + 120 : 0);
  for (const item of items) {
    const cells = item.block.inputs.length * (item.block.inputs[0]?.length ?? 1);
    const bytes = READ_OP_BYTES + cells * CELL_RESPONSE_BYTES + item.refs.length * perCellExtra;
    if (current.length && size + bytes > REQUEST_BUDGET) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** What the cells hold now; sheets that are protected are listed too. */
export async function snapshot(run: ExcelRun, refs: CellRef[], opts: SnapshotOptions = {}): Promise<Snapshot> {
  const cells = new Map<string, CellNow>();
  const protectedSheets = new Set<string>();
  if (refs.length === 0) return { cells, protectedSheets };
  // Blocks of just these cells (the input placeholder is unused when reading).
  const blocks = toBlocks(refs.map((r) => ({ sheet: r.sheet, row: r.row, col: r.col, input: '' })));
  const items: ReadItem[] = blocks.map((block) => {
    const rows = block.inputs.length;
    const cols = block.inputs[0]?.length ?? 1;
    const inBlock: CellRef[] = [];
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) inBlock.push({ sheet: block.sheet, row: block.top + r, col: block.left + c });
    return { block, refs: inBlock };
  });
  const sheetNames = [...new Set(refs.map((r) => r.sheet))];
  await run(async (ctx) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const protections = sheetNames.map((name) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
      const p = ws.protection;
      p.load('protected');
      return { name, p };
    });
    let first = true;
    for (const batch of readBatches(items, opts)) {
      const pending = batch.map((item) => {
        const ws = sheets.get(item.block.sheet) as Excel.Worksheet;
        const range = ws.getRange(blockAddress(item.block));
        range.load(['values', 'formulas']);
        const extras = item.refs.map((ref) => {
          const note = opts.notes ? ctx.workbook.notes.getItemOrNullObject(qualify(ref.sheet, a1(ref.row, ref.col))) : null;
          note?.load('content');
          const fill = opts.fills ? ws.getRange(a1(ref.row, ref.col)).format.fill : null;
          fill?.load(['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade']);
          return { ref, note, fill };
        });
        return { item, range, extras };
      });
      await ctx.sync();
      if (first) {
        for (const { name, p } of protections) if (p.protected) protectedSheets.add(name);
        first = false;
      }
      for (const { item, range, extras } of pending) {
        extras.forEach(({ ref, note, fill }) => {
          const r = ref.row - item.block.top;
          const c = ref.col - item.block.left;
          const now: CellNow = { state: stateOf(range.values[r]?.[c], range.formulas[r]?.[c]) };
          if (note) now.note = note.isNullObject ? null : note.content;
          if (fill) {
            now.fill = {
              pattern: String(fill.pattern),
              color: fill.color,
              patternColor: fill.patternColor,
              tintAndShade: fill.tintAndShade ?? null,
              patternTintAndShade: fill.patternTintAndShade ?? null,
            };
          }
          cells.set(cellKey(ref.sheet, ref.row, ref.col), now);
        });
      }
    }
  });
  return { cells, protectedSheets };
}
