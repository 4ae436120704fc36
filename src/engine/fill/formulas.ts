// The formulas a fill writes (SPEC §7): SUM over a parent's children, a ±N clamp, the rating's
// nested IF, and how an existing formula is compared with the planned one. Only functions every
// Excel since 2010 and LibreOffice know (SUM, ROUND, IF, MAX, MIN): no dynamic arrays, no LET or
// LAMBDA. Formulas are kept without their leading "=", as the Grid and the WritePlan hold them.
import type { RatingBandValue } from '../../report/defaults';
import { a1, parseA1, parseRectA1 } from '../grid';
import { formatNumberText } from '../text/numbers';

export interface Ref {
  row: number;
  col: number;
}

/**
 * SUM's arguments for cells of one column: each run of consecutive rows becomes a range, the
 * rest single cells (D9,D12:D13,D16). Only the cells given: never a range over a guidance row
 * or a not-applicable criterion between two children (SPEC §7, issue 10 §1).
 */
export function sumArgs(refs: readonly Ref[]): string {
  const sorted = [...refs].sort((a, b) => a.col - b.col || a.row - b.row);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    const first = a1(sorted[i].row, sorted[i].col);
    parts.push(j === i ? first : `${first}:${a1(sorted[j].row, sorted[j].col)}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function sumFormula(refs: readonly Ref[]): string {
  return `SUM(${sumArgs(refs)})`;
}

/** A number as formula text: OOXML formulas always use "." (0.5, not 0,5). */
export function formulaNumber(n: number): string {
  return formatNumberText(n);
}

/** SPEC §4.3: a ±N bonus/penalty parent's score is its children's sum clamped to −N … +N. */
export function clampFormula(inner: string, n: number): string {
  const k = formulaNumber(n);
  return `MAX(-${k},MIN(${k},${inner}))`;
}

/** A text literal in a formula: "Rất tốt", quotes doubled. */
export function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Bands from the highest threshold down; the lowest band takes everything below the others. */
function descending(bands: readonly RatingBandValue[]): RatingBandValue[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * SPEC §4.6, §7: the rating as a nested IF over the configured bands, the index read from
 * `index` (a cell or an expression): IF(D151>=90,"Rất tốt",IF(D151>=70,"Tốt",…,"Kém")).
 */
export function ratingFormula(index: string, bands: readonly RatingBandValue[]): string {
  const sorted = descending(bands);
  let f = quoteText(sorted[sorted.length - 1].label);
  for (let i = sorted.length - 2; i >= 0; i--) f = `IF(${index}>=${formulaNumber(sorted[i].min)},${quoteText(sorted[i].label)},${f})`;
  return f;
}

/** What ratingFormula gives for an index (ratingOf's answer for any index ≥ the lowest band). */
export function ratingValue(index: number, bands: readonly RatingBandValue[]): string {
  const sorted = descending(bands);
  return (sorted.find((b) => index >= b.min) ?? sorted[sorted.length - 1]).label;
}

// ---- comparing formulas ----

/**
 * A formula as Excel shows it, for comparison: no leading "=", no spaces, no "$", upper case,
 * string literals kept as they are.
 */
export function normaliseFormula(f: string): string {
  let out = '';
  let quoted = false;
  for (const ch of f.startsWith('=') ? f.slice(1) : f) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') {
      out += ch;
      continue;
    }
    if (ch === '$' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    out += ch.toUpperCase();
  }
  return out;
}

const SUM_RE = /^SUM\(([A-Z0-9:,]+)\)$/;
/** Larger ranges are not expanded (a sum over a whole column is not a parent's sum). */
const MAX_RANGE_CELLS = 10_000;

/** The cells a plain SUM(…) of same-sheet references adds up, or null for any other formula. */
export function sumCells(normalised: string): Set<string> | null {
  const m = SUM_RE.exec(normalised);
  if (!m) return null;
  const cells = new Set<string>();
  for (const arg of m[1].split(',')) {
    if (arg.includes(':')) {
      const r = parseRectA1(arg);
      if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_RANGE_CELLS) return null;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.add(a1(row, col));
    } else {
      const p = parseA1(arg);
      if (!p) return null;
      cells.add(a1(p.row, p.col));
    }
  }
  return cells;
}

/**
 * The existing formula does what the planned one does: the same text once normalised, or, for
 * a plain SUM, the same cells in another order or grouping (SUM(D9,D10) = SUM(D9:D10)), give or
 * take `ignorable` cells (a not-applicable child's marker, which SUM skips as text).
 */
export function sameFormula(existing: string, planned: string, ignorable: ReadonlySet<string> = new Set()): boolean {
  const a = normaliseFormula(existing);
  const b = normaliseFormula(planned);
  if (a === b) return true;
  const theirs = sumCells(a);
  const ours = theirs && sumCells(b);
  if (!theirs || !ours) return false;
  for (const c of ours) if (!theirs.has(c)) return false;
  for (const c of theirs) if (!ours.has(c) && !ignorable.has(c)) return false;
  return true;
}
