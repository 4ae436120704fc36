// SPEC §9.1: "units sorted by index, ties sharing a rank. Ranks are competition ranks (1, 2, 2,
// 4)"; a unit without an index (no score typed yet) is listed after the ranked ones, unranked.

/** Vietnamese name order, numbers by value ("Sở 2" before "Sở 10"), code points breaking ties. */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface Rankable {
  index: number | null;
  unit: string;
  file: string;
}

/** Index descending; equal indexes (and the unranked) by unit name, then file. */
export function compareForRanking(a: Rankable, b: Rankable): number {
  if (a.index !== null && b.index !== null && a.index !== b.index) return b.index - a.index;
  if ((a.index === null) !== (b.index === null)) return a.index === null ? 1 : -1;
  return compareNames(a.unit, b.unit) || compareNames(a.file, b.file);
}

/**
 * Competition ranks of indexes already in ranking order: a unit's rank is 1 + the number of units
 * with a higher index (what Excel's RANK(x, range, 0) gives). Null indexes get no rank.
 */
export function competitionRanks(indexes: ReadonlyArray<number | null>): Array<number | null> {
  const ranks: Array<number | null> = [];
  indexes.forEach((index, i) => {
    if (index === null) ranks.push(null);
    else if (i > 0 && indexes[i - 1] === index) ranks.push(ranks[i - 1]);
    else ranks.push(i + 1);
  });
  return ranks;
}
