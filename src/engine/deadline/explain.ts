// How a deadline text was read, step by step, in Vietnamese and English (`cchc deadline --explain`,
// and the task pane's tooltip on a deadline cell). The words are data: one table per language.
import { isoToDmy } from './calendar';
import { readDeadline, relativeDays, type Failure, type ReadItem, type Reading, type YearUsed } from './parse';
import type { Cell, Scalar } from '../grid';
import type { DateItem, Deadline, DeadlineOptions, DeadlineStep, Item, Target } from './types';
import type { RelativeUnit } from './vocab';

type Lang = 'vi' | 'en';
type FailureReason = Failure['reason'];

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

interface Words {
  target: (t: Target) => string;
  before: (what: string) => string;
  year: (from: YearUsed, year: number, offset: number) => string;
  deadline: (what: string, year: string, iso: string) => string;
  label: (it: DateItem) => string;
  annual: string;
  citation: string;
  recurring: string;
  external: string;
  relative: (count: number | undefined, unit: RelativeUnit | undefined) => string;
  anchored: (count: number, unit: RelativeUnit, from: string, iso: string) => string;
  dayOnly: (day: number) => string;
  nothing: string;
  failure: Record<FailureReason, string>;
  source: { dateCell: (iso: string) => string; serial: (iso: string) => string };
  result: (d: Deadline, failure: Failure | undefined) => string;
}

const offsetOf = (it: DateItem): number => (it.year.kind === 'plan' ? it.year.offset : 0);
const list = (xs: number[], f: (n: number) => string = String): string => xs.map(f).join(', ');
const dm = (d: number, m: number): string => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;

const UNIT_VI: Record<RelativeUnit, string> = { day: 'ngày', workingDay: 'ngày làm việc', week: 'tuần', month: 'tháng' };
const UNIT_EN: Record<RelativeUnit, string> = { day: 'days', workingDay: 'working days', week: 'weeks', month: 'months' };

const FAILURE_VI: Record<FailureReason, string> = {
  invalidDay: 'không phải một ngày có thật trên lịch',
  invalidMonth: 'tháng phải từ 1 đến 12',
  invalidQuarter: 'quý phải từ I đến IV',
  yearOutOfRange: 'năm nằm ngoài khoảng 1990–2100',
  vaguePosition: '«đầu/giữa» một quý hay một năm không chỉ ra ngày nào',
  unsafeBefore: '«từ», «sau», «khoảng» … đứng trước mốc thời gian nên không rõ hạn cuối',
  unsafeAfter: '«trở đi», «về trước», «so với» … đứng sau mốc thời gian nên không phải hạn cuối',
  openRange: 'có «từ» mà không có «đến»: không rõ hạn cuối',
  dayWithoutMonth: 'ngày không kèm tháng',
  beforeMonths: '«trước N tháng …» không rõ là ngày nào',
  noYear: 'không ghi năm và chưa biết năm kế hoạch (dùng --year)',
  notCalendarDay: 'năm đó không có ngày này',
  empty: 'ô trống',
  notText: 'ô không chứa chữ hay ngày',
  noDeadline: 'không thấy mốc thời gian nào',
};

const FAILURE_EN: Record<FailureReason, string> = {
  invalidDay: 'not a real calendar day',
  invalidMonth: 'a month must be 1 to 12',
  invalidQuarter: 'a quarter must be I to IV',
  yearOutOfRange: 'the year is outside 1990–2100',
  vaguePosition: '"early/mid" quarter or year names no particular day',
  unsafeBefore: '"từ" (from), "sau" (after), "khoảng" (about) … before the date: no last day',
  unsafeAfter: '"trở đi" (onwards), "về trước" (and before), "so với" (compared with) … after the date: not a last day',
  openRange: '"từ" (from) with no "đến" (to): no last day',
  dayWithoutMonth: 'a day with no month',
  beforeMonths: '"before N months …" names no day',
  noYear: 'no year written and no plan year known (use --year)',
  notCalendarDay: 'that year has no such day',
  empty: 'the cell is empty',
  notText: 'the cell holds neither text nor a date',
  noDeadline: 'no date or period found',
};

