// SPEC §2.2, §6: the statistics annex (Phụ lục II, seed 004). Each year cell is checked against
// its unit; parts never exceed their wholes; percentages agree with their figures; a tenfold
// change between the two years is pointed out; codes come from the shared hierarchy.
//
// Decisions (documented for users in the messages, for developers here):
// - Units → value kinds: statistics/units.ts. A count is a whole number ≥ 0 ("1.234" = 1234);
//   written "a/b" it is a part of a whole, checked a ≤ b (SPEC §6), never stat.notCount.
// - Percentages: 0–100. A number cell with a "%" number format holding 0.95 shows 95% and is
//   read as 95; without that format 0.95 is 0.95%. "95%" typed as text is 95 (and reported as
//   a number stored as text).
// - A count with its percentage (unit "… hồ sơ = …%"): seed 004 has one cell per year, so both
//   go in one cell, "12.480 hồ sơ = 99,62%" (also "48/52 = 92,31%", or the count or the "…%"
//   alone). A cell may hold one such line per indicator where the unit has several lines (row
//   56). Where a template gives the percentage a row of its own under the count (a continuation
//   row), that cell is the percentage.
// - Yes/no: 0 or 1; "Có" / "Không" typed as words are accepted, the unit names them.
// - Ratio units (only "Cuộc/người tham gia", "Số máy/Số người …"): "a/b" of two counts, no
//   part ≤ whole; one number is only checked to be a number.
// - Part ≤ whole: statistics/pairs.ts PAIRINGS, within the rows under one parent code; two
//   pairs of seed 004 keep the whole under the next criterion of the same area ("Tổng số văn
//   bản đi" under 6.3 for 6.2's "… văn bản = …%"), declared with scope 'area'. A value that is
//   not a count takes no part (3,5 is stat.notCount, not also a part above its whole). Where
//   several parts add up, the finding is on the last of them.
// - "-" and the form's own "…" mean nothing reported: not checked, not counted as filled.
// - A typed % differs from the computed one when |typed − computed| > 0.05, or more than half
//   a unit of the last decimal it is typed with (97 for 96,9 is a rounding, not a mistake).
// - stat.yearJump: both years > 0, the larger ≥ 10 and more than 10 × the smaller (0 → 5 and
//   3 → 25 are not jumps; 3 → 40 is). Counts and percentages only.
// - Summary: indicators = indicator rows (rows with a unit or a value); filled = year cells
//   holding a value; computed = percentages the engine could compute (computations.ts).
import type { StatisticsSummary } from '../../report/schema';
import type { StatisticsTable } from '../detect/types';
import { finding, type Finding, type ValueKind } from '../messages/catalog';
import { fold } from '../text/normalize';
import { formatNumberText } from '../text/numbers';
import { numericCellFindings } from './cells';
import { malformedCodeFindings } from './codeCells';
import type { RuleContext, RuleResult } from './context';
import { computeAll, figureOf, round2, shareTarget, type StatComputation } from './statistics/computations';
import { buildModel, type Indicator, type StatModel, type YearCell } from './statistics/model';
import type { Resolved } from './statistics/pairs';
import type { Unit, UnitKind } from './statistics/units';
import type { Reading } from './statistics/values';

export { statisticsComputations, type StatComputation } from './statistics/computations';
export { parseUnit, type Unit, type UnitKind } from './statistics/units';
export { PAIRINGS, type Pairing } from './statistics/pairs';

const EXPECTED: Record<UnitKind, ValueKind> = {
  count: 'count',
  percent: 'percent',
  countPercent: 'count',
  yesNo: 'yesNo',
  ratio: 'number',
  unknown: 'number',
  none: 'number',
};

/** The words of a yes/no unit ("Không = 0, Có = 1") typed as such. */
const YES_NO_WORDS: ReadonlyMap<string, number> = new Map([
  ['co', 1],
  ['khong', 0],
]);

/** SPEC §6 tolerance of a typed percentage. */
const PERCENT_TOLERANCE = 0.05;
/** stat.yearJump: more than this factor … */
const JUMP_FACTOR = 10;
/** … and the larger value at least this (0 → 5, 1 → 9 are not jumps). */
const JUMP_FLOOR = 10;
/** Indicator texts in messages are cut to this many characters. */
const LABEL_MAX = 80;

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function label(text: string): string {
  if (text.length <= LABEL_MAX) return text;
  const cut = text.lastIndexOf(' ', LABEL_MAX);
  return `${text.slice(0, cut > LABEL_MAX / 2 ? cut : LABEL_MAX)}…`;
}

interface Where {
  sheet: string;
  cell: string;
  unit: Unit;
}

function percentFindings(w: Where, value: number): Finding[] {
  return value < 0 || value > 100 ? [finding(w.sheet, w.cell, 'stat.percentRange', { value })] : [];
}

function countFindings(w: Where, value: number): Finding[] {
  return isCount(value) ? [] : [finding(w.sheet, w.cell, 'stat.notCount', { value, unit: w.unit.text })];
}

