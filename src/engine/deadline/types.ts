// The deadline grammar's data (SPEC §5): the public Deadline union and the internal reading of a
// text, kept as plain data so the explanation (explain.ts) can show how each part was read.
import type { MarkerKind, Position, RelativeUnit } from './vocab';

/** A parsed deadline cell (SPEC §5). Dates are ISO (YYYY-MM-DD); a deadline is the last day allowed. */
export type Deadline =
  | { kind: 'date'; date: string; text: string }
  | { kind: 'milestones'; milestones: string[]; date: string; text: string }
  | { kind: 'recurring'; text: string }
  | { kind: 'external'; text: string }
  | { kind: 'relative'; text: string; days?: number }
  | { kind: 'unparsed'; text: string };

export type DeadlineKind = Deadline['kind'];

export interface DeadlineOptions {
  /** The plan's year ("… NĂM 2019" in the title): the year of phrases written without one. */
  year?: number | null;
}

/** How one part of the text was read. */
export interface DeadlineStep {
  /** The words of the input this step is about. */
  text: string;
  vi: string;
  en: string;
}

// ---- The reading ---------------------------------------------------------------------------------

export interface Span {
  start: number;
  end: number;
}

/** What a time expression names, before its year is known. */
export type Target =
  | { kind: 'day'; day: number; month: number }
  | { kind: 'month'; month: number; months: number[]; position: Position['month'] }
  | { kind: 'quarter'; quarter: number; quarters: number[] }
  /** "6 tháng đầu năm" (the first N months) or "6 tháng cuối năm" (ends with the year). */
  | { kind: 'months'; count: number; half: 'first' | 'last' }
  /** "Năm 2020", "Trong năm"; `from` for "giai đoạn 2021-2025". */
  | { kind: 'year'; from?: number };

/** Where the year of a time expression comes from. */
export type YearSource =
  | { kind: 'explicit'; year: number }
  | { kind: 'plan'; offset: -1 | 0 | 1 }
  /** A day that comes back every year ("ngày 25/11 hàng năm"). */
  | { kind: 'annual' }
  /** Not written: the text's last written year, else the plan's year. */
  | { kind: 'none' };

export type BadReason =
  | 'invalidDay'
  | 'invalidMonth'
  | 'invalidQuarter'
  | 'yearOutOfRange'
  | 'vaguePosition'
  | 'unsafeBefore'
  | 'unsafeAfter'
  | 'openRange'
  | 'dayWithoutMonth'
  | 'beforeMonths';

export type Item =
  | ({ kind: 'date'; target: Target; year: YearSource; marker: MarkerKind | null; clauseStart: boolean } & Span)
  /** A document's number and date ("số 975/SNV-CCHC ngày 18/7/2016"): not a deadline. */
  | ({ kind: 'citation' } & Span)
  | ({ kind: 'recurring' } & Span)
  | ({ kind: 'external' } & Span)
  | ({ kind: 'relative'; count?: number; unit?: RelativeUnit; marker: MarkerKind | null; anchor?: { day: number; month: number; year: number } } & Span)
  /** "ngày 25" without a month: fine in a recurring phrase, unreadable anywhere else. */
  | ({ kind: 'dayOnly'; day: number } & Span)
  | ({ kind: 'bad'; reason: BadReason } & Span);

export type ItemKind = Item['kind'];
export type DateItem = Extract<Item, { kind: 'date' }>;
