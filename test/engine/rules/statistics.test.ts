// SPEC §2.2, §6: statistics annex rules, table-driven (STYLE.md): each rule has a right value
// (no issue) and each wrong value (exact code and cell).
import { analyseWorkbook } from '../../../src/engine/check';
import type { StatisticsTable } from '../../../src/engine/detect/types';
import type { Cell, Grid } from '../../../src/engine/grid';
import { checkStatistics, statisticsComputations } from '../../../src/engine/rules/statistics';
import { DEFAULT_CONFIG } from '../../../src/report/config';
import { gridOf, workbookOf, type GridOptions, type TestCell } from '../../helpers/grid';

const HEADER = ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'Ghi chú'];

function grid(rows: TestCell[][], opts: GridOptions = {}): Grid {
  return gridOf([HEADER, ...rows], opts);
}

function run(rows: TestCell[][], opts: GridOptions = {}) {
  const g = grid(rows, opts);
  return analyseWorkbook(workbookOf(g), { file: 't.xlsx', today: '2024-06-30' });
}

/** [code, cell] of every finding. */
function issues(rows: TestCell[][], opts: GridOptions = {}): Array<[string, string]> {
  return run(rows, opts).findings.map((f) => [f.code, f.cell]);
}

const pct = (v: number, fmt = '0%'): Cell => ({ v, fmt });
const KH: TestCell[] = ['1', 'Kế hoạch cải cách hành chính'];

type Vector = [title: string, rows: TestCell[][], expected: Array<[string, string]>];