/** "a/b" in one cell: two counts, the part no more than the whole (not for ratio units). */
function pairFindings(w: Where, part: number, whole: number, text: string, ratio: boolean): Finding[] {
  if (!isCount(part) || !isCount(whole)) return [finding(w.sheet, w.cell, 'stat.notCount', { value: text, unit: w.unit.text })];
  if (ratio || part <= whole) return [];
  return [
    finding(w.sheet, w.cell, 'stat.partExceedsWhole', {
      part: w.unit.partName ?? '',
      value: part,
      whole: w.unit.wholeName ?? '',
      wholeValue: whole,
      wholeCell: w.cell,
      pair: text,
    }),
  ];
}

function shareFindings(w: Where, r: Extract<Reading, { shape: 'share' }>, ratio: boolean): Finding[] {
  const out: Finding[] = [];
  if (r.count?.kind === 'number') out.push(...countFindings(w, r.count.value));
  else if (r.count?.kind === 'pair') out.push(...pairFindings(w, r.count.part, r.count.whole, r.text.split('=')[0].trim(), ratio));
  if (r.percent) out.push(...percentFindings(w, r.percent.value));
  return out;
}

function notNumber(w: Where, text: string): Finding[] {
  return [finding(w.sheet, w.cell, 'stat.notNumber', { value: text, unit: w.unit.text })];
}

/** SPEC §6: one reading against its unit kind. */
function readingFindings(w: Where, r: Reading): Finding[] {
  const kind = w.unit.kind;
  switch (kind) {
    case 'count':
    case 'countPercent':
      switch (r.shape) {
        case 'number':
          if (r.percent) return kind === 'countPercent' ? percentFindings(w, r.value) : [finding(w.sheet, w.cell, 'stat.notCount', { value: r.text ?? `${formatNumberText(r.value)}%`, unit: w.unit.text })];
          return countFindings(w, r.value);
        case 'pair':
          return pairFindings(w, r.part, r.whole, r.text, false);
        case 'share':
          return shareFindings(w, r, false);
        case 'text':
          return notNumber(w, r.text);
      }
      break;
    case 'percent':
      switch (r.shape) {
        case 'number':
          return percentFindings(w, r.value);
        case 'pair':
          return pairFindings(w, r.part, r.whole, r.text, false);
        case 'share':
          return shareFindings(w, r, false);
        case 'text':
          return notNumber(w, r.text);
      }
      break;
    case 'yesNo': {
      if (r.shape === 'number' && !r.percent && (r.value === 0 || r.value === 1)) return [];
      if (r.shape === 'text' && YES_NO_WORDS.has(fold(r.text))) return [];
      return [finding(w.sheet, w.cell, 'stat.notYesNo', { value: r.shape === 'number' ? (r.text ?? r.value) : r.text })];
    }
    case 'ratio':
      // A named ratio ("Cuộc/người tham gia") is two counts, or one number; never part ≤ whole.
      if (r.shape === 'pair') return pairFindings(w, r.part, r.whole, r.text, true);
      if (r.shape === 'share') return shareFindings(w, r, true);
      return r.shape === 'text' ? notNumber(w, r.text) : [];
    case 'unknown':
    case 'none':
      return r.shape === 'text' ? notNumber(w, r.text) : [];
    default: {
      const never: never = kind;
      return never;
    }
  }
  return [];
}

function yearCellFindings(sheet: string, ind: Indicator, y: YearCell): Finding[] {
  const out: Finding[] = [...numericCellFindings(sheet, y.read.numeric, EXPECTED[ind.unit.kind])];
  const w: Where = { sheet, cell: y.cell, unit: ind.unit };
  for (const r of y.read.readings) out.push(...readingFindings(w, r));
  if (y.percentCell) {
    out.push(...numericCellFindings(sheet, y.percentCell.read.numeric, 'percent'));
    const pw: Where = { sheet, cell: y.percentCell.cell, unit: { ...ind.unit, kind: 'percent' } };
    for (const r of y.percentCell.read.readings) out.push(...readingFindings(pw, r));
  }
  return out;
}

/** stat.unknownUnit, once per distinct unit (at its first row). */
function unknownUnitFindings(model: StatModel): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const ind of model.indicators) {
    if (ind.unit.kind !== 'unknown') continue;
    const key = fold(ind.unit.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding(model.table.sheet, ind.unitCell, 'stat.unknownUnit', { unit: ind.unit.text }));
  }
  return out;
}

/** SPEC §6: the parts of a pairing, added up, never above the whole (in each year). */
function partWholeFindings(sheet: string, res: Resolved<Indicator>): Finding[] {
  const whole = res.whole;
  if (!whole) return [];
  const out: Finding[] = [];
  const code = res.pairing.pairing.soft ? 'stat.partExceedsWholeSoft' : 'stat.partExceedsWhole';
  for (let i = 0; i < whole.years.length; i++) {
    const w = figureOf(whole, i);
    if (!w) continue;
    let sum = 0;
    const names: string[] = [];
    let last = '';
    res.parts.forEach((p) => {
      const f = figureOf(p, i);
      if (!p || !f) return;
      sum += f.value;
      names.push(label(p.label));
      last = f.cell;
    });
    if (names.length === 0 || sum <= w.value) continue;
    out.push(finding(sheet, last, code, { part: names.join(' + '), value: sum, whole: label(whole.label), wholeValue: w.value, wholeCell: w.cell }));
  }
  return out;
}

