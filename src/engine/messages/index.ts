// Renders findings into the report's issues, in Vietnamese (default) or English.
import type { Issue } from '../../report/schema';
import { CODES, type Catalogue, type Finding, type Formatter } from './catalog';
import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';

const catalogues: Record<Lang, Catalogue> = { vi, en };

function isoToDmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Up to 2 decimals, no trailing zeros; Vietnamese writes 3,5 where English writes 3.5. */
export function formatNumber(n: number, lang: Lang): string {
  const rounded = Math.round(n * 100) / 100;
  const s = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

export function formatter(lang: Lang): Formatter {
  return { num: (n) => formatNumber(n, lang), date: isoToDmy };
}

const formatters: Record<Lang, Formatter> = { vi: formatter('vi'), en: formatter('en') };

export function messageOf(f: Finding, lang: Lang): string {
  const render = catalogues[lang][f.code] as (p: Finding['params'], fmt: Formatter) => string;
  const body = render(f.params, formatters[lang]);
  return f.cell ? `${f.cell}: ${body}` : body;
}

export function toIssue(f: Finding, lang: Lang): Issue {
  const spec = CODES[f.code];
  const issue: Issue = { sheet: f.sheet, cell: f.cell, severity: spec.severity, code: f.code, message: messageOf(f, lang), rule: spec.rule };
  if (f.table !== undefined) issue.table = f.table;
  return issue;
}

export { CODES, finding } from './catalog';
export type { Finding, IssueCode, MessageParams } from './catalog';
