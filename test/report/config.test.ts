// The defaults the engine uses (src/report/defaults.ts, zod-free for the add-in bundle) are what
// the settings schema gives for an empty settings file.
import { ConfigSchema, DEFAULT_CONFIG } from '../../src/report/config';
import { DEFAULT_CONFIG as ENGINE_DEFAULTS } from '../../src/report/defaults';

test('an empty cchc.config.json gives the engine defaults (QĐ 1026 bands, 14 days)', () => {
  expect(ConfigSchema.parse({})).toEqual(ENGINE_DEFAULTS);
  expect(DEFAULT_CONFIG).toBe(ENGINE_DEFAULTS);
  expect(ENGINE_DEFAULTS.ratingBands.map((b) => [b.min, b.label])).toEqual([
    [90, 'Rất tốt'],
    [70, 'Tốt'],
    [50, 'Trung bình'],
    [40, 'Yếu'],
    [0, 'Kém'],
  ]);
});

test('a settings file with a band missing its 0 threshold is refused', () => {
  expect(ConfigSchema.safeParse({ ratingBands: [{ min: 50, label: 'Đạt' }] }).success).toBe(false);
});
