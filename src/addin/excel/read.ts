// Office.js → Grid (STYLE.md: both adapters produce the same Grid). SPEC §10: the used range is
// read in a constant number of round trips, whatever the row count: one to list the sheets, one
// to load every sheet's values, formulas, number formats, merged areas and visible cells together.
// Never a sync per row. Only when Excel refuses that one big request (Excel on the web answers at
// most 5 MB; getMergedAreas fails past 512 merged areas) is a sheet read again in row blocks.
import { rectA1, type Cell, type Grid, type Rect, type Scalar } from '../../engine/grid';
import { parseAreas, parseQualified } from './address';
import type { ExcelRun } from './run';

/** What one sheet's loads give back, as plain data (unit-testable without Excel). */
export interface SheetData {
  name: string;
  protected: boolean;
  /** The used range's address ("Sheet1!B2:F200"). */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** RangeAreas address of the merged areas, or null (none, or not read). */
  merges: string | null;
  /** RangeAreas address of the visible cells, or null when nothing is visible. */
  visible: string | null;
  /** The used range's font when all its cells share one (Office.js gives null when mixed). */
  font: string | null;
  /**
   * Each cell's font in the sheet's top-left corner (rows 1…, columns A…), where title blocks and
   * headers are: legacy TCVN3 text in an all-caps ".VnTimeH" font reads as capitals only if the
   * engine knows the font (SPEC §3). Null when not read.
   */
  cornerFonts: Array<Array<string | null>> | null;
}

/** The corner whose per-cell fonts are read: A1:BZ60 (title blocks, headers). */
export const FONT_CORNER = { rows: 60, cols: 78, address: 'A1:BZ60' } as const;

export interface ReadWarning {
  sheet: string;
  /** truncated: only the first `rows` rows were read; mergesUnread: merged areas unknown. */
  kind: 'truncated' | 'mergesUnread';
  rows?: number;
}

export interface ReadResult {
  sheets: Grid[];
  warnings: ReadWarning[];
}

// Excel's error values as Office.js returns them in `values` (strings).
const ERROR_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** A value as Office.js gives it → the Grid's Scalar (errors come as strings like "#REF!"). */
export function toScalar(v: unknown): Scalar {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERROR_RE.test(s) ? { error: s } : s;
}

function coveredRowsAndCols(areas: Rect[], used: Rect): { rows: Set<number>; cols: Set<number> } {
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const a of areas) {
    for (let r = Math.max(a.top, used.top); r <= Math.min(a.bottom, used.bottom); r++) rows.add(r);
    for (let c = Math.max(a.left, used.left); c <= Math.min(a.right, used.right); c++) cols.add(c);
  }
  return { rows, cols };
}

/** Builds a Grid from one sheet's loaded data. */
export function toGrid(d: SheetData): Grid {
  const where = parseQualified(d.address, d.name);
  const top = where?.rect.top ?? 1;
  const left = where?.rect.left ?? 1;
  const width = d.values.reduce((w, row) => Math.max(w, row.length), 0);
  const rows: Array<Array<Cell | null>> = [];
  let lastNonEmpty = -1;
  d.values.forEach((valueRow, r) => {
    const out: Array<Cell | null> = [];
    for (let c = 0; c < valueRow.length; c++) {
      const raw = valueRow[c];
      const formula = d.formulas[r]?.[c];
      const fmt = d.numberFormat[r]?.[c];
      // `formulas` holds the value itself where a cell has no formula; a text cell that starts
      // with "=" (typed with an apostrophe) reads the same in both, so it is not a formula.
      const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== raw;
      const v = toScalar(raw);
      if (v === null && !isFormula) {
        out.push(null);
        continue;
      }
      const cell: Cell = { v: isFormula && raw === '' ? '' : v };
      if (isFormula) cell.f = (formula as string).slice(1);
      if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') cell.fmt = fmt;
      if (typeof cell.v === 'string') {
        const font = d.cornerFonts?.[top - 1 + r]?.[left - 1 + c] ?? d.font;
        if (font) cell.font = font;
      }
      out.push(cell);
    }
    // Trailing nulls are kept out of short rows (the Grid allows rows shorter than `width`).
    while (out.length && out[out.length - 1] === null) out.pop();
    rows.push(out);
    if (out.length) lastNonEmpty = r;
  });
  rows.length = lastNonEmpty + 1;
  const used: Rect = { top, left, bottom: top + d.values.length - 1, right: left + width - 1 };
  const merges = d.merges ? parseAreas(d.merges, d.name).map((a) => a.rect) : [];
  let hiddenRows: number[] = [];
  let hiddenCols: number[] = [];
  if (d.values.length > 0) {
    const visible = d.visible ? parseAreas(d.visible, d.name).map((a) => a.rect) : [];
    const { rows: seenRows, cols: seenCols } = coveredRowsAndCols(visible, used);
    for (let r = used.top; r <= used.bottom; r++) if (!seenRows.has(r)) hiddenRows.push(r);
    for (let c = used.left; c <= used.right; c++) if (!seenCols.has(c)) hiddenCols.push(c);
    // A sheet whose every cell is hidden gives no visible areas: report no hidden columns then,
    // the rows say it all.
    if (hiddenRows.length === d.values.length) hiddenCols = [];
    if (rows.length === 0) hiddenRows = [];
  }
  const grid: Grid = { sheet: d.name, top, left, width, rows, merges, hiddenRows, hiddenCols };
  if (d.protected) grid.protected = true;
  return grid;
}

