// Issue 6, done when: seed 004's Phụ lục II filled with the fixture's plausible figures checks
// clean, and each planted wrong value gives its exact code and cell. End to end: the fixture is
// written as .xlsx, read back by the .xlsx reader, checked by the engine, and by `cchc check`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../../src/engine/check';
import type { StatisticsTable } from '../../../src/engine/detect/types';
import { statisticsComputations } from '../../../src/engine/rules/statistics';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { phuLuc2_2024, toNfd, toTcvn3 } from '../../fixtures/build';
import { phuLuc2Cell, phuLuc2With, type Plant } from '../../fixtures/statisticsVariants';
import { toExcelWorkbook, writeWorkbook, type WorkbookSpec } from '../../fixtures/workbook';
import { runCli } from '../../helpers/cli';

async function analyse(spec: WorkbookSpec) {
  const wb = await toExcelWorkbook(spec);
  const buf = await wb.xlsx.writeBuffer();
  const grids = await readWorkbookBuffer(new Uint8Array(buf as ArrayBuffer), 'phu-luc-2.xlsx');
  return { grids, result: analyseWorkbook(grids, { file: 'phu-luc-2.xlsx', today: '2024-12-31' }) };
}

/** Seed 004 itself has two rows coded 6.1 (SPEC §6): that error is the seed's, in every variant. */
const SEED_DUPLICATE: [string, string] = ['code.duplicate', 'A124'];

async function issuesWith(plants: Plant[]): Promise<Array<[string, string]>> {
  const { result } = await analyse(phuLuc2With(plants));
  return result.report.issues.map((i) => [i.code, i.cell]);
}

describe('seed 004 Phụ lục II, plausible figures', () => {
  test('checks clean but for the seed\'s own duplicate 6.1', async () => {
    const { result } = await analyse(phuLuc2_2024({ values: 'plausible' }));
    expect(result.report.tables.map((t) => t.kind)).toEqual(['statistics']);
    expect(result.report.issues.map((i) => [i.code, i.cell])).toEqual([SEED_DUPLICATE]);
    expect(result.report.tables[0].summary).toEqual({ indicators: 104, filled: 208, computed: 14, years: [2023, 2024] });
  });

  test('the seed\'s header order ("Kết quả thống kê" over the unit and the years) reads the same', async () => {
    const { result } = await analyse(phuLuc2_2024({ values: 'plausible', unitUnderResults: true }));
    expect(result.report.issues.map((i) => [i.code, i.cell])).toEqual([SEED_DUPLICATE]);
  });

  test.each([
    ['NFD', toNfd],
    ['TCVN3 (.VnTime)', toTcvn3],
  ])('%s text reads the same', async (_name, convert) => {
    const { result } = await analyse(convert(phuLuc2_2024({ values: 'plausible' })));
    expect(result.report.issues.map((i) => [i.code, i.cell])).toEqual([SEED_DUPLICATE]);
    expect(result.report.tables[0].summary).toEqual({ indicators: 104, filled: 208, computed: 14, years: [2023, 2024] });
  });

  test('the empty form: nothing filled, nothing to compute, no finding on values', async () => {
    const { result } = await analyse(phuLuc2_2024());
    expect(result.report.issues.map((i) => [i.code, i.cell])).toEqual([SEED_DUPLICATE]);
    expect(result.report.tables[0].summary).toEqual({ indicators: 104, filled: 0, computed: 0, years: [2023, 2024] });
  });

  test('the computed percentages of the seed', async () => {
    const { grids, result } = await analyse(phuLuc2_2024({ values: 'plausible' }));
    const table = result.tables[0] as StatisticsTable;
    const list = statisticsComputations(table, grids.sheets[0]);
    expect(list.map((c) => [c.cell, c.source, c.pairing ?? '', c.from, c.value, c.typed?.value ?? null, c.formula])).toEqual([
      ['D57', 'share', 'approvedProcedures', 'D57/D49', 96.9, 96.9, null],
      ['E57', 'share', 'approvedProcedures', 'E57/E49', 100, 100, null],
      ['D58', 'share', 'digitisedProcedures', 'D58/D57', 97.86, 97.86, null],
      ['E58', 'share', 'digitisedProcedures', 'E58/E57', 97.97, 97.97, null],
      ['D60', 'share', 'filesOnTime', 'D60/(D60+D61)', 99.2, 99.2, null],
      ['E60', 'share', 'filesOnTime', 'E60/(E60+E61)', 99.62, 99.62, null],
      ['D61', 'share', 'filesOnTime', 'D61/(D60+D61)', 0.8, 0.8, null],
      ['E61', 'share', 'filesOnTime', 'E61/(E60+E61)', 0.38, 0.38, null],
      ['D125', 'share', 'electronicDocuments', 'D125/D127', 98.72, 98.72, null],
      ['E125', 'share', 'electronicDocuments', 'E125/E127', 99.17, 99.17, null],
      ['D128', 'rate', 'electronicDocuments', 'D125/D127', 98.72, 98.72, null],
      ['E128', 'rate', 'electronicDocuments', 'E125/E127', 99.17, 99.17, null],
      ['D132', 'inCell', '', '40/46', 86.96, 86.96, null],
      ['E132', 'inCell', '', '48/52', 92.31, 92.31, null],
    ]);
  });

  test('the fixture\'s two slips (PHU_LUC_2_MISTAKES)', async () => {
    const { result } = await analyse(phuLuc2_2024({ values: 'plausible', mistakes: true }));
    expect(result.report.issues.map((i) => [i.code, i.cell])).toEqual([
      SEED_DUPLICATE,
      ['stat.partExceedsWhole', phuLuc2Cell(9, 2024)],
      ['stat.percentMismatch', phuLuc2Cell(118, 2024)],
    ]);
  });
});