const VI: Words = {
  target: (t) => {
    switch (t.kind) {
      case 'day':
        return `ngày ${dm(t.day, t.month)}`;
      case 'month':
        if (t.position === 10) return `đầu tháng ${t.month} (thượng tuần, ngày 1–10): hạn là ngày 10`;
        if (t.position === 20) return `giữa tháng ${t.month} (trung tuần, ngày 11–20): hạn là ngày 20`;
        return t.months.length > 1 ? `tháng ${list(t.months)}: ngày cuối tháng ${t.month}` : `tháng ${t.month}: ngày cuối tháng`;
      case 'quarter':
        return t.quarters.length > 1 ? `quý ${list(t.quarters, (q) => ROMAN[q])}: ngày cuối quý ${ROMAN[t.quarter]}` : `quý ${ROMAN[t.quarter]}: ngày cuối quý`;
      case 'months':
        return t.half === 'last' ? `${t.count} tháng cuối năm: ngày cuối năm` : `${t.count} tháng đầu năm: ngày cuối tháng ${t.count}`;
      case 'year':
        return t.from !== undefined ? `giai đoạn ${t.from}–…: ngày cuối năm cuối giai đoạn` : 'cả năm: ngày cuối năm';
      default: {
        const never: never = t;
        return never;
      }
    }
  },
  before: (what) => `trước ${what}: ngày cuối cùng trước khi kỳ đó bắt đầu`,
  year: (from, year, offset) =>
    from === 'written'
      ? `năm ${year}`
      : from === 'text'
        ? `không ghi năm: lấy năm ${year}, năm ghi sau cùng trong ô`
        : offset > 0
          ? `năm sau năm kế hoạch: ${year}`
          : offset < 0
            ? `năm trước năm kế hoạch: ${year}`
            : `theo năm kế hoạch ${year}`,
  deadline: (what, year, iso) => `${what}, ${year} → ${isoToDmy(iso)}`,
  label: (it) =>
    it.target.kind === 'year'
      ? 'năm của văn bản hay kế hoạch được nêu, không phải thời hạn'
      : 'kỳ báo cáo được nêu, không phải thời hạn: thời hạn là ngày ghi sau nó',
  annual: 'ngày lặp lại hằng năm, không có chữ «trước/chậm nhất»: việc định kỳ',
  citation: 'số và ngày của văn bản được dẫn, không phải thời hạn',
  recurring: 'việc thường xuyên hoặc định kỳ',
  external: 'thời hạn do cơ quan hoặc văn bản khác quyết định',
  relative: (count, unit) =>
    count !== undefined && unit ? `${count} ${UNIT_VI[unit]} tính từ một sự việc: thời hạn tương đối` : 'tính từ một sự việc: thời hạn tương đối',
  anchored: (count, unit, from, iso) =>
    `${count} ${UNIT_VI[unit]} kể từ ${isoToDmy(from)} (không tính ngày đầu, Bộ luật Dân sự 2015 Điều 147) → ${isoToDmy(iso)}`,
  dayOnly: (day) => `ngày ${day} của mỗi kỳ`,
  nothing: 'không có mốc thời gian, bỏ qua',
  failure: FAILURE_VI,
  source: {
    dateCell: (iso) => `ô có định dạng ngày của Excel → ${isoToDmy(iso)}`,
    serial: (iso) => `số sê-ri ngày của Excel → ${isoToDmy(iso)}`,
  },
  result: (d, failure) => {
    switch (d.kind) {
      case 'date':
        return `Kết quả: thời hạn ${isoToDmy(d.date)}`;
      case 'milestones':
        return `Kết quả: các mốc ${d.milestones.map(isoToDmy).join(', ')}; thời hạn là mốc cuối ${isoToDmy(d.date)}`;
      case 'recurring':
        return 'Kết quả: việc thường xuyên/định kỳ, không có một thời hạn cố định';
      case 'external':
        return 'Kết quả: thời hạn theo cơ quan hoặc văn bản khác';
      case 'relative':
        return d.days !== undefined ? `Kết quả: thời hạn tương đối, ${d.days} ngày kể từ một sự việc` : 'Kết quả: thời hạn tương đối, tính từ một sự việc';
      case 'unparsed':
        return `Kết quả: không đọc được thời hạn (${FAILURE_VI[failure?.reason ?? 'noDeadline']}); không đoán ngày`;
      default: {
        const never: never = d;
        return never;
      }
    }
  },
};

