// SPEC §6, §7: the statistics percentages the engine can compute, for the check (a typed % that
// differs is stat.percentMismatch) and for the fill (the formula it writes).
//
// Decisions:
// - A rate is part / whole × 100 rounded to 2 decimals; the formula is
//   IF(whole=0,"",ROUND(part/whole*100,2)) (a blank, not #DIV/0!, while the whole is 0 or empty),
//   the whole a sum where the parts make it: IF(D60+D61=0,"",ROUND(D60/(D60+D61)*100,2)).
// - Seed 004 writes a count and its share in one cell ("281 thủ tục = 96,9%", unit
//   "Thủ tục …= …%"): that share is checked but has no formula (the cell holds typed figures; the
//   fill never writes an input cell). It gets a formula in the two-cell layout (the % on the row
//   below) and on a "%" row (a rate row of the group), when its parts are number cells.
// - "40/46 = 86,96%" carries its own part and whole: checked in the cell itself.
import type { StatisticsTable } from '../../detect/types';
import type { Grid } from '../../grid';
import { buildModel, type Indicator, type StatModel, type YearCell } from './model';
import { resolvePairings, type Resolved } from './pairs';
import { decimalsOf, type Reading } from './values';

export type ComputationSource = 'rate' | 'share' | 'inCell';

export interface StatComputation {
  /** The percentage cell (1-based sheet row and column) and its A1. */
  row: number;
  col: number;
  cell: string;
  year: number;
  /**
   * - rate: a "%" row of the group, its pair's part / whole (a completion rate …);
   * - share: a count's own "= …%" (one cell, or the row below), the count over its whole;
   * - inCell: "a/b = p%", or a pair "a/b" on a "%" or "= …%" row.
   */
  source: ComputationSource;
  /** The PAIRINGS entry (pairs.ts) it comes from; absent for inCell. */
  pairing?: string;
  /** For a cell holding one line per indicator (seed 004 row 56): which line, from 0. */
  line?: number;
  /** The cells of the numerator and of the denominator (the latter added up). */
  parts: { numerator: string[]; denominator: string[] };
  /** part / whole × 100 rounded to 2 decimals; null while a part is missing or the whole is 0. */
  value: number | null;
  /** The same, not rounded (the check's tolerance is measured against it). */
  exact: number | null;
  /** Excel/LibreOffice formula without "=", or null where it cannot be a formula (see above). */
  formula: string | null;
  /** The percentage the cell holds now, if any. */
  typed: { value: number; decimals: number } | null;
  /** How the figures read, for messages ("40/46", "D26/D25"). */
  from: string;
}

