// SPEC §4.6: the index is rounded to 2 decimals, half up, and rated by configurable bands
// (default QĐ 1026/QĐ-UBND Điện Biên 2019: ≥ 90 Rất tốt; 70 – < 90 Tốt; 50 – < 70 Trung bình;
// 40 – < 50 Yếu; < 40 Kém).
import type { RatingBand } from '../../../report/config';

/**
 * A relative nudge that absorbs binary noise: 67,7 / 80 × 100 is 84.62499999999999 in binary, a
 * half in decimal. Far below any difference a score can make (scores have 2 decimals).
 */
const NOISE = 1e-11;
/** Sums are kept to this many decimals (0.1 + 0.2 → 0.3). */
const KEEP = 1e9;

/**
 * x rounded to `decimals` places, halves away from zero as Excel's ROUND does (the index is never
 * negative, so this is "half up"): 84.625 → 84.63, 1.005 → 1.01, 84.624999 → 84.62. Cheap: it
 * runs on every score of 50 000-row sheets (SPEC §11).
 */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** decimals;
  const scaled = Math.abs(x) * factor;
  const r = Math.round(scaled + scaled * NOISE) / factor;
  return x < 0 && r !== 0 ? -r : r;
}

/** A sum without its binary noise (0.1 + 0.2 → 0.3), as Excel shows it. */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Math.round(x * KEEP) / KEEP : x;
}

/** Two numbers the same once rounded to 2 decimals (how scores and maxima are compared). */
export function sameAt2(a: number, b: number): boolean {
  return roundHalfUp(a, 2) === roundHalfUp(b, 2);
}

/** The label of the band an index falls in: the band with the highest `min` ≤ index. */
export function ratingOf(index: number | null, bands: readonly RatingBand[]): string | null {
  if (index === null || !Number.isFinite(index)) return null;
  let best: RatingBand | null = null;
  for (const b of bands) if (index >= b.min && (best === null || b.min > best.min)) best = b;
  return best?.label ?? null;
}