describe('value checks by unit (SPEC §6)', () => {
  test.each<Vector>([
    // count
    ['count: whole numbers', [KH, ['', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', 12, 15]], []],
    ['count: 3,5 tasks', [KH, ['', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', 12, 3.5]], [['stat.notCount', 'E3']]],
    ['count: "3,5" typed as text', [KH, ['', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '3,5', 15]], [['cell.numberAsText', 'D3'], ['stat.notCount', 'D3']]],
    ['count: "1.234" as text is 1234 (number as text only)', [KH, ['', 'Số văn bản', 'Văn bản', '1.234', 1300]], [['cell.numberAsText', 'D3']]],
    ['count: negative', [KH, ['', 'Số văn bản', 'Văn bản', -2, 1]], [['stat.notCount', 'D3']]],
    ['count: text', [KH, ['', 'Số văn bản', 'Văn bản', 'nhiều', 1]], [['stat.notNumber', 'D3']]],
    ['count: "95%" is not a count', [KH, ['', 'Số văn bản', 'Văn bản', '95%', 1]], [['cell.numberAsText', 'D3'], ['stat.notCount', 'D3']]],
    ['count: #REF!', [KH, ['', 'Số văn bản', 'Văn bản', { v: { error: '#REF!' } }, 1]], [['cell.error', 'D3']]],
    ['count: a dash is nothing reported', [KH, ['', 'Số văn bản', 'Văn bản', '-', 1]], []],
    ['count: part/whole "14/14"', [KH, ['', 'Tổng số đơn vị trực thuộc sử dụng hòm thư công vụ', 'Số cơ quan, đơn vị/ tổng', '14/14', '3/5']], []],
    ['count: part/whole "15/14"', [KH, ['', 'Tổng số đơn vị trực thuộc sử dụng hòm thư công vụ', 'Số cơ quan, đơn vị/ tổng', '15/14', '3/5']], [['stat.partExceedsWhole', 'D3']]],
    ['count: part/whole "3,5/4"', [KH, ['', 'Số tài khoản thường xuyên sử dụng', 'Số tài khoản/ tổng', '3,5/4', '3/5']], [['stat.notCount', 'D3']]],
    // percent
    ['percent: 0–100', [KH, ['', 'Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015', '%', 0, 100]], []],
    ['percent: 120', [KH, ['', 'Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015', '%', 10.2, 120]], [['stat.percentRange', 'E3']]],
    ['percent: negative', [KH, ['', 'Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015', '%', -1, 12]], [['stat.percentRange', 'D3']]],
    ['percent: 0.95 shown as 95% is 95', [KH, ['', 'Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015', '%', pct(0.95), pct(0.1224, '0.00%')]], []],
    ['percent: 1.2 shown as 120%', [KH, ['', 'Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015', '%', pct(1.2), 12]], [['stat.percentRange', 'D3']]],
    ['percent: "95%" as text', [KH, ['', 'Tỷ lệ số hóa hồ sơ', '%', '95%', 96]], [['cell.numberAsText', 'D3']]],
    ['percent: text', [KH, ['', 'Tỷ lệ số hóa hồ sơ', '%', 'gần hết', 96]], [['stat.notNumber', 'D3']]],
    // yes/no
    ['yes/no: 0 and 1', [KH, ['', 'Xử lý phản ảnh, kiến nghị', 'Không = 0\nCó = 1', 0, 1]], []],
    ['yes/no: 2', [KH, ['', 'Xử lý phản ảnh, kiến nghị', 'Không = 0\nCó = 1', 1, 2]], [['stat.notYesNo', 'E3']]],
    ['yes/no: 0.5', [KH, ['', 'Xử lý phản ảnh, kiến nghị', 'Không = 0\nCó = 1', 0.5, 1]], [['stat.notYesNo', 'D3']]],
    ['yes/no: "Có" and "Không" as words', [KH, ['', 'Xử lý phản ảnh, kiến nghị', 'Không = 0\nCó = 1', 'Không', 'Có']], []],
    ['yes/no: other text', [KH, ['', 'Xử lý phản ảnh, kiến nghị', 'Không = 0\nCó = 1', 'Đang làm', 1]], [['stat.notYesNo', 'D3']]],
    // ratio
    ['ratio: meetings/participants, no part ≤ whole', [KH, ['', 'Số cuộc tổ chức đối thoại', 'Cuộc/người tham gia', '1/60', '60/1']], []],
    ['ratio: one number', [KH, ['', 'Tỷ lệ máy tính bố trí tại bộ phận một cửa', 'Số máy/Số người làm việc tại bộ phận 1 cửa', 0.95, '44/44']], []],
    ['ratio: parts are counts', [KH, ['', 'Số cuộc tổ chức đối thoại', 'Cuộc/người tham gia', '1,5/60', '2/85']], [['stat.notCount', 'D3']]],
    ['ratio: text', [KH, ['', 'Số cuộc tổ chức đối thoại', 'Cuộc/người tham gia', 'hai cuộc', '2/85']], [['stat.notNumber', 'D3']]],
    // count with percent
    ['count = %: one cell', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', '33 cơ quan, đơn vị = 94,29%', '35 cơ quan, đơn vị = 100%']], []],
    ['count = %: the count alone, the % alone, the form left', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', 33, '… cơ quan, đơn vị = …%']], []],
    ['count = %: 120%', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', '33 cơ quan, đơn vị = 120%', '']], [['stat.percentRange', 'D3']]],
    ['count = %: 3,5 units', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', '3,5 cơ quan, đơn vị = 10%', '']], [['stat.notCount', 'D3']]],
    ['count = %: "a/b = p%" right', [KH, ['', 'Tổng số cuộc họp qua hệ thống hội nghị truyền hình/Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '40/46 = 86,96%', '48/52 = 92,31%']], []],
    ['count = %: "a/b = p%" off by 2', [KH, ['', 'Tổng số cuộc họp qua hệ thống hội nghị truyền hình/Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '40/46 = 88,96%', '48/52 = 92,31%']], [['stat.percentMismatch', 'D3']]],
    ['count = %: "a/b" part above whole', [KH, ['', 'Tổng số cuộc họp qua hệ thống hội nghị truyền hình/Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '47/46', '48/52']], [['stat.partExceedsWhole', 'D3']]],
    ['count = %: rounded to a whole percent is not a mismatch', [KH, ['', 'Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '40/46 = 87%', '48/52 = 92,3%']], []],
    ['count = %: text', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', 'đủ cả', '']], [['stat.notNumber', 'D3']]],
    [
      'count = %: one line per indicator (seed 004 row 56)',
      [KH, ['', 'Đối với cấp huyện, báo cáo thêm về:\nTổng số hồ sơ đất đai\nTổng số hồ sơ xây dựng', '… hồ sơ = …%\n… hồ sơ = …%', '2870 hồ sơ = 98,59%\n365 hồ sơ = 99,46%', '3120 hồ sơ = 99,11%\n412 hồ sơ = 120%']],
      [['stat.percentRange', 'E3']],
    ],
    // unknown and missing units
    ['unknown unit: info once, value a number', [KH, ['', 'Kinh phí CCHC', 'Triệu đồng', 12.5, 13], ['', 'Kinh phí số hóa', 'Triệu đồng', 3.25, 4]], [['stat.unknownUnit', 'C3']]],
    ['unknown unit: text', [KH, ['', 'Kinh phí CCHC', 'Triệu đồng', 'chưa rõ', 13]], [['stat.unknownUnit', 'C3'], ['stat.notNumber', 'D3']]],
    ['no unit: a value is only checked to be a number', [KH, ['', 'Kết quả khác', '', 2.5, 'không có']], [['stat.notNumber', 'E3']]],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });
});

describe('part ≤ whole inside an indicator group, from the wording (SPEC §6)', () => {
  const group = (...rows: TestCell[][]): TestCell[][] => [KH, ...rows];
  test.each<Vector>([
    ['completion: right', group(['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 28]), []],
    ['completion: đã hoàn thành > đề ra', group(['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 29]), [['stat.partExceedsWhole', 'E4']]],
    ['completion: the part above the whole is still paired (wording, not position)', group(['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 27, 28], ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28]), [['stat.partExceedsWhole', 'D3']]],
    [
      'inspection: đã kiểm tra > đề ra … kiểm tra',
      group(['', 'Số cơ quan, đơn vị đề ra trong kế hoạch tự kiểm tra', 'Cơ quan, đơn vị', 5, 6], ['', 'Số cơ quan, đơn vị đã kiểm tra theo kế hoạch', 'Cơ quan, đơn vị', 6, 6]),
      [['stat.partExceedsWhole', 'D4']],
    ],
    [
      'resolution: đã xử lý xong > phát hiện',
      group(['', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', 12, 9], ['', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', 10, 11]),
      [['stat.partExceedsWhole', 'E4']],
    ],
    [
      'tasks on time: đúng hạn + quá hạn ≤ được giao (right)',
      group(['', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', 128, 142], ['', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', 118, 135], ['', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', 10, 7]),
      [],
    ],
    [
      'tasks on time: đúng hạn + quá hạn > được giao, at the last part',
      group(['', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', 128, 142], ['', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', 118, 135], ['', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', 11, 7]),
      [['stat.partExceedsWhole', 'D5']],
    ],
    [
      'staffing: có mặt > được giao is a warning',
      group(['', 'Tổng số biên chế được giao', 'Người', 98, 96], ['', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người', 99, 92]),
      [['stat.partExceedsWholeSoft', 'D4']],
    ],
    ['promotion: được thăng hạng > đăng ký', group(['', 'Số viên chức đăng ký', 'Người', 95, 120], ['', 'Số viên chức được thăng hạng', 'Người', 96, 112]), [['stat.partExceedsWhole', 'D4']]],
    ['intake: được tiếp nhận > nộp hồ sơ', group(['', 'Số viên chức nộp hồ sơ', 'Người', 6, 8], ['', 'Số viên chức được tiếp nhận', 'Người', 6, 9]), [['stat.partExceedsWhole', 'E4']]],
    [
      'rows of different groups are not paired',
      [['1', 'Kế hoạch'], ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 2, 2], ['2', 'Tuyên truyền'], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 8, 10]],
      [],
    ],
    [
      'coded children of one parent form a group',
      [['1', 'Cải cách tổ chức'], ['1.1', 'Số viên chức nộp hồ sơ', 'Người', 6, 8], ['1.2', 'Số viên chức được tiếp nhận', 'Người', 7, 8]],
      [['stat.partExceedsWhole', 'D4']],
    ],
    [
      'a value that is not a count is not also a part above its whole',
      group(['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 3.5], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 28]),
      [['stat.notCount', 'E3']],
    ],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });
});

describe('computed percentages (SPEC §6)', () => {
  const ON_TIME = 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn';
  const LATE = 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết trễ hẹn';
  const FILES = '… hồ sơ = …%';
  test.each<Vector>([
    ['on time / late: counts and shares agree', [KH, ['', ON_TIME, FILES, '10.862 hồ sơ = 99,2%', '12.480 hồ sơ = 99,62%'], ['', LATE, FILES, '88 hồ sơ = 0,8%', '48 hồ sơ = 0,38%']], []],
    ['on time / late: a share off by 2', [KH, ['', ON_TIME, FILES, '10.862 hồ sơ = 97,2%', '12.480 hồ sơ = 99,62%'], ['', LATE, FILES, '88 hồ sơ = 0,8%', '48 hồ sơ = 0,38%']], [['stat.percentMismatch', 'D3']]],
    ['on time / late: shares only, adding up to 100', [KH, ['', ON_TIME, FILES, '… hồ sơ = 99,2%', ''], ['', LATE, FILES, '… hồ sơ = 0,8%', '']], []],
    ['on time / late: shares only, adding up to 101', [KH, ['', ON_TIME, FILES, '… hồ sơ = 99,2%', ''], ['', LATE, FILES, '… hồ sơ = 1,8%', '']], [['stat.percentMismatch', 'D4']]],
    [
      'the complaint-letter row mentioning trễ hẹn is not the late files',
      [KH, ['', ON_TIME, FILES, '10.862 hồ sơ = 99,2%', ''], ['', LATE, FILES, '88 hồ sơ = 0,8%', ''], ['', 'Thực hiện việc xin lỗi người dân khi để xảy ra trễ hẹn trong giải quyết hồ sơ', 'Tổng số văn bản xin lỗi theo quy định/tổng số hồ TTHC trễ hẹn', '88/88', '']],
      [],
    ],
    [
      'digitised procedures: share of the approved ones',
      [KH, ['', 'Số TTHC đã được phê duyệt quy trình nội bộ', 'Thủ tục …= …%', '281 thủ tục = …%', ''], ['', 'Quy trình nội bộ giải quyết TTHC đã được điện tử hóa', 'Quy trình …=…%', '275 quy trình = 95%', '']],
      [['stat.percentMismatch', 'D4']],
    ],
    [
      'a completion rate row',
      [KH, ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 28], ['', 'Tỷ lệ nhiệm vụ hoàn thành', '%', 96.15, 90]],
      [['stat.percentMismatch', 'E5']],
    ],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  function computations(rows: TestCell[][], opts: GridOptions = {}) {
    const g = grid(rows, opts);
    const { tables } = analyseWorkbook(workbookOf(g), { file: 't.xlsx', today: '2024-06-30' });
    return statisticsComputations(tables[0] as StatisticsTable, g);
  }

  test('a rate row of number cells gets a formula: IF(whole=0,"",ROUND(part/whole*100,2))', () => {
    const c = computations([KH, ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 0], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 0], ['', 'Tỷ lệ nhiệm vụ hoàn thành', '%', null, null]]);
    expect(c.map((x) => [x.cell, x.source, x.pairing, x.parts, x.value, x.formula, x.typed])).toEqual([
      ['D5', 'rate', 'completion', { numerator: ['D4'], denominator: ['D3'] }, 96.15, 'IF(D3=0,"",ROUND(D4/D3*100,2))', null],
      ['E5', 'rate', 'completion', { numerator: ['E4'], denominator: ['E3'] }, null, 'IF(E3=0,"",ROUND(E4/E3*100,2))', null],
    ]);
  });

  test('shares in one cell are checked but get no formula; the two-cell layout gets one', () => {
    const oneCell = computations([KH, ['', ON_TIME, FILES, '10.862 hồ sơ = 99,2%', ''], ['', LATE, FILES, '88 hồ sơ = 0,8%', '']]);
    expect(oneCell.map((x) => [x.cell, x.value, x.formula, x.typed?.value])).toEqual([
      ['D3', 99.2, null, 99.2],
      ['D4', 0.8, null, 0.8],
    ]);
    // The count on the row, its % on the row below (indicator and unit merged over both rows).
    const rows: TestCell[][] = [KH, ['', ON_TIME, FILES, 10862, 12480], ['', '', '', 99.2, null], ['', LATE, FILES, 88, 48], ['', '', '', 0.8, 1]];
    const twoCells = computations(rows, { merges: ['B3:B4', 'C3:C4', 'B5:B6', 'C5:C6'] });
    expect(twoCells.map((x) => [x.cell, x.value, x.formula])).toEqual([
      ['D4', 99.2, 'IF(D3+D5=0,"",ROUND(D3/(D3+D5)*100,2))'],
      ['E4', 99.62, 'IF(E3+E5=0,"",ROUND(E3/(E3+E5)*100,2))'],
      ['D6', 0.8, 'IF(D3+D5=0,"",ROUND(D5/(D3+D5)*100,2))'],
      ['E6', 0.38, 'IF(E3+E5=0,"",ROUND(E5/(E3+E5)*100,2))'],
    ]);
    expect(issues(rows, { merges: ['B3:B4', 'C3:C4', 'B5:B6', 'C5:C6'] })).toEqual([['stat.percentMismatch', 'E6']]);
  });

  test('"a/b = p%" is computed in its own cell', () => {
    const c = computations([KH, ['', 'Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '40/46 = 86,96%', '48/52']]);
    expect(c.map((x) => [x.cell, x.source, x.value, x.formula, x.from])).toEqual([
      ['D3', 'inCell', 86.96, null, '40/46'],
      ['E3', 'inCell', 92.31, null, '48/52'],
    ]);
  });
});

describe('years (SPEC §6)', () => {
  test.each<Vector>([
    ['3 → 40 is a jump', [KH, ['', 'Số văn bản', 'Văn bản', 3, 40]], [['stat.yearJump', 'E3']]],
    ['100 → 5 is a jump', [KH, ['', 'Số văn bản', 'Văn bản', 100, 5]], [['stat.yearJump', 'E3']]],
    ['0 → 5 is not a jump', [KH, ['', 'Số văn bản', 'Văn bản', 0, 5]], []],
    ['3 → 25 is not a jump', [KH, ['', 'Số văn bản', 'Văn bản', 3, 25]], []],
    ['1 → 9 is not a jump (below the floor)', [KH, ['', 'Số văn bản', 'Văn bản', 1, 9]], []],
    ['an invalid value is not compared', [KH, ['', 'Tỷ lệ số hóa hồ sơ', '%', 5, 120]], [['stat.percentRange', 'E3']]],
    ['a share\'s count jumps', [KH, ['', 'Cơ quan, đơn vị được cấp chứng thư số', '… cơ quan, đơn vị = …%', '3 cơ quan, đơn vị = 10%', '35 cơ quan, đơn vị = 100%']], [['stat.yearJump', 'E3']]],
    ['yes/no never jumps', [KH, ['', 'Xử lý phản ảnh', 'Không = 0\nCó = 1', 0, 1]], []],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('the summary gives the years from the headers, both columns are checked', () => {
    const r = run([KH, ['', 'Số văn bản', 'Văn bản', 2.5, 3.5]]);
    expect(r.report.tables[0].summary).toMatchObject({ years: [2023, 2024] });
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['stat.notCount', 'D3'], ['stat.notCount', 'E3']]);
  });
});

describe('codes (SPEC §6, §3)', () => {
  test.each<Vector>([
    ['well-formed codes', [['1', 'Cải cách thể chế'], ['1.1', 'Số VBQPPL', 'Văn bản', 1, 2], ['1.2', 'Số VBQPPL rà soát', 'Văn bản', 1, 2]], []],
    ['duplicate 6.1 (seed 004)', [['1', 'Chính quyền số'], ['1.1', 'Chứng thư số', 'Văn bản', 1, 2], ['1.1', 'Chứng thư số', 'Văn bản', 1, 2]], [['code.duplicate', 'A4']]],
    ['gap', [['1', 'Cải cách thể chế'], ['1.1', 'Số VBQPPL', 'Văn bản', 1, 2], ['1.3', 'Số VBQPPL rà soát', 'Văn bản', 1, 2]], [['code.gap', 'A4']]],
    ['malformed "1,2"', [['1', 'Cải cách thể chế'], ['1.1', 'Số VBQPPL', 'Văn bản', 1, 2], ['1,2', 'Số VBQPPL rà soát', 'Văn bản', 1, 2]], [['code.malformed', 'A4']]],
    ['bullets are not codes', [['1', 'Cải cách thể chế'], ['-', 'Số VBQPPL', 'Văn bản', 1, 2], ['+', 'Số VBQPPL rà soát', 'Văn bản', 1, 2]], []],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('Excel-mangled 1.10 is read from its siblings and reported', () => {
    const rows: TestCell[][] = [['1', 'Cải cách thể chế']];
    for (let i = 1; i <= 9; i++) rows.push([`1.${i}`, `Chỉ tiêu ${i}`, 'Văn bản', 1, 1]);
    rows.push([1.1, 'Kết quả tuyên truyền', 'Văn bản', 1, 1]);
    expect(issues(rows)).toEqual([['code.mangledByExcel', 'A12']]);
  });
});

describe('summary', () => {
  test('indicators, filled cells, computed percentages, years', () => {
    const r = run([
      KH,
      ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28],
      ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, null],
      ['', 'Tỷ lệ nhiệm vụ hoàn thành', '%', null, null],
      ['', 'Tổng số cuộc họp', 'Cuộc/cuộc = …..%', '40/46 = 86,96%', '-'],
    ]);
    expect(r.report.tables[0].summary).toEqual({ indicators: 4, filled: 4, computed: 2, years: [2023, 2024] });
    expect(r.findings).toEqual([]);
  });

  test('messages name the cell, the value and what was expected', () => {
    const r = run([KH, ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 26, 28], ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 25, 29], ['', 'Số văn bản', 'Văn bản', 3.5, '15/14']]);
    expect(r.report.issues.map((i) => i.message)).toEqual([
      'D5: giá trị 3,5 không phải số nguyên không âm (đơn vị tính: Văn bản)',
      'E5: «15/14»: tử số 15 lớn hơn mẫu số 14',
      'E4: «Số nhiệm vụ đã hoàn thành» là 29, lớn hơn «Số nhiệm vụ đề ra trong kế hoạch» là 28 (ô E3)',
    ]);
  });
});

describe('speed (SPEC §11)', () => {
  test('a 5 000-row annex reads clean (its speed is in npm run bench)', () => {
    const rows: TestCell[][] = [];
    for (let area = 1; rows.length < 5000; area++) {
      rows.push([String(area), `Lĩnh vực ${area}`]);
      for (let k = 1; k <= 9; k++) {
        rows.push([`${area}.${k}`, `Nhóm ${k}`]);
        // "Văn bản", not "Nhiệm vụ": table detection treats a "Nhiệm vụ" cell as a header candidate.
        rows.push(['', 'Số văn bản đề ra trong kế hoạch', 'Văn bản', 26, 28]);
        rows.push(['', 'Số văn bản đã hoàn thành', 'Văn bản', 25, 28]);
        rows.push(['', 'Tỷ lệ hồ sơ giải quyết đúng hẹn', '… hồ sơ = …%', '10.862 hồ sơ = 99,2%', '12.480 hồ sơ = 99,62%']);
        rows.push(['', 'Tỷ lệ hồ sơ giải quyết trễ hẹn', '… hồ sơ = …%', '88 hồ sơ = 0,8%', '48 hồ sơ = 0,38%']);
        rows.push(['', 'Tỷ lệ văn bản điện tử', '%', 55.5, 60]);
      }
    }
    const g = grid(rows);
    const { tables } = analyseWorkbook(workbookOf(g), { file: 't.xlsx', today: '2024-06-30' });
    const table = tables[0] as StatisticsTable;
    const ctx = { grid: g, workbook: workbookOf(g), tables, today: '2024-06-30', config: DEFAULT_CONFIG };
    // Speed is measured by npm run bench, never here: this checks a large annex reads clean.
    const result = checkStatistics(table, ctx);
    expect(result.findings).toEqual([]);
    expect(result.summary.indicators).toBeGreaterThan(4000);
  });
});