describe('seed 004 Phụ lục II, one planted wrong value each', () => {
  test('a % of 120 (row 62, "Tỷ lệ ĐVSNCL đã cắt giảm", 2024)', async () => {
    expect(await issuesWith([{ index: 62, year: 2024, value: { value: 120, numFmt: '0.00' } }])).toEqual([
      SEED_DUPLICATE,
      ['stat.percentRange', phuLuc2Cell(62, 2024)],
    ]);
    expect(phuLuc2Cell(62, 2024)).toBe('E72');
  });

  test('3,5 tasks (row 4, "Số văn bản chỉ đạo CCHC đã ban hành", 2023)', async () => {
    expect(await issuesWith([{ index: 4, year: 2023, value: 3.5 }])).toEqual([SEED_DUPLICATE, ['stat.notCount', 'D14']]);
  });

  test('"3,5" tasks typed as text (row 2, "Số nhiệm vụ đề ra trong kế hoạch", 2024)', async () => {
    expect(await issuesWith([{ index: 2, year: 2024, value: '3,5' }])).toEqual([
      SEED_DUPLICATE,
      ['cell.numberAsText', 'E12'],
      ['stat.notCount', 'E12'],
    ]);
  });

  test('a part above its whole (row 94, "Số viên chức được thăng hạng" 130 > 120 registered)', async () => {
    expect(await issuesWith([{ index: 94, year: 2024, value: 130 }])).toEqual([SEED_DUPLICATE, ['stat.partExceedsWhole', 'E104']]);
  });

  test('a typed % off by 2 (row 118, 97,17 for 4.180 / 4.215 = 99,17)', async () => {
    expect(await issuesWith([{ index: 118, year: 2024, value: { value: 97.17, numFmt: '0.00' } }])).toEqual([
      SEED_DUPLICATE,
      ['stat.percentMismatch', 'E128'],
    ]);
  });

  test('a count\'s typed share off by 2 (row 50, "12.480 hồ sơ = 97,62%")', async () => {
    expect(await issuesWith([{ index: 50, year: 2024, value: '12.480 hồ sơ = 97,62%' }])).toEqual([
      SEED_DUPLICATE,
      ['stat.percentMismatch', 'E60'],
    ]);
  });

  test('a yes/no of 2 (row 54, "Xử lý phản ảnh, kiến nghị", 2024)', async () => {
    expect(await issuesWith([{ index: 54, year: 2024, value: 2 }])).toEqual([SEED_DUPLICATE, ['stat.notYesNo', 'E64']]);
  });

  test('staff present above the quota is a warning (row 65)', async () => {
    const { result } = await analyse(phuLuc2With([{ index: 65, year: 2023, value: 99 }]));
    expect(result.report.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      [...SEED_DUPLICATE, 'error'],
      ['stat.partExceedsWholeSoft', 'D75', 'warning'],
    ]);
  });

  test('an extra digit (row 13, 38 tin/bài → 460)', async () => {
    expect(await issuesWith([{ index: 13, year: 2024, value: 460 }])).toEqual([SEED_DUPLICATE, ['stat.yearJump', 'E23']]);
  });
});

describe('cchc check on the written Phụ lục II', () => {
  test('prints the statistics summary line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-stat-'));
    try {
      const file = path.join(dir, 'phu-luc-2.xlsx');
      await writeWorkbook(phuLuc2_2024({ values: 'plausible' }), file);
      const r = await runCli(['check', file]);
      expect(r.stdout).toContain('104 chỉ tiêu; 208 ô đã nhập; 14 ô tính được; năm: 2023, 2024');
      expect(r.stdout).toContain('A124: mã 6.1 trùng với mã ở ô A123');
      expect(r.status).toBe(1); // the seed's duplicate 6.1 is an error (SPEC §8)
      expect(r.stderr).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
