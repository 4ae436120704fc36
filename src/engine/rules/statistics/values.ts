// SPEC §3, §6: what a year cell of Phụ lục II holds, whatever its unit says: a number, a part of
// a whole ("14/14"), a count with its share ("12.480 hồ sơ = 99,62%", "48/52 = 92,31%"), or text.
// The cell is read once through readNumericCell (cells.ts), so `cell.error` and
// `cell.numberAsText` mean the same here as in every other rule.
import { cellAt, type Cell, type Grid } from '../../grid';
import { formatNumberText, readNumber, type NumberContext } from '../../text/numbers';
import { readText } from '../../text/read';
import { readNumericCell, type NumericCell } from '../cells';
import type { UnitKind } from './units';

export interface Share {
  /** The count before "=", or the pair "a/b" before "="; null where the form's "…" was left. */
  count: { kind: 'number'; value: number } | { kind: 'pair'; part: number; whole: number } | null;
  /** The percentage after "=", null where the form's "…%" was left. */
  percent: { value: number; decimals: number } | null;
}

export type Reading =
  | { shape: 'number'; value: number; fromText: boolean; percent: boolean; text?: string }
  | { shape: 'pair'; part: number; whole: number; text: string }
  | ({ shape: 'share'; text: string } & Share)
  | { shape: 'text'; text: string };

export interface CellRead {
  /** The cell as the shared reader saw it (for cell.error and cell.numberAsText). */
  numeric: NumericCell;
  /** One reading per line for units of several lines (seed 004 row 56), else one; none when empty. */
  readings: Reading[];
}

/**
 * The lines of a text cell, each read as readText reads a cell (TCVN3 decoded, NFC, spaces
 * collapsed): readText itself joins the lines, and a unit or value of several lines (seed 004
 * row 56) needs them apart.
 */
export function cellLines(cell: Cell | null): string[] {
  const v = cell?.v;
  if (typeof v !== 'string' || !LINE_BREAK_RE.test(v)) return [readText(cell).text];
  return v.split(LINE_BREAK_RE).map((line) => readText({ ...cell, v: line }).text);
}

/** A dash or the form's own dots and ellipses: nothing reported (SPEC §4.4 uses "-" the same way). */
const NOTHING_RE = /^[\s.…\-–—]*$/;
const LINE_BREAK_RE = /\s*\r?\n\s*/;
const LEADING_NUMERAL_RE = /^\d[\d.,\u00a0\u202f ]*/;
const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const SPACE = 0x20;
const NBSP = 0xa0;
const DIGIT_RE = /\d/;
const LETTER_START_RE = /^\p{L}/u;
/** What the form's "… cơ quan, đơn vị" holds besides its placeholder: the noun. */
const FORM_NOUN_RE = /[\p{L},]/gu;
/** Number format codes with a "%" outside quotes and brackets scale the value by 100. */
const FMT_NOISE_RE = /"[^"]*"|\[[^\]]*\]|\\./g;

export function isPercentFormat(fmt: string | undefined): boolean {
  return fmt !== undefined && fmt.replace(FMT_NOISE_RE, '').includes('%');
}

const DECIMALS_RE = /\.(\d+)$/;

/** Decimals a number is written with (96.9 → 1, 97 → 0), binary noise removed. */
export function decimalsOf(n: number): number {
  const m = DECIMALS_RE.exec(formatNumberText(Math.round(n * 1e9) / 1e9));
  return m ? m[1].length : 0;
}

/** 0.9690000000000001 × 100 → 96.9: a percentage as the cell shows it. */
function scaled(n: number): number {
  return Math.round(n * 100 * 1e9) / 1e9;
}

const DIGITS_RE = /^\d{1,15}$/;

function numeral(s: string, context: NumberContext): number | null {
  const t = s.trim();
  if (DIGITS_RE.test(t)) return Number(t); // the usual case, without the full reader
  const n = readNumber(t, context);
  return n?.kind === 'number' && !n.percent ? n.value : null;
}

/** "12.480", "40/46": the count side of a share or a whole pair value; undefined if not one. */
function readCountSide(s: string): { value: Share['count']; rest: string } | undefined {
  const first = LEADING_NUMERAL_RE.exec(s);
  if (!first) return undefined;
  const a = numeral(first[0], 'count');
  if (a === null) return undefined;
  let rest = s.slice(first[0].length).trim();
  if (!rest.startsWith('/')) return { value: { kind: 'number', value: a }, rest };
  const after = rest.slice(1).trim();
  const second = LEADING_NUMERAL_RE.exec(after);
  const b = second ? numeral(second[0], 'count') : null;
  if (!second || b === null) return undefined;
  rest = after.slice(second[0].length).trim();
  return { value: { kind: 'pair', part: a, whole: b }, rest };
}

