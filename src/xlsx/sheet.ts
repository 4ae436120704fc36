// One worksheet part → Grid, in one streaming pass over its XML. Only cells with a value or a
// formula are kept, so a sheet whose <dimension> or styled empty rows claim 1 048 576 rows
// costs the scan of its XML and nothing more (SPEC §11: such used ranges never crash).
import {
  dateToSerial,
  isDateFormat,
  parseRectA1,
  type Cell,
  type Grid,
  type Rect,
  type Scalar,
} from '../engine/grid';
import { displayFormula, shiftFormula } from './formula';
import { stringCollector, unescapeXstring, type StringCollector, type StringItem } from './strings';
import type { CellStyle } from './styles';
import { feedXml, isTrue, xmlParser, type PartBytes, type Tag } from './xml';

export interface SheetContext {
  strings: StringItem[];
  styles: CellStyle[];
  date1904: boolean;
}

/** Days between the 1900 and 1904 date systems: the Grid's serials are 1900-based. */
const DATE1904_OFFSET = 1462;

interface RowCells {
  row: number;
  cols: number[];
  cells: Cell[];
}

interface ColSpan {
  min: number;
  max: number;
}

interface SharedMaster {
  text: string;
  row: number;
  col: number;
}

interface ArrayFormula {
  rect: Rect;
  text: string;
}

interface Place {
  row: number;
  col: number;
}

/**
 * Reads an A1 reference into `out` without a regex or a new object: this runs once per cell.
 * Returns false (and leaves `out`) when it is not a cell reference.
 */
function readCellRef(ref: string, out: Place): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // '$'
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return false;
  }
  if (col === 0 || row === 0) return false;
  out.row = row;
  out.col = col;
  return true;
}

const HAS_ZONE_RE = /(?:Z|[+-]\d\d:?\d\d)$/;

/** An ISO 8601 date cell (t="d", written by some tools and by Strict OOXML) as a serial. */
function isoCellToSerial(text: string): number | null {
  const iso = text.includes('T') && !HAS_ZONE_RE.test(text) ? `${text}Z` : text;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : dateToSerial(d);
}

/**
 * The cell's value from its type attribute, the text of its <v> and, for a string cell, its
 * string item (shared or inline).
 */
