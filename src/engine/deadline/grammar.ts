// The deadline grammar (SPEC §5): a small recursive-descent reader over the tokens of one part.
// At each token the productions are tried in order; each one that matches yields items and moves
// on, and a token no production wants is an ordinary word (a label such as "Báo cáo", "Xây dựng
// Kế hoạch"). parse.ts then decides what the items of all parts make together.
//
//   part      := { citation | recurringDay | recurring | external | relative | fromTo | marked
//                | timeExpr | unsafe | word }
//   citation  := ["số"] NUM {"/" NUM} "/" WORD {"-" WORD} ["ngày" day]
//   recurringDay := "ngày" NUM ("hàng tháng" | "tháng cuối cùng của quý" | …)
//   relative  := RELMARK NUM UNIT [ANCHOR] … | NUM UNIT ANCHOR … | ANCHOR …
//   fromTo    := "từ" (timeExpr | "nay") ("đến" | "tới") ["hết"] timeExpr
//   marked    := MARKER {MARKER} timeExpr            (trước, chậm nhất, trong, vào, đến, hết …)
//   timeExpr  := POSITION ("tháng" month | "quý" quarter | "năm" [YEAR])
//              | day | "tháng" month | "quý" quarter | NUM "tháng" ["đầu năm" | "cuối năm"] [yearSuffix]
//              | "năm" YEAR | "năm" (only after a marker: the plan's year) | "giai đoạn" YEAR "-" YEAR
//   day       := ["ngày"] NUM "/" NUM ["/" YEAR] | ["ngày"] NUM "-" NUM "-" YEAR | YEAR "-" NUM "-" NUM
//              | ["ngày"] NUM "." NUM "." YEAR | "ngày" NUM "tháng" NUM ["năm" YEAR]   … [yearSuffix]
//   month     := NUM {LIST ["tháng"] NUM} [yearSuffix]          quarter := Q {LIST ["quý"] Q} [yearSuffix]
//   yearSuffix := "/" YEAR | "-" YEAR | ["của"] "năm" YEAR | "năm sau" | "của năm" | "hàng năm" | …
import { inYearRange, isValidDay } from './calendar';
import type { NumToken, Token } from './tokens';
import type { BadReason, DateItem, Item, Span, Target, YearSource } from './types';
import {
  ANCHORS,
  COUNT_ANCHORS,
  EXTERNAL,
  LIST_SYMBOLS,
  LIST_WORDS,
  MARKERS,
  POSITIONS,
  RECURRING,
  RECURRING_DAY_TAILS,
  RELATIVE_MARKERS,
  RELATIVE_UNITS,
  REPORT_PERIOD_MONTHS,
  ROMAN_LETTERS,
  ROMAN_QUARTER,
  UNSAFE_AFTER,
  UNSAFE_BEFORE,
  W,
  YEAR_WORDS,
  type Entry,
  type Table,
  type MarkerKind,
  type Phrase,
  type VocabWord,
} from './vocab';

interface Ctx {
  tokens: Token[];
  /** The text carries diacritics, so strict words must match them (vocab.ts STRICT_WORDS). */
  accented: boolean;
}

interface Match {
  /** Index after the last token consumed. */
  end: number;
  items: Item[];
}

export interface ScanResult {
  items: Item[];
  /** "từ" (from) left unconsumed: a range whose end was not read. */
  openFrom: Span[];
}

// ---- Token helpers -----------------------------------------------------------------------------

function wordMatches(ctx: Ctx, i: number, w: VocabWord): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && t.fold === w.fold && (!w.strict || !ctx.accented || t.marks === w.marks);
}

/** Index after the phrase when it starts at i, else -1. */
function phraseAt(ctx: Ctx, i: number, p: Phrase): number {
  for (let k = 0; k < p.length; k++) if (!wordMatches(ctx, i + k, p[k])) return -1;
  return i + p.length;
}

/** The longest entry of a table starting at i. */
function entryAt<T>(ctx: Ctx, i: number, table: Table<T>): { entry: Entry<T>; end: number } | null {
  const t = ctx.tokens[i];
  const candidates = t !== undefined && t.kind === 'word' ? table.get(t.fold) : undefined;
  if (!candidates) return null;
  for (const entry of candidates) {
    const end = phraseAt(ctx, i, entry.phrase);
    if (end >= 0) return { entry, end };
  }
  return null;
}

