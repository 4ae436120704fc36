// SPEC §7 on score sheets, table-driven (STYLE.md): parent, area and total sums, the applicable
// max, index and rating rows, values mode, and what is never written. Columns: A STT | B criterion
// | C max | D self | E appraised; the header is row 1, data starts on row 2.
import { planFill } from '../../../src/engine/fill';
import type { CellWrite, WritePlan } from '../../../src/engine/fill/plan';
import { a1, type Cell, type Grid } from '../../../src/engine/grid';
import { toIssue } from '../../../src/engine/messages';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';

const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định'];

/** Two areas: a guidance row between 1.1's children, 2.1 not applicable. Self-assessed, not appraised. */
const BASE: TestCell[][] = [
  ['1', 'Công tác chỉ đạo', 6, null, null], // row 2
  ['1.1', 'Kế hoạch', 3, null, null], // row 3
  ['1.1.1', 'Ban hành kế hoạch', 1, 1, null], // row 4
  ['', 'Đúng thời hạn: 0,5', null, null, null], // row 5: guidance
  ['1.1.2', 'Mức độ hoàn thành kế hoạch', 2, 1.5, null], // row 6
  ['1.2', 'Báo cáo', 3, 2.5, null], // row 7
  ['2', 'Thể chế', 4, null, null], // row 8
  ['2.1', 'Văn bản QPPL', 2, 'Không áp dụng', null], // row 9
  ['2.2', 'Rà soát văn bản', 2, 1, null], // row 10
  ['', 'TỔNG ĐIỂM', 10, null, null], // row 11
];

const RATING_D14 = 'IF(D14>=90,"Rất tốt",IF(D14>=70,"Tốt",IF(D14>=50,"Trung bình",IF(D14>=40,"Yếu","Kém"))))';

function withCell(rows: TestCell[][], ref: string, value: TestCell): TestCell[][] {
  const col = ref.charCodeAt(0) - 65;
  const row = Number(ref.slice(1)) - 2;
  const out = rows.map((r) => [...r]);
  while (out.length <= row) out.push([]);
  out[row][col] = value;
  return out;
}

function cells(rows: TestCell[][], patch: Record<string, TestCell>): TestCell[][] {
  return Object.entries(patch).reduce((acc, [ref, v]) => withCell(acc, ref, v), rows);
}

function gridFor(rows: TestCell[][], merges: string[] = []): Grid {
  return gridOf([HEADER, ...rows], { sheet: 'Bảng 1', merges });
}

function plan(rows: TestCell[][], opts: { values?: boolean; merges?: string[] } = {}): WritePlan {
  return planFill(workbookOf(gridFor(rows, opts.merges)), { file: 't.xlsx', today: '2024-06-30', values: opts.values });
}

type Row = [cell: string, formula: string | null, value: unknown];

function writes(p: WritePlan): Row[] {
  return p.writes.map((w) => [a1(w.row, w.col), w.formula ?? null, w.value]);
}

function codes(p: WritePlan): Array<[string, string]> {
  return p.findings.map((f) => [f.code, f.cell]);
}

/** The grid as it is once the plan is applied (formulas with their values as cached results). */
function applied(grid: Grid, p: WritePlan): Grid {
  const rows = grid.rows.map((r) => [...r]);
  for (const w of p.writes) {
    const r = w.row - grid.top;
    while (rows.length <= r) rows.push([]);
    const cell: Cell = w.formula !== undefined ? { v: w.value, f: w.formula } : { v: w.value };
    rows[r][w.col - grid.left] = cell;
  }
  const width = Math.max(grid.width, ...rows.map((r) => r.length));
  return { ...grid, rows, width };
}

function refill(rows: TestCell[][], opts: { values?: boolean; merges?: string[] } = {}): { first: WritePlan; second: WritePlan } {
  const grid = gridFor(rows, opts.merges);
  const fillOpts = { file: 't.xlsx', today: '2024-06-30', values: opts.values };
  const first = planFill(workbookOf(grid), fillOpts);
  const second = planFill(workbookOf(applied(grid, first)), fillOpts);
  return { first, second };
}

