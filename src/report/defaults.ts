// The default settings, without zod: the engine needs them at run time, and the add-in bundle
// must not carry zod's `new Function` JIT (SPEC §11: no eval). config.ts validates against them.

export interface RatingBandValue {
  /** Lowest index (in %) of the band, inclusive. */
  min: number;
  label: string;
}

/** QĐ 1026/QĐ-UBND Điện Biên 2019: ≥ 90 Rất tốt; 70–<90 Tốt; 50–<70 Trung bình; 40–<50 Yếu; < 40 Kém. */
export const DEFAULT_RATING_BANDS: RatingBandValue[] = [
  { min: 90, label: 'Rất tốt' },
  { min: 70, label: 'Tốt' },
  { min: 50, label: 'Trung bình' },
  { min: 40, label: 'Yếu' },
  { min: 0, label: 'Kém' },
];

/** A task is "due soon" within this many days of its deadline (SPEC §5). */
export const DEFAULT_DUE_SOON_DAYS = 14;

export const DEFAULT_CONFIG = { ratingBands: DEFAULT_RATING_BANDS, dueSoonDays: DEFAULT_DUE_SOON_DAYS };