/** Only the form's dots, ellipses and spaces ("…", "…..", ""). */
function isPlaceholder(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== DOT && c !== ELLIPSIS && c !== SPACE && c !== NBSP) return false;
  }
  return true;
}

/** "281 thủ tục = 96,9%", "48/52 = 92,31%"; null: not a share; undefined: the form's "… hồ sơ = …%". */
function readShare(text: string, eq: number): Reading | null | undefined {
  const left = text.slice(0, eq).trim();
  let right = text.slice(eq + 1).trim();
  if (right.endsWith('%')) right = right.slice(0, -1).trim();
  let count: Share['count'] = null;
  if (DIGIT_RE.test(left)) {
    const side = readCountSide(left);
    // After the count only the noun may follow ("hồ sơ", "thủ tục"), never more figures.
    if (!side || (side.rest !== '' && (!LETTER_START_RE.test(side.rest) || DIGIT_RE.test(side.rest)))) return null;
    count = side.value;
  } else if (!isPlaceholder(left.replace(FORM_NOUN_RE, ''))) return null;
  let percent: Share['percent'] = null;
  if (!isPlaceholder(right)) {
    const p = numeral(right, 'decimal');
    if (p === null) return null;
    const sep = Math.max(right.lastIndexOf(','), right.lastIndexOf('.'));
    percent = { value: p, decimals: sep < 0 ? 0 : right.length - sep - 1 };
  }
  if (count === null && percent === null) return undefined;
  return { shape: 'share', text, count, percent };
}

/** One line of text in a year cell; undefined when it reports nothing ("-", the form's "…"). */
export function readStatText(text: string, context: NumberContext): Reading | undefined {
  if (NOTHING_RE.test(text)) return undefined;
  const eq = text.indexOf('=');
  if (eq >= 0) {
    const share = readShare(text, eq);
    return share === null ? { shape: 'text', text } : share;
  }
  const n = readNumber(text, context);
  if (n?.kind === 'number') {
    return { shape: 'number', value: n.value, fromText: true, percent: n.percent ?? false, text };
  }
  const side = readCountSide(text);
  if (side?.value?.kind === 'pair' && side.rest === '') return { shape: 'pair', part: side.value.part, whole: side.value.whole, text };
  return { shape: 'text', text };
}

/** The numbers of a unit kind: "1.234" is 1234 where things are counted (SPEC §3). */
function contextOf(kind: UnitKind): NumberContext {
  return kind === 'percent' || kind === 'unknown' || kind === 'none' ? 'decimal' : 'count';
}

/** Where a percentage is expected, 0.95 shown as 95% (a "0%" number format) is read as 95. */
function scalesPercent(kind: UnitKind): boolean {
  return kind === 'percent' || kind === 'countPercent';
}

/** A year cell read for a unit kind; `lines` > 1 splits the text into one reading per line. */
export function readStatCell(grid: Grid, row: number, col: number, kind: UnitKind, lines: number): CellRead {
  const context = contextOf(kind);
  const numeric = readNumericCell(grid, row, col, context);
  switch (numeric.kind) {
    case 'empty':
    case 'error':
      return { numeric, readings: [] };
    case 'number': {
      if (numeric.fromText) {
        const r = readStatText(String(cellAt(grid, row, col)?.v ?? ''), context);
        return { numeric, readings: r ? [r] : [] };
      }
      const fmt = cellAt(grid, row, col)?.fmt;
      const percent = scalesPercent(kind) && isPercentFormat(fmt);
      const value = percent ? scaled(numeric.value) : numeric.value;
      return { numeric, readings: [{ shape: 'number', value, fromText: false, percent }] };
    }
    case 'plusMinus':
      return { numeric, readings: [{ shape: 'text', text: String(cellAt(grid, row, col)?.v ?? '') }] };
    case 'text': {
      const parts = lines > 1 ? cellLines(cellAt(grid, row, col)) : [numeric.text];
      const readings: Reading[] = [];
      for (const p of parts) {
        const r = readStatText(p, context);
        if (r) readings.push(r);
      }
      return { numeric, readings };
    }
    default: {
      const never: never = numeric;
      return never;
    }
  }
}
