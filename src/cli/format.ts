// Human output of `cchc check`: per table a line (kind, range, year), its summary, then its
// issues grouped by severity and rule, readable in a terminal; Vietnamese by default.
import { formatNumber, type Lang } from '../engine/messages';
import type { Issue, Report, Severity, TableKind, TableReport } from '../report/schema';

export const KIND_LABEL: Record<Lang, Record<TableKind, string>> = {
  vi: {
    planTasks: 'Kế hoạch / nhiệm vụ CCHC',
    statistics: 'Phụ lục thống kê số liệu CCHC',
    scoreSheet: 'Bảng chấm điểm Chỉ số CCHC',
    assignment: 'Bảng phân công phụ trách',
  },
  en: {
    planTasks: 'Plan tasks',
    statistics: 'Statistics annex',
    scoreSheet: 'Score sheet',
    assignment: 'Assignment table',
  },
};

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Information' },
};

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
/** Cells shown per rule before "… and N more". */
const PER_RULE = 10;

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show every cell, not the first ten per rule. */
  all?: boolean;
}

function summaryLines(t: TableReport, lang: Lang): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const vi = lang === 'vi';
  switch (t.kind) {
    case 'scoreSheet': {
      const s = t.summary;
      const lines = [
        vi
          ? `Tổng điểm tối đa ${n(s.maxTotal)}; điểm tối đa áp dụng ${n(s.applicableMax)}; điểm cuối cùng ${s.totals.final === null ? 'chưa có' : n(s.totals.final)}`
          : `Total maximum ${n(s.maxTotal)}; applicable maximum ${n(s.applicableMax)}; final score ${s.totals.final === null ? 'none yet' : n(s.totals.final)}`,
      ];
      if (s.indexPercent !== null) {
        const provisional = s.provisional ? (vi ? ' (tạm tính: còn chờ điểm ĐTXHH)' : ' (provisional: survey scores pending)') : '';
        lines.push(vi ? `Chỉ số CCHC ${n(s.indexPercent)}% — Xếp loại: ${s.rating ?? '—'}${provisional}` : `CCHC index ${n(s.indexPercent)}% — rating: ${s.rating ?? '—'}${provisional}`);
      }
      const below = s.areas.filter((a) => a.below50);
      if (below.length)
        lines.push(
          (vi ? 'Lĩnh vực dưới 50%: ' : 'Areas below 50%: ') +
            below.map((a) => `${a.code} ${a.name} (${a.percent === null ? '—' : n(a.percent)}%)`).join('; '),
        );
      if (s.naCriteria.length) lines.push((vi ? 'Không áp dụng: ' : 'Not applicable: ') + s.naCriteria.join(', '));
      if (s.awaitingSurvey.length) lines.push((vi ? 'Chờ điểm ĐTXHH: ' : 'Awaiting survey: ') + s.awaitingSurvey.join(', '));
      return lines;
    }
    case 'planTasks': {
      const s = t.summary;
      const pct = s.completionPercent === null ? '—' : `${n(s.completionPercent)}%`;
      return [
        vi
          ? `${s.tasks} nhiệm vụ; hoàn thành ${s.completed} (${pct}); quá hạn ${s.overdue.length}; sắp đến hạn ${s.dueSoon.length}; thường xuyên/định kỳ ${s.recurring}; theo văn bản khác ${s.external}; chưa đọc được thời hạn ${s.unparsed}`
          : `${s.tasks} tasks; done ${s.completed} (${pct}); overdue ${s.overdue.length}; due soon ${s.dueSoon.length}; recurring ${s.recurring}; external ${s.external}; unparsed deadlines ${s.unparsed}`,
      ];
    }
    case 'statistics': {
      const s = t.summary;
      return [
        vi
          ? `${s.indicators} chỉ tiêu; ${s.filled} ô đã nhập; ${s.computed} ô tính được; năm: ${s.years.join(', ') || '—'}`
          : `${s.indicators} indicators; ${s.filled} cells filled; ${s.computed} computable; years: ${s.years.join(', ') || '—'}`,
      ];
    }
    case 'assignment': {
      const s = t.summary;
      const owners = Object.entries(s.owners)
        .map(([o, c]) => `${o} (${c})`)
        .join('; ');
      return [
        vi
          ? `${s.criteria} tiêu chí; chưa phân công ${s.unassigned.length}${owners ? `; đơn vị: ${owners}` : ''}`
          : `${s.criteria} criteria; unassigned ${s.unassigned.length}${owners ? `; owners: ${owners}` : ''}`,
      ];
    }
    default: {
      const never: never = t;
      return [String(never)];
    }
  }
}

function issueBlock(issues: Issue[], indent: string, opts: FormatOptions): string[] {
  const out: string[] = [];
  const paint = (sev: Severity, s: string) => (opts.color ? `${COLORS[sev]}${s}${RESET}` : s);
  for (const sev of SEVERITIES) {
    const ofSev = issues.filter((i) => i.severity === sev);
    if (!ofSev.length) continue;
    out.push(`${indent}${paint(sev, `${SEVERITY_LABEL[opts.lang][sev]} (${ofSev.length}):`)}`);
    const byCode = new Map<string, Issue[]>();
    for (const i of ofSev) {
      const list = byCode.get(i.code);
      if (list) list.push(i);
      else byCode.set(i.code, [i]);
    }
    for (const [code, list] of byCode) {
      const shown = opts.all ? list : list.slice(0, PER_RULE);
      for (const i of shown) out.push(`${indent}  ${i.sheet && i.cell ? `${i.sheet}!` : ''}${i.message} [${code}]`);
      if (shown.length < list.length) {
        const more = list.length - shown.length;
        out.push(
          `${indent}  … ${opts.lang === 'en' ? `and ${more} more [${code}] (--all or --json shows every one)` : `và ${more} ô khác [${code}] (dùng --all hoặc --json để xem hết)`}`,
        );
      }
    }
  }
  return out;
}

export function formatReport(report: Report, opts: FormatOptions): string {
  const { lang } = opts;
  const vi = lang === 'vi';
  const lines: string[] = [opts.color ? `${BOLD}${report.file}${RESET}` : report.file];
  report.tables.forEach((t, index) => {
    const year = t.year ? (vi ? ` — năm ${t.year}` : ` — year ${t.year}`) : '';
    const label = t.label ? ` (${t.label})` : '';
    lines.push(`  ${KIND_LABEL[lang][t.kind]}${label} — ${t.sheet}!${t.range}${year} — ${t.rows} ${vi ? 'dòng' : 'rows'}`);
    for (const s of summaryLines(t, lang)) lines.push(`    ${s}`);
    lines.push(...issueBlock(report.issues.filter((i) => i.table === index), '    ', opts));
  });
  lines.push(...issueBlock(report.issues.filter((i) => i.table === undefined), '  ', opts));
  const count = (s: Severity) => report.issues.filter((i) => i.severity === s).length;
  lines.push(
    vi
      ? `  Tổng cộng: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin`
      : `  Total: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`,
  );
  return `${lines.join('\n')}\n\n`;
}
