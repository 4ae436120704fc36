// SPEC §6, §7: the statistics annex's computed percentages (statisticsComputations' formulas).
import { planFill } from '../../../src/engine/fill';
import type { WritePlan } from '../../../src/engine/fill/plan';
import { a1 } from '../../../src/engine/grid';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { phuLuc2Separate } from '../../fixtures/fillVariants';
import { toExcelWorkbook } from '../../fixtures/workbook';
import { gridOf, workbookOf, type GridOptions, type TestCell } from '../../helpers/grid';

const HEADER = ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'Ghi chú'];
const KH: TestCell[] = ['1', 'Kế hoạch cải cách hành chính'];
const ON_TIME = 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn';
const LATE = 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết trễ hẹn';
const FILES = '… hồ sơ = …%';

function plan(rows: TestCell[][], opts: GridOptions & { values?: boolean } = {}): WritePlan {
  return planFill(workbookOf(gridOf([HEADER, ...rows], opts)), { file: 't.xlsx', today: '2024-06-30', values: opts.values });
}

function writes(p: WritePlan): Array<[string, string | null, unknown]> {
  return p.writes.map((w) => [a1(w.row, w.col), w.formula ?? null, w.value]);
}

describe('statistics percentages (SPEC §6, §7)', () => {
  const RATE: TestCell[][] = [KH, ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 0], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 0], ['', 'Tỷ lệ nhiệm vụ hoàn thành', '%', null, null]];

  test('a rate row gets its formula; a zero whole shows blank, not #DIV/0!', () => {
    expect(writes(plan(RATE))).toEqual([
      ['D5', 'IF(D3=0,"",ROUND(D4/D3*100,2))', 96.15],
      ['E5', 'IF(E3=0,"",ROUND(E4/E3*100,2))', ''],
    ]);
  });

  test('values mode: the number; nothing where the whole is 0', () => {
    expect(writes(plan(RATE, { values: true }))).toEqual([['D5', null, 96.15]]);
  });

  test('the two-cell layout: each share below its count', () => {
    const rows: TestCell[][] = [KH, ['', ON_TIME, FILES, 10862, 12480], ['', '', '', 99.2, null], ['', LATE, FILES, 88, 48], ['', '', '', 0.8, 1]];
    const p = plan(rows, { merges: ['B3:B4', 'C3:C4', 'B5:B6', 'C5:C6'] });
    expect(writes(p)).toEqual([
      ['D4', 'IF(D3+D5=0,"",ROUND(D3/(D3+D5)*100,2))', 99.2],
      ['E4', 'IF(E3+E5=0,"",ROUND(E3/(E3+E5)*100,2))', 99.62],
      ['D6', 'IF(D3+D5=0,"",ROUND(D5/(D3+D5)*100,2))', 0.8],
      ['E6', 'IF(E3+E5=0,"",ROUND(E5/(E3+E5)*100,2))', 0.38],
    ]);
    // E6 held 1 (typed, wrong): replaced and reported; D4, D6 held the right numbers.
    expect(p.findings.map((f) => [f.code, f.cell])).toEqual([['computed.overwritten', 'E6']]);
  });

  test('a share in the count’s own cell ("10.862 hồ sơ = 99,2%") is input: never written', () => {
    expect(plan([KH, ['', ON_TIME, FILES, '10.862 hồ sơ = 99,2%', ''], ['', LATE, FILES, '88 hồ sơ = 0,8%', '']]).writes).toEqual([]);
  });

  test('counts are never written', () => {
    const cellsWritten = plan(RATE).writes.map((w) => a1(w.row, w.col));
    expect(cellsWritten.filter((c) => /^[DE][34]$/.test(c))).toEqual([]);
  });
});

describe('seed 004 Phụ lục II with its rate in a cell of its own', () => {
  test('6.3’s rate row: formulas, the typed 99 (wrong) replaced and reported', async () => {
    const wb = await readWorkbookBuffer(Buffer.from(await (await toExcelWorkbook(phuLuc2Separate())).xlsx.writeBuffer()), 'p2.xlsx');
    const p = planFill(wb, { file: 'p2.xlsx', today: '2024-12-20' });
    expect(writes(p)).toEqual([
      ['D128', 'IF(D127=0,"",ROUND(D125/D127*100,2))', 98.72],
      ['E128', 'IF(E127=0,"",ROUND(E125/E127*100,2))', 99.17],
    ]);
    expect(p.writes[1].old).toEqual({ v: 99 });
    expect(p.findings.map((f) => [f.code, f.cell])).toEqual([['computed.overwritten', 'E128']]);
  });
});