function numAt(ctx: Ctx, i: number): NumToken | null {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'num' ? t : null;
}

function symAt(ctx: Ctx, i: number, ch: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'sym' && t.ch === ch;
}

/** The sym at i with no space on either side ("31-12-2019", not "2019 - Quý"). */
function tightSymAt(ctx: Ctx, i: number, ch: string): boolean {
  const next = ctx.tokens[i + 1];
  return symAt(ctx, i, ch) && !ctx.tokens[i].spaceBefore && next !== undefined && !next.spaceBefore;
}

function spanOf(ctx: Ctx, from: number, to: number): Span {
  const last = Math.min(ctx.tokens.length - 1, Math.max(from, to - 1));
  return { start: ctx.tokens[from].start, end: ctx.tokens[last].end };
}

function bad(ctx: Ctx, from: number, to: number, reason: BadReason): Match {
  return { end: to, items: [{ kind: 'bad', reason, ...spanOf(ctx, from, to) }] };
}

/** Commas and parentheses separate the clauses of a part. */
const CLAUSE_SYMBOLS: ReadonlySet<string> = new Set([',', '(', ')']);

function clauseSymAt(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'sym' && CLAUSE_SYMBOLS.has(t.ch);
}

/** Index of the next clause separator at or after i (the clause end), or the part's end. */
function clauseEnd(ctx: Ctx, i: number): number {
  let j = i;
  while (j < ctx.tokens.length && !clauseSymAt(ctx, j)) j++;
  return j;
}

/** A four-digit year, or a two-digit one where allowed (d/m/yy: 19 → 2019). */
function yearOf(t: NumToken, twoDigits: boolean): number | null {
  if (t.digits === 4) return t.value;
  if (twoDigits && t.digits === 2) return 2000 + t.value;
  return null;
}

// ---- Years ---------------------------------------------------------------------------------------

interface YearMatch {
  end: number;
  year: YearSource;
  /** A written year outside 1990–2100. */
  outOfRange?: boolean;
}

function explicitYear(y: number, end: number): YearMatch {
  return inYearRange(y) ? { end, year: { kind: 'explicit', year: y } } : { end, year: { kind: 'none' }, outOfRange: true };
}

/** The year written after a day, month or quarter, if any. */
function yearSuffix(ctx: Ctx, i: number, twoDigits: boolean): YearMatch {
  const explicit = (t: NumToken | null, end: number): YearMatch | null => {
    const y = t ? yearOf(t, twoDigits) : null;
    return y === null ? null : explicitYear(y, end);
  };
  if (symAt(ctx, i, '/') || symAt(ctx, i, '-') || symAt(ctx, i, '.')) {
    const t = numAt(ctx, i + 1);
    const m = explicit(t, i + 2);
    if (m) return m;
    // "tháng 10/19": a year written short is not guessed.
    if (t) return { end: i + 2, year: { kind: 'none' }, outOfRange: true };
  }
  const ofAt = phraseAt(ctx, i, W.of);
  const yearAt = phraseAt(ctx, ofAt >= 0 ? ofAt : i, W.year);
  if (yearAt >= 0) {
    const m = explicit(numAt(ctx, yearAt), yearAt + 1);
    if (m) return m;
  }
  const word = entryAt(ctx, i, YEAR_WORDS);
  if (word) return { end: word.end, year: word.entry.value.kind === 'annual' ? { kind: 'annual' } : { kind: 'plan', offset: word.entry.value.offset } };
  return { end: i, year: { kind: 'none' } };
}

// ---- Time expressions ------------------------------------------------------------------------------

interface TimeOptions {
  /** A marker came before (trong, trước, chậm nhất …): "trong năm" is then the plan's year. */
  marked: boolean;
  marker: MarkerKind | null;
  /** Index where the item starts (its marker, if any). */
  from: number;
  clauseStart: boolean;
}

function dateItem(ctx: Ctx, o: TimeOptions, end: number, target: Target, y: YearMatch): Match {
  if (y.outOfRange) return bad(ctx, o.from, y.end, 'yearOutOfRange');
  const item: DateItem = { kind: 'date', target, year: y.year, marker: o.marker, clauseStart: o.clauseStart, ...spanOf(ctx, o.from, Math.max(end, y.end)) };
  return { end: Math.max(end, y.end), items: [item] };
}

