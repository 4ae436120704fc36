// cchc deadline "TEXT" [--year N] [--today YYYY-MM-DD] [--json] [--explain] [--lang vi|en] (SPEC §9):
// prints how the deadline grammar (SPEC §5) reads a text. `cchc deadline -- "- text"` passes a text
// that starts with a dash. Every reading exits 0, unparsed included: an unreadable deadline is a
// finding about the text (task.deadlineUnparsed is info), not a failure of the command. Exit 2 is
// for a missing text or a bad option, with one line of usage.
import { daysBetween, isoToDmy } from '../../engine/deadline/calendar';
import { failureText, readDeadline, stepsOf, stepText, type Deadline, type DeadlineStep } from '../../engine/deadline';
import type { Lang } from '../../engine/messages';
import { usageError } from '../../xlsx/errors';
import { parseCommandArgs } from '../args';
import type { Io } from '../io';
import { langOf } from '../lang';
import { todayOption, yearOption } from '../options';

const OPTIONS = {
  year: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean', default: false },
  explain: { type: 'boolean', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HELP: Record<Lang, string> = {
  vi: `Cách dùng: cchc deadline "THỜI HẠN" [--year N] [--today YYYY-MM-DD] [--json] [--explain] [--lang vi|en]
  Đọc một thời hạn như trong cột «Thời gian hoàn thành» và cho biết ngày hạn cuối.
  --year N      năm kế hoạch, cho các thời hạn không ghi năm (mặc định: năm của --today)
  --today NGÀY  ngày đối chiếu quá hạn (mặc định: hôm nay)
  --json        in một đối tượng JSON {kind, date, milestones, days, text}
  --explain     in cách đọc từng phần của thời hạn
  Thời hạn bắt đầu bằng dấu gạch: cchc deadline -- "- Báo cáo năm trước ngày 15/02/2021"
`,
  en: `Usage: cchc deadline "TEXT" [--year N] [--today YYYY-MM-DD] [--json] [--explain] [--lang vi|en]
  Reads a deadline as written in a "Thời gian hoàn thành" column and prints its last day.
  --year N      the plan year, for deadlines written without one (default: the year of --today)
  --today DATE  the date to count overdue days from (default: today)
  --json        print one JSON object {kind, date, milestones, days, text}
  --explain     print how each part of the text was read
  A text that starts with a dash: cchc deadline -- "- Báo cáo năm trước ngày 15/02/2021"
`,
};

const EXAMPLE = 'cchc deadline "Quý II/2019" --year 2019';

function langOption(value: string | undefined, lang: Lang): void {
  if (value !== undefined && value !== 'vi' && value !== 'en')
    throw usageError(lang === 'en' ? `--lang expects vi or en, got "${value}"` : `--lang chỉ nhận vi hoặc en, nhận được «${value}»`);
}

// ---- Output ------------------------------------------------------------------------------------------

interface Words {
  deadline: string;
  milestones: string;
  lastMilestone: string;
  left: (n: number) => string;
  dueToday: string;
  overdue: (n: number, today: string) => string;
  recurring: string;
  external: string;
  relative: (days: number | undefined) => string;
  unparsed: (reason: string) => string;
  how: string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    deadline: 'thời hạn',
    milestones: 'các mốc',
    lastMilestone: 'thời hạn (mốc cuối)',
    left: (n) => `còn ${n} ngày`,
    dueToday: 'hạn là hôm nay',
    overdue: (n, today) => `đã quá hạn ${n} ngày so với ${today}`,
    recurring: 'việc thường xuyên/định kỳ: không có một thời hạn cố định, không tính quá hạn',
    external: 'thời hạn theo cơ quan hoặc văn bản khác (tiến độ, hướng dẫn, thời hạn đã đăng ký): không tính quá hạn',
    relative: (days) =>
      days === undefined ? 'thời hạn tương đối, tính từ một sự việc: không có ngày cố định' : `thời hạn tương đối: ${days} ngày kể từ một sự việc, không có ngày cố định`,
    unparsed: (reason) => `không đọc được thời hạn (${reason}); hãy ghi dạng «Quý II/2019», «Tháng 10/2019» hoặc «Trước ngày 31/12/2019»`,
    how: 'Cách đọc:',
  },
  en: {
    deadline: 'deadline',
    milestones: 'milestones',
    lastMilestone: 'deadline (the last)',
    left: (n) => `${n} ${n === 1 ? 'day' : 'days'} left`,
    dueToday: 'due today',
    overdue: (n, today) => `overdue by ${n} ${n === 1 ? 'day' : 'days'} as of ${today}`,
    recurring: 'a recurring task: no single deadline, never counted overdue',
    external: 'set by another body or document (its schedule, guidance or registered deadline): never counted overdue',
    relative: (days) => (days === undefined ? 'a relative deadline, counted from an event: no fixed date' : `a relative deadline: ${days} days from an event, no fixed date`),
    unparsed: (reason) => `no deadline could be read (${reason}); write it as "Quý II/2019", "Tháng 10/2019" or "Trước ngày 31/12/2019"`,
    how: 'How it was read:',
  },
};

function status(date: string, today: string, w: Words): string {
  const days = daysBetween(today, date);
  if (days > 0) return w.left(days);
  if (days === 0) return w.dueToday;
  return w.overdue(-days, isoToDmy(today));
}

function humanLine(d: Deadline, today: string, reason: string, w: Words): string {
  switch (d.kind) {
    case 'date':
      return `${w.deadline}: ${isoToDmy(d.date)} (${status(d.date, today, w)})`;
    case 'milestones':
      return `${w.milestones}: ${d.milestones.map(isoToDmy).join(', ')}; ${w.lastMilestone}: ${isoToDmy(d.date)} (${status(d.date, today, w)})`;
    case 'recurring':
      return w.recurring;
    case 'external':
      return w.external;
    case 'relative':
      return w.relative(d.days);
    case 'unparsed':
      return w.unparsed(reason);
    default: {
      const never: never = d;
      return never;
    }
  }
}

/** SPEC §9: `{kind, date?, milestones?, text}` with ISO dates, `days` for a relative deadline. */
function jsonOf(d: Deadline, steps: DeadlineStep[] | null): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: d.kind };
  if (d.kind === 'date' || d.kind === 'milestones') out.date = d.date;
  if (d.kind === 'milestones') out.milestones = d.milestones;
  if (d.kind === 'relative' && d.days !== undefined) out.days = d.days;
  out.text = d.text;
  if (steps) out.steps = steps;
  return out;
}

