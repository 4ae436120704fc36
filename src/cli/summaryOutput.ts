// What `cchc summary` prints (SPEC §9.1): the cchc-summary/1 object for --json, else a short
// ranking per criteria set for the terminal (the workbook holds the rest).
import type { Lang } from '../engine/messages';
import { formatNumber } from '../engine/messages';
import type { CompactIssue, RankedUnit, Summary } from '../engine/summary/types';
import { SummarySchema, type Issue, type SummaryJson, type SummaryUnit } from '../report/schema';

function issueOf(c: CompactIssue): Issue {
  return { sheet: c[0], cell: c[1], severity: c[2], code: c[3], message: c[4], rule: 'SPEC §9.1' };
}

function unitJson(u: RankedUnit): SummaryUnit {
  const d = u.digest;
  const s = d.score;
  return {
    unit: d.unit,
    file: d.file,
    nameSource: d.nameSource,
    index: s?.index ?? null,
    rating: s?.rating ?? null,
    rank: u.rank,
    provisional: s?.provisional ?? false,
    maxTotal: s?.maxTotal ?? null,
    applicableMax: s?.applicableMax ?? null,
    totals: s ? { ...s.totals } : null,
    areas: s?.areas ?? [],
    errors: u.errors,
    warnings: u.warnings,
    flags: u.flags.map(issueOf),
    plan: d.plan
      ? { tasks: d.plan.tasks, completed: d.plan.completed, completionPercent: d.plan.completionPercent, overdue: d.plan.overdue, dueSoon: d.plan.dueSoon }
      : null,
  };
}

export function summaryJson(summary: Summary, today: string, output: string | null): SummaryJson {
  return SummarySchema.parse({
    schema: 'cchc-summary/1',
    today,
    output,
    sets: summary.sets.map((r) => ({
      criteria: r.set
        ? {
            id: r.set.id,
            name: r.set.name,
            label: r.set.info.label,
            title: r.set.info.title,
            level: r.set.level,
            maxTotal: r.set.info.maxTotal,
            criteria: r.set.info.criteria,
            areas: r.set.info.areas,
          }
        : null,
      units: r.units.map(unitJson),
    })),
    unreadable: summary.unreadable.map((u) => ({ file: u.file, reason: u.reason })),
  });
}

const WORDS = {
  vi: {
    written: (out: string) => `Đã ghi ${out}`,
    units: (n: number) => `${n} đơn vị`,
    sets: (n: number) => `${n} bộ tiêu chí`,
    unreadable: (n: number) => `${n} tệp không dùng được`,
    noSet: 'Đơn vị không có bảng chấm điểm',
    head: ['Hạng', 'Chỉ số', 'Xếp loại', 'Lỗi', 'Đơn vị'],
    duplicate: 'trùng đơn vị',
    mismatch: 'bộ tiêu chí khác',
    provisional: 'tạm tính',
    notUsed: 'Không dùng được:',
    notWritten: 'không ghi tệp kết quả vì không đọc được tệp nào',
  },
  en: {
    written: (out: string) => `Wrote ${out}`,
    units: (n: number) => `${n} unit${n === 1 ? '' : 's'}`,
    sets: (n: number) => `${n} criteria set${n === 1 ? '' : 's'}`,
    unreadable: (n: number) => `${n} file${n === 1 ? '' : 's'} not used`,
    noSet: 'Units without a score sheet',
    head: ['Rank', 'Index', 'Rating', 'Errors', 'Unit'],
    duplicate: 'duplicate unit',
    mismatch: 'other criteria',
    provisional: 'provisional',
    notUsed: 'Not used:',
    notWritten: 'no output written: no file could be read',
  },
};

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  return len >= n ? s : right ? ' '.repeat(n - len) + s : s + ' '.repeat(n - len);
}

/** The terminal's view: counts, then each set's ranking, then what could not be used. */
export function formatSummary(summary: Summary, lang: Lang, output: string | null): string {
  const w = WORDS[lang];
  const units = summary.sets.reduce((n, s) => n + s.units.length, 0);
  const sets = summary.sets.filter((s) => s.set).length;
  const counts = [w.units(units), w.sets(sets), ...(summary.unreadable.length ? [w.unreadable(summary.unreadable.length)] : [])].join(', ');
  const lines: string[] = [output ? `${w.written(output)}: ${counts}.` : `${counts}; ${w.notWritten}.`];
  for (const r of summary.sets) {
    lines.push('', `${r.set ? r.set.name : w.noSet}: ${w.units(r.units.length)}`);
    lines.push(`  ${pad(w.head[0], 5, true)}  ${pad(w.head[1], 7, true)}  ${pad(w.head[2], 10)}  ${pad(w.head[3], 4, true)}  ${w.head[4]}`);
    for (const u of r.units) {
      const s = u.digest.score;
      const marks = [
        ...(u.duplicate ? [w.duplicate] : []),
        ...(u.flags.some((f) => f[3] === 'summary.criteriaMismatch') ? [w.mismatch] : []),
        ...(s?.provisional ? [w.provisional] : []),
      ];
      lines.push(
        `  ${pad(u.rank === null ? '-' : String(u.rank), 5, true)}  ${pad(s?.index === null || !s ? '-' : formatNumber(s.index, lang), 7, true)}  ${pad(s?.rating ?? '-', 10)}  ${pad(String(u.errors), 4, true)}  ${u.digest.unit}${marks.length ? ` (${marks.join(', ')})` : ''}`,
      );
    }
  }
  if (summary.unreadable.length) {
    lines.push('', w.notUsed);
    for (const u of summary.unreadable) lines.push(`  ${u.file}: ${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