describe('sums (SPEC §7)', () => {
  test('parents, areas and the total as SUM of the applicable children; then three labelled rows', () => {
    const p = plan(BASE);
    expect(writes(p)).toEqual([
      ['D2', 'SUM(D3,D7)', 5],
      ['D3', 'SUM(D4,D6)', 2.5], // the guidance row 5 between the children is not in the sum
      ['D8', 'SUM(D10)', 1], // 2.1 is not applicable: left out
      ['D11', 'SUM(D2,D8)', 6],
      // row 12 blank; labels in the criterion column, values in the final-score column
      ['B13', null, 'Điểm tối đa áp dụng'],
      ['D13', 'C11-C9', 8], // the total max less the N/A criterion's max
      ['B14', null, 'Chỉ số CCHC'],
      ['D14', 'ROUND(D11/D13*100,2)', 75],
      ['B15', null, 'Xếp loại'],
      ['D15', RATING_D14, 'Tốt'],
    ]);
    expect(codes(p)).toEqual([]);
  });

  test('the undo log: every write carries what the cell held', () => {
    const p = plan(cells(BASE, { D2: 5.5, D3: { v: 2.5, f: 'SUM(D4:D6)' } }));
    const byCell = new Map(p.writes.map((w) => [a1(w.row, w.col), w]));
    expect(byCell.get('D2')?.old).toEqual({ v: 5.5 });
    expect(byCell.get('D3')?.old).toEqual({ v: 2.5, f: 'SUM(D4:D6)' });
    expect(byCell.get('D8')?.old).toEqual({ v: null });
  });

  test('a typed total that differs is replaced by its formula, reported, its old value in a note', () => {
    const p = plan(cells(BASE, { D2: 5.5 }));
    expect(codes(p)).toEqual([['computed.overwritten', 'D2']]);
    const w = p.writes.find((x) => x.row === 2) as CellWrite;
    expect(w.note).toBe('Giá trị cũ nhập tay: 5,5 (thay bằng công thức ngày 30/06/2024)');
    expect(toIssue(p.findings[0], 'vi').message).toBe('D2: giá trị nhập tay «5,5» được thay bằng công thức =SUM(D3,D7); giá trị cũ lưu trong ghi chú của ô');
    expect(toIssue(p.findings[0], 'en').message).toBe('D2: the hand-typed value "5.5" was replaced by the formula =SUM(D3,D7); the old value is kept in the cell\'s note');
  });

  test('a ±N parent is clamped (SPEC §4.3) and counts in the total', () => {
    const rows: TestCell[][] = [
      ['1', 'Công tác chỉ đạo', 2, 2, null], // row 2
      ['2', 'Tham mưu', '+/-3', null, null], // row 3
      ['2.1', 'Tiêu chí chung', '+/-3', 2, null], // row 4
      ['2.2', 'Tiêu chí cụ thể', '+/-2', 2, null], // row 5
      ['', 'TỔNG ĐIỂM', 5, null, null], // row 6
    ];
    expect(writes(plan(rows)).slice(0, 2)).toEqual([
      ['D3', 'MAX(-3,MIN(3,SUM(D4:D5)))', 3],
      ['D6', 'SUM(D2:D3)', 5],
    ]);
  });

  test('a parent none of whose leaves is scored gets nothing (awaiting ĐTXHH): a 0 would read as a score', () => {
    const p = plan(cells(BASE, { D4: null, D6: null }));
    expect(writes(p).slice(0, 3)).toEqual([
      ['D2', 'SUM(D3,D7)', 2.5],
      ['D8', 'SUM(D10)', 1],
      ['D11', 'SUM(D2,D8)', 3.5],
    ]);
  });

  test('an all-empty score column (appraisal not started) gets no formula at all', () => {
    expect(writes(plan(BASE)).filter(([c]) => c.startsWith('E'))).toEqual([]);
  });

  test('a sheet with no score yet: nothing to write', () => {
    const p = plan(cells(BASE, { D4: null, D6: null, D7: null, D9: null, D10: null }));
    expect(p.writes).toEqual([]);
  });

  test('a partly filled column gets its sums where a leaf is scored', () => {
    const p = plan(cells(BASE, { E4: 1 }));
    expect(writes(p).filter(([c]) => c.startsWith('E'))).toEqual([
      ['E2', 'SUM(E3,E7)', 1],
      ['E3', 'SUM(E4,E6)', 1],
      ['E11', 'SUM(E2,E8)', 1],
    ]);
  });
});

