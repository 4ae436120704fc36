// Words of the plan task tables (SPEC §5), as data: a new spelling is a one-line change.
// Whole-cell words are compared by matchKey (NFC/NFD, case, diacritics, spaces and punctuation
// insensitive), then allowing small typos (similarKeys); TCVN3 text is decoded by readText first.
import { editDistance, matchKey, typoTolerance } from '../../text/normalize';

export type StatusWord = 'done' | 'notDone';

/**
 * SPEC §5: Hoàn thành / Đã hoàn thành / x / ✓ = done; Chưa hoàn thành / Đang thực hiện / empty =
 * not done; anything else is reported (task.statusUnknown) and counts as not done. Added, as
 * unambiguous: "Hoàn thành đúng hạn / quá hạn / trễ hạn" (done, seen in Phụ lục 1 reports) and
 * "Chưa thực hiện", "Đang triển khai" (not done). "Đã xong" stays unknown (the README sample
 * plants it as the unknown word).
 */
export const STATUS_WORDS: ReadonlyArray<readonly [text: string, status: StatusWord]> = [
  ['Hoàn thành', 'done'],
  ['Đã hoàn thành', 'done'],
  ['Hoàn thành đúng hạn', 'done'],
  ['Hoàn thành quá hạn', 'done'],
  ['Hoàn thành trễ hạn', 'done'],
  ['Chưa hoàn thành', 'notDone'],
  ['Đang thực hiện', 'notDone'],
  ['Chưa thực hiện', 'notDone'],
  ['Đang triển khai', 'notDone'],
];

/** Marks that say "done" on their own: x and the check marks Word and Excel insert (√ is Symbol's). */
export const DONE_MARKS: ReadonlySet<string> = new Set(['x', 'X', '✓', '✔', '√', '☑', '✅']);

/** "Hoàn thành 100%", "Đã hoàn thành 80 %": done only at 100. */
export const PERCENT_STATUS_RE = /^(?:da )?hoan thanh\s*(?:duoc\s*)?(\d{1,3}(?:[.,]\d+)?)\s*%$/;
/** "Hoàn thành ngày 15/3/2020", "Đã hoàn thành (20/01/2020)": done, on that day. */
export const DATED_STATUS_RE = /^(?:da )?hoan thanh\b/;

/** The "Đúng hạn/quá hạn" column (SPEC §5, seed 004). */
export type OnTimeValue = 'Đúng hạn' | 'Quá hạn';
export const ON_TIME: OnTimeValue = 'Đúng hạn';
export const LATE: OnTimeValue = 'Quá hạn';

export const ON_TIME_WORDS: ReadonlyArray<readonly [text: string, onTime: boolean]> = [
  ['Đúng hạn', true],
  ['Đúng thời hạn', true],
  ['Trong hạn', true],
  ['Quá hạn', false],
  ['Trễ hạn', false],
  ['Chậm', false],
  ['Chậm hạn', false],
  ['Không đúng hạn', false],
];

/** A vocabulary keyed by matchKey, with the keys kept for the typo-tolerant search. */
export interface KeyedVocabulary<T> {
  exact: ReadonlyMap<string, T>;
  keys: ReadonlyArray<readonly [key: string, value: T]>;
}

export function keyed<T>(words: ReadonlyArray<readonly [string, T]>): KeyedVocabulary<T> {
  const keys = words.map(([text, value]) => [matchKey(text), value] as const);
  return { exact: new Map(keys), keys };
}

/**
 * The value of a word: exact key first, then the nearest key within the typo tolerance of the
 * shorter one; a tie between two different values is no match ("unknown", never a guess).
 */
export function lookUp<T>(vocab: KeyedVocabulary<T>, text: string): T | undefined {
  const key = matchKey(text);
  if (key === '') return undefined;
  const exact = vocab.exact.get(key);
  if (exact !== undefined) return exact;
  let best: { distance: number; value: T; tie: boolean } | undefined;
  for (const [k, value] of vocab.keys) {
    const tol = typoTolerance(Math.min(k.length, key.length));
    if (tol === 0) continue;
    const d = editDistance(key, k, tol);
    if (d > tol) continue;
    if (!best || d < best.distance) best = { distance: d, value, tie: false };
    else if (d === best.distance && value !== best.value) best.tie = true;
  }
  return best && !best.tie ? best.value : undefined;
}

export const STATUS_VOCABULARY = keyed(STATUS_WORDS);
export const ON_TIME_VOCABULARY = keyed(ON_TIME_WORDS);