function decodeValue(type: string, text: string | undefined, item: StringItem | undefined): Scalar {
  switch (type) {
    case 's':
      return item ? item.text : null;
    case 'inlineStr':
      return item ? item.text : (text ?? null);
    case 'str':
      return text === undefined ? null : unescapeXstring(text);
    case 'b':
      return text === undefined ? null : isTrue(text);
    case 'e':
      return text === undefined ? null : { error: text };
    case 'd':
      return text === undefined ? null : (isoCellToSerial(text) ?? text);
    default: {
      if (text === undefined || text === '') return null;
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
  }
}

function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Rows in ascending order, one entry per row number (the file may repeat or reorder rows). */
function orderedRows(rows: RowCells[]): RowCells[] {
  let sorted = true;
  for (let i = 1; i < rows.length; i++) if (rows[i].row <= rows[i - 1].row) sorted = false;
  if (sorted) return rows;
  const byRow = new Map<number, RowCells>();
  for (const r of rows) {
    const seen = byRow.get(r.row);
    if (seen) {
      seen.cols.push(...r.cols);
      seen.cells.push(...r.cells);
    } else byRow.set(r.row, { row: r.row, cols: [...r.cols], cells: [...r.cells] });
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function extentOf(rows: RowCells[]): Extent | null {
  if (rows.length === 0) return null;
  let left = Infinity;
  let right = 0;
  for (const r of rows) {
    for (const c of r.cols) {
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return { top: rows[0].row, bottom: rows[rows.length - 1].row, left, right };
}

function gridRows(rows: RowCells[], ext: Extent): Array<Array<Cell | null>> {
  const out: Array<Array<Cell | null>> = [];
  for (let i = 0; i < ext.bottom - ext.top + 1; i++) out.push([]);
  for (const r of rows) {
    let last = 0;
    for (const c of r.cols) if (c > last) last = c;
    const line: Array<Cell | null> = new Array<Cell | null>(last - ext.left + 1).fill(null);
    for (let i = 0; i < r.cols.length; i++) line[r.cols[i] - ext.left] = r.cells[i];
    out[r.row - ext.top] = line;
  }
  return out;
}

/**
 * Hidden rows inside the used range, as the Office.js adapter gives them: rows hidden far below
 * the data (a template hiding everything under its form) say nothing about the tables. With
 * zeroHeight every row the file does not write is hidden; written rows are visible unless marked.
 */
function hiddenRowList(hidden: number[], written: Set<number> | null, ext: Extent): number[] {
  const out = new Set(hidden.filter((r) => r >= ext.top && r <= ext.bottom));
  if (written) for (let r = ext.top; r <= ext.bottom; r++) if (!written.has(r)) out.add(r);
  return [...out].sort((a, b) => a - b);
}

/** Hidden columns inside the used range (<col min="9" max="16384" hidden="1"> hides the rest of the sheet). */
function hiddenColList(spans: ColSpan[], ext: Extent): number[] {
  const out = new Set<number>();
  for (const s of spans) for (let c = Math.max(s.min, ext.left); c <= Math.min(s.max, ext.right); c++) out.add(c);
  return [...out].sort((a, b) => a - b);
}

/** The cell being read, between its <c> and </c> (one object, reused for every cell). */
interface PendingCell extends Place {
  type: string;
  style: number;
  /** Text of <v>, of <f>, and the <f> attributes that matter. */
  v?: string;
  f?: string;
  fType?: string;
  fRef?: string;
  fShared?: string;
  inline?: StringItem;
}

/** Everything gathered in one pass over a sheet part. */
interface SheetState {
  ctx: SheetContext;
  styleIsDate: boolean[];
  rows: RowCells[];
  current: RowCells | null;
  hiddenRows: number[];
  hiddenCols: ColSpan[];
  merges: Rect[];
  /** Shared formula masters by their si. */
  masters: Map<string, SharedMaster>;
  /** Array formulas whose range may still hold cells to come. */
  arrays: ArrayFormula[];
  protected: boolean;
  /** With zeroHeight, the rows the file writes (every other row is hidden). */
  written: Set<number> | null;
  inSheetData: boolean;
  rowNum: number;
  nextCol: number;
  /** Inside a <c> element (the pending cell is being read). */
  inCell: boolean;
  cell: PendingCell;
  /** Where a styled empty cell is (it is not kept). */
  scratch: Place;
  /** Where character data goes. */
  target: 'v' | 'f' | 'is' | '';
  item: StringCollector;
}

function newState(ctx: SheetContext): SheetState {
  return {
    ctx,
    styleIsDate: ctx.styles.map((s) => isDateFormat(s.fmt)),
    rows: [],
    current: null,
    hiddenRows: [],
    hiddenCols: [],
    merges: [],
    masters: new Map(),
    arrays: [],
    protected: false,
    written: null,
    inSheetData: false,
    rowNum: 0,
    nextCol: 1,
    inCell: false,
    cell: { row: 0, col: 0, type: 'n', style: 0 },
    scratch: { row: 0, col: 0 },
    target: '',
    item: stringCollector(),
  };
}

function startRow(st: SheetState, tag: Tag): void {
  const r = tag.get('r');
  st.rowNum = r ? Number(r) : st.rowNum + 1;
  st.nextCol = 1;
  if (isTrue(tag.get('hidden'))) st.hiddenRows.push(st.rowNum);
  st.written?.add(st.rowNum);
}

/** Where a cell is: its r attribute, else the next column of the current row. */
function placeCell(st: SheetState, tag: Tag, out: Place): void {
  const r = tag.get('r');
  if (!r || !readCellRef(r, out)) {
    out.row = st.rowNum;
    out.col = st.nextCol;
  }
  st.nextCol = out.col + 1;
}

function startCell(st: SheetState, tag: Tag): void {
  const cell = st.cell;
  placeCell(st, tag, cell);
  cell.type = tag.get('t') ?? 'n';
  const style = tag.get('s');
  cell.style = style ? Number(style) : 0;
  cell.v = cell.f = cell.fType = cell.fRef = cell.fShared = undefined;
  cell.inline = undefined;
  st.inCell = true;
}

function startFormula(cell: PendingCell, tag: Tag): void {
  cell.f = '';
  cell.fType = tag.get('t') ?? 'normal';
  cell.fRef = tag.get('ref');
  cell.fShared = tag.get('si');
}

/** The cell's formula text: its own, its shared master's moved to it, or its array's. */
function formulaOf(st: SheetState, cell: PendingCell): string | undefined {
  const text = cell.f;
  if (cell.fType === 'shared' && cell.fShared !== undefined) {
    if (text) {
      st.masters.set(cell.fShared, { text, row: cell.row, col: cell.col });
      return displayFormula(text);
    }
    const master = st.masters.get(cell.fShared);
    return master ? displayFormula(shiftFormula(master.text, cell.row - master.row, cell.col - master.col)) : undefined;
  }
  if (cell.fType === 'array' && text) {
    const rect = cell.fRef ? parseRectA1(cell.fRef) : null;
    if (rect) st.arrays.push({ rect, text: displayFormula(text) });
  }
  // A data table (t="dataTable") has no formula text of its own.
  if (text) return displayFormula(text);
  if (cell.fType !== undefined || st.arrays.length === 0) return undefined;
  // The other cells of a multi-cell array formula show the master's formula, as in Excel.
  st.arrays = st.arrays.filter((a) => a.rect.bottom >= cell.row);
  return st.arrays.find((a) => inRect(a.rect, cell.row, cell.col))?.text;
}

/** The Grid cell, or null for a cell with neither value nor formula. */
function finishCell(st: SheetState, cell: PendingCell): Cell | null {
  const f = formulaOf(st, cell);
  const item = cell.type === 's' ? (cell.v === undefined ? undefined : st.ctx.strings[Number(cell.v)]) : cell.inline;
  let v = decodeValue(cell.type, cell.v, item);
  if (f === undefined && (v === null || v === '')) return null;
  const style = st.ctx.styles[cell.style];
  if (st.ctx.date1904 && typeof v === 'number' && st.styleIsDate[cell.style]) v += DATE1904_OFFSET;
  // Fonts matter for text only (SPEC §3: TCVN3 text in ".VnTime" fonts).
  const font = typeof v === 'string' ? (item?.font ?? style?.font) : undefined;
  return makeCell(v, f, style?.fmt, font);
}

/**
 * A Cell with only the fields it has, each shape written as one literal: V8 then sizes the
 * object exactly, where adding fields later costs a second allocation (64 against 96 bytes a
 * cell, measured; a 50 000-row sheet holds 350 000 cells).
 */
function makeCell(v: Scalar, f: string | undefined, fmt: string | undefined, font: string | undefined): Cell {
  if (f === undefined) {
    if (fmt === undefined) return font === undefined ? { v } : { v, font };
    return font === undefined ? { v, fmt } : { v, fmt, font };
  }
  if (fmt === undefined) return font === undefined ? { v, f } : { v, f, font };
  return font === undefined ? { v, f, fmt } : { v, f, fmt, font };
}

function endCell(st: SheetState, cell: PendingCell): void {
  st.inCell = false;
  const out = finishCell(st, cell);
  if (!out) return;
  if (!st.current || st.current.row !== cell.row) {
    st.current = { row: cell.row, cols: [], cells: [] };
    st.rows.push(st.current);
  }
  st.current.cols.push(cell.col);
  st.current.cells.push(out);
}

/** Elements inside a cell: <v>, <f>, <is>. */
function openInCell(st: SheetState, cell: PendingCell, tag: Tag): void {
  if (tag.name === 'v') {
    st.target = 'v';
    cell.v = '';
  } else if (tag.name === 'f') {
    st.target = 'f';
    startFormula(cell, tag);
  } else if (tag.name === 'is') st.target = 'is';
}

/** Elements outside cells that the Grid needs. */
function openOther(st: SheetState, tag: Tag): void {
  switch (tag.name) {
    case 'sheetData':
      st.inSheetData = true;
      break;
    case 'sheetFormatPr':
      if (isTrue(tag.get('zeroHeight'))) st.written = new Set();
      break;
    case 'col':
      if (isTrue(tag.get('hidden'))) {
        const min = Number(tag.get('min'));
        st.hiddenCols.push({ min, max: Number(tag.get('max') ?? min) });
      }
      break;
    case 'mergeCell': {
      const ref = tag.get('ref');
      const rect = ref ? parseRectA1(ref) : null;
      if (rect) st.merges.push(rect);
      break;
    }
    case 'sheetProtection':
      st.protected = isTrue(tag.get('sheet'));
      break;
  }
}

function onOpen(st: SheetState, tag: Tag): void {
  if (st.target === 'is') st.item.open(tag);
  else if (st.inCell) openInCell(st, st.cell, tag);
  else if (st.inSheetData && tag.name === 'c') {
    // A cell with no children holds no value (a styled empty cell): only its place counts.
    if (tag.selfClosing) placeCell(st, tag, st.scratch);
    else startCell(st, tag);
  } else if (st.inSheetData && tag.name === 'row') startRow(st, tag);
  else openOther(st, tag);
}

function onClose(st: SheetState, name: string): void {
  if (st.target === 'is') {
    if (name !== 'is') st.item.close(name);
    else if (st.inCell) {
      st.cell.inline = st.item.done();
      st.target = '';
    }
  } else if (name === 'v' || name === 'f') st.target = '';
  else if (name === 'c' && st.inCell) endCell(st, st.cell);
  else if (name === 'sheetData') st.inSheetData = false;
}

function onText(st: SheetState, t: string): void {
  if (!st.inCell) return;
  const cell = st.cell;
  if (st.target === 'v') cell.v += t;
  else if (st.target === 'f') cell.f += t;
  else if (st.target === 'is') st.item.text(t);
}

function toGrid(st: SheetState, sheet: string): Grid {
  const ordered = orderedRows(st.rows);
  const ext = extentOf(ordered);
  const grid: Grid = {
    sheet,
    top: ext ? ext.top : 1,
    left: ext ? ext.left : 1,
    width: ext ? ext.right - ext.left + 1 : 0,
    rows: ext ? gridRows(ordered, ext) : [],
    merges: st.merges,
    hiddenRows: ext ? hiddenRowList(st.hiddenRows, st.written, ext) : [],
    hiddenCols: ext ? hiddenColList(st.hiddenCols, ext) : [],
  };
  if (st.protected) grid.protected = true;
  return grid;
}

/** Parses one worksheet part into a Grid. Throws XmlError on malformed XML. */
export async function parseSheet(sheet: string, bytes: PartBytes, ctx: SheetContext): Promise<Grid> {
  const st = newState(ctx);
  const parser = xmlParser({
    open: (tag) => onOpen(st, tag),
    close: (name) => onClose(st, name),
    text: (t) => onText(st, t),
  });
  await feedXml(bytes, parser);
  return toGrid(st, sheet);
}