describe('never touch input (SPEC §7)', () => {
  test('leaves, N/A markers, guidance rows and labels are never written', () => {
    const p = plan(BASE);
    const inputs = ['D4', 'D6', 'D7', 'D9', 'D10', 'B5', 'B11', 'C2', 'C11'];
    expect(p.writes.map((w) => a1(w.row, w.col)).filter((c) => inputs.includes(c))).toEqual([]);
  });

  test('a child holding a number stored as text: the formula is written, the cell named, never converted', () => {
    const p = plan(cells(BASE, { D6: '1,5' }));
    expect(writes(p).slice(0, 2)).toEqual([
      ['D2', 'SUM(D3,D7)', 3.5],
      ['D3', 'SUM(D4,D6)', 1], // Excel's SUM skips "1,5"
    ]);
    expect(codes(p)).toEqual([['fill.numberAsText', 'D3']]);
    expect(toIssue(p.findings[0], 'vi').message).toBe('D3: công thức tổng bỏ qua các ô số lưu dạng văn bản: D6; hãy chuyển chúng thành số');
  });

  test('a parent holding text is kept and named; the sum above reads it as Excel does', () => {
    const p = plan(cells(BASE, { D3: 'đạt' }));
    expect(codes(p)).toEqual([['fill.textKept', 'D3']]);
    expect(writes(p)[0]).toEqual(['D2', 'SUM(D3,D7)', 2.5]);
  });

  test('#REF! in a child: that formula is refused and the cell named; the rest is filled', () => {
    const p = plan(cells(BASE, { D4: { v: { error: '#REF!' } }, D3: 2.5 }));
    expect(codes(p)).toEqual([
      ['fill.errorCell', 'D2'],
      ['fill.errorCell', 'D3'],
      ['fill.errorCell', 'D11'],
    ]);
    expect(toIssue(p.findings[1], 'vi').message).toBe('D3: không ghi công thức vì ô D4 đang có lỗi #REF!; hãy sửa ô đó rồi điền lại');
    expect(writes(p)).toEqual([['D8', 'SUM(D10)', 1]]);
  });

  test('#REF! in another area: that area and the total are refused, the other area filled', () => {
    const p = plan(cells(BASE, { D10: { v: { error: '#REF!' } } }));
    expect(codes(p)).toEqual([
      ['fill.errorCell', 'D8'],
      ['fill.errorCell', 'D11'],
    ]);
    expect(writes(p).map(([c]) => c)).toEqual(['D2', 'D3']);
  });

  test('a parent holding =SUM(#REF!) is a broken computed cell: replaced and reported', () => {
    const p = plan(cells(BASE, { D3: { v: { error: '#REF!' }, f: 'SUM(#REF!)' } }));
    expect(writes(p)[1]).toEqual(['D3', 'SUM(D4,D6)', 2.5]);
    expect(codes(p)).toEqual([['computed.overwritten', 'D3']]);
  });

  test('#REF! below a sum: every sum above it is refused too, naming the error cell; no index from such a total', () => {
    const p = plan(cells(BASE, { D4: { v: { error: '#REF!' } }, D3: { v: { error: '#REF!' }, f: 'SUM(D4:D6)' } }));
    expect(codes(p)).toEqual([
      ['fill.errorCell', 'D2'],
      ['fill.errorCell', 'D3'],
      ['fill.errorCell', 'D11'],
    ]);
    expect(p.findings.map((f) => f.params)).toEqual([
      { cells: 'D4', error: '#REF!' },
      { cells: 'D4', error: '#REF!' },
      { cells: 'D4', error: '#REF!' },
    ]);
    expect(p.writes.map((w) => a1(w.row, w.col))).toEqual(['D8']);
  });

  test('a total cell inside a merged label is skipped and named; no index without a total', () => {
    const p = plan(BASE, { merges: ['B11:D11'] });
    expect(codes(p)).toEqual([['fill.mergedCell', 'D11']]);
    expect(writes(p).map(([c]) => c)).toEqual(['D2', 'D3', 'D8']);
  });
});