/** A plausible day and month (31/02 passes here and fails on the calendar). */
function dayShape(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** Day forms. After "ngày" a number that is not a day is an error; without it, just a number ("14/14"). */
function dayExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const dayWord = phraseAt(ctx, i, W.day);
  const j = dayWord >= 0 ? dayWord : i;
  const a = numAt(ctx, j);
  if (!a) return null;
  // ISO 2019-12-31
  const isoMonth = numAt(ctx, j + 2);
  const isoDay = numAt(ctx, j + 4);
  if (dayWord < 0 && a.digits === 4 && tightSymAt(ctx, j + 1, '-') && isoMonth && tightSymAt(ctx, j + 3, '-') && isoDay)
    return checkedDay(ctx, o, j + 5, isoDay.value, isoMonth.value, explicitYear(a.value, j + 5));
  // d/m[/y], d-m-yyyy, d.m.yyyy
  for (const sep of ['/', '-', '.']) {
    const tight = sep !== '/';
    if (!(tight ? tightSymAt(ctx, j + 1, sep) : symAt(ctx, j + 1, sep))) continue;
    const b = numAt(ctx, j + 2);
    if (!b) continue;
    const hasYear = (tight ? tightSymAt(ctx, j + 3, sep) : symAt(ctx, j + 3, sep)) && numAt(ctx, j + 4) !== null;
    if (tight && !hasYear) continue; // "10-12" is a range, "0.5" a number
    if (!dayShape(a.value, b.value)) return dayWord >= 0 ? bad(ctx, o.from, j + 3, 'invalidDay') : null;
    const yt = hasYear ? numAt(ctx, j + 4) : null;
    if (yt) {
      const y = yearOf(yt, true);
      if (y === null) return dayWord >= 0 || yt.digits === 3 ? bad(ctx, o.from, j + 5, 'invalidDay') : null;
      return checkedDay(ctx, o, j + 5, a.value, b.value, explicitYear(y, j + 5));
    }
    return checkedDay(ctx, o, j + 3, a.value, b.value, yearSuffix(ctx, j + 3, false));
  }
  if (dayWord < 0) return null;
  // ngày 26 tháng 02 năm 2024
  const monthAt = phraseAt(ctx, j + 1, W.month);
  const mt = monthAt >= 0 ? numAt(ctx, monthAt) : null;
  if (mt) {
    if (!dayShape(a.value, mt.value)) return bad(ctx, o.from, monthAt + 1, 'invalidDay');
    return checkedDay(ctx, o, monthAt + 1, a.value, mt.value, yearSuffix(ctx, monthAt + 1, false));
  }
  // "ngày 25" alone: a day of some month (only a recurring phrase can use it)
  if (a.value >= 1 && a.value <= 31) return { end: j + 1, items: [{ kind: 'dayOnly', day: a.value, ...spanOf(ctx, o.from, j + 1) }] };
  return bad(ctx, o.from, j + 1, 'invalidDay');
}

function checkedDay(ctx: Ctx, o: TimeOptions, end: number, d: number, m: number, y: YearMatch): Match {
  if (y.outOfRange) return bad(ctx, o.from, Math.max(end, y.end), 'yearOutOfRange');
  // 31/02 is never a day; 29/02 waits for its year (parse.ts checks the calendar again).
  const probeYear = y.year.kind === 'explicit' ? y.year.year : 2000;
  if (!isValidDay(probeYear, m, d)) return bad(ctx, o.from, Math.max(end, y.end), 'invalidDay');
  return dateItem(ctx, o, end, { kind: 'day', day: d, month: m }, y);
}

/** Numbers of a list after "tháng" or "quý": "II-III", "II, III", "II và quý III", "10-12". */
function listAfter(
  ctx: Ctx,
  i: number,
  read: (k: number) => { value: number } | 'bad' | null,
  repeatWord: Phrase,
): { values: number[]; end: number } | 'bad' | null {
  const first = read(i);
  if (first === null || first === 'bad') return first;
  const values = [first.value];
  let end = i + 1;
  for (;;) {
    let k = end;
    const t = ctx.tokens[k];
    const range = t?.kind === 'sym' && t.ch === '-';
    if (t?.kind === 'sym' && LIST_SYMBOLS.has(t.ch) && t.ch !== '/') k++;
    else {
      const w = LIST_WORDS.map((p) => phraseAt(ctx, k, p)).find((e) => e >= 0);
      if (w === undefined) break;
      k = w;
    }
    const again = phraseAt(ctx, k, repeatWord);
    if (again >= 0) k = again;
    const next = read(k);
    // "Quý II-V" is a broken range; "quý 1, 6 tháng" is a list that ended.
    if (next === 'bad' && range) return 'bad';
    if (next === null || next === 'bad') break;
    values.push(next.value);
    end = k + 1;
  }
  return { values, end };
}