const EN: Words = {
  target: (t) => {
    switch (t.kind) {
      case 'day':
        return `day ${dm(t.day, t.month)}`;
      case 'month':
        if (t.position === 10) return `early month ${t.month} (days 1–10): due on the 10th`;
        if (t.position === 20) return `mid month ${t.month} (days 11–20): due on the 20th`;
        return t.months.length > 1 ? `months ${list(t.months)}: last day of month ${t.month}` : `month ${t.month}: its last day`;
      case 'quarter':
        return t.quarters.length > 1 ? `quarters ${list(t.quarters, (q) => ROMAN[q])}: last day of Q${t.quarter}` : `Q${t.quarter}: last day of the quarter`;
      case 'months':
        return t.half === 'last' ? `last ${t.count} months of the year: 31 December` : `first ${t.count} months of the year: last day of month ${t.count}`;
      case 'year':
        return t.from !== undefined ? `period ${t.from}–…: last day of its last year` : 'the year: 31 December';
      default: {
        const never: never = t;
        return never;
      }
    }
  },
  before: (what) => `before ${what}: the last day before that period starts`,
  year: (from, year, offset) =>
    from === 'written'
      ? `year ${year}`
      : from === 'text'
        ? `no year written: ${year}, the last year written in the cell`
        : offset > 0
          ? `the year after the plan year: ${year}`
          : offset < 0
            ? `the year before the plan year: ${year}`
            : `the plan year ${year}`,
  deadline: (what, year, iso) => `${what}, ${year} → ${isoToDmy(iso)}`,
  label: (it) =>
    it.target.kind === 'year' ? 'the year of a plan or document named here, not a deadline' : 'names the report period, not a deadline: the day after it is',
  annual: 'a day that comes back every year, with no "before/at the latest": recurring',
  citation: 'number and date of a cited document, not a deadline',
  recurring: 'a regular or periodic task',
  external: 'the deadline is set by another body or document',
  relative: (count, unit) => (count !== undefined && unit ? `${count} ${UNIT_EN[unit]} from an event: a relative deadline` : 'counted from an event: a relative deadline'),
  anchored: (count, unit, from, iso) => `${count} ${UNIT_EN[unit]} from ${isoToDmy(from)} (the first day not counted, Civil Code 2015 art. 147) → ${isoToDmy(iso)}`,
  dayOnly: (day) => `day ${day} of each period`,
  nothing: 'no date or period, skipped',
  failure: FAILURE_EN,
  source: {
    dateCell: (iso) => `an Excel date cell → ${isoToDmy(iso)}`,
    serial: (iso) => `an Excel date serial number → ${isoToDmy(iso)}`,
  },
  result: (d, failure) => {
    switch (d.kind) {
      case 'date':
        return `Result: deadline ${isoToDmy(d.date)}`;
      case 'milestones':
        return `Result: milestones ${d.milestones.map(isoToDmy).join(', ')}; the deadline is the last, ${isoToDmy(d.date)}`;
      case 'recurring':
        return 'Result: a regular or periodic task, no single deadline';
      case 'external':
        return 'Result: the deadline is set by another body or document';
      case 'relative':
        return d.days !== undefined ? `Result: a relative deadline, ${d.days} days from an event` : 'Result: a relative deadline, counted from an event';
      case 'unparsed':
        return `Result: no deadline could be read (${FAILURE_EN[failure?.reason ?? 'noDeadline']}); no date is guessed`;
      default: {
        const never: never = d;
        return never;
      }
    }
  },
};

function describeItem(r: ReadItem, w: Words): string {
  const it: Item = r.item;
  switch (r.role.kind) {
    case 'failed':
      return w.failure[r.role.failure.reason];
    case 'label':
      return it.kind === 'date' ? w.label(it) : w.nothing;
    case 'annual':
      return w.annual;
    case 'deadline': {
      if (it.kind === 'relative' && it.anchor && it.count !== undefined && it.unit) {
        const from = `${it.anchor.year}-${String(it.anchor.month).padStart(2, '0')}-${String(it.anchor.day).padStart(2, '0')}`;
        return w.anchored(it.count, it.unit, from, r.role.iso);
      }
      if (it.kind !== 'date') return w.nothing;
      const what = w.target(it.target);
      const shown = it.marker === 'before' && it.target.kind !== 'day' ? w.before(what) : what;
      return w.deadline(shown, w.year(r.role.from, r.role.year, offsetOf(it)), r.role.iso);
    }
    case 'other':
      switch (it.kind) {
        case 'date':
          return w.target(it.target);
        case 'citation':
          return w.citation;
        case 'recurring':
          return w.recurring;
        case 'external':
          return w.external;
        case 'relative':
          return w.relative(relativeDays(it) ?? it.count, it.unit);
        case 'dayOnly':
          return w.dayOnly(it.day);
        case 'bad':
          return w.failure[it.reason];
        default: {
          const never: never = it;
          return never;
        }
      }
    default: {
      const never: never = r.role;
      return never;
    }
  }
}

/** The steps of a reading (see explainDeadline). */
export function stepsOf(reading: Reading): DeadlineStep[] {
  const step = (text: string, f: (w: Words) => string): DeadlineStep => ({ text, vi: f(VI), en: f(EN) });
  const steps: DeadlineStep[] = [];
  const d = reading.deadline;
  if ((reading.source === 'dateCell' || reading.source === 'serial') && d.kind === 'date') {
    steps.push(step(reading.text, (w) => w.source[reading.source === 'dateCell' ? 'dateCell' : 'serial'](d.date)));
    return steps;
  }
  for (const part of reading.parts) {
    if (part.items.length === 0) {
      steps.push(step(reading.text.slice(part.start, part.end), (w) => w.nothing));
      continue;
    }
    for (const r of part.items) steps.push(step(reading.text.slice(r.item.start, r.item.end), (w) => describeItem(r, w)));
  }
  steps.push(step(reading.text, (w) => w.result(d, reading.failure)));
  return steps;
}

/** How each part of the text was read, and the deadline it makes (SPEC §9 `cchc deadline --explain`). */
export function explainDeadline(input: string | Scalar | Cell | null, opts: DeadlineOptions = {}): { deadline: Deadline; steps: DeadlineStep[] } {
  const reading = readDeadline(input, opts);
  return { deadline: reading.deadline, steps: stepsOf(reading) };
}

/** Why a reading gave no date, in words (null when it gave one). */
export function failureText(reading: Reading, lang: Lang): string | null {
  if (!reading.failure) return null;
  return (lang === 'en' ? FAILURE_EN : FAILURE_VI)[reading.failure.reason];
}

/** One step's words in a language. */
export function stepText(s: DeadlineStep, lang: Lang): string {
  return lang === 'en' ? s.en : s.vi;
}

