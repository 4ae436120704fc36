// Formula text as the Grid wants it (what Office.js `range.formulas` shows, without '='):
// a shared formula's follower cells hold no text in the file, only the master's, so their own
// formula is the master's with its relative references moved by the offset (issue 3 §2:
// master D5 "SUM(A5:C5)" → D6 "SUM(A6:C6)").
import { colLetter, colNumber } from '../engine/grid';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// Sticky patterns tried where a token starts (each use sets lastIndex first). A cell or range
// (A1, $B$2:C3), whole columns (A:C) and whole rows (1:3).
const CELL_RE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const COLS_RE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS_RE = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
// What may continue a name or function: a match followed by one of these was not a reference
// (LOG10( is a function, Sheet1! a sheet name, A1B a defined name).
const NAME_CHAR_RE = /[A-Za-z0-9_.\\?!(]/;
const WORD_RE = /[A-Za-z0-9_.\\?$]+/y;
const WORD_START_RE = /[A-Za-z0-9_$\\]/;

function shiftRow(abs: string, row: number, d: number): number | null {
  const r = abs ? row : row + d;
  return r >= 1 && r <= MAX_ROW ? r : null;
}

function shiftCol(abs: string, col: number, d: number): number | null {
  const c = abs ? col : col + d;
  return c >= 1 && c <= MAX_COL ? c : null;
}

function cellText(colAbs: string, col: number, rowAbs: string, row: number): string {
  return `${colAbs}${colLetter(col)}${rowAbs}${row}`;
}

type Match = { length: number; text: string } | null;

function matchCells(src: string, at: number, dRow: number, dCol: number): Match {
  CELL_RE.lastIndex = at;
  const m = CELL_RE.exec(src);
  if (!m) return null;
  const ends: Array<[string, string, string, string]> = [[m[1], m[2], m[3], m[4]]];
  if (m[6] !== undefined) ends.push([m[5], m[6], m[7], m[8]]);
  const parts: string[] = [];
  for (const [ca, letters, ra, digits] of ends) {
    const col = colNumber(letters);
    const row = Number(digits);
    if (col > MAX_COL || row < 1 || row > MAX_ROW) return null; // a name such as ABCD1 or XYZ99999999
    const c = shiftCol(ca, col, dCol);
    const r = shiftRow(ra, row, dRow);
    if (c === null || r === null) return { length: m[0].length, text: '#REF!' };
    parts.push(cellText(ca, c, ra, r));
  }
  return { length: m[0].length, text: parts.join(':') };
}

function matchCols(src: string, at: number, dCol: number): Match {
  COLS_RE.lastIndex = at;
  const m = COLS_RE.exec(src);
  if (!m) return null;
  const a = colNumber(m[2]);
  const b = colNumber(m[4]);
  if (a > MAX_COL || b > MAX_COL) return null;
  const c1 = shiftCol(m[1], a, dCol);
  const c2 = shiftCol(m[3], b, dCol);
  if (c1 === null || c2 === null) return { length: m[0].length, text: '#REF!' };
  return { length: m[0].length, text: `${m[1]}${colLetter(c1)}:${m[3]}${colLetter(c2)}` };
}

function matchRows(src: string, at: number, dRow: number): Match {
  ROWS_RE.lastIndex = at;
  const m = ROWS_RE.exec(src);
  if (!m) return null;
  const r1 = shiftRow(m[1], Number(m[2]), dRow);
  const r2 = shiftRow(m[3], Number(m[4]), dRow);
  if (r1 === null || r2 === null) return { length: m[0].length, text: '#REF!' };
  return { length: m[0].length, text: `${m[1]}${r1}:${m[3]}${r2}` };
}

/** Index just past a quoted run ("text" or 'sheet name'), where a doubled quote escapes. */
function skipQuoted(src: string, at: number): number {
  const q = src[at];
  let i = at + 1;
  while (i < src.length) {
    if (src[i] === q) {
      if (src[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** Index just past a bracketed run ([1] of an external book, Table1[[#This Row],[Col]]). */
function skipBracket(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    if (src[i] === '[') depth++;
    else if (src[i] === ']' && --depth === 0) return i + 1;
  }
  return src.length;
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR_RE.test(ch);
}

/**
 * The formula moved by (dRow, dCol): relative references shift, absolute ones ($) stay, and a
 * reference moved off the sheet becomes #REF! (as Excel does when it fills a formula).
 */
export function shiftFormula(src: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return src;
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      const end = skipBracket(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    if (WORD_START_RE.test(ch)) {
      const ref = matchCells(src, i, dRow, dCol) ?? matchCols(src, i, dCol) ?? matchRows(src, i, dRow);
      if (ref && !isNameChar(src[i + ref.length])) {
        out += ref.text;
        i += ref.length;
        continue;
      }
      // Not a reference: copy the whole word, so no reference is found inside a name.
      WORD_RE.lastIndex = i;
      const word = WORD_RE.exec(src);
      const end = word ? i + word[0].length : i + 1;
      out += src.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

// Functions newer than Excel 2007 are stored with prefixes (_xlfn.IFS, _xlfn._xlws.FILTER,
// _xlpm.x in LAMBDA) that Excel never shows.
const FUTURE_PREFIX_RE = /_xl(?:fn|ws|pm)\./g;

/** The formula as Excel shows it: future-function prefixes removed outside string literals. */
export function displayFormula(src: string): string {
  if (!src.includes('_xl')) return src;
  let out = '';
  let i = 0;
  while (i < src.length) {
    const quote = src.indexOf('"', i);
    const end = quote < 0 ? src.length : quote;
    out += src.slice(i, end).replace(FUTURE_PREFIX_RE, '');
    if (quote < 0) break;
    const close = skipQuoted(src, quote);
    out += src.slice(quote, close);
    i = close;
  }
  return out;
}
