// The deadline grammar's tokenizer (SPEC §5). Text is read as words, numbers and punctuation,
// never matched whole by regular expressions: "Quý II-III/2019" is quý · ii · - · iii · / · 2019.
// Words are compared folded (fold(): lower case, no diacritics, so NFC and NFD text read the same);
// each word also keeps the signature of its diacritics so the few words whose accents change the
// meaning here (từ / tự / tư, kể / kế, mỗi / mới, sau / sáu) can be told apart (vocab.ts).
import { stripHtml } from '../text/html';
import { clean, fold } from '../text/normalize';

interface TokenBase {
  /** Offsets in the cleaned text (what the explanation quotes). */
  start: number;
  end: number;
  /** Whitespace precedes the token. */
  spaceBefore: boolean;
}

export interface WordToken extends TokenBase {
  kind: 'word';
  /** Folded: "Quý" → "quy", "đến" → "den". */
  fold: string;
  /** The diacritics the word carries, sorted ("quý" and "qúy" both give "\u0301"). */
  marks: string;
}

export interface NumToken extends TokenBase {
  kind: 'num';
  value: number;
  /** How many digits were written: "05" has 2, so a year must have 4 (or 2 in d/m/yy). */
  digits: number;
}

export interface SymToken extends TokenBase {
  kind: 'sym';
  /** One punctuation character; every dash is "-", "..." and "…" are "…". */
  ch: string;
}

export type Token = WordToken | NumToken | SymToken;

/** A stretch of text between part breaks (; : . and list bullets), read on its own. */
export interface Part {
  tokens: Token[];
  start: number;
  end: number;
}

// ---- Markup ------------------------------------------------------------------------------------

/**
 * The text a deadline keeps: HTML markup dropped (cells pasted from web forms carry it, seed 003
 * `<ul style="list-style-type: none"> - …`; it is reported elsewhere as cell.htmlMarkup), NFC,
 * whitespace collapsed.
 */
export function cleanDeadlineText(s: string): string {
  return clean(stripHtml(s));
}

// ---- Tokens ------------------------------------------------------------------------------------

const LETTER_RE = /[\p{L}\p{M}]/u;
const COMBINING_RE = /[\u0300-\u036f]/g;
const DASHES = new Set(['-', '–', '—', '−', '‐', '‑']);

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

const SPACE_RE = /\s/;

function isSpace(c: string): boolean {
  return c === ' ' || (c < '!' ? SPACE_RE.test(c) : c > '~' && SPACE_RE.test(c));
}

/** The diacritics of a word as a sorted signature; đ counts as a mark of its own. */
export function marksOf(word: string): string {
  const marks = word.normalize('NFD').match(COMBINING_RE) ?? [];
  const d = word.includes('đ') || word.includes('Đ') ? ['đ'] : [];
  return [...marks, ...d].sort().join('');
}

interface Letter {
  fold: string;
  marks: string;
}

// Every letter of Vietnamese (12 vowels × 6 tones, đ, and the plain Latin letters) with its fold
// and marks, computed once with fold() and marksOf(): words are then folded letter by letter
// instead of normalising each word (a plan sheet has thousands of deadline cells, SPEC §11).
const LETTERS: ReadonlyMap<string, Letter> = (() => {
  const letters = new Map<string, Letter>();
  const add = (ch: string) => {
    for (const c of [ch, ch.toUpperCase()]) letters.set(c, { fold: fold(c), marks: marksOf(c) });
  };
  for (const v of 'aăâeêioôơuưy') for (const tone of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) add((v + tone).normalize('NFC'));
  for (const c of 'bcdđfghjklmnpqrstvwxz') add(c);
  return letters;
})();

/** Two sorted mark signatures as one. */
function mergeMarks(a: string, b: string): string {
  return a === '' ? b : (a + b).split('').sort().join('');
}

function isLetter(c: string): boolean {
  return LETTERS.has(c) || (c > '~' && LETTER_RE.test(c));
}

/** Whether any word of the tokens carries a Vietnamese diacritic (text typed without accents is read by fold alone). */
export function hasDiacritics(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && t.marks !== '');
}

/** Tokens of a cleaned text (see cleanDeadlineText). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < text.length && isDigit(text[i])) i++;
      const raw = text.slice(start, i);
      tokens.push({ kind: 'num', value: Number(raw), digits: raw.length, start, end: i, spaceBefore });
    } else if (isLetter(c)) {
      // Folded letter by letter from the table; a letter outside it (another script) folds the word by fold().
      let folded = '';
      let marks = '';
      let known = true;
      for (let letter = LETTERS.get(text[i]); i < text.length && (letter || isLetter(text[i])); letter = LETTERS.get(text[++i])) {
        if (!letter) known = false;
        else {
          folded += letter.fold;
          if (letter.marks !== '') marks = mergeMarks(marks, letter.marks);
        }
      }
      if (!known) {
        const raw = text.slice(start, i);
        folded = fold(raw);
        marks = marksOf(raw);
      }
      tokens.push({ kind: 'word', fold: folded, marks, start, end: i, spaceBefore });
    } else if (c === '.' && text[i + 1] === '.') {
      while (i < text.length && text[i] === '.') i++;
      tokens.push({ kind: 'sym', ch: '…', start, end: i, spaceBefore });
    } else {
      i++;
      tokens.push({ kind: 'sym', ch: DASHES.has(c) ? '-' : c, start, end: i, spaceBefore });
    }
    spaceBefore = false;
  }
  return tokens;
}

// ---- Parts -------------------------------------------------------------------------------------

// Parentheses do not break a part: "Quý II/2019 (chậm nhất 15/6/2019)" refines one deadline.
const BREAKS = new Set([';', ':', '[', ']', '!', '?', '|']);
const BULLETS = new Set(['-', '+', '•', '*', '–', '·']);
const ROMAN_QUARTERS = new Set(['i', 'ii', 'iii', 'iv']);

/** A number or a Roman quarter numeral: the two sides of a range "II - III", "10 - 12". */
function isNumeral(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || (t.kind === 'word' && ROMAN_QUARTERS.has(t.fold)));
}

function isBreak(tokens: Token[], i: number, partIsEmpty: boolean): boolean {
  const t = tokens[i];
  if (t.kind !== 'sym') return false;
  if (BREAKS.has(t.ch)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // A dot ends a sentence, except inside 31.12.2019 or 0.5.
  if (t.ch === '.') return !(prev?.kind === 'num' && next?.kind === 'num' && !t.spaceBefore && !next.spaceBefore);
  if (BULLETS.has(t.ch)) {
    if (partIsEmpty) return true;
    // "- Văn bản … . - Thời gian …": a spaced dash between words is a bullet; "Quý II - III" is a range.
    const spaced = t.spaceBefore && (next === undefined || next.spaceBefore);
    return spaced && !(isNumeral(prev) && isNumeral(next));
  }
  return false;
}

/** Splits tokens into parts at sentence and list breaks (SPEC §5: a cell may hold several deadlines). */
export function splitParts(tokens: Token[]): Part[] {
  const parts: Part[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) parts.push({ tokens: current, start: current[0].start, end: current[current.length - 1].end });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (isBreak(tokens, i, current.length === 0)) flush();
    else current.push(tokens[i]);
  }
  flush();
  return parts;
}