function yearNumber(ctx: Ctx, k: number): { value: number } | 'bad' | null {
  const t = numAt(ctx, k);
  if (!t || t.digits !== 4) return null;
  return inYearRange(t.value) ? { value: t.value } : 'bad';
}

function monthNumber(ctx: Ctx, k: number): { value: number } | 'bad' | null {
  const t = numAt(ctx, k);
  if (!t || t.digits > 2) return null;
  return t.value >= 1 && t.value <= 12 ? { value: t.value } : 'bad';
}

function quarterNumber(ctx: Ctx, k: number): { value: number } | 'bad' | null {
  const t = ctx.tokens[k];
  if (t?.kind === 'num') {
    if (t.digits > 2) return null;
    return t.value >= 1 && t.value <= 4 ? { value: t.value } : 'bad';
  }
  if (t?.kind === 'word') {
    const q = ROMAN_QUARTER[t.fold];
    if (q !== undefined) return { value: q };
    if ([...t.fold].every((c) => ROMAN_LETTERS.has(c))) return 'bad';
  }
  return null;
}

/** Index after "tháng", or after "T" glued to its number ("T10/2019", as plan tables abbreviate it). */
function monthWordAt(ctx: Ctx, i: number): number {
  const at = phraseAt(ctx, i, W.month);
  if (at >= 0) return at;
  const short = phraseAt(ctx, i, W.monthShort);
  return short >= 0 && numAt(ctx, short) && !ctx.tokens[short].spaceBefore ? short : -1;
}

function monthExpr(ctx: Ctx, i: number, o: TimeOptions, position: number | 'end'): Match | null {
  const at = monthWordAt(ctx, i);
  if (at < 0) return null;
  const list = listAfter(ctx, at, (k) => monthNumber(ctx, k), W.month);
  if (list === null) return null;
  if (list === 'bad') return bad(ctx, o.from, at + 1, 'invalidMonth');
  const month = Math.max(...list.values);
  return dateItem(ctx, o, list.end, { kind: 'month', month, months: list.values, position }, yearSuffix(ctx, list.end, false));
}

/** "10/2019" written without "tháng": a month and a four-digit year. */
function bareMonthExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const m = numAt(ctx, i);
  const y = symAt(ctx, i + 1, '/') ? numAt(ctx, i + 2) : null;
  if (!m || !y || m.digits > 2 || m.value < 1 || m.value > 12 || y.digits !== 4 || symAt(ctx, i + 3, '/')) return null;
  return dateItem(ctx, o, i + 3, { kind: 'month', month: m.value, months: [m.value], position: 'end' }, explicitYear(y.value, i + 3));
}

function quarterExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const at = phraseAt(ctx, i, W.quarter);
  if (at < 0) return null;
  const list = listAfter(ctx, at, (k) => quarterNumber(ctx, k), W.quarter);
  if (list === null) return null;
  if (list === 'bad') return bad(ctx, o.from, at + 1, 'invalidQuarter');
  // SPEC §5: "Quý II-III/2019" → the last day of the last quarter.
  const quarter = Math.max(...list.values);
  return dateItem(ctx, o, list.end, { kind: 'quarter', quarter, quarters: list.values }, yearSuffix(ctx, list.end, false));
}