describe('applicable max, index and rating (SPEC §7)', () => {
  test('labelled cells under the total are used as found; the others are not added', () => {
    const p = plan(cells(BASE, { B13: 'Chỉ số CCHC (%)', D13: 80 }));
    expect(writes(p).slice(4)).toEqual([['D13', 'ROUND(D11/(C11-C9)*100,2)', 75]]);
    expect(codes(p)).toEqual([['computed.overwritten', 'D13']]);
  });

  test('a label left of the final-score column: the value goes in that column; a typed rating is replaced', () => {
    const p = plan(cells(BASE, { A13: 'Điểm tối đa áp dụng:', A14: 'Chỉ số CCHC', A15: 'Xếp loại', D15: 'Rất tốt' }));
    expect(writes(p).slice(4)).toEqual([
      ['D13', 'C11-C9', 8],
      ['D14', 'ROUND(D11/D13*100,2)', 75],
      ['D15', RATING_D14, 'Tốt'],
    ]);
    expect(codes(p)).toEqual([['computed.overwritten', 'D15']]);
  });

  test('a label merged over the final-score column: the value goes right of the merged label', () => {
    const p = plan(cells(BASE, { B13: 'Chỉ số CCHC' }), { merges: ['B13:D13'] });
    expect(writes(p).slice(4)).toEqual([['E13', 'ROUND(D11/(C11-C9)*100,2)', 75]]);
  });

  test('rows after the total not empty: fill.noRoom, nothing written there, rows never inserted', () => {
    const p = plan(cells(BASE, { E14: 'Người lập biểu' }));
    expect(codes(p)).toEqual([['fill.noRoom', 'B12']]);
    expect(toIssue(p.findings[0], 'vi').message).toBe('B12: không còn dòng trống sau dòng tổng điểm (12–15) để ghi điểm tối đa áp dụng, Chỉ số CCHC và Xếp loại');
    expect(p.writes.every((w) => w.row <= 11)).toBe(true);
  });

  test('the total max written only in the label ("Tổng điểm : 10", seed 000): the number less the N/A max cells', () => {
    const p = plan(cells(BASE, { B11: 'Tổng điểm : 10', C11: null }));
    expect(writes(p).find(([c]) => c === 'D13')).toEqual(['D13', '10-C9', 8]);
  });

  test('no N/A and no max on the total row: the applicable max as a value', () => {
    const p = plan(cells(BASE, { D9: 2, C11: null }));
    expect(writes(p).find(([c]) => c === 'D13')).toEqual(['D13', null, 10]);
    expect(writes(p).find(([c]) => c === 'D14')).toEqual(['D14', 'ROUND(D11/D13*100,2)', 80]);
  });

  test('a later column only partly filled: the index is the engine’s value, with a note saying why', () => {
    const p = plan(cells(BASE, { E4: 0.5 }));
    const index = p.writes.find((w) => a1(w.row, w.col) === 'D14') as CellWrite;
    // Final per criterion: 1.1.1 appraised 0,5, the rest self: 5,5 / 8.
    expect(index).toMatchObject({ value: 68.75 });
    expect(index.formula).toBeUndefined();
    expect(index.note).toBe(
      'Chỉ số CCHC tính ngày 30/06/2024 theo điểm cuối cùng của từng tiêu chí (phúc tra, nếu chưa có thì thẩm định, nếu chưa có thì tự đánh giá) vì cột điểm thẩm định mới chấm một phần; điền lại khi cột đã chấm đủ để có công thức.',
    );
    expect(codes(p)).toEqual([['fill.indexValue', 'D14']]);
    expect(writes(p).find(([c]) => c === 'D15')).toEqual(['D15', RATING_D14, 'Trung bình']);
  });

  test('a complete appraisal column is the final-score column', () => {
    const p = plan(cells(BASE, { E4: 0.5, E6: 2, E7: 3, E10: 2 }));
    expect(writes(p).slice(-6)).toEqual([
      ['B13', null, 'Điểm tối đa áp dụng'],
      ['E13', 'C11-C9', 8],
      ['B14', null, 'Chỉ số CCHC'],
      ['E14', 'ROUND(E11/E13*100,2)', 93.75],
      ['B15', null, 'Xếp loại'],
      ['E15', 'IF(E14>=90,"Rất tốt",IF(E14>=70,"Tốt",IF(E14>=50,"Trung bình",IF(E14>=40,"Yếu","Kém"))))', 'Rất tốt'],
    ]);
  });
});

describe('values mode (SPEC §7): numbers and rating text, the same cells', () => {
  test('same cells and numbers as the formulas', () => {
    const f = plan(BASE);
    const v = plan(BASE, { values: true });
    expect(writes(v)).toEqual(writes(f).map(([c, , value]) => [c, null, value]));
  });
});

describe('idempotent (SPEC §7): a second fill writes nothing', () => {
  test.each<[string, TestCell[][], { values?: boolean; merges?: string[] }]>([
    ['formulas', BASE, {}],
    ['values', BASE, { values: true }],
    ['typed totals replaced', cells(BASE, { D2: 5.5, D11: 7 }), {}],
    ['appraisal under way (index as a value)', cells(BASE, { E4: 0.5 }), {}],
    ['labelled rows', cells(BASE, { A13: 'Điểm tối đa áp dụng:', A14: 'Chỉ số CCHC', A15: 'Xếp loại' }), {}],
    ['a number stored as text', cells(BASE, { D6: '1,5' }), {}],
    ['#REF!', cells(BASE, { D4: { v: { error: '#REF!' } } }), {}],
  ])('%s', (_t, rows, opts) => {
    const { first, second } = refill(rows, opts);
    expect(first.writes.length).toBeGreaterThan(0);
    expect(second.writes).toEqual([]);
  });
});