function tolerance(decimals: number): number {
  return Math.max(PERCENT_TOLERANCE, 0.5 * 10 ** -decimals);
}

/** SPEC §6: a typed percentage that the figures do not give. */
function mismatchFindings(sheet: string, c: StatComputation): Finding[] {
  if (!c.typed || c.exact === null || c.value === null) return [];
  if (Math.abs(c.typed.value - c.exact) <= tolerance(c.typed.decimals) + 1e-9) return [];
  return [finding(sheet, c.cell, 'stat.percentMismatch', { value: c.typed.value, computed: c.value, from: c.from })];
}

/** SPEC §6: đúng hẹn % + trễ hẹn % = 100, where the counts are not there to compute each. */
function addUpFindings(sheet: string, res: Resolved<Indicator>): Finding[] {
  if (!res.pairing.pairing.percentsAddUp) return [];
  const out: Finding[] = [];
  const years = res.parts[0]?.years.length ?? 0;
  for (let i = 0; i < years; i++) {
    if (res.parts.every((p) => figureOf(p, i) !== null)) continue; // each share is checked itself
    const targets = res.parts.map((p) => (p ? shareTarget(p.years[i]) : null));
    const typed = targets.map((t) => t?.typed ?? null);
    if (typed.some((t) => t === null)) continue;
    const total = typed.reduce((s, t) => s + (t?.value ?? 0), 0);
    const tol = typed.reduce((s, t) => s + tolerance(t?.decimals ?? 0), 0);
    if (Math.abs(total - 100) <= Math.max(PERCENT_TOLERANCE, tol / 2) + 1e-9) continue;
    const last = targets[targets.length - 1];
    const lastTyped = typed[typed.length - 1];
    if (!last || !lastTyped) continue;
    const others = targets.slice(0, -1).map((t) => t?.cell ?? '?');
    out.push(
      finding(sheet, last.cell, 'stat.percentMismatch', {
        value: lastTyped.value,
        computed: round2(100 - (total - lastTyped.value)),
        from: `100 − ${others.join(' − ')}`,
      }),
    );
  }
  return out;
}

/** The value a year is compared by: a valid count or percentage (wrong values have their own finding). */
function jumpValue(ind: Indicator, i: number): number | null {
  switch (ind.unit.kind) {
    case 'count':
    case 'countPercent':
      return figureOf(ind, i)?.value ?? null;
    case 'percent':
    case 'unknown': {
      const r = ind.years[i].read.readings;
      const v = r.length === 1 && r[0].shape === 'number' ? r[0].value : null;
      return v !== null && v >= 0 && (ind.unit.kind !== 'percent' || v <= 100) ? v : null;
    }
    case 'yesNo':
    case 'ratio':
    case 'none':
      return null;
    default: {
      const never: never = ind.unit.kind;
      return never;
    }
  }
}

function yearJumpFindings(sheet: string, ind: Indicator): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < ind.years.length; i++) {
    const a = jumpValue(ind, i - 1);
    const b = jumpValue(ind, i);
    if (a === null || b === null || a <= 0 || b <= 0) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (hi >= JUMP_FLOOR && hi > JUMP_FACTOR * lo) {
      out.push(finding(sheet, ind.years[i].cell, 'stat.yearJump', { value: b, previous: a, previousCell: ind.years[i - 1].cell }));
    }
  }
  return out;
}

function isFilled(y: YearCell): boolean {
  return y.read.readings.length > 0 || y.read.numeric.kind === 'error';
}

export function checkStatistics(table: StatisticsTable, ctx: RuleContext): RuleResult<StatisticsSummary> {
  const model = buildModel(table, ctx.grid);
  const { computations, pairings } = computeAll(model);
  const sheet = table.sheet;
  const findings: Finding[] = [...model.hierarchy.findings, ...malformedCodeFindings(table, ctx.grid), ...unknownUnitFindings(model)];
  let filled = 0;
  for (const ind of model.indicators) {
    for (const y of ind.years) {
      if (isFilled(y)) filled++;
      findings.push(...yearCellFindings(sheet, ind, y));
    }
    findings.push(...yearJumpFindings(sheet, ind));
  }
  for (const res of pairings) findings.push(...partWholeFindings(sheet, res), ...addUpFindings(sheet, res));
  for (const c of computations) findings.push(...mismatchFindings(sheet, c));
  return {
    findings,
    summary: {
      indicators: model.indicators.length,
      filled,
      computed: computations.filter((c) => c.value !== null).length,
      years: table.years.map((y) => y.year),
    },
  };
}