/** "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng" (a report period). */
function monthsExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const n = numAt(ctx, i);
  const at = n && n.digits <= 2 ? phraseAt(ctx, i + 1, W.month) : -1;
  if (!n || at < 0 || n.value < 1 || n.value > 12) return null;
  for (const [word, half] of [[W.start, 'first'], [W.finish, 'last']] as const) {
    const posEnd = phraseAt(ctx, at, word);
    const yearEnd = posEnd >= 0 ? phraseAt(ctx, posEnd, W.year) : -1;
    if (yearEnd < 0) continue;
    const t = numAt(ctx, yearEnd);
    const y = t ? yearOf(t, false) : null;
    const ym = y === null ? yearSuffix(ctx, yearEnd, false) : explicitYear(y, yearEnd + 1);
    return dateItem(ctx, o, yearEnd, { kind: 'months', count: n.value, half }, ym);
  }
  if (!REPORT_PERIOD_MONTHS.has(n.value)) return null;
  return dateItem(ctx, o, at, { kind: 'months', count: n.value, half: 'first' }, yearSuffix(ctx, at, false));
}

/** "Năm 2020", "giai đoạn 2021-2025", and after a marker "trong năm", "cả năm", "hết năm sau". */
function yearExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const period = phraseAt(ctx, i, W.period);
  if (period >= 0) {
    const a = numAt(ctx, period);
    const b = numAt(ctx, period + 2);
    if (!a || !b || a.digits !== 4 || b.digits !== 4 || !symAt(ctx, period + 1, '-')) return null;
    if (!inYearRange(a.value) || !inYearRange(b.value)) return bad(ctx, o.from, period + 3, 'yearOutOfRange');
    return dateItem(ctx, o, period + 3, { kind: 'year', from: a.value }, { end: period + 3, year: { kind: 'explicit', year: Math.max(a.value, b.value) } });
  }
  const at = phraseAt(ctx, i, W.year);
  if (at < 0) return null;
  const t = numAt(ctx, at);
  if (t && t.digits === 4) {
    // "Năm 2019-2020", "năm 2019 và 2020": the last year.
    const years = listAfter(ctx, at, (k) => yearNumber(ctx, k), W.year);
    if (years === null || years === 'bad') return bad(ctx, o.from, at + 1, 'yearOutOfRange');
    return dateItem(ctx, o, years.end, { kind: 'year' }, explicitYear(Math.max(...years.values), years.end));
  }
  if (t || !o.marked) return null;
  const word = entryAt(ctx, i, YEAR_WORDS);
  const year: YearSource = word && word.entry.value.kind === 'plan' ? { kind: 'plan', offset: word.entry.value.offset } : { kind: 'plan', offset: 0 };
  return dateItem(ctx, o, word && word.entry.value.kind === 'plan' ? word.end : at, { kind: 'year' }, { end: at, year });
}

/** A time expression at i, with an optional position word (đầu/giữa/cuối). */
function timeExpr(ctx: Ctx, i: number, o: TimeOptions): Match | null {
  const pos = entryAt(ctx, i, POSITIONS);
  if (pos) {
    const p = pos.entry.value;
    const at = pos.end;
    if (phraseAt(ctx, at, W.month) >= 0) {
      const m = monthExpr(ctx, at, o, p.month);
      if (m) return m;
    }
    if (phraseAt(ctx, at, W.quarter) >= 0) {
      const m = quarterExpr(ctx, at, o);
      if (m) return p.quarter ? m : bad(ctx, o.from, m.end, 'vaguePosition');
    }
    if (phraseAt(ctx, at, W.year) >= 0) {
      const m = yearExpr(ctx, at, { ...o, marked: true });
      if (m) return p.year ? m : bad(ctx, o.from, m.end, 'vaguePosition');
    }
    return null;
  }
  return dayExpr(ctx, i, o) ?? bareMonthExpr(ctx, i, o) ?? monthExpr(ctx, i, o, 'end') ?? quarterExpr(ctx, i, o) ?? monthsExpr(ctx, i, o) ?? yearExpr(ctx, i, o);
}

// ---- Productions ---------------------------------------------------------------------------------

type Production = (ctx: Ctx, i: number, clauseStart: boolean) => Match | null;

function citation(ctx: Ctx, i: number): Match | null {
  const so = phraseAt(ctx, i, W.number);
  let j = so >= 0 ? so : i;
  if (!numAt(ctx, j)) return null;
  j++;
  while (symAt(ctx, j, '/') && numAt(ctx, j + 1)) j += 2;
  if (!symAt(ctx, j, '/') || ctx.tokens[j + 1]?.kind !== 'word') return null;
  j += 2;
  while (symAt(ctx, j, '-') && ctx.tokens[j + 1] !== undefined && ctx.tokens[j + 1].kind !== 'sym' && !ctx.tokens[j + 1].spaceBefore) j += 2;
  const o: TimeOptions = { marked: false, marker: null, from: j, clauseStart: false };
  const date = phraseAt(ctx, j, W.day) >= 0 ? dayExpr(ctx, j, o) : null;
  const end = date ? date.end : j;
  return { end, items: [{ kind: 'citation', ...spanOf(ctx, i, end) }] };
}

