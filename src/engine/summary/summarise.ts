// SPEC §9.1: the digests of every unit's file → criteria sets, one ranking per set, the flags
// summary.duplicateUnit and summary.criteriaMismatch, and the reading orders of the workbook.
//
// Decisions (issue 9):
// - Criteria set: criteria.ts (codes + area maxima + total). Files without a score sheet are
//   listed in a last group without a set, unranked.
// - Duplicate unit: two files whose unit names have the same key (unit.ts unitKey) are both
//   listed, both ranked, and both flagged, naming all the unit's files.
// - Criteria mismatch: files are grouped by level (the unit name's, else the set title's); in each
//   group the set most files use is the expected one (ties: the set whose title speaks of that
//   level, then the set met first), and every file of the group using another set is flagged. A
//   Sở set among Sở files and a huyện set among huyện files are never flagged: Bảng 1 and Bảng 2
//   side by side are normal.
import { finding, toIssue, type Lang } from '../messages';
import { nameSets } from './criteria';
import { compareForRanking, compareNames, competitionRanks } from './rank';
import type { CompactIssue, CriteriaInfo, CriteriaSet, Level, RankedUnit, SetRanking, Summary, UnitDigest, Unreadable } from './types';
import { unitKey } from './unit';
import { LEVEL_ORDER } from './vocab';

export interface SummariseOptions {
  lang?: Lang;
}

/** The value most items give (ties: the first met), or null. */
function mostCommon<T>(values: ReadonlyArray<T | null>): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  for (const v of values) {
    if (v === null) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

function compact(f: Parameters<typeof toIssue>[0], lang: Lang): CompactIssue {
  const i = toIssue(f, lang);
  return [i.sheet, i.cell, i.severity, i.code, i.message];
}

/** Groups items by a key, keeping the order they come in. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The criteria sets of the scored digests, keyed by their identity, each with its level. */
function criteriaSets(digests: readonly UnitDigest[]): Map<string, CriteriaSet> {
  const groups = new Map<string, { info: CriteriaInfo; levels: Array<Level | null> }>();
  for (const d of digests) {
    if (!d.score) continue;
    const g = groups.get(d.score.criteria.key) ?? { info: d.score.criteria, levels: [] };
    g.levels.push(d.level);
    groups.set(d.score.criteria.key, g);
  }
  const entries = [...groups.values()].map((g) => ({ info: g.info, level: mostCommon(g.levels) ?? g.info.level }));
  return new Map(nameSets(entries).map((s) => [s.info.key, s]));
}

function duplicateFlags(digests: readonly UnitDigest[], lang: Lang): Map<UnitDigest, CompactIssue> {
  const byKey = groupBy(digests, (d) => unitKey(d.unit));
  const flags = new Map<UnitDigest, CompactIssue>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const files = group.map((d) => d.file).join(', ');
    for (const d of group) flags.set(d, compact(finding(d.score?.sheet ?? '', '', 'summary.duplicateUnit', { unit: d.unit, files }), lang));
  }
  return flags;
}

function mismatchFlags(digests: readonly UnitDigest[], sets: Map<string, CriteriaSet>, lang: Lang): Map<UnitDigest, CompactIssue> {
  const scored = digests.filter((d) => d.score !== null);
  const byLevel = groupBy(scored, (d) => d.level ?? sets.get(d.score?.criteria.key ?? '')?.level ?? 'unknown');
  const flags = new Map<UnitDigest, CompactIssue>();
  for (const [level, group] of byLevel) {
    const bySet = groupBy(group, (d) => d.score?.criteria.key ?? '');
    if (bySet.size < 2) continue;
    const top = Math.max(...[...bySet.values()].map((g) => g.length));
    const tied = [...bySet.keys()].filter((k) => bySet.get(k)?.length === top);
    const expectedKey = tied.find((k) => sets.get(k)?.info.level === level) ?? tied[0];
    const expected = sets.get(expectedKey);
    for (const d of group) {
      const own = d.score ? sets.get(d.score.criteria.key) : undefined;
      if (!own || !expected || own.info.key === expectedKey) continue;
      flags.set(d, compact(finding(d.score?.sheet ?? '', '', 'summary.criteriaMismatch', { criteria: own.name, expected: expected.name }), lang));
    }
  }
  return flags;
}

function count(issues: readonly CompactIssue[], severity: CompactIssue[2]): number {
  return issues.reduce((n, i) => n + (i[2] === severity ? 1 : 0), 0);
}

function rankSet(set: CriteriaSet | null, members: readonly UnitDigest[], flagsOf: (d: UnitDigest) => CompactIssue[], duplicates: ReadonlySet<UnitDigest>): SetRanking {
  const sorted = [...members].sort((a, b) =>
    compareForRanking({ index: a.score?.index ?? null, unit: a.unit, file: a.file }, { index: b.score?.index ?? null, unit: b.unit, file: b.file }),
  );
  const ranks = competitionRanks(sorted.map((d) => d.score?.index ?? null));
  return {
    set,
    units: sorted.map((digest, i) => {
      const flags = flagsOf(digest);
      const all = [...flags, ...digest.issues];
      return {
        digest,
        rank: ranks[i],
        order: i + 1,
        errors: count(all, 'error'),
        warnings: count(all, 'warning'),
        flags,
        duplicate: duplicates.has(digest),
      };
    }),
  };
}

function compareSets(a: SetRanking, b: SetRanking): number {
  if (!a.set || !b.set) return a.set ? -1 : b.set ? 1 : 0;
  const la = a.set.level === null ? 2 : LEVEL_ORDER[a.set.level];
  const lb = b.set.level === null ? 2 : LEVEL_ORDER[b.set.level];
  return la - lb || b.units.length - a.units.length || compareNames(a.set.name, b.set.name);
}

/** Every readable unit's digest (in any order) and the unreadable files → the summary. */
export function summarise(digests: readonly UnitDigest[], unreadable: readonly Unreadable[], opts: SummariseOptions = {}): Summary {
  const lang = opts.lang ?? 'vi';
  const sets = criteriaSets(digests);
  const duplicates = duplicateFlags(digests, lang);
  const mismatches = mismatchFlags(digests, sets, lang);
  const flagsOf = (d: UnitDigest): CompactIssue[] => [duplicates.get(d), mismatches.get(d)].filter((f): f is CompactIssue => f !== undefined);
  const dupSet = new Set(duplicates.keys());

  const members = groupBy(digests, (d) => d.score?.criteria.key ?? '');
  const rankings = [...members.entries()].map(([key, ds]) => rankSet(sets.get(key) ?? null, ds, flagsOf, dupSet)).sort(compareSets);
  const byName = rankings
    .flatMap((r) => r.units)
    .sort((a, b) => compareNames(a.digest.unit, b.digest.unit) || compareNames(a.digest.file, b.digest.file));
  return {
    sets: rankings,
    unreadable: [...unreadable].sort((a, b) => compareNames(a.file, b.file)),
    byName,
    year: mostCommon(digests.map((d) => d.year)),
    province: mostCommon(digests.map((d) => d.province)),
  };
}

export type { RankedUnit };
