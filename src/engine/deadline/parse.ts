// From the items of each part to one Deadline (SPEC §5). The rules, in order:
//  1. Inside a part, a period named before an exact day is the report's period, not a deadline
//     ("Báo cáo quý 1, trước ngày 25/02": the deadline is 25/02), and "năm 2020" in the middle of a
//     phrase names a plan ("Kế hoạch CCHC năm 2020"), unless a marker (trong, đến, chậm nhất …)
//     or the start of a clause makes it the deadline ("Năm 2020", "Trong năm 2020").
//  2. A day that comes back every year is recurring ("báo cáo năm gửi ngày 25/11 hàng năm"),
//     unless a deadline marker says this year's one is meant ("Trước ngày 31/7 hàng năm" → the
//     plan's year, SPEC §5 "Trước ngày 31/7 của năm").
//  3. Any part that cannot be read safely (31/02, tháng 13, "từ tháng 10" with no end, "sau ngày
//     15/3") makes the whole text unparsed: never a wrong date.
//  4. Dated parts make the deadline: one date, or milestones whose last is the deadline; then, when
//     no part is dated: relative, then external, then recurring (a cell "… trong 30 ngày kể từ …;
//     thời gian báo cáo theo hướng dẫn của Sở Nội vụ" is relative).
//  5. A year not written takes the last year written in the text (seed 000: "…; năm, trước
//     10/11/2019": 2019 applies to the milestones with no year), else the plan's year; "của năm",
//     "năm sau", "năm trước" count from the plan's year. With no year at all the text is unparsed.
import { addDays, inYearRange, isoOf, isoToDmy, lastDayOfMonth, lastDayOfQuarter } from './calendar';
import { scanPart, type ScanResult } from './grammar';
import { cleanDeadlineText, hasDiacritics, splitParts, tokenize } from './tokens';
import type { BadReason, DateItem, Deadline, DeadlineOptions, Item, Span } from './types';
import { cellDateIso, isDateFormat, isErrorValue, serialToIso, type Cell, type Scalar } from '../grid';

/** Why a text gave no date. */
export type Failure =
  | { reason: BadReason; span: Span }
  | { reason: 'noYear'; span: Span }
  | { reason: 'notCalendarDay'; span: Span }
  | { reason: 'empty' }
  | { reason: 'notText' }
  | { reason: 'noDeadline' };

/** The year a date item got, and from where. */
export type YearUsed = 'written' | 'text' | 'plan';

export type Role =
  | { kind: 'deadline'; iso: string; year: number; from: YearUsed }
  /** A period that only names the report ("Báo cáo quý 1, …") or the plan ("Kế hoạch năm 2020"). */
  | { kind: 'label' }
  /** A day that comes back every year: recurring. */
  | { kind: 'annual' }
  | { kind: 'other' }
  | { kind: 'failed'; failure: Failure };

export interface ReadItem {
  item: Item;
  role: Role;
}

export type PartOutcome = 'dates' | 'relative' | 'external' | 'recurring' | 'none' | 'bad';

export interface PartReading extends Span {
  items: ReadItem[];
  outcome: PartOutcome;
}

/** What the parser saw: the deadline and how each part of the text was read (explain.ts). */
export interface Reading {
  text: string;
  source: 'text' | 'dateCell' | 'serial' | 'other';
  planYear: number | null;
  /** The last year written in the text, if any (rule 5). */
  textYear: number | null;
  parts: PartReading[];
  deadline: Deadline;
  failure?: Failure;
}

// ---- Inputs that are not text ------------------------------------------------------------------

const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
/** 10000-01-01: Excel's dates end the day before. */
const EXCEL_LAST_SERIAL = 2958466;

function isCell(x: unknown): x is Cell {
  return typeof x === 'object' && x !== null && 'v' in x;
}

function scalarText(v: Scalar): string {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  return String(v);
}

function dateReading(iso: string, source: Reading['source'], planYear: number | null): Reading {
  const text = isoToDmy(iso);
  return { text, source, planYear, textYear: null, parts: [], deadline: { kind: 'date', date: iso, text } };
}

