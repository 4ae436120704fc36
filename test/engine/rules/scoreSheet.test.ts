// SPEC §4: score sheet rules, one right value (no issue) and each wrong value (exact code and cell)
// per rule, table-driven (STYLE.md). Columns: A STT | B criterion | C max | D self | E appraised |
// F evidence | G note; the header is row 1, data starts on row 2.
import { DEFAULT_CONFIG, type Config } from '../../../src/report/config';
import { detectTables } from '../../../src/engine/detect';
import type { ScoreSheetTable } from '../../../src/engine/detect/types';
import type { Grid } from '../../../src/engine/grid';
import { toIssue } from '../../../src/engine/messages';
import { analyseScoreSheet, checkScoreSheet, ratingOf, roundHalfUp } from '../../../src/engine/rules/scoreSheet';
import { encodeTcvn3 } from '../../../src/engine/text/tcvn3';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';

const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Ghi chú'];
const EV = 'KH số 12/KH-SCT';

function tableOf(grid: Grid): ScoreSheetTable {
  const [table] = detectTables(workbookOf(grid));
  if (table?.kind !== 'scoreSheet') throw new Error(`no score sheet: ${table?.kind}`);
  return table;
}

function run(rows: TestCell[][], opts: { header?: TestCell[]; config?: Config } = {}) {
  const grid = gridOf([opts.header ?? HEADER, ...rows]);
  const table = tableOf(grid);
  const config = opts.config ?? DEFAULT_CONFIG;
  const result = checkScoreSheet(table, { grid, workbook: workbookOf(grid), tables: [table], today: '2024-06-30', config });
  return { ...result, model: analyseScoreSheet(table, grid, config) };
}

/** SPEC §4.7's consequence flags follow from any low score: left out unless a test is about them. */
const CONSEQUENCES = new Set(['index.below70', 'area.below50']);

function issues(rows: TestCell[][], header?: TestCell[]): Array<[string, string]> {
  return run(rows, { header }).findings.filter((f) => !CONSEQUENCES.has(f.code)).map((f) => [f.code, f.cell]);
}

function allIssues(rows: TestCell[][], header?: TestCell[]): Array<[string, string]> {
  return run(rows, { header }).findings.map((f) => [f.code, f.cell]);
}

/** A consistent two-area sheet: every rule's right value. */
const GOOD: TestCell[][] = [
  ['1', 'Công tác chỉ đạo', 3, 2.5, null, null, null], // row 2
  ['1.1', 'Kế hoạch', 1, 1, null, EV, null], // row 3
  ['1.2', 'Báo cáo', 2, 1.5, null, EV, null], // row 4
  ['2', 'Thể chế', 2, 2, null, null, null], // row 5
  ['2.1', 'Văn bản', 2, 2, null, EV, null], // row 6
  ['', 'TỔNG ĐIỂM', 5, 4.5, null, null, null], // row 7
];

function withCell(rows: TestCell[][], row: number, col: string, value: TestCell): TestCell[][] {
  const c = col.charCodeAt(0) - 65;
  return rows.map((r, i) => (i === row - 2 ? r.map((x, j) => (j === c ? value : x)) : r));
}

