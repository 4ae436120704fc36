// SPEC §3: Vietnamese numbers. "0,5" and "0.5" are 0.5; "1.234" in a count column is 1234;
// "+/-3" (SPEC §2.3: a bonus/penalty maximum), "+3", "-1". Numbers stored as text count as
// numbers (fromText lets the caller report `cell.numberAsText`).
import type { Scalar } from '../grid';

/**
 * How a lone dot reads: in a count column a dot before exactly three digits groups thousands
 * ("1.234" → 1234); elsewhere it is a decimal point ("1.234" → 1.234).
 */
export type NumberContext = 'decimal' | 'count';

export type NumberRead =
  | { kind: 'number'; value: number; fromText: boolean; percent?: boolean }
  | { kind: 'plusMinus'; value: number; fromText: boolean };

// "+/-3", "+/- 3", "± 3", "+ / - 3", "+-3", "-/+3": a bonus/penalty maximum (SPEC §2.3).
const PLUS_MINUS_RE = /^(?:\+\s*\/?\s*-|-\s*\/\s*\+|±)\s*/;
// A leading sign: "+", "-", the minus sign U+2212 and the en dash Word turns "-" into.
const SIGN_RE = /^([+\-\u2212\u2013])\s*/;
const PERCENT_RE = /\s*%$/;
const MINUS_SIGNS = '-\u2212\u2013';

/**
 * The unsigned numerals, each with how to turn it into JavaScript's notation. Tried in order;
 * the first that matches wins. A single comma is always a decimal comma (Vietnamese usage).
 */
interface NumeralForm {
  re: RegExp;
  /** The digits with "." as decimal point, or null when this form does not apply here. */
  plain: (s: string, context: NumberContext) => string | null;
}

const COMMA_RE = /,/g;
const DOT_RE = /\./g;
const GROUP_SPACE_RE = /[ \u00a0\u202f]/g;

const NUMERAL_FORMS: readonly NumeralForm[] = [
  // 12, 007
  { re: /^\d+$/, plain: (s) => s },
  // 1.234 in a count column: one dot before three digits groups thousands
  { re: /^[1-9]\d{0,2}\.\d{3}$/, plain: (s, ctx) => (ctx === 'count' ? s.replace(DOT_RE, '') : s) },
  // 0,5 16,5 .5 0.5 12.34
  { re: /^\d*[.,]\d+$/, plain: (s) => s.replace(COMMA_RE, '.') },
  // 1.234.567 1.234,5: dots group thousands, a comma is the decimal point
  { re: /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/, plain: (s) => s.replace(DOT_RE, '').replace(COMMA_RE, '.') },
  // 1,234,567 1,234.5: English grouping, as pasted from English-locale sheets
  { re: /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/, plain: (s) => s.replace(COMMA_RE, '') },
  // 10 000, 1 234,5: space (or NBSP) groups thousands
  { re: /^[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/, plain: (s) => s.replace(GROUP_SPACE_RE, '').replace(COMMA_RE, '.') },
];

function readNumeral(s: string, context: NumberContext): number | null {
  for (const form of NUMERAL_FORMS) {
    if (!form.re.test(s)) continue;
    const plain = form.plain(s, context);
    if (plain === null) return null;
    const value = Number(plain);
    return Number.isFinite(value) ? value : null;
  }
  return null;
}

/** Avoid -0: "-0" reads as 0. */
function signed(value: number, negative: boolean): number {
  return negative && value !== 0 ? -value : value;
}

function readNumberText(text: string, context: NumberContext): NumberRead | null {
  let s = text.trim();
  if (s === '') return null;
  const pm = PLUS_MINUS_RE.exec(s);
  if (pm) {
    const value = readNumeral(s.slice(pm[0].length), context);
    return value === null ? null : { kind: 'plusMinus', value, fromText: true };
  }
  let negative = false;
  const sign = SIGN_RE.exec(s);
  if (sign) {
    negative = MINUS_SIGNS.includes(sign[1]);
    s = s.slice(sign[0].length);
  }
  const pct = PERCENT_RE.exec(s);
  if (pct) s = s.slice(0, pct.index);
  const value = readNumeral(s, context);
  if (value === null) return null;
  const read: NumberRead = { kind: 'number', value: signed(value, negative), fromText: true };
  if (pct) read.percent = true;
  return read;
}

/**
 * A cell value read as a number (SPEC §3). Text forms: "0,5", "0.5", "1.234" (1234 in a count
 * column, 1.234 otherwise), "1.234.567", "1.234,5", "+3", "-1", "−1", "95%", "+/-3", "±3".
 * Anything else ("3đ", "1/2", "14/14", "1.1.1", "abc", "") is null: fractions and codes are
 * other modules' business. Booleans, errors and empty cells are null.
 */
export function readNumber(v: Scalar, context: NumberContext = 'decimal'): NumberRead | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : null;
  if (typeof v === 'string') return readNumberText(v, context);
  return null; // booleans, errors (SPEC §4.3 `cell.error` is the caller's), empty cells
}

/** Significant digits Excel shows and keeps: beyond them a double carries binary noise (0.1+0.2). */
const SIGNIFICANT_DIGITS = 15;
const EXPONENT_RE = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;
const TRAILING_ZEROS_RE = /\.?0+$/;

/** "1.23000000000000e-7" → "0.000000123000000000000" (no exponent). */
function expandExponent(s: string): string {
  const m = EXPONENT_RE.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', expText] = m;
  const digits = lead + rest;
  const exp = Number(expText);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (exp + 1 >= digits.length) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * A number as Excel shows it in a General cell: at most 15 significant digits, no exponent, no
 * trailing zeros (0.1 + 0.2 → "0.3", 1.1000000000000001 → "1.1", 1e21 → "1000000000000000000000").
 * A dot is the decimal point. NaN and infinities give "".
 */
export function formatNumberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n === 0) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  // Most cells (0.5, 1.75, 16.25) print short: fewer than 15 digits carry no noise to remove.
  const plain = String(n);
  if (plain.length <= SIGNIFICANT_DIGITS && !plain.includes('e')) return plain;
  let s = expandExponent(n.toPrecision(SIGNIFICANT_DIGITS));
  if (s.includes('.')) s = s.replace(TRAILING_ZEROS_RE, '');
  return s === '-0' ? '0' : s;
}