/** Queues every load one sheet needs on a range (the whole used range, or a row block of it). */
function queueRange(range: Excel.Range, withMerges: boolean, withFonts = true) {
  range.load(['address', 'values', 'formulas', 'numberFormat']);
  const merges = withMerges ? range.getMergedAreasOrNullObject() : null;
  merges?.load('address');
  const visible = range.getSpecialCellsOrNullObject('Visible');
  visible.load('address');
  const font = range.format.font;
  font.load('name');
  // The corner of the sheet that holds the range's start: A1 is in both, so it is never empty.
  const corner = withFonts ? range.getBoundingRect('A1').getIntersection(FONT_CORNER.address).getCellProperties({ format: { font: { name: true } } }) : null;
  return {
    data: (name: string, isProtected: boolean): SheetData => ({
      name,
      protected: isProtected,
      address: range.address,
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      merges: merges && !merges.isNullObject ? merges.address : null,
      visible: visible.isNullObject ? null : visible.address,
      font: typeof font.name === 'string' && font.name ? font.name : null,
      cornerFonts: corner ? corner.value.map((row) => row.map((p) => p.format?.font?.name ?? null)) : null,
    }),
  };
}

export interface ReadLimits {
  /** Cells per round trip in the block-by-block fallback. */
  blockCells: number;
  /** Cells read from one sheet at most (a stray value in row 1 048 576 must not hang the pane). */
  maxCells: number;
}

// 50 000 cells of values, formulas and number formats weigh about 2 MB as JSON: well under the
// 5 MB a response may carry on the web, with room for long texts.
export const DEFAULT_READ_LIMITS: ReadLimits = { blockCells: 50_000, maxCells: 3_000_000 };

/** Every sheet, in two round trips; the block fallback only for sheets Excel refused whole. */
export async function readWorkbook(run: ExcelRun, limits: ReadLimits = DEFAULT_READ_LIMITS, onStep?: () => void): Promise<ReadResult> {
  const listed = await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    await ctx.sync();
    onStep?.();
    const names = sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected }));
    const queued = sheets.items.map((ws) => queueRange(ws.getUsedRange(true), true));
    try {
      await ctx.sync();
    } catch (error) {
      return { names, data: null, error };
    }
    onStep?.();
    return { names, data: queued.map((q, i) => q.data(names[i].name, names[i].protected)), error: null };
  });
  if (listed.data) return { sheets: listed.data.map(toGrid), warnings: [] };
  // One request for everything was refused: read each sheet on its own, block by block.
  const warnings: ReadWarning[] = [];
  const sheets: Grid[] = [];
  for (const s of listed.names) {
    const { grid, warnings: w } = await readSheetInBlocks(run, s.name, limits);
    sheets.push(grid);
    warnings.push(...w);
  }
  return { sheets, warnings };
}

