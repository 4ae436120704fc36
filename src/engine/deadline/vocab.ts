// The deadline grammar's vocabulary, declared as data (STYLE.md: HyperFormula-style metadata, not
// if-chains). A new spelling is a one-line change here; grammar.ts only says how words combine.
// Entries are written in proper Vietnamese and compiled once to folded words.
import { fold } from '../text/normalize';
import { marksOf } from './tokens';

// ---- Words and phrases -------------------------------------------------------------------------

export interface VocabWord {
  fold: string;
  marks: string;
  /** In accented text the diacritics must match too (see STRICT_WORDS). */
  strict: boolean;
}

export type Phrase = readonly VocabWord[];

/**
 * Words whose accents change what the phrase means here, so "Sở Tư pháp trước ngày …" is not
 * "từ … trước ngày" (from), "kế hoạch" is not "kể từ", "mới" (new) is not "mỗi" (each) and "sáu"
 * (six) is not "sau" (after). Other words match folded, so "Qúy II" (old tone placement), "Quy II"
 * (a dropped accent) and text typed without accents still read.
 */
export const STRICT_WORDS: ReadonlySet<string> = new Set(['từ', 'kể', 'mỗi', 'sau']);

export function phrase(words: string): Phrase {
  return words
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => ({ fold: fold(w), marks: marksOf(w), strict: STRICT_WORDS.has(w) }));
}

/** A phrase declared with a payload. */
export interface Entry<T> {
  phrase: Phrase;
  text: string;
  value: T;
}

/** Entries by their first folded word, longest first, so "năm sau liền kề" wins over "năm sau". */
export type Table<T> = ReadonlyMap<string, ReadonlyArray<Entry<T>>>;

function entries<T>(rows: ReadonlyArray<readonly [string, T]>): Table<T> {
  const table = new Map<string, Array<Entry<T>>>();
  for (const [text, value] of rows) {
    const entry = { phrase: phrase(text), text, value };
    const first = entry.phrase[0].fold;
    table.set(first, [...(table.get(first) ?? []), entry].sort((a, b) => b.phrase.length - a.phrase.length));
  }
  return table;
}

// ---- Time words ---------------------------------------------------------------------------------

export const W = {
  day: phrase('ngày'),
  month: phrase('tháng'),
  monthShort: phrase('t'),
  quarter: phrase('quý'),
  year: phrase('năm'),
  period: phrase('giai đoạn'),
  from: phrase('từ'),
  to: phrase('đến'),
  toAlt: phrase('tới'),
  of: phrase('của'),
  number: phrase('số'),
  end: phrase('hết'),
  now: phrase('nay'),
  start: phrase('đầu'),
  finish: phrase('cuối'),
} as const;

/** Quarter numerals: Roman (as plans write them) or Arabic. */
export const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Letters of Roman numerals: "quý V" or "quý VI" is a numeral gone wrong, not a word. */
export const ROMAN_LETTERS: ReadonlySet<string> = new Set(['i', 'v', 'x']);

/** Between the members of a list of quarters or months: "Quý II-III", "Quý II, III", "quý II và III". */
export const LIST_SYMBOLS: ReadonlySet<string> = new Set(['-', ',', '&', '/']);
export const LIST_WORDS: ReadonlyArray<Phrase> = ['và', 'đến', 'tới', 'hoặc'].map(phrase);

// ---- Markers before a time expression -----------------------------------------------------------

/**
 * "before": "trước tháng 10" ends the day before October starts (30/09), while "trước ngày 31/12"
 * is 31/12 itself (SPEC §5: "Trước ngày 31/12/2019" → that day). "by": the period's last day.
 */
export type MarkerKind = 'before' | 'by';

export const MARKERS = entries<MarkerKind>([
  ['trước', 'before'],
  ['chậm nhất', 'by'],
  ['muộn nhất', 'by'],
  ['không quá', 'by'],
  ['không muộn hơn', 'by'],
  ['hạn chót', 'by'],
  ['hạn cuối', 'by'],
  ['thời hạn', 'by'],
  ['hạn', 'by'],
  ['là', 'by'],
  ['vào', 'by'],
  ['trong', 'by'],
  ['đến', 'by'],
  ['tới', 'by'],
  ['hết', 'by'],
  ['cả', 'by'],
]);

