// The Grid: what a sheet holds, as plain data (STYLE.md). Both adapters (the .xlsx reader and
// the Office.js reader) produce it, so every rule is tested once, without Excel and without files.

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface ErrorValue {
  error: string;
}

/**
 * A cell's value. Dates are Excel serial numbers with a date number format (as Office.js gives
 * them), rich text is flattened to a string, an empty cell is null.
 */
export type Scalar = string | number | boolean | null | ErrorValue;

export interface Cell {
  /** The value; for a formula cell its cached result (null when the file has none). */
  v: Scalar;
  /** The formula without its leading `=`, when the cell has one. */
  f?: string;
  /** The number format code, when it is not General. */
  fmt?: string;
  /** The font name, when known (legacy TCVN3 text is recognised partly by ".VnTime" fonts). */
  font?: string;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** 1-based row and column of the used range's top-left cell. */
  top: number;
  left: number;
  /** Number of columns of the used range (rows may be shorter). */
  width: number;
  /** rows[r - top][c - left]; trailing empty rows are not kept. */
  rows: Array<Array<Cell | null>>;
  merges: Rect[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** The sheet is protected (a fill must refuse, SPEC §7). */
  protected?: boolean;
}

export interface WorkbookGrids {
  sheets: Grid[];
}

export function isErrorValue(v: Scalar | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function bottomRow(grid: Grid): number {
  return grid.top + grid.rows.length - 1;
}

export function rightCol(grid: Grid): number {
  return grid.left + grid.width - 1;
}

/** The cell at a 1-based row and column, or null. */
export function cellAt(grid: Grid, row: number, col: number): Cell | null {
  const r = grid.rows[row - grid.top];
  if (!r) return null;
  return r[col - grid.left] ?? null;
}

export function valueAt(grid: Grid, row: number, col: number): Scalar {
  return cellAt(grid, row, col)?.v ?? null;
}

export function isEmptyValue(v: Scalar | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

// ---- A1 references -------------------------------------------------------------------------

const letterCache: string[] = [];

export function colLetter(col: number): string {
  const cached = letterCache[col];
  if (cached) return cached;
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  letterCache[col] = s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = A1_RE.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

export function rectA1(r: Rect): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function parseRectA1(ref: string): Rect | null {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The merged range that contains (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): Rect | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

// ---- Dates -----------------------------------------------------------------------------------

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's serial day number (1900 date system) of a UTC date. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_UTC) / DAY_MS;
}

/** ISO date (YYYY-MM-DD) of an Excel serial day number; the time of day is dropped. */
export function serialToIso(serial: number): string {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial + 1e-9) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS;
}

// Quoted text and bracketed parts ([Red], [$-42A]) are not date tokens.
const FMT_NOISE_RE = /"[^"]*"|\[[^\]]*\]|\\./g;
const DATE_TOKEN_RE = /[dmyhs]/i;

/** Whether a number format code displays a date (as Excel decides, roughly). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(FMT_NOISE_RE, '');
  if (/^general$/i.test(bare.trim())) return false;
  return DATE_TOKEN_RE.test(bare) && !/0|#|\?/.test(bare.replace(/[dmyhs]/gi, ''));
}

/** The ISO date a cell holds, when it is a real date cell (a serial with a date format). */
export function cellDateIso(cell: Cell | null): string | null {
  if (!cell || typeof cell.v !== 'number' || !isDateFormat(cell.fmt)) return null;
  return serialToIso(cell.v);
}