function recurringDay(ctx: Ctx, i: number): Match | null {
  const at = phraseAt(ctx, i, W.day);
  if (at < 0 || !numAt(ctx, at)) return null;
  const tail = entryAt(ctx, at + 1, RECURRING_DAY_TAILS);
  return tail ? { end: tail.end, items: [{ kind: 'recurring', ...spanOf(ctx, i, tail.end) }] } : null;
}

function recurring(ctx: Ctx, i: number): Match | null {
  const m = entryAt(ctx, i, RECURRING);
  return m ? { end: m.end, items: [{ kind: 'recurring', ...spanOf(ctx, i, m.end) }] } : null;
}

/** "Theo hướng dẫn của Sở Nội vụ": the rest of the clause names who decides. */
function external(ctx: Ctx, i: number): Match | null {
  const m = entryAt(ctx, i, EXTERNAL);
  if (!m) return null;
  const end = clauseEnd(ctx, m.end);
  return { end, items: [{ kind: 'external', ...spanOf(ctx, i, end) }] };
}

/** "Trong thời hạn 30 ngày kể từ …", "sau 30 ngày kể từ …", "trước 10 ngày kiểm tra", "kể từ ngày ký". */
function relative(ctx: Ctx, i: number): Match | null {
  const mark = entryAt(ctx, i, RELATIVE_MARKERS);
  const j = mark ? mark.end : i;
  const n = numAt(ctx, j);
  const unit = n ? entryAt(ctx, j + 1, RELATIVE_UNITS) : null;
  if (n && unit) {
    // "trong 6 tháng đầu năm" is a period of the year, not six months from something.
    if (unit.entry.value === 'month' && (entryAt(ctx, unit.end, POSITIONS) || yearSuffix(ctx, unit.end, false).end > unit.end)) return null;
    const anchor = entryAt(ctx, unit.end, ANCHORS) ?? entryAt(ctx, unit.end, COUNT_ANCHORS);
    if (!mark && !anchor) return null;
    const end = clauseEnd(ctx, unit.end);
    const anchorDay = anchor ? anchorDate(ctx, anchor.end) : undefined;
    return {
      end,
      items: [{ kind: 'relative', count: n.value, unit: unit.entry.value, marker: mark ? mark.entry.value : null, anchor: anchorDay, ...spanOf(ctx, i, end) }],
    };
  }
  const anchor = entryAt(ctx, i, ANCHORS);
  if (!anchor) return null;
  const end = clauseEnd(ctx, anchor.end);
  return { end, items: [{ kind: 'relative', marker: null, ...spanOf(ctx, i, end) }] };
}

/** "kể từ ngày 01/3/2020": a written day the count starts from. */
function anchorDate(ctx: Ctx, i: number): { day: number; month: number; year: number } | undefined {
  if (phraseAt(ctx, i, W.day) < 0) return undefined;
  const m = dayExpr(ctx, i, { marked: false, marker: null, from: i, clauseStart: false });
  const item = m?.items[0];
  if (item?.kind !== 'date' || item.target.kind !== 'day' || item.year.kind !== 'explicit') return undefined;
  return { day: item.target.day, month: item.target.month, year: item.year.year };
}

/** "từ tháng 10 đến hết tháng 12/2019", "từ nay đến cuối năm": the end of the range. */
function fromTo(ctx: Ctx, i: number, clauseStart: boolean): Match | null {
  const from = phraseAt(ctx, i, W.from);
  if (from < 0) return null;
  const now = phraseAt(ctx, from, W.now) >= 0;
  const first = now ? null : timeExpr(ctx, from, { marked: false, marker: null, from, clauseStart });
  const afterFirst = now ? from + 1 : first?.end;
  if (afterFirst === undefined || (first && first.items[0]?.kind === 'bad')) return null;
  const to = phraseAt(ctx, afterFirst, W.to) >= 0 ? phraseAt(ctx, afterFirst, W.to) : phraseAt(ctx, afterFirst, W.toAlt);
  if (to < 0) return null;
  const endWord = phraseAt(ctx, to, W.end);
  const j = endWord >= 0 ? endWord : to;
  const second = timeExpr(ctx, j, { marked: true, marker: 'by', from: i, clauseStart });
  return second && second.items[0]?.kind !== 'dayOnly' ? second : null;
}