// ---- Positions inside a period ------------------------------------------------------------------

/**
 * "đầu/giữa/cuối tháng 10": a month is read in thirds, as Vietnamese offices do (thượng tuần 1–10,
 * trung tuần 11–20, hạ tuần 21–end), and the deadline is the last day of that third: đầu → 10,
 * giữa → 20, cuối → the month's last day. A quarter or a year has no such convention: "cuối quý",
 * "cuối năm" are its last day, "đầu năm", "giữa quý" are too vague for a date (null → unparsed).
 */
export interface Position {
  month: number | 'end';
  quarter: 'end' | null;
  year: 'end' | null;
}

export const POSITIONS = entries<Position>([
  ['đầu', { month: 10, quarter: null, year: null }],
  ['thượng tuần', { month: 10, quarter: null, year: null }],
  ['giữa', { month: 20, quarter: null, year: null }],
  ['trung tuần', { month: 20, quarter: null, year: null }],
  ['cuối', { month: 'end', quarter: 'end', year: 'end' }],
  ['hạ tuần', { month: 'end', quarter: null, year: null }],
]);

// ---- The year of a day, month or quarter written without a number ---------------------------------

/** offset from the plan's year; "annual": a day that comes back every year ("hàng năm"). */
export type YearWord = { kind: 'plan'; offset: -1 | 0 | 1 } | { kind: 'annual' };

const PLAN: YearWord = { kind: 'plan', offset: 0 };
const NEXT: YearWord = { kind: 'plan', offset: 1 };
const PREV: YearWord = { kind: 'plan', offset: -1 };
const ANNUAL: YearWord = { kind: 'annual' };

export const YEAR_WORDS = entries<YearWord>([
  // seed 003: "trước ngày 20/01 năm sau liền kề năm báo cáo"
  ['năm sau liền kề năm báo cáo', NEXT],
  ['năm sau liền kề năm kế hoạch', NEXT],
  ['năm sau liền kề', NEXT],
  ['năm sau', NEXT],
  ['năm tới', NEXT],
  ['năm tiếp theo', NEXT],
  // seed 000: "chậm nhất vào tháng 9 năm trước liền kề năm kế hoạch"
  ['năm trước liền kề năm kế hoạch', PREV],
  ['năm trước liền kề năm báo cáo', PREV],
  ['năm trước liền kề', PREV],
  ['năm trước', PREV],
  // seed 003: "Trước ngày 31/7 của năm"
  ['của năm kế hoạch', PLAN],
  ['của năm báo cáo', PLAN],
  ['của năm', PLAN],
  ['năm kế hoạch', PLAN],
  ['năm báo cáo', PLAN],
  ['năm nay', PLAN],
  ['cùng năm', PLAN],
  ['trong năm', PLAN],
  ['hàng năm', ANNUAL],
  ['của hàng năm', ANNUAL],
  ['mỗi năm', ANNUAL],
  ['của mỗi năm', ANNUAL],
]);

// ---- Recurring ---------------------------------------------------------------------------------

/** SPEC §5: Thường xuyên, Hàng tháng, Hàng quý, Định kỳ, Theo định kỳ (hằng folds to hàng). */
export const RECURRING = entries<true>(
  [
    'thường xuyên',
    'thường kỳ',
    'định kỳ',
    'định kì',
    'liên tục',
    'hàng ngày',
    'hàng tuần',
    'hàng tháng',
    'hàng quý',
    'hàng năm',
    'hàng kỳ',
    'mỗi ngày',
    'mỗi tuần',
    'mỗi tháng',
    'mỗi quý',
    'mỗi năm',
  ].map((t) => [t, true] as const),
);

/** A day that comes back each month or quarter: "ngày 05 tháng cuối cùng của quý" (seed 003), "ngày 25 hàng tháng". */
export const RECURRING_DAY_TAILS = entries<true>(
  [
    'hàng tháng',
    'mỗi tháng',
    'của tháng',
    'của mỗi tháng',
    'hàng quý',
    'mỗi quý',
    'tháng cuối cùng của quý',
    'tháng cuối cùng mỗi quý',
    'tháng cuối của quý',
    'tháng cuối mỗi quý',
    'tháng cuối quý',
    'tháng đầu của quý',
    'tháng đầu tiên của quý',
    'tháng đầu quý',
    'của tháng cuối quý',
    'của tháng cuối cùng của quý',
    'của tháng đầu quý',
  ].map((t) => [t, true] as const),
);

