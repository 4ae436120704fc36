// SPEC §9.1: "one ranking per criteria set (a Sở set and a huyện set are never ranked together)".
// A set is identified by what makes two indexes comparable: the criterion codes (the tree), each
// area's maximum and the total maximum. The scores, N/A marks, wording, column order and the
// title do not count: units of one level fill the same Bảng with different scores and N/A. A
// leaf's maximum does not count either, so a typo in one cell (reported as max.sumMismatch) does
// not split a ranking; an older year's set differs in its codes or its area maxima.
import type { ScoreSheetSummary } from '../../report/schema';
import type { ScoreSheetTable } from '../detect/types';
import { formatNumber } from '../messages';
import { clean, fold } from '../text/normalize';
import type { CriteriaInfo, CriteriaSet, Level } from './types';
import { LEVEL_NAME, LEVEL_OF_TITLE } from './vocab';

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The Arabic codes of a table's coded rows, in code order, each once. */
export function criterionCodes(table: ScoreSheetTable): number[][] {
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const r of table.rows) {
    if (r.kind !== 'coded' || r.code?.kind !== 'arabic' || seen.has(r.code.text)) continue;
    seen.add(r.code.text);
    out.push(r.code.parts);
  }
  return out.sort(compareParts);
}

export function levelOfTitle(title: string | null): Level | null {
  if (!title) return null;
  const f = fold(title);
  return LEVEL_OF_TITLE.find((l) => l.re.test(f))?.level ?? null;
}

/** "Bảng 1" of a title block's label ("Bảng 1:", "Phụ lục II."), as written, without its closing punctuation. */
function labelOf(label: string | undefined): string | null {
  if (!label) return null;
  const text = clean(label).replace(/[:.\s]+$/u, '');
  return text || null;
}

export function criteriaInfo(table: ScoreSheetTable, summary: ScoreSheetSummary): CriteriaInfo {
  const codes = criterionCodes(table);
  const areas = summary.areas.map((a) => ({ code: a.code, name: a.name, max: a.max }));
  const key = [
    `total=${summary.maxTotal}`,
    `areas=${areas.map((a) => `${a.code}:${a.max}`).join(',')}`,
    `codes=${codes.map((c) => c.join('.')).join(',')}`,
  ].join('|');
  const title = table.title.title ? clean(table.title.title) : null;
  return {
    key,
    label: labelOf(table.title.label),
    title,
    level: levelOfTitle(title),
    maxTotal: summary.maxTotal,
    criteria: codes.filter((c) => c.length > 1).length,
    areas,
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id of a set's key (no Node crypto in the engine). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "Bảng 1 (Sở, 100 điểm, 133 tiêu chí)"; the level is left out when neither units nor title say it. */
export function setName(info: CriteriaInfo, level: Level | null): string {
  const parts = [...(level ? [LEVEL_NAME[level]] : []), `${formatNumber(info.maxTotal, 'vi')} điểm`, `${info.criteria} tiêu chí`];
  return `${info.label ?? 'Bộ tiêu chí'} (${parts.join(', ')})`;
}

/**
 * The sets of a summary, named. Two different sets that would read the same ("Bảng 1 (Sở, 100
 * điểm, 133 tiêu chí)" of two years) get their id appended, so a reader can tell them apart.
 */
export function nameSets(sets: ReadonlyArray<{ info: CriteriaInfo; level: Level | null }>): CriteriaSet[] {
  const named = sets.map((s) => ({ id: shortHash(s.info.key), info: s.info, level: s.level, name: setName(s.info, s.level) }));
  const counts = new Map<string, number>();
  for (const s of named) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  return named.map((s) => ((counts.get(s.name) ?? 0) > 1 ? { ...s, name: `${s.name} [${s.id}]` } : s));
}