/** One or more markers, then a time expression: "Chậm nhất trong quý III/2018", "trước 20/5". */
function marked(ctx: Ctx, i: number, clauseStart: boolean): Match | null {
  let j = i;
  let kind: MarkerKind | null = null;
  for (let m = entryAt(ctx, j, MARKERS); m; m = entryAt(ctx, j, MARKERS)) {
    kind = kind === 'before' || m.entry.value === 'before' ? 'before' : 'by';
    j = m.end;
  }
  if (kind === null) return null;
  return timeExpr(ctx, j, { marked: true, marker: kind, from: i, clauseStart });
}

function plain(ctx: Ctx, i: number, clauseStart: boolean): Match | null {
  return timeExpr(ctx, i, { marked: false, marker: null, from: i, clauseStart });
}

/** "sau ngày 15/3", "từ tháng 10/2019", "khoảng tháng 10": a date whose sense the grammar does not know. */
function unsafeBefore(ctx: Ctx, i: number, clauseStart: boolean): Match | null {
  const w = entryAt(ctx, i, UNSAFE_BEFORE);
  if (!w) return null;
  // "tuần 1 tháng 10", "tuần 2 của quý III": a week number may stand between.
  const counted = w.entry.value === 'counted' && numAt(ctx, w.end) ? w.end + 1 : w.end;
  const j = phraseAt(ctx, counted, W.of) >= 0 ? phraseAt(ctx, counted, W.of) : counted;
  const next = marked(ctx, j, clauseStart) ?? plain(ctx, j, clauseStart);
  return next ? bad(ctx, i, next.end, 'unsafeBefore') : null;
}

/** In order: the first production that matches at a token wins (SPEC §5 forms, most specific first). */
const PRODUCTIONS: readonly Production[] = [citation, recurringDay, recurring, external, relative, fromTo, marked, plain, unsafeBefore];

/** A time expression followed by "trở đi", "về trước", "so với" …: not a deadline we can read. */
function guardAfter(ctx: Ctx, i: number, m: Match): Match {
  if (!m.items.some((it) => it.kind === 'date')) return m;
  const after = entryAt(ctx, m.end, UNSAFE_AFTER);
  return after ? bad(ctx, i, after.end, 'unsafeAfter') : m;
}

/** A number no production wanted, with what is glued to it ("14/14", "2,5"), so no date starts inside it. */
function skipNumberGroup(ctx: Ctx, i: number): number {
  let j = i + 1;
  while (ctx.tokens[j]?.kind === 'sym' && !ctx.tokens[j].spaceBefore && numAt(ctx, j + 1) && !ctx.tokens[j + 1].spaceBefore) j += 2;
  return j;
}

/** A number or a time word: what a range "từ …" would start with. */
function startsTime(ctx: Ctx, i: number): boolean {
  return numAt(ctx, i) !== null || [W.day, W.month, W.quarter, W.year].some((p) => phraseAt(ctx, i, p) >= 0);
}

function isClauseStart(ctx: Ctx, i: number): boolean {
  return i === 0 || clauseSymAt(ctx, i - 1);
}

/** Reads one part. */
export function scanPart(tokens: Token[], accented: boolean): ScanResult {
  const ctx: Ctx = { tokens, accented };
  const items: Item[] = [];
  const openFrom: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const clauseStart = isClauseStart(ctx, i);
    let match: Match | null = null;
    for (const production of PRODUCTIONS) {
      match = production(ctx, i, clauseStart);
      if (match) break;
    }
    if (match && match.end > i) {
      const guarded = guardAfter(ctx, i, match);
      items.push(...guarded.items);
      i = guarded.end;
      continue;
    }
    const t = tokens[i];
    if (t.kind === 'num') {
      i = skipNumberGroup(ctx, i);
      continue;
    }
    if (phraseAt(ctx, i, W.from) >= 0 && startsTime(ctx, i + 1)) openFrom.push({ start: t.start, end: t.end });
    i++;
  }
  return { items, openFrom };
}