// ---- External ----------------------------------------------------------------------------------

/**
 * SPEC §5: Theo tiến độ …, Theo hướng dẫn của …, Theo thời hạn đã đăng ký …: the date is someone
 * else's. Only these nouns follow "theo": "theo dõi" (to monitor) is a task word, not a deadline.
 */
const THEO_NOUNS = [
  'tiến độ',
  'hướng dẫn',
  'thời hạn',
  'thời gian',
  'kế hoạch',
  'quy định',
  'yêu cầu',
  'chỉ đạo',
  'lịch',
  'văn bản',
  'thông báo',
  'đề án',
  'chương trình',
  'quyết định',
  'công văn',
  'lộ trình',
  'nghị định',
  'thông tư',
  'chỉ thị',
  'nghị quyết',
  'đăng ký',
];

export const EXTERNAL = entries<true>(
  [
    ...THEO_NOUNS.map((n) => `theo ${n}`),
    'khi có',
    'sau khi có',
    'đúng thời gian quy định',
    'đúng thời hạn quy định',
    'đúng quy định',
    'tùy theo',
    'căn cứ',
    'phụ thuộc',
  ].map((t) => [t, true] as const),
);

// ---- Relative ----------------------------------------------------------------------------------

/** "Trong thời hạn 30 ngày kể từ …" (seed 003), "sau 30 ngày kể từ …", "trước 10 ngày kiểm tra" (seed 004). */
export const RELATIVE_MARKERS = entries<MarkerKind>([
  ['trong thời hạn', 'by'],
  ['trong vòng', 'by'],
  ['trong', 'by'],
  ['sau', 'by'],
  ['trước', 'before'],
  ['chậm nhất', 'by'],
  ['chậm nhất là', 'by'],
  ['không quá', 'by'],
  ['tối đa', 'by'],
]);

export type RelativeUnit = 'day' | 'workingDay' | 'week' | 'month';

export const RELATIVE_UNITS = entries<RelativeUnit>([
  ['ngày làm việc', 'workingDay'],
  ['ngày', 'day'],
  ['tuần', 'week'],
  ['tháng', 'month'],
]);

/** The event a relative deadline counts from; what follows it names the event. */
export const ANCHORS = entries<true>(['kể từ', 'kể từ khi', 'tính từ', 'sau khi', 'trước khi'].map((t) => [t, true] as const));
/** After a count ("30 ngày từ khi …", "05 ngày trước khi …") these also name the event. */
export const COUNT_ANCHORS = entries<true>(['từ', 'sau', 'trước'].map((t) => [t, true] as const));

// ---- Words that make a date unsafe ---------------------------------------------------------------

/**
 * Right before a time expression these change its meaning in ways the grammar does not model
 * ("sau ngày 15/3" is after, "từ tháng 10" has no end, "khoảng tháng 10" is a guess): the text is
 * left unparsed rather than read as a wrong date.
 */
export const UNSAFE_BEFORE = entries<'word' | 'counted'>([
  ['từ', 'word'],
  ['sau', 'word'],
  ['khoảng', 'word'],
  ['ngoài', 'word'],
  ['sang', 'word'],
  // "tuần 1 tháng 10" is a week, not the month's last day
  ['tuần', 'counted'],
]);
/** Right after one: "tháng 10/2019 trở đi" (onwards), "năm 2018 về trước", "3 tháng so với …". */
export const UNSAFE_AFTER = entries<true>(
  ['trở đi', 'trở về sau', 'trở về trước', 'về trước', 'về sau', 'so với', 'sau đó', 'trở lại'].map((t) => [t, true] as const),
);

/** "Báo cáo quý 1, …", "6 tháng, …": bare month counts that name a report period (3, 6, 9, 12 months). */
export const REPORT_PERIOD_MONTHS: ReadonlySet<number> = new Set([3, 6, 9, 12]);