describe('maxima (SPEC §4.2)', () => {
  test.each<[string, TestCell[][], Array<[string, string]>]>([
    ['consistent maxima and typed total: no issue', GOOD, []],
    ['a parent max that is not its children sum', withCell(GOOD, 2, 'C', 4), [['max.sumMismatch', 'C2'], ['total.mismatch', 'C7']]],
    ['a total that is not the sum of the areas', withCell(GOOD, 7, 'C', 100), [['total.mismatch', 'C7']]],
    ['no typed total: nothing to compare ("usually 100" is no rule)', withCell(GOOD, 7, 'C', null), []],
    ['the total written in the label ("Tổng điểm : 100", seed 000)', withCell(withCell(GOOD, 7, 'C', null), 7, 'B', 'Tổng điểm : 100'), [['total.mismatch', 'B7']]],
    ['a max that is not a number', withCell(GOOD, 3, 'C', 'Theo thực tế'), [['max.notNumber', 'C3']]],
    ['a max cell with an Excel error', withCell(GOOD, 3, 'C', { v: { error: '#REF!' } }), [['cell.error', 'C3']]],
    ['a malformed code is reported, its row left out of the tree', withCell(GOOD, 4, 'A', '1,2'), [['code.malformed', 'A4'], ['max.sumMismatch', 'C2'], ['score.sumMismatch', 'D2']]],
    ['a max stored as text counts, and is reported', withCell(GOOD, 3, 'C', '1'), [['cell.numberAsText', 'C3']]],
    ['a decimal comma max stored as text', withCell(withCell(GOOD, 3, 'C', '1,0'), 4, 'C', '2,0'), [['cell.numberAsText', 'C3'], ['cell.numberAsText', 'C4']]],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('an area whose max cell is empty is worth its children\'s maxima', () => {
    const { findings, model } = run(withCell(withCell(GOOD, 2, 'C', null), 7, 'C', null));
    expect(findings).toEqual([]);
    expect(model.maxTotal).toBe(5);
    expect(model.areaSummaries[0]).toMatchObject({ code: '1', max: 3, applicableMax: 3, final: 2.5, percent: 83.33 });
  });

  test('±N maxima: a ±N parent is not the sum of its children; a ±N child leaves its parent\'s sum (seed 000, area 9)', () => {
    const rows: TestCell[][] = [
      ['1', 'Chỉ đạo', 2, null, null, null, null],
      ['1.1', 'a', 1, null, null, null, null],
      ['1.2', 'b', 1, null, null, null, null],
      ['1.3', 'Thưởng', '+/-1', null, null, null, null],
      ['2', 'Kết quả tham mưu', '+/-3', null, null, null, null],
      ['2.1', 'chung', '+/-3', null, null, null, null],
      ['2.2', 'cụ thể', '+/- 3', null, null, null, null],
      ['2.2.1', 'PAR', '+/-3', null, null, null, null],
      ['2.2.2', 'PAPI', '+/-1', null, null, null, null],
      ['', 'Tổng điểm : 5', null, null, null, null, null],
    ];
    const { findings, model } = run(rows);
    expect(findings).toEqual([]);
    // SPEC §2.3: a ±N area counts +N toward the table's total max (2 + 3).
    expect(model.maxTotal).toBe(5);
    expect(model.nodes.find((n) => n.code === '2.2')).toMatchObject({ bonus: true, maxPoints: 3 });
  });
});

describe('scores (SPEC §4.3)', () => {
  test.each<[string, TestCell[][], Array<[string, string]>]>([
    ['above the max', withCell(withCell(GOOD, 3, 'D', 1.5), 2, 'D', 3), [['score.exceedsMax', 'D3'], ['score.sumMismatch', 'D7']]],
    ['negative', withCell(withCell(GOOD, 3, 'D', -0.5), 2, 'D', 1), [['score.negative', 'D3'], ['score.sumMismatch', 'D7']]],
    ['not a number', withCell(withCell(GOOD, 3, 'D', 'đạt'), 2, 'D', 1.5), [['score.notNumber', 'D3'], ['score.sumMismatch', 'D7']]],
    ['a percentage is not a score', withCell(withCell(GOOD, 3, 'D', '95%'), 2, 'D', 1.5), [['score.notNumber', 'D3'], ['score.sumMismatch', 'D7']]],
    // The parent's sum is unknown (Excel's SUM gives the error too): not compared.
    ['an Excel error', withCell(GOOD, 3, 'D', { v: { error: '#VALUE!' } }), [['cell.error', 'D3']]],
    ['a score stored as text counts, and is reported', withCell(GOOD, 3, 'D', '1'), [['cell.numberAsText', 'D3']]],
    ['a typed parent that is not the sum of its children', withCell(GOOD, 2, 'D', 3), [['score.sumMismatch', 'D2'], ['score.sumMismatch', 'D7']]],
    ['a formula whose cached value is the sum', withCell(GOOD, 2, 'D', { v: 2.5, f: 'SUM(D3:D4)' }), []],
    ['a formula whose cached value is stale', withCell(GOOD, 2, 'D', { v: 3, f: 'SUM(D3:D4)' }), [['score.sumMismatch', 'D2'], ['score.sumMismatch', 'D7']]],
    ['a total that is not the sum of the areas', withCell(GOOD, 7, 'D', 5), [['score.sumMismatch', 'D7']]],
    [
      'a SUM formula skipping a number stored as text is what Excel computes: only the text is reported',
      withCell(withCell(withCell(GOOD, 4, 'D', '1,5'), 2, 'D', { v: 1, f: 'SUM(D3:D4)' }), 7, 'D', { v: 3, f: 'SUM(D2,D5)' }),
      [['cell.numberAsText', 'D4']],
    ],
    [
      'a typed total leaving out a number stored as text is wrong',
      withCell(withCell(withCell(GOOD, 4, 'D', '1,5'), 2, 'D', 1), 7, 'D', 3),
      [['score.sumMismatch', 'D2'], ['cell.numberAsText', 'D4']],
    ],
    ['an empty parent is not compared', withCell(withCell(GOOD, 2, 'D', null), 7, 'D', null), []],
    ['the appraised column is checked too', withCell(GOOD, 4, 'E', 2.5), [['score.exceedsMax', 'E4']]],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('sums are compared to 2 decimals (0,1 + 0,2 = 0,3)', () => {
    const rows: TestCell[][] = [
      ['1', 'A', 1, 0.3, null, null, null],
      ['1.1', 'a', 0.5, 0.1, null, EV, null],
      ['1.2', 'b', 0.5, 0.2, null, EV, null],
    ];
    expect(issues(rows)).toEqual([]);
    expect(issues(withCell(rows, 2, 'D', 0.31))).toEqual([['score.sumMismatch', 'D2']]);
  });

  test('±N criteria: −N … +N allowed; a ±N parent is its children\'s sum clamped to ±N', () => {
    const rows = (a: TestCell, b: TestCell, parent: TestCell): TestCell[][] => [
      ['1', 'Kết quả tham mưu', '+/-3', parent, null, null, null],
      ['1.1', 'PAR', '+/-3', a, null, EV, null],
      ['1.2', 'PAPI', '+/-1', b, null, EV, null],
    ];
    expect(issues(rows(3, 1, 3))).toEqual([]); // 4 clamped to 3
    expect(issues(rows(-3, -1, -3))).toEqual([]);
    expect(issues(rows(3, 1, 2))).toEqual([['score.sumMismatch', 'D2']]);
    expect(issues(rows(3, 1, 4))).toEqual([['score.exceedsMax', 'D2'], ['score.sumMismatch', 'D2']]);
    expect(issues(rows(4, -2, 2))).toEqual([['score.exceedsMax', 'D3'], ['score.exceedsMax', 'D4']]);
    const f = run(rows(4, 0, 3)).findings[0];
    expect(f.params).toEqual({ column: 'self', value: 4, max: 3, bonus: true });
    expect(toIssue(f, 'vi').message).toBe('D3: điểm tự đánh giá 4 nằm ngoài khoảng cho phép từ -3 đến +3');
  });
});

describe('not applicable (SPEC §4.4)', () => {
  test.each<[string, TestCell]>([
    ['Không áp dụng', 'Không áp dụng'],
    ['KAD', 'KAD'],
    ['Không chấm điểm', 'Không chấm điểm'],
    ['KCĐ', 'KCĐ'],
    ['a dash', '-'],
    ['an en dash', '–'],
    ['NFD text', 'Không áp dụng'.normalize('NFD')],
    ['lower case, with a reason', 'không áp dụng (không có đơn vị sự nghiệp)'],
    ['TCVN3 text', { v: encodeTcvn3('Không áp dụng'), font: '.VnTime' }],
  ])('%s is N/A, not a score.notNumber', (_t, marker) => {
    const { findings, summary } = run(withCell(withCell(withCell(GOOD, 3, 'D', marker), 2, 'D', 1.5), 7, 'D', 3.5));
    expect(findings).toEqual([]);
    expect(summary.naCriteria).toEqual(['1.1']);
    expect(summary.applicableMax).toBe(4);
  });

  test('N/A leaves the applicable max; the index is final total / applicable max (numbers of §4.4)', () => {
    // Area 1 (max 10): 1.1 = 4 of 4, 1.2 N/A (3), 1.3 = 1,5 of 3.
    // Area 2 (max 10): 2.1 = 5 of 5, 2.2 N/A (5).
    // Area 3 (max 2): 3.1 KCĐ, 3.2 "-": every child N/A, so the area is N/A as a whole.
    // Total max 22; applicable max 22 − 3 − 5 − 2 = 12; final 4 + 1,5 + 5 = 10,5;
    // index 10,5 / 12 × 100 = 87,5 → Tốt. Area 1: 5,5 / 7 = 78,57 %; area 2: 5 / 5 = 100 %.
    const rows: TestCell[][] = [
      ['1', 'Chỉ đạo', 10, 5.5, null, null, null],
      ['1.1', 'a', 4, 4, null, EV, null],
      ['1.2', 'b', 3, 'KAD', null, null, null],
      ['1.3', 'c', 3, 1.5, null, EV, null],
      ['2', 'Thể chế', 10, 5, null, null, null],
      ['2.1', 'a', 5, 5, null, EV, null],
      ['2.2', 'b', 5, 'Không áp dụng', null, null, null],
      ['3', 'Tài chính', 2, null, null, null, null],
      ['3.1', 'a', 1, 'KCĐ', null, null, null],
      ['3.2', 'b', 1, '-', null, null, null],
      ['', 'TỔNG ĐIỂM', 22, 10.5, null, null, null],
    ];
    const { findings, summary, model } = run(rows);
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ maxTotal: 22, applicableMax: 12, indexPercent: 87.5, rating: 'Tốt', naCriteria: ['1.2', '2.2', '3'] });
    expect(summary.totals).toEqual({ self: 10.5, appraised: null, rechecked: null, survey: null, final: 10.5 });
    expect(summary.areas.map((a) => [a.code, a.max, a.applicableMax, a.final, a.percent])).toEqual([
      ['1', 10, 7, 5.5, 78.57],
      ['2', 10, 5, 5, 100],
      ['3', 2, 0, 0, null],
    ]);
    // The fill subtracts the max cells of the topmost N/A criteria: =C12-C4-C8-C9.
    expect(model.notApplicable.map((n) => n.max?.ref.a1)).toEqual(['C4', 'C8', 'C9']);
  });

  test('an N/A marker on a parent covers its children; a later column can overrule an N/A', () => {
    const rows: TestCell[][] = [
      ['1', 'A', 3, 'KAD', null, null, null],
      ['1.1', 'a', 1, 1, null, EV, null],
      ['1.2', 'b', 2, null, null, null, null],
      ['2', 'B', 2, null, null, null, null],
      ['2.1', 'a', 2, 'KAD', 1.5, null, null],
    ];
    const { summary } = run(rows);
    expect(summary.naCriteria).toEqual(['1']);
    expect(summary.applicableMax).toBe(2);
    expect(summary.totals.final).toBe(1.5);
  });
});

describe('final score and index (SPEC §4.5, §4.6)', () => {
  const CHAIN_HEADER = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm phúc tra', 'Điểm ĐTXHH', 'Ghi chú'];

  test('rechecked wins over appraised, appraised over self; survey criteria take the survey column', () => {
    const rows: TestCell[][] = [
      ['1', 'A', 5, null, null, null, null, null],
      ['1.1', 'self only', 1, 1, null, null, null, null],
      ['1.2', 'appraised', 1, 1, 0.5, null, null, null],
      ['1.3', 'rechecked', 1, 1, 0.5, 0.75, null, null],
      ['1.4', 'survey', 1, 1, null, null, 0.8, 'ĐTXHH'],
      ['1.5', 'survey pending', 1, 1, null, null, null, 'ĐTXHH'],
    ];
    const { summary, model, findings } = run(rows, { header: CHAIN_HEADER });
    expect(findings).toEqual([]);
    expect(model.nodes.slice(1).map((n) => [n.code, n.final, n.finalSource, n.awaitingSurvey])).toEqual([
      ['1.1', 1, 'self', false],
      ['1.2', 0.5, 'appraised', false],
      ['1.3', 0.75, 'rechecked', false],
      ['1.4', 0.8, 'survey', false],
      ['1.5', 0, null, true],
    ]);
    // 1 + 0,5 + 0,75 + 0,8 + 0 = 3,05 of 5 → 61 %, provisional.
    expect(summary).toMatchObject({ indexPercent: 61, rating: 'Trung bình', provisional: true, awaitingSurvey: ['1.5'] });
    expect(summary.totals).toEqual({ self: 5, appraised: 1, rechecked: 0.75, survey: 0.8, final: 3.05 });
  });

  test('without a survey column, survey criteria follow the same chain; unscored ones await the survey', () => {
    const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Ghi chú'];
    const rows: TestCell[][] = [
      ['1', 'A', 3, null, null],
      ['1.1', 'a', 1, 1, null],
      ['1.2', 'b', 1, 0.5, 'ĐTXHH'],
      ['1.3', 'c', 1, null, 'ĐTXHH'],
    ];
    const { summary } = run(rows, { header });
    expect(summary).toMatchObject({ awaitingSurvey: ['1.3'], provisional: true });
    expect(summary.totals.final).toBe(1.5);
  });

  test('a parent marked ĐTXHH makes its children survey criteria (Bảng 2, 5.11)', () => {
    const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Ghi chú'];
    const rows: TestCell[][] = [
      ['5', 'A', 3.5, null, null],
      ['5.10', 'Tác động đến quản lý', 1, 1, null],
      ['5.11', 'Tác động', 2.5, null, 'ĐTXHH'],
      ['5.10.1', 'a', 0.5, null, null],
      ['5.10.2', 'b', 2, null, 'ĐTXHH'],
    ];
    const { model } = run(rows, { header });
    expect(model.nodes.filter((n) => n.survey).map((n) => n.code)).toEqual(['5.11', '5.10.1', '5.10.2']);
    expect(model.awaitingSurvey.map((n) => n.code)).toEqual(['5.10.1', '5.10.2']);
  });

  test('a blank form (no score anywhere) has no index and awaits nothing', () => {
    const { summary } = run(GOOD.map((r) => [r[0], r[1], r[2]]), { header: HEADER.slice(0, 3) });
    expect(summary).toMatchObject({ indexPercent: null, rating: null, provisional: false, awaitingSurvey: [], maxTotal: 5, applicableMax: 5 });
    expect(summary.totals.final).toBeNull();
  });

  test('rating bands come from the configuration', () => {
    const config: Config = { ...DEFAULT_CONFIG, ratingBands: [{ min: 85, label: 'Xuất sắc' }, { min: 0, label: 'Chưa đạt' }] };
    expect(run(GOOD, { config }).summary).toMatchObject({ indexPercent: 90, rating: 'Xuất sắc' });
    expect(run(GOOD).summary).toMatchObject({ indexPercent: 90, rating: 'Rất tốt' });
  });

  test.each<[number, number]>([
    [84.625, 84.63],
    [1.005, 1.01],
    [(67.7 / 80) * 100, 84.63],
    [2.675, 2.68],
    [84.624999, 84.62],
    [-1.005, -1.01],
    [100, 100],
    [(83.25 / 99) * 100, 84.09],
  ])('roundHalfUp(%p, 2) = %p', (x, expected) => {
    expect(roundHalfUp(x, 2)).toBe(expected);
  });

  test.each<[number | null, string | null]>([
    [100, 'Rất tốt'],
    [90, 'Rất tốt'],
    [89.99, 'Tốt'],
    [70, 'Tốt'],
    [69.99, 'Trung bình'],
    [50, 'Trung bình'],
    [49.99, 'Yếu'],
    [40, 'Yếu'],
    [39.99, 'Kém'],
    [0, 'Kém'],
    [null, null],
  ])('ratingOf(%p) with the QĐ 1026 bands = %p', (index, expected) => {
    expect(ratingOf(index, DEFAULT_CONFIG.ratingBands)).toBe(expected);
  });
});

describe('consequence flags (SPEC §4.7)', () => {
  const rows = (a: TestCell, b: TestCell): TestCell[][] => [
    ['1', 'A', 4, null, null, null, null], // row 2
    ['1.1', 'a', 4, a, null, EV, null], // row 3
    ['2', 'B', 6, null, null, null, null], // row 4
    ['2.1', 'b', 6, b, null, EV, null], // row 5
    ['', 'TỔNG ĐIỂM', 10, null, null, null, null], // row 6
  ];

  test.each<[string, TestCell, TestCell, Array<[string, string]>]>([
    ['index 70 %: no warning', 2, 5, []],
    ['index below 70 % on the total row\'s final-score cell', 2, 4.5, [['index.below70', 'D6']]],
    ['an area below 50 % on the area row\'s final-score cell', 1.5, 6, [['area.below50', 'D2']]],
    ['both', 1, 2, [['index.below70', 'D6'], ['area.below50', 'D2'], ['area.below50', 'D4']]],
  ])('%s', (_t, a, b, expected) => {
    expect(allIssues(rows(a, b))).toEqual(expected);
  });

  test('messages name the index and the area', () => {
    const f = run(rows(1, 2)).findings.map((x) => toIssue(x, 'vi').message);
    expect(f).toEqual([
      'D6: Chỉ số CCHC 30% dưới 70%: đơn vị không được xét khen thưởng cấp tỉnh trở lên',
      'D2: lĩnh vực 1 «A» chỉ đạt 25% điểm tối đa áp dụng, dưới 50%: đơn vị không được xét khen thưởng cấp tỉnh trở lên',
      'D4: lĩnh vực 2 «B» chỉ đạt 33,33% điểm tối đa áp dụng, dưới 50%: đơn vị không được xét khen thưởng cấp tỉnh trở lên',
    ]);
  });

  test('while survey scores are pending, only what full survey marks could not lift is flagged', () => {
    const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Ghi chú'];
    const pending: TestCell[][] = [
      ['1', 'A', 4, null, null],
      ['1.1', 'a', 1, 0, null],
      ['1.2', 'survey', 3, null, 'ĐTXHH'], // 0 now, up to 3: area 1 may reach 75 %
      ['2', 'B', 6, null, null],
      ['2.1', 'b', 6, 1, null], // 1 / 6: below 50 % whatever the survey gives
    ];
    const { findings, summary } = run(pending, { header });
    // Index 1 / 10 = 10 % now, at most 40 % with the survey: flagged; area 1 is not, area 2 is.
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['index.below70', 'D5'], ['area.below50', 'D5']]);
    expect(summary.areas.map((a) => [a.code, a.percent, a.below50])).toEqual([['1', 0, false], ['2', 16.67, true]]);
    const lifted = run(withCell(pending, 6, 'D', 6), { header });
    expect(lifted.findings).toEqual([]); // 6 / 10 now, up to 90 %
    expect(lifted.summary).toMatchObject({ indexPercent: 60, provisional: true });
  });
});

