// A criteria set from its seed table (seed 001, /work/shared/seed-tables/dienbien_bang*.json,
// kept byte-identical beside this file): the criteria rows, and the closing "TỔNG ĐIỂM" row as
// the set's total. One copy of the data serves the generator and the tests.
import type { CriteriaSet, CriterionSeed } from './types';

export interface SeedTable {
  title: string;
  subtitle: string;
  rows: CriterionSeed[];
}

export function criteriaSetOf(seed: SeedTable, label: string, codeFixes?: CriteriaSet['codeFixes']): CriteriaSet {
  const last = seed.rows[seed.rows.length - 1];
  return {
    label,
    title: seed.title,
    subtitle: seed.subtitle,
    total: { name: last.name, max: last.max },
    ...(codeFixes ? { codeFixes } : {}),
    criteria: seed.rows.slice(0, -1),
  };
}