/** A figure of an indicator in one year: the number, its cell, and whether a formula may use it. */
export interface Figure {
  value: number;
  cell: string;
  /** A number cell (not text): a formula can refer to it. */
  plain: boolean;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function countFigure(value: number, cell: string, plain: boolean): Figure | null {
  return isCount(value) ? { value, cell, plain } : null;
}

/**
 * The count an indicator holds in a year (a share's count, a pair's part); null if none, or not
 * a count (3,5 tasks is stat.notCount, not also a part above its whole).
 */
export function figureOf(ind: Indicator | undefined, yearIndex: number): Figure | null {
  const y = ind?.years[yearIndex];
  if (!y || y.read.readings.length !== 1) return null;
  const r = y.read.readings[0];
  switch (r.shape) {
    case 'number':
      return r.percent ? null : countFigure(r.value, y.cell, !r.fromText);
    case 'pair':
      return countFigure(r.part, y.cell, false);
    case 'share':
      if (r.count?.kind === 'number') return countFigure(r.count.value, y.cell, false);
      return r.count?.kind === 'pair' ? countFigure(r.count.part, y.cell, false) : null;
    case 'text':
      return null;
    default: {
      const never: never = r;
      return never;
    }
  }
}

/** The percentage a cell shows: a number ("95", 0.95 formatted "0%"), "95%", or a share's "= 95%". */
function typedPercent(r: Reading | undefined): StatComputation['typed'] {
  if (!r) return null;
  if (r.shape === 'number') return { value: r.value, decimals: decimalsOf(r.value) };
  if (r.shape === 'share') return r.percent;
  return null;
}

function formulaOf(numerator: Figure, denominator: Figure[]): string {
  const den = denominator.map((d) => d.cell).join('+');
  const wrapped = denominator.length > 1 ? `(${den})` : den;
  return `IF(${den}=0,"",ROUND(${numerator.cell}/${wrapped}*100,2))`;
}

function ratio(numerator: Figure | null, denominator: Array<Figure | null>): { exact: number | null; value: number | null } {
  if (!numerator || denominator.some((d) => d === null)) return { exact: null, value: null };
  const whole = denominator.reduce((s, d) => s + (d?.value ?? 0), 0);
  if (whole === 0) return { exact: null, value: null };
  const exact = (numerator.value / whole) * 100;
  return { exact, value: round2(exact) };
}

export interface Target {
  row: number;
  col: number;
  cell: string;
  typed: StatComputation['typed'];
  /** The percentage has a cell of its own (a formula can go there). */
  own: boolean;
}

function computation(
  year: YearCell,
  target: Target,
  source: ComputationSource,
  pairing: string,
  numerator: Figure | null,
  denominator: Array<Figure | null>,
): StatComputation {
  const { exact, value } = ratio(numerator, denominator);
  const dens = denominator.filter((d): d is Figure => d !== null);
  const usable = target.own && numerator?.plain === true && dens.length === denominator.length && dens.every((d) => d.plain);
  const denText = dens.map((d) => d.cell).join('+');
  return {
    row: target.row,
    col: target.col,
    cell: target.cell,
    year: year.year,
    source,
    pairing,
    parts: { numerator: numerator ? [numerator.cell] : [], denominator: dens.map((d) => d.cell) },
    value,
    exact,
    formula: usable && numerator ? formulaOf(numerator, dens) : null,
    typed: target.typed,
    from: `${numerator?.cell ?? '?'}/${dens.length > 1 ? `(${denText})` : denText || '?'}`,
  };
}

/** "a/b = p%" and a pair on a percentage row: the cell's own part and whole. */
function inCellComputations(ind: Indicator): StatComputation[] {
  const out: StatComputation[] = [];
  const percentRow = ind.unit.kind === 'percent' || ind.unit.kind === 'countPercent';
  for (const y of ind.years) {
    const several = y.read.readings.length > 1;
    y.read.readings.forEach((r, line) => {
      const pair = r.shape === 'share' && r.count?.kind === 'pair' ? r.count : r.shape === 'pair' && percentRow ? r : null;
      if (!pair) return;
      const exact = pair.whole === 0 ? null : (pair.part / pair.whole) * 100;
      const c: StatComputation = {
        row: y.row,
        col: y.col,
        cell: y.cell,
        year: y.year,
        source: 'inCell',
        parts: { numerator: [y.cell], denominator: [y.cell] },
        value: exact === null ? null : round2(exact),
        exact,
        formula: null,
        typed: r.shape === 'share' ? r.percent : null,
        from: `${pair.part}/${pair.whole}`,
      };
      if (several) c.line = line;
      out.push(c);
    });
  }
  return out;
}

/** Where a part's own share is: the row below (two-cell layout) or its own cell ("… = …%"). */
export function shareTarget(y: YearCell): Target | null {
  if (y.percentCell) {
    const r = y.percentCell.read.readings;
    return { row: y.percentCell.row, col: y.percentCell.col, cell: y.percentCell.cell, typed: r.length === 1 ? typedPercent(r[0]) : null, own: true };
  }
  const r = y.read.readings;
  if (r.length !== 1 || r[0].shape !== 'share') return null;
  return { row: y.row, col: y.col, cell: y.cell, typed: r[0].percent, own: false };
}

function pairingComputations(res: Resolved<Indicator>, inCell: ReadonlySet<string>): StatComputation[] {
  const out: StatComputation[] = [];
  const name = res.pairing.pairing.name;
  const sum = res.pairing.whole === 'sum';
  const years = (res.parts.find((p) => p) ?? res.whole)?.years.length ?? 0;
  for (let i = 0; i < years; i++) {
    const partFigures = res.parts.map((p) => figureOf(p, i));
    const denominator = sum ? partFigures : [figureOf(res.whole, i)];
    const rate = res.pairing.pairing.rate;
    if (rate && res.rate) {
      const y = res.rate.years[i];
      const r = y.read.readings;
      const target: Target = { row: y.row, col: y.col, cell: y.cell, typed: r.length === 1 ? typedPercent(r[0]) : null, own: true };
      if (!inCell.has(y.cell)) out.push(computation(y, target, 'rate', name, partFigures[rate.numerator], denominator));
    }
    res.parts.forEach((p, k) => {
      const y = p?.years[i];
      if (!p || !y || (p.unit.kind !== 'countPercent' && !(y.read.readings[0]?.shape === 'share'))) return;
      const target = shareTarget(y);
      if (!target || inCell.has(target.cell)) return;
      out.push(computation(y, target, 'share', name, partFigures[k], denominator));
    });
  }
  return out;
}

export interface StatComputations {
  computations: StatComputation[];
  pairings: Array<Resolved<Indicator>>;
}

export function computeAll(model: StatModel): StatComputations {
  const computations: StatComputation[] = [];
  const inCell = new Set<string>();
  for (const ind of model.indicators) {
    for (const c of inCellComputations(ind)) {
      computations.push(c);
      inCell.add(c.cell);
    }
  }
  const pairings: Array<Resolved<Indicator>> = [];
  for (const [scope, groups] of [['group', model.groups], ['area', model.areas]] as const) {
    for (const group of groups.values()) {
      for (const res of resolvePairings(group, scope)) {
        pairings.push(res);
        computations.push(...pairingComputations(res, inCell));
      }
    }
  }
  computations.sort((a, b) => a.row - b.row || a.col - b.col || (a.line ?? 0) - (b.line ?? 0));
  return { computations, pairings };
}

/**
 * SPEC §6, §7: every statistics percentage of the table the engine can compute: the % cell,
 * the cells it comes from, its value (2 decimals) and the formula a fill writes there (null
 * where the percentage shares its cell with typed figures). For the fill issue.
 */
export function statisticsComputations(table: StatisticsTable, grid: Grid): StatComputation[] {
  return computeAll(buildModel(table, grid)).computations;
}