/** One sheet in one round trip (re-check on edit); the block fallback if Excel refuses it. */
export async function readSheet(run: ExcelRun, name: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadResult> {
  const one = await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    ws.load('name');
    const protection = ws.protection;
    protection.load('protected');
    const q = queueRange(ws.getUsedRange(true), true);
    try {
      await ctx.sync();
    } catch {
      return null;
    }
    return q.data(name, protection.protected);
  });
  if (one) return { sheets: [toGrid(one)], warnings: [] };
  const { grid, warnings } = await readSheetInBlocks(run, name, limits);
  return { sheets: [grid], warnings };
}

interface UsedInfo {
  address: string;
  rowCount: number;
  columnCount: number;
  protected: boolean;
}

/**
 * The fallback: the used range's size first, then row blocks of at most `blockCells` cells, one
 * round trip each; a refused block is halved, and read without merged areas as a last resort.
 */
async function readSheetInBlocks(run: ExcelRun, name: string, limits: ReadLimits): Promise<{ grid: Grid; warnings: ReadWarning[] }> {
  const info: UsedInfo = await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const protection = ws.protection;
    protection.load('protected');
    const used = ws.getUsedRange(true);
    used.load(['address', 'rowCount', 'columnCount']);
    await ctx.sync();
    return { address: used.address, rowCount: used.rowCount, columnCount: used.columnCount, protected: protection.protected };
  });
  const warnings: ReadWarning[] = [];
  const origin = parseQualified(info.address, name)?.rect ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const cols = Math.max(1, info.columnCount);
  let rowsToRead = info.rowCount;
  if (rowsToRead * cols > limits.maxCells) {
    rowsToRead = Math.max(1, Math.floor(limits.maxCells / cols));
    warnings.push({ sheet: name, kind: 'truncated', rows: rowsToRead });
  }
  const parts: SheetData[] = [];
  let blockRows = Math.max(1, Math.floor(limits.blockCells / cols));
  let mergesLost = false;
  for (let offset = 0; offset < rowsToRead; ) {
    const rows = Math.min(blockRows, rowsToRead - offset);
    const tryRead = (withMerges: boolean) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        const block = ws.getRangeByIndexes(origin.top - 1 + offset, origin.left - 1, rows, cols);
        // The corner fonts once, with the first block.
        const q = queueRange(block, withMerges, offset === 0);
        await ctx.sync();
        return q.data(name, info.protected);
      });
    let data: SheetData | null = null;
    try {
      data = await tryRead(true);
    } catch (error) {
      if (rows > 1 && blockRows > 16) {
        blockRows = Math.max(16, Math.floor(blockRows / 2));
        continue;
      }
      // Small blocks still refused: the merged areas (over 512) are the likely cause.
      try {
        data = await tryRead(false);
        mergesLost = true;
      } catch {
        throw error;
      }
    }
    parts.push(data);
    offset += rows;
  }
  if (mergesLost) warnings.push({ sheet: name, kind: 'mergesUnread' });
  return { grid: joinBlocks(name, info, origin, parts), warnings };
}

function joinBlocks(name: string, info: UsedInfo, origin: Rect, parts: SheetData[]): Grid {
  const merges = new Map<string, Rect>();
  const visible: string[] = [];
  const joined: SheetData = {
    name,
    protected: info.protected,
    address: info.address,
    values: [],
    formulas: [],
    numberFormat: [],
    merges: null,
    visible: null,
    font: parts.length && parts.every((p) => p.font === parts[0].font) ? parts[0].font : null,
    cornerFonts: parts[0]?.cornerFonts ?? null,
  };
  for (const p of parts) {
    for (const row of p.values) joined.values.push(row);
    for (const row of p.formulas) joined.formulas.push(row);
    for (const row of p.numberFormat) joined.numberFormat.push(row);
    // A merged area across a block edge is reported by both blocks: keep it once.
    if (p.merges) for (const m of parseAreas(p.merges, name)) merges.set(rectA1(m.rect), m.rect);
    if (p.visible) visible.push(p.visible);
  }
  joined.visible = visible.length ? visible.join(',') : null;
  const grid = toGrid(joined);
  return { ...grid, top: origin.top, left: origin.left, merges: [...merges.values()] };
}