describe('guidance rules (SPEC §4.8)', () => {
  // Seed 000, 1.1.1 and 1.1.2 under 1.1.
  const rows = (a: TestCell, b: TestCell): TestCell[][] => [
    ['1', 'Kế hoạch', 4, null, null, null, null], // row 2
    ['1.1.1', 'Ban hành kế hoạch', 1, a, null, EV, null], // row 3 (1.1 left out: orphan tested elsewhere)
    ['', 'Đúng thời hạn: 0,5', null, null, null, null, null],
    ['', 'Đạt yêu cầu nội dung kế hoạch: 0,5', null, null, null, null, null],
    ['', 'Không ban hành: 0', null, null, null, null, null],
    ['1.1.2', 'Mức độ thực hiện kế hoạch', 3, b, null, EV, null], // row 7
    ['', 'Hoàn thành từ 85% - 100% kế hoạch thì điểm đánh giá được tính theo công thức:\n(Tỷ lệ % đạt được × điểm tối đa) / 100%\nHoàn thành dưới 85% kế hoạch: 0', null, null, null, null, null],
  ];
  const gaps = (found: Array<[string, string]>) => found.filter(([c]) => c !== 'code.orphan');

  test.each<[string, TestCell, TestCell, Array<[string, string]>]>([
    ['scores the guidance gives: 1 (0,5 + 0,5) and 2,7 (90 % of 3)', 1, 2.7, []],
    ['0,5 (one option) and 0 (below 85 %)', 0.5, 0, []],
    ['0,75 is no sum of the options', 0.75, 3, [['score.notAllowed', 'D3']]],
    ['2 is under 85 % × 3 = 2,55 but not 0', 1, 2, [['score.notAllowed', 'D7']]],
  ])('%s', (_t, a, b, expected) => {
    expect(gaps(issues(rows(a, b)))).toEqual(expected);
  });

  test('score.notAllowed names the levels, and the range of a rate rule', () => {
    const found = run(rows(0.75, 2)).findings.filter((f) => f.code === 'score.notAllowed');
    expect(found.map((f) => toIssue(f, 'vi').message)).toEqual([
      'D3: điểm tự đánh giá 0,75 không đúng các mức điểm của hướng dẫn chấm (0; 0,5; 1)',
      'D7: điểm tự đánh giá 2 không đúng các mức điểm của hướng dẫn chấm (0 hoặc từ 2,55 đến 3 theo tỷ lệ đạt được)',
    ]);
    expect(toIssue(found[0], 'en').message).toBe("D3: self-assessed score 0.75 is not one of the scoring guidance's levels (0; 0.5; 1)");
  });

  test('an option worth more than the max (seed 000, area 8: max 7, option 8)', () => {
    const found = issues([
      ['1', 'SÁNG KIẾN, CÁCH LÀM MỚI', 7, 5, null, EV, null],
      ['', '01 sáng kiến: 1', null, null, null, null, null],
      ['', 'Từ 7 sáng kiến trở lên: 8', null, null, null, null, null],
      ['', 'Không có sáng kiến: 0', null, null, null, null, null],
    ]);
    // The options reach 8, not 7: the seed is inconsistent, so 5 is not checked against them.
    expect(found).toEqual([['max.optionExceeds', 'B4']]);
  });

  test('a bullet in the code column of a guidance row is no code', () => {
    const found = issues([
      ['1', 'Ban hành kế hoạch', 1, 0.75, null, EV, null],
      ['-', 'Đúng thời hạn: 0,5', null, null, null, null, null],
      ['-', 'Đạt yêu cầu nội dung: 0,5', null, null, null, null, null],
    ]);
    expect(found).toEqual([['score.notAllowed', 'D2']]);
  });

  test('options in the max column of guidance rows', () => {
    const found = issues([
      ['1', 'Ban hành kế hoạch', 1, 0.75, null, EV, null],
      ['', 'Đúng thời hạn', 0.5, null, null, null, null],
      ['', 'Đạt yêu cầu nội dung', 0.5, null, null, null, null],
    ]);
    expect(found).toEqual([['score.notAllowed', 'D2']]);
  });

  test('the summary counts guidance rows parsed and unparsed (no issue for unparsed ones)', () => {
    const { summary, findings } = run([
      ['1', 'Kiểm tra', 1, 1, null, EV, null],
      ['', 'Có ban hành kế hoạch kiểm tra; có tổ chức kiểm tra; có kết luận:', null, null, null, null, null],
      ['', 'Có ban hành kế hoạch kiểm tra; không có kết luận: 0,5', null, null, null, null, null],
    ]);
    expect(summary.guidance).toEqual({ parsed: 1, unparsed: 1 });
    expect(findings).toEqual([]);
  });
});

