// SPEC §2.2: every "Đơn vị tính" of seed 004's Phụ lục II maps to a value kind; the list below is
// the seed's, in order of first appearance, so a unit the seed adds or a kind that moves fails.
import { parseUnit, PAIRINGS, type UnitKind } from '../../../src/engine/rules/statistics';
import { PHU_LUC_2_2024 } from '../../fixtures/seeds/phuLuc2_2024';

const SEED_UNITS: Array<[unit: string, kind: UnitKind]> = [
  ['', 'none'],
  ['Nhiệm vụ', 'count'],
  ['Văn bản', 'count'],
  ['Cơ quan, đơn vị', 'count'],
  ['Vấn đề', 'count'],
  ['Tin/bài', 'count'],
  ['Cuộc', 'count'],
  ['Thủ tục', 'count'],
  ['Thủ tục …= …%', 'countPercent'],
  ['Quy trình …=…%', 'countPercent'],
  ['… hồ sơ = …%', 'countPercent'],
  ['Tổng số văn bản xin lỗi theo quy định/tổng số hồ TTHC trễ hẹn', 'count'],
  ['Cuộc/người tham gia', 'ratio'],
  ['Không = 0\nCó = 1', 'yesNo'],
  ['… hồ sơ = …%\n… hồ sơ = …%', 'countPercent'],
  ['%', 'percent'],
  ['Người', 'count'],
  ['… cơ quan, đơn vị = …%', 'countPercent'],
  ['… văn bản = …%', 'countPercent'],
  ['Cuộc/cuộc = …..%', 'countPercent'],
  ['Số cơ quan, đơn vị/ tổng', 'count'],
  ['Số tài khoản/ tổng', 'count'],
  ['TTHC', 'count'],
  ['TTHC/KQ giải quyết', 'count'],
  ['Số máy/Số người làm việc tại bộ phận 1 cửa', 'ratio'],
  ['Số TB đã bố trí', 'count'],
];

describe('unit → value kind (SPEC §2.2)', () => {
  test('the list above is every unit of seed 004, in order', () => {
    expect(SEED_UNITS.map(([u]) => u)).toEqual([...new Set(PHU_LUC_2_2024.map((r) => r.unit))]);
  });

  test.each(SEED_UNITS)('%j is %s', (unit, kind) => {
    expect(parseUnit(unit).kind).toBe(kind);
  });

  test.each<[string, UnitKind]>([
    ['NHIỆM VỤ', 'count'],
    ['Nhiệm vụ', 'count'], // NFD
    ['Số sáng kiến', 'count'],
    ['Lượt người', 'count'],
    ['Tỷ lệ (%)', 'percent'],
    ['Có/Không', 'yesNo'],
    ['Có = 1, Không = 0', 'yesNo'],
    ['Km', 'unknown'],
    ['Triệu đồng', 'unknown'],
  ])('%j is %s', (unit, kind) => {
    expect(parseUnit(unit.normalize(unit === 'Nhiệm vụ' ? 'NFD' : 'NFC')).kind).toBe(kind);
  });

  test('a unit of several lines of one form reports one indicator per line (seed 004 row 56)', () => {
    expect(parseUnit('… hồ sơ = …%\n… hồ sơ = …%')).toMatchObject({ kind: 'countPercent', lines: 2 });
    expect(parseUnit('Không = 0\nCó = 1')).toMatchObject({ kind: 'yesNo', lines: 1 });
  });

  test('a slash names the part and the whole of a count', () => {
    expect(parseUnit('Số cơ quan, đơn vị/ tổng')).toMatchObject({ kind: 'count', partName: 'Số cơ quan, đơn vị', wholeName: 'tổng' });
  });
});

describe('the pairing vocabulary is one table (SPEC §6)', () => {
  test('pairs, parts and wholes', () => {
    expect(PAIRINGS.map((p) => [p.name, p.parts.map((w) => w.all), p.whole === 'sum' ? 'sum' : p.whole.all, p.soft ?? false, p.scope ?? 'group'])).toEqual([
      ['completion', ['đã hoàn thành'], 'đề ra', false, 'group'],
      ['inspection', ['đã kiểm tra'], 'đề ra … kiểm tra', false, 'group'],
      ['resolution', ['đã xử lý xong'], 'phát hiện', false, 'group'],
      ['tasksOnTime', ['đúng hạn', 'quá hạn'], 'tổng số … được giao', false, 'group'],
      ['staffing', ['có mặt'], 'được giao', true, 'group'],
      ['promotion', ['được thăng hạng'], 'đăng ký', false, 'group'],
      ['intake', ['được tiếp nhận'], 'nộp hồ sơ', false, 'group'],
      ['filesOnTime', ['giải quyết đúng hẹn', 'giải quyết trễ hẹn'], 'sum', false, 'group'],
      ['digitisedProcedures', ['điện tử hóa'], 'phê duyệt quy trình nội bộ', false, 'group'],
      ['approvedProcedures', ['phê duyệt quy trình nội bộ'], 'tổng số tthc đang có hiệu lực', false, 'area'],
      ['electronicDocuments', ['trao đổi văn bản điện tử'], 'tổng số văn bản đi', false, 'area'],
    ]);
  });
});