function parse(argv: string[], lang: Lang) {
  return parseCommandArgs({
    command: 'deadline',
    argv,
    options: OPTIONS,
    lang,
    example: EXAMPLE,
    // A deadline text that starts with a dash looks like an option.
    unknownHint: (option, l) =>
      l === 'en'
        ? `a deadline text that starts with a dash goes after --, options before it: cchc deadline --json -- "${option}"`
        : `thời hạn bắt đầu bằng dấu gạch thì đặt sau --, các tùy chọn đặt trước: cchc deadline --json -- "${option}"`,
  });
}

export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const { values, positionals } = parse(argv, lang);
  langOption(values.lang, lang);
  if (values.help) {
    io.stdout(HELP[lang]);
    return 0;
  }
  // Unquoted words are one text: `cchc deadline Quý II/2019` reads "Quý II/2019".
  const text = positionals.join(' ');
  if (text.trim() === '')
    throw usageError(lang === 'en' ? `deadline: give the deadline text to read, e.g. ${EXAMPLE}` : `deadline: cần một thời hạn để đọc, ví dụ: ${EXAMPLE}`);
  const today = todayOption(values.today, io.today(), lang);
  const year = yearOption('deadline', values.year, lang) ?? Number(today.slice(0, 4));

  const reading = readDeadline(text, { year });
  const d = reading.deadline;
  const steps = values.explain ? stepsOf(reading) : null;
  if (values.json) {
    io.stdout(`${JSON.stringify(jsonOf(d, steps))}\n`);
    return 0;
  }
  const w = WORDS[lang];
  const lines = [`${d.text} → ${humanLine(d, today, failureText(reading, lang) ?? '', w)}`];
  if (steps) {
    lines.push(w.how);
    const last = steps.length - 1;
    steps.forEach((s, k) => lines.push(k === last ? `  ${stepText(s, lang)}` : `  «${s.text}»: ${stepText(s, lang)}`));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