/** Reads any deadline cell: a real date cell, an Excel serial, or text in the grammar. */
export function readDeadline(input: string | Scalar | Cell | null | undefined, opts: DeadlineOptions = {}): Reading {
  const planYear = typeof opts.year === 'number' && Number.isInteger(opts.year) ? opts.year : null;
  if (isCell(input)) {
    if (typeof input.v === 'number' && isDateFormat(input.fmt)) {
      const iso = input.v >= 1 && input.v < EXCEL_LAST_SERIAL ? cellDateIso(input) : null;
      if (iso === null) return notText(scalarText(input.v), planYear);
      // A date cell in 1900 is a number typed into a date-formatted cell: the same 1990–2100 as text.
      if (!inYearRange(Number(iso.slice(0, 4)))) return outOfRange(iso, planYear);
      return dateReading(iso, 'dateCell', planYear);
    }
    return readDeadline(input.v, opts);
  }
  if (input === null || input === undefined) return readText('', planYear);
  if (typeof input === 'number') {
    // A plain number in 20000–80000 is an Excel date serial whose format was lost; like text, only
    // its days in 1990–2100 are deadlines.
    if (Number.isFinite(input) && input >= SERIAL_MIN && input <= SERIAL_MAX) {
      const iso = serialToIso(input);
      return inYearRange(Number(iso.slice(0, 4))) ? dateReading(iso, 'serial', planYear) : outOfRange(iso, planYear, 'serial');
    }
    return notText(scalarText(input), planYear);
  }
  if (typeof input === 'string') return readText(input, planYear);
  return notText(scalarText(input), planYear);
}

function outOfRange(iso: string, planYear: number | null, source: Reading['source'] = 'dateCell'): Reading {
  const text = isoToDmy(iso);
  return { text, source, planYear, textYear: null, parts: [], deadline: { kind: 'unparsed', text }, failure: { reason: 'yearOutOfRange', span: { start: 0, end: text.length } } };
}

function notText(text: string, planYear: number | null): Reading {
  return { text, source: 'other', planYear, textYear: null, parts: [], deadline: { kind: 'unparsed', text }, failure: { reason: 'notText' } };
}

// ---- Text ----------------------------------------------------------------------------------------

const PERIOD_TARGETS = new Set(['month', 'quarter', 'months', 'year']);

/** Rule 1 and 2: the role of each item of a part before years are known. */
function classify(items: Item[]): Array<'deadline' | 'label' | 'annual' | 'other'> {
  const lastDay = items.reduce((last, it, k) => (it.kind === 'date' && it.target.kind === 'day' ? k : last), -1);
  return items.map((it, k) => {
    if (it.kind !== 'date') return 'other';
    if (it.marker === null && PERIOD_TARGETS.has(it.target.kind) && k < lastDay) return 'label';
    if (it.marker === null && it.target.kind === 'year' && !it.clauseStart) return 'label';
    if (it.year.kind === 'annual' && it.marker === null) return 'annual';
    return 'deadline';
  });
}

function outcomeOf(items: Item[], roles: ReturnType<typeof classify>, anchored: boolean, openFrom: boolean): { outcome: PartOutcome; failure?: Failure } {
  const first = items.find((it) => it.kind === 'bad');
  if (first?.kind === 'bad') return { outcome: 'bad', failure: { reason: first.reason, span: first } };
  const hasDeadline = roles.includes('deadline') || anchored;
  const hasRecurring = roles.includes('annual') || items.some((it) => it.kind === 'recurring');
  const dayOnly = items.find((it) => it.kind === 'dayOnly');
  // "ngày 25" with no month reads only inside a recurring phrase ("Hàng tháng, trước ngày 25").
  if (dayOnly && !hasRecurring) return { outcome: 'bad', failure: { reason: 'dayWithoutMonth', span: dayOnly } };
  if (hasDeadline && openFrom) return { outcome: 'bad', failure: { reason: 'openRange', span: items[0] } };
  if (hasDeadline) return { outcome: 'dates' };
  if (items.some((it) => it.kind === 'relative')) return { outcome: 'relative' };
  if (items.some((it) => it.kind === 'external')) return { outcome: 'external' };
  if (hasRecurring) return { outcome: 'recurring' };
  return { outcome: 'none' };
}

/** Rule 5: the last year written in the text. */
function lastWrittenYear(items: readonly Item[]): number | null {
  let year: number | null = null;
  for (const it of items) if (it.kind === 'date' && it.year.kind === 'explicit') year = it.year.year;
  return year;
}

