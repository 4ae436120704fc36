// SPEC §3: the one way rules and table detection read a cell as text. HTML markup is found and
// stripped first (seed 003), then TCVN3 text is decoded (for matching only: the cell is never
// rewritten), then the text is cleaned (NFC, whitespace collapsed). It runs on every cell of
// 50 000-row sheets (SPEC §11), so a plain cell costs one scan and no string copy.
import type { Cell } from '../grid';
import { findHtmlMarkup, stripHtml } from './html';
import { formatNumberText } from './numbers';
import { clean } from './normalize';
import { decodeTcvn3, looksLikeTcvn3 } from './tcvn3';

export interface TextRead {
  /** The cell's text, cleaned; TCVN3 decoded, HTML stripped. */
  text: string;
  /** The text was TCVN3 and has been decoded. */
  tcvn3: boolean;
  /** The first HTML markup found (for `cell.htmlMarkup`), or null. */
  html: string | null;
}

const EMPTY: TextRead = Object.freeze({ text: '', tcvn3: false, html: null });
const TRUE_READ: TextRead = Object.freeze({ text: 'TRUE', tcvn3: false, html: null });
const FALSE_READ: TextRead = Object.freeze({ text: 'FALSE', tcvn3: false, html: null });

const SPACE_RE = /\s+/g;

const LT = 0x3c;
const AMP = 0x26;
const SPACE = 0x20;
const NBSP = 0xa0;
/** First code point of TCVN3's letters (Ă); below it, only ASCII and NBSP can occur. */
const TCVN3_FIRST = 0xa1;
const LATIN1_END = 0x100;
/**
 * Below U+0300 (combining marks start there) and in the Vietnamese block U+1E00–U+1EFF, NFC
 * leaves every character alone; anything else goes through normalize().
 */
const COMBINING_FIRST = 0x300;
const LATIN_EXTENDED_ADDITIONAL_FIRST = 0x1e00;
const LATIN_EXTENDED_ADDITIONAL_LAST = 0x1eff;

/** What one scan of a string found: which of the (rarely needed) steps it needs. */
const MARKUP = 1;
const LATIN1_HIGH = 2;
const WHITESPACE = 4;
const NEEDS_NFC = 8;

function scan(s: string): number {
  let flags = 0;
  const n = s.length;
  let prevSpace = true; // a leading space needs trimming
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === SPACE) {
        if (prevSpace) flags |= WHITESPACE;
        prevSpace = true;
        continue;
      }
      if (c < SPACE) flags |= WHITESPACE;
      else if (c === LT || c === AMP) flags |= MARKUP;
      prevSpace = false;
      continue;
    }
    prevSpace = false;
    if (c < LATIN1_END) {
      if (c === NBSP) flags |= WHITESPACE;
      else if (c >= TCVN3_FIRST) flags |= LATIN1_HIGH;
    } else if (c >= COMBINING_FIRST && (c < LATIN_EXTENDED_ADDITIONAL_FIRST || c > LATIN_EXTENDED_ADDITIONAL_LAST)) {
      flags |= NEEDS_NFC;
    }
  }
  if (prevSpace && n > 0) flags |= WHITESPACE; // a trailing space
  return flags;
}

function readString(value: string, font: string | undefined): TextRead {
  const flags = scan(value);
  if (flags === 0) return { text: value, tcvn3: false, html: null };
  let s = value;
  let html: string | null = null;
  if ((flags & MARKUP) !== 0) {
    html = findHtmlMarkup(s);
    if (html !== null) s = stripHtml(s);
  }
  const tcvn3 = (flags & LATIN1_HIGH) !== 0 && looksLikeTcvn3(s, font);
  if (tcvn3) s = decodeTcvn3(s, font);
  let text: string;
  if (tcvn3 || html !== null || (flags & NEEDS_NFC) !== 0) text = clean(s);
  else if ((flags & WHITESPACE) !== 0) text = s.replace(SPACE_RE, ' ').trim();
  else text = s;
  return { text, tcvn3, html };
}

/**
 * A cell read as text: strings cleaned (HTML stripped, TCVN3 decoded when detected, the cell's
 * font helping); numbers as Excel shows them in General format (no exponent, 15 significant
 * digits: 0.1 + 0.2 → "0.3"); booleans "TRUE"/"FALSE"; errors their text ("#REF!"); empty "".
 */
export function readText(cell: Cell | null): TextRead {
  if (!cell) return EMPTY;
  const v = cell.v;
  if (typeof v === 'string') return v === '' ? EMPTY : readString(v, cell.font);
  if (typeof v === 'number') return { text: formatNumberText(v), tcvn3: false, html: null };
  if (typeof v === 'boolean') return v ? TRUE_READ : FALSE_READ;
  if (v === null) return EMPTY;
  return { text: v.error, tcvn3: false, html: null };
}

/** readText(cell).text */
export function cellText(cell: Cell | null): string {
  return readText(cell).text;
}
