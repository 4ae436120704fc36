// SPEC §3 and §4.1: row codes. Arabic codes 1, 1.1, 1.1.1 (a trailing dot is allowed: "1.1.1.",
// and seeds write areas as "1."), Roman section numerals I, II. (SPEC §2.1), and codes Excel
// turned into numbers ("1.10" typed, 1.1 stored: the caller reports `code.mangledByExcel`).
import type { Scalar } from '../grid';
import { clean } from './normalize';
import { formatNumberText } from './numbers';

export type Code =
  | { kind: 'arabic'; parts: number[]; text: string; fromNumber: boolean }
  | { kind: 'roman'; value: number; text: string };

/** A part of a code has at most 3 digits: a 4-digit number is a year or a count, not a code. */
const ARABIC_CODE_RE = /^(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*\.?$/;
const PART_SEPARATOR_RE = /\s*\.\s*/;
/** A code Excel stored as a number: 2, 1.1 (at most one dot survives). */
const NUMBER_CODE_RE = /^\d{1,3}(?:\.\d{1,3})?$/;
/** Section numerals run I … XXXIX; upper case only, so words and "ii)" items are not sections. */
const ROMAN_NUMERAL = 'X{0,3}(?:IX|IV|V?I{0,3})';
const ROMAN_CODE_RE = new RegExp(`^(${ROMAN_NUMERAL})\\s*\\.?$`);

function arabic(parts: number[], fromNumber: boolean): Code | null {
  if (parts.some((p) => p < 1)) return null;
  return { kind: 'arabic', parts, text: parts.join('.'), fromNumber };
}

function roman(numeral: string): Code | null {
  const value = fromRoman(numeral);
  return value === null ? null : { kind: 'roman', value, text: numeral };
}

function readCodeText(text: string): Code | null {
  const s = text.trim();
  if (s === '') return null;
  const a = ARABIC_CODE_RE.exec(s);
  if (a) return arabic(a[1].split(PART_SEPARATOR_RE).map(Number), false);
  const r = ROMAN_CODE_RE.exec(s);
  return r ? roman(r[1]) : null;
}

/**
 * The code a whole cell holds: "1", "1.1", "1.1.1.", " 1.1 ", "1. 1", "I", "II."; a number cell
 * 2 or 1.1 (float noise such as 1.1000000000000001 removed) gives an Arabic code with
 * fromNumber. Zero parts, negatives, "a)", "1.1a", "IIII", "Văn" and empty cells are null.
 */
export function readCode(v: Scalar): Code | null {
  if (typeof v === 'string') return readCodeText(v);
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return null;
  const text = formatNumberText(v);
  return NUMBER_CODE_RE.test(text) ? arabic(text.split('.').map(Number), true) : null;
}

// A heading: a numeral, a separator, then the title. The separator is punctuation or a space;
// after a bare space the title must start with a capital ("VI CẢI CÁCH TÀI CHÍNH CÔNG"), so
// "X quang" stays a text. Words that start with I, V or X ("Văn phòng", "Việc") have no
// separator after the numeral and never match.
const SEPARATOR = '(\\s*[.):\\-–—/]|\\s)';
const ROMAN_HEADING_RE = new RegExp(`^(${ROMAN_NUMERAL})${SEPARATOR}(.*)$`, 's');
const ARABIC_HEADING_RE = /^(\d{1,3}(?:\.\d{1,3})*)(\s*[.):\-–—/]|\s)(.*)$/s;
const LEADING_PUNCT_RE = /^[\s.,:;)\-–—/]*/;
const LETTER_RE = /^\p{L}/u;
const CAPITAL_RE = /^\p{Lu}/u;

function headingTitle(separator: string, rest: string): string | null {
  const title = rest.replace(LEADING_PUNCT_RE, '');
  if (!LETTER_RE.test(title)) return null;
  if (separator.trim() === '' && !CAPITAL_RE.test(title)) return null;
  return clean(title);
}

/**
 * A numbered heading: "I. Cải cách thể chế", "V.Xây dựng và …", "II CẢI CÁCH THỂ CHẾ",
 * "1. Mục tiêu", "1.1) Xây dựng". A numeral alone ("I") is null: that is readCode's job.
 */
export function readHeading(text: string): { code: Code; title: string } | null {
  const s = clean(text);
  const r = ROMAN_HEADING_RE.exec(s);
  if (r && r[1] !== '') {
    const title = headingTitle(r[2], r[3]);
    const code = title === null ? null : roman(r[1]);
    if (code && title !== null) return { code, title };
  }
  const a = ARABIC_HEADING_RE.exec(s);
  if (a) {
    const title = headingTitle(a[2], a[3]);
    const code = title === null ? null : arabic(a[1].split('.').map(Number), false);
    if (code && title !== null) return { code, title };
  }
  return null;
}

const TRAILING_DOT_RE = /\s*\.\s*$/;

/** The parent of a code's text (SPEC §4.1): "1.2.3" → "1.2", "1.2." → "1", "1" → null. */
export function parentCodeText(code: string): string | null {
  const s = code.trim().replace(TRAILING_DOT_RE, '');
  const i = s.lastIndexOf('.');
  return i < 0 ? null : s.slice(0, i).trim();
}

/**
 * Sort order of codes: Arabic codes part by part, numerically (1.2 < 1.10), a parent before its
 * children (1 < 1.1); Roman sections by value, before any Arabic code.
 */
export function compareCodes(a: Code, b: Code): number {
  if (a.kind === 'roman') return b.kind === 'roman' ? a.value - b.value : -1;
  if (b.kind === 'roman') return 1;
  const n = Math.min(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = a.parts[i] - b.parts[i];
    if (d !== 0) return d;
  }
  return a.parts.length - b.parts.length;
}

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
const ROMAN_MAX = 3999;

/** 1 → "I", 14 → "XIV". Throws a RangeError outside 1 … 3999 (a caller's bug). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > ROMAN_MAX) throw new RangeError(`toRoman: ${n} is not in 1…${ROMAN_MAX}`);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

const ROMAN_RE = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" → 14; a numeral not written the canonical upper-case way ("IIII", "VV", "iv") → null. */
export function fromRoman(s: string): number | null {
  if (s === '' || !ROMAN_RE.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}