/** The last day a time expression allows, in a given year. */
function lastDay(it: DateItem, year: number): string | null {
  const t = it.target;
  const before = it.marker === 'before';
  switch (t.kind) {
    case 'day':
      return isoOf(year, t.month, t.day);
    case 'month': {
      // "trước tháng 10" ends the day before October starts.
      if (before) return Math.min(...t.months) === 1 ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, Math.min(...t.months) - 1);
      return t.position === 'end' ? lastDayOfMonth(year, t.month) : isoOf(year, t.month, t.position);
    }
    case 'quarter':
      if (before) return Math.min(...t.quarters) === 1 ? lastDayOfQuarter(year - 1, 4) : lastDayOfQuarter(year, Math.min(...t.quarters) - 1);
      return lastDayOfQuarter(year, t.quarter);
    case 'months':
      return t.half === 'last' ? isoOf(year, 12, 31) : lastDayOfMonth(year, t.count);
    case 'year':
      return before ? isoOf((t.from ?? year) - 1, 12, 31) : isoOf(year, 12, 31);
    default: {
      const never: never = t;
      return never;
    }
  }
}

function resolveDate(it: DateItem, planYear: number | null, textYear: number | null): Role {
  let year: number | null;
  let from: YearUsed;
  switch (it.year.kind) {
    case 'explicit':
      year = it.year.year;
      from = 'written';
      break;
    case 'plan':
      year = planYear === null ? null : planYear + it.year.offset;
      from = 'plan';
      break;
    case 'annual':
      year = planYear;
      from = 'plan';
      break;
    case 'none':
      year = textYear ?? planYear;
      from = textYear !== null ? 'text' : 'plan';
      break;
    default: {
      const never: never = it.year;
      return never;
    }
  }
  if (year === null) return { kind: 'failed', failure: { reason: 'noYear', span: it } };
  if (it.target.kind === 'months' && it.marker === 'before') return { kind: 'failed', failure: { reason: 'beforeMonths', span: it } };
  const iso = lastDay(it, year);
  if (iso === null) return { kind: 'failed', failure: { reason: inYearRange(year) ? 'notCalendarDay' : 'yearOutOfRange', span: it } };
  return { kind: 'deadline', iso, year, from };
}

/** "Trong thời hạn 30 ngày kể từ ngày 01/3/2020": the count from a written day (BLDS 2015 Điều 147: the day itself is not counted). */
function anchoredDate(it: Extract<Item, { kind: 'relative' }>): Role | null {
  if (!it.anchor || it.count === undefined || it.marker === 'before') return null;
  const days = it.unit === 'day' ? it.count : it.unit === 'week' ? it.count * 7 : null;
  const start = isoOf(it.anchor.year, it.anchor.month, it.anchor.day);
  if (days === null || start === null) return null;
  const iso = addDays(start, days);
  return iso === null ? { kind: 'failed', failure: { reason: 'yearOutOfRange', span: it } } : { kind: 'deadline', iso, year: Number(iso.slice(0, 4)), from: 'written' };
}

/** Calendar days of a relative deadline: days and weeks count; working days and months do not convert. */
export function relativeDays(it: Extract<Item, { kind: 'relative' }>): number | undefined {
  if (it.count === undefined) return undefined;
  if (it.unit === 'day') return it.count;
  if (it.unit === 'week') return it.count * 7;
  return undefined;
}

/** One part: the role of each item, with its date once the year is known (rules 1–3). */
function readPart(part: Span, scan: ScanResult, planYear: number | null, textYear: number | null): { reading: PartReading; failure?: Failure } {
  const roles = classify(scan.items);
  const anchored = scan.items.map((it) => (it.kind === 'relative' ? anchoredDate(it) : null));
  const { outcome, failure } = outcomeOf(scan.items, roles, anchored.some((r) => r !== null), scan.openFrom.length > 0);
  const items = scan.items.map((item, k): ReadItem => {
    if (item.kind === 'relative') return { item, role: (outcome === 'dates' ? anchored[k] : null) ?? { kind: 'other' } };
    const role = roles[k];
    if (item.kind !== 'date' || role !== 'deadline' || outcome !== 'dates') return { item, role: { kind: role === 'deadline' ? 'other' : role } };
    return { item, role: resolveDate(item, planYear, textYear) };
  });
  const failed = items.find((r) => r.role.kind === 'failed')?.role;
  return { reading: { start: part.start, end: part.end, items, outcome }, failure: failure ?? (failed?.kind === 'failed' ? failed.failure : undefined) };
}