describe('evidence (SPEC §4.9)', () => {
  test.each<[string, TestCell[][], Array<[string, string]>]>([
    ['evidence listed: no warning', GOOD, []],
    ['a scored leaf with no evidence, on its evidence cell', withCell(GOOD, 4, 'F', null), [['score.noEvidence', 'F4']]],
    ['explained in the note ("giải trình")', withCell(withCell(GOOD, 4, 'F', null), 4, 'G', 'Đã giải trình tại Báo cáo 15/BC'), []],
    ['scored 0: nothing to prove', withCell(withCell(withCell(withCell(GOOD, 4, 'F', null), 4, 'D', 0), 2, 'D', 1), 7, 'D', 3), []],
    ['a survey criterion needs no evidence', withCell(withCell(GOOD, 4, 'F', null), 4, 'G', 'ĐTXHH'), []],
    ['parents need none of their own', withCell(GOOD, 2, 'F', null), []],
    ['N/A needs none', withCell(withCell(withCell(withCell(GOOD, 4, 'F', null), 4, 'D', 'KAD'), 2, 'D', 1), 7, 'D', 3), []],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('a note or evidence cell merged over several criteria speaks for each of them', () => {
    const rows: TestCell[][] = [
      ['1', 'A', 3, null, null, null, null], // row 2
      ['1.1', 'a', 1, 1, null, 'Báo cáo 215/BC-SCT', null], // row 3: F3:F4 merged
      ['1.2', 'b', 1, 1, null, null, null], // row 4
      ['1.3', 'c', 1, null, null, null, 'ĐTXHH'], // row 5: G5:G6 merged
      ['1.4', 'd', 0, null, null, null, null], // row 6
    ];
    const grid = gridOf([HEADER, ...rows], { merges: ['F3:F4', 'G5:G6'] });
    const table = tableOf(grid);
    const { findings } = checkScoreSheet(table, { grid, workbook: workbookOf(grid), tables: [table], today: '2024-06-30', config: DEFAULT_CONFIG });
    expect(findings.filter((f) => f.code === 'score.noEvidence')).toEqual([]);
    expect(analyseScoreSheet(table, grid, DEFAULT_CONFIG).awaitingSurvey.map((n) => n.code)).toEqual(['1.3', '1.4']);
  });

  test('no evidence column: nothing is checked', () => {
    const header = HEADER.slice(0, 5);
    expect(issues(GOOD.map((r) => r.slice(0, 5)), header)).toEqual([]);
  });
});

describe('the model for the fill and the add-in', () => {
  test('cells of every max and score, sums, column status and the final column', () => {
    const { model } = run(withCell(GOOD, 3, 'E', 1));
    const n11 = model.nodes.find((n) => n.code === '1.1');
    expect(n11?.max?.ref).toEqual({ row: 3, col: 3, a1: 'C3' });
    expect(n11?.scores.self?.ref.a1).toBe('D3');
    expect(model.areas[0].childSums).toEqual({ self: 2.5, appraised: 1 });
    expect(model.total).toMatchObject({ row: 7, typedMax: 5, childSums: { self: 4.5, appraised: 1 } });
    expect(model.columnStatus).toEqual({ self: 'complete', appraised: 'partial', rechecked: 'absent', survey: 'absent' });
    expect(model.finalColumn).toBe('self');
    expect(model.scoreColumns).toEqual(['self', 'appraised']);
  });

  /** A bench-shaped sheet (test/bench/workbooks.ts) of about `rows` rows, with guidance rows. */
  function bigSheet(rows: number): { table: ScoreSheetTable; grid: Grid } {
    const out: TestCell[][] = [HEADER];
    for (let a = 1; out.length <= rows; a++) {
      out.push([String(a), `LĨNH VỰC ${a}`, 20, 20, null, null, null]);
      for (let c = 1; c <= 10; c++) {
        out.push([`${a}.${c}`, `Tiêu chí ${a}.${c}`, 2, 2, null, null, null]);
        for (let k = 1; k <= 4; k++) out.push([`${a}.${c}.${k}`, `Tiêu chí thành phần ${a}.${c}.${k}`, 0.5, 0.5, null, `Văn bản số ${k}/BC-SCT`, null]);
        out.push(['', 'Đạt yêu cầu: 0,5; không đạt yêu cầu: 0', null, null, null, null, null]);
      }
    }
    const grid = gridOf(out);
    return { table: tableOf(grid), grid };
  }

  test('a 5 000-row score sheet reads clean (its speed is in npm run bench)', () => {
    const { table, grid } = bigSheet(5000);
    const ctx = { grid, workbook: workbookOf(grid), tables: [table], today: '2024-06-30', config: DEFAULT_CONFIG };
    expect(checkScoreSheet(table, ctx).findings).toEqual([]);
  });
});
