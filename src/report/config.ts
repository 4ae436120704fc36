// Settings a unit or a province can change (SPEC §4.6 rating bands, SPEC §5 due-soon window),
// read from `cchc.config.json` beside the file or from `--config`. Validated at the boundary.
import { z } from 'zod';
import { DEFAULT_CONFIG as DEFAULTS, DEFAULT_DUE_SOON_DAYS, DEFAULT_RATING_BANDS } from './defaults';

export const RatingBandSchema = z.object({
  /** Lowest index (in %) of the band, inclusive. */
  min: z.number().min(0).max(100),
  label: z.string().min(1),
});
export type RatingBand = z.infer<typeof RatingBandSchema>;

export const ConfigSchema = z
  .object({
    ratingBands: z
      .array(RatingBandSchema)
      .min(1)
      .refine((bands) => bands.some((b) => b.min === 0), { message: 'cần một mức xếp loại bắt đầu từ 0' })
      .refine((bands) => new Set(bands.map((b) => b.min)).size === bands.length, {
        message: 'hai mức xếp loại có cùng ngưỡng',
      })
      .default(DEFAULT_RATING_BANDS),
    /** A task is "due soon" within this many days of its deadline (SPEC §5). */
    dueSoonDays: z.number().int().min(0).max(366).default(DEFAULT_DUE_SOON_DAYS),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = DEFAULTS;

export { DEFAULT_RATING_BANDS };