function readText(raw: string, planYear: number | null): Reading {
  const text = cleanDeadlineText(raw);
  if (text === '') return { text, source: 'text', planYear, textYear: null, parts: [], deadline: { kind: 'unparsed', text }, failure: { reason: 'empty' } };
  const tokens = tokenize(text);
  const accented = hasDiacritics(tokens);
  const scans = splitParts(tokens).map((part) => ({ part, scan: scanPart(part.tokens, accented) }));
  let textYear: number | null = null;
  for (const s of scans) textYear = lastWrittenYear(s.scan.items) ?? textYear;
  let failure: Failure | undefined;
  const parts: PartReading[] = [];
  for (const { part, scan } of scans) {
    const read = readPart(part, scan, planYear, textYear);
    failure ??= read.failure;
    parts.push(read.reading);
  }
  const result = conclude(text, parts, failure);
  return { text, source: 'text', planYear, textYear, parts, deadline: result.deadline, failure: result.failure };
}

/** The deadline dates of the parts, in order, each once. */
function datesOf(parts: PartReading[]): string[] {
  const dates = new Set<string>();
  for (const p of parts) for (const r of p.items) if (r.role.kind === 'deadline') dates.add(r.role.iso);
  return [...dates].sort();
}

/** Rule 3 and 4: one deadline from the parts. */
function conclude(text: string, parts: PartReading[], failure: Failure | undefined): { deadline: Deadline; failure?: Failure } {
  if (failure) return { deadline: { kind: 'unparsed', text }, failure };
  const dates = datesOf(parts);
  if (dates.length === 1) return { deadline: { kind: 'date', date: dates[0], text } };
  if (dates.length > 1) return { deadline: { kind: 'milestones', milestones: dates, date: dates[dates.length - 1], text } };
  const has = (o: PartOutcome) => parts.some((p) => p.outcome === o);
  if (has('relative')) {
    const rel = parts.map((p) => p.items.find((r) => r.item.kind === 'relative')).find((r) => r !== undefined)?.item;
    const days = rel?.kind === 'relative' ? relativeDays(rel) : undefined;
    return { deadline: days === undefined ? { kind: 'relative', text } : { kind: 'relative', text, days } };
  }
  if (has('external')) return { deadline: { kind: 'external', text } };
  if (has('recurring')) return { deadline: { kind: 'recurring', text } };
  return { deadline: { kind: 'unparsed', text }, failure: { reason: 'noDeadline' } };
}

// ---- API -----------------------------------------------------------------------------------------

/** Parses a deadline cell (SPEC §5). Never throws; anything it cannot read safely is `unparsed`. */
export function parseDeadline(input: string | Scalar | Cell | null, opts: DeadlineOptions = {}): Deadline {
  return readDeadline(input, opts).deadline;
}

/**
 * parseDeadline for one plan: each distinct text is read once (a plan repeats "Thường xuyên" on
 * many rows). The cache lives in the returned function, not in the module; the deadlines it
 * returns are shared, so callers must not change them.
 */
export function deadlineParser(opts: DeadlineOptions = {}): (input: string | Scalar | Cell | null) => Deadline {
  const cache = new Map<string, Deadline>();
  return (input) => {
    if (typeof input !== 'string') return parseDeadline(input, opts);
    const known = cache.get(input);
    if (known) return known;
    const d = parseDeadline(input, opts);
    cache.set(input, d);
    return d;
  };
}

/** The year of the (last) date, for task.deadlineBeforePlanYear (SPEC §5). */
export function deadlineYear(d: Deadline): number | null {
  switch (d.kind) {
    case 'date':
    case 'milestones':
      return Number(d.date.slice(0, 4));
    case 'recurring':
    case 'external':
    case 'relative':
    case 'unparsed':
      return null;
    default: {
      const never: never = d;
      return never;
    }
  }
}

/** The dates a deadline names, in order (one for a date, all milestones, none otherwise). */
export function deadlineDates(d: Deadline): string[] {
  switch (d.kind) {
    case 'date':
      return [d.date];
    case 'milestones':
      return [...d.milestones];
    case 'recurring':
    case 'external':
    case 'relative':
    case 'unparsed':
      return [];
    default: {
      const never: never = d;
      return never;
    }
  }
}
