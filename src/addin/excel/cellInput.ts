// What to assign to `Range.formulas` so that a cell ends up holding exactly a given value or
// formula. Excel parses an assigned string as if the user typed it: "=HYPERLINK(…)" becomes a
// formula, "1.10" the number 1.1, "1/2" a date, "TRUE" a boolean. SPEC §11: text written to a cell
// stays text. Typing a leading apostrophe is Excel's own way to say "this is text": the apostrophe
// is not stored in the value (Office.js reads the value back without it, office-js issue #6687),
// and, unlike setting the number format to "@", it leaves the cell's format alone.
import { isErrorValue, type Scalar } from '../../engine/grid';

export type CellInput = string | number | boolean;

// Strings Excel would not keep as typed: a leading formula/command character, anything that
// starts like a number, a date or a time (digits, signs, currency, parentheses), booleans, error
// literals, English month names ("Jan 2024" is a date to Excel).
const UNSAFE_START_RE = /^[=+\-@'#\d.,$€£¥%(]/;
const BOOLEAN_RE = /^\s*(true|false)\s*$/i;
const MONTH_RE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const LEADING_SPACE_NUMBER_RE = /^\s+[=+\-@\d.,$(]/;

export function needsTextPrefix(text: string): boolean {
  return UNSAFE_START_RE.test(text) || BOOLEAN_RE.test(text) || MONTH_RE.test(text) || LEADING_SPACE_NUMBER_RE.test(text);
}

/** The input for a value (no formula). An empty cell is written as "" (which clears the content only). */
export function valueInput(value: Scalar): CellInput {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // An error constant typed into a cell ("#N/A") is written as typed: Excel stores the error.
  if (isErrorValue(value)) return value.error;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** The input for a formula (given without its "="), or a value when there is none. */
export function cellInput(formula: string | undefined, value: Scalar): CellInput {
  return formula !== undefined ? `=${formula}` : valueInput(value);
}

/** A rough size of one cell's payload in a request, for the 5 MB budget. */
export function inputBytes(input: CellInput): number {
  // JSON-encoded, plus the array punctuation around it; non-ASCII counts up to 6 bytes (\uXXXX).
  if (typeof input !== 'string') return 24;
  let n = 4;
  for (let i = 0; i < input.length; i++) n += input.charCodeAt(i) < 128 ? 1 : 6;
  return n;
}
