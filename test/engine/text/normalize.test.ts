// SPEC §3: header and vocabulary text is compared normalised: NFC and NFD alike, case-,
// diacritics-, whitespace- and line-break-insensitive, tolerant of small typos.
import { clean, editDistance, fold, matchKey, similarKeys, typoTolerance } from '../../../src/engine/text/normalize';

describe('clean', () => {
  test.each([
    ['Điểm tối đa', 'Điểm tối đa'],
    ['  Điểm  tối\nđa ', 'Điểm tối đa'],
    ['Điểm\r\ntối\tđa', 'Điểm tối đa'],
    ['Điểm\u00a0tối\u2009đa\ufeff', 'Điểm tối đa'],
    ['Điểm tối đa'.normalize('NFD'), 'Điểm tối đa'],
    ['', ''],
    [' \n ', ''],
  ])('%j → %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
    expect(clean(input)).toBe(clean(input).normalize('NFC'));
  });
});

describe('fold', () => {
  test.each([
    ['Điểm  tối\nđa', 'diem toi da'],
    ['ĐIỂM TỐI ĐA', 'diem toi da'],
    ['Điểm tối đa'.normalize('NFD'), 'diem toi da'],
    ['Nhiệm vụ cụ thể', 'nhiem vu cu the'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Hiện đại hóa', 'hien dai hoa'],
    ['Hiện đại hoá', 'hien dai hoa'],
    ['Thường xuyên', 'thuong xuyen'],
    ['Lĩnh vực/Tiêu chí', 'linh vuc/tieu chi'],
    ['Số TT', 'so tt'],
    ['Sắp đến hạn', 'sap den han'],
    ['Điều tra xã hội học (ĐTXHH)', 'dieu tra xa hoi hoc (dtxhh)'],
    ['  ', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  test.each([
    ['Lĩnh vực/Tiêu chí', 'linhvuctieuchi'],
    ['Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'linhvuctieuchitieuchithanhphan'],
    ['Số TT', 'sott'],
    ['S T T', 'stt'],
    ['Điểm tự\nđánh giá (1)', 'diemtudanhgia1'],
    ['Kết quả/sản phẩm', 'ketquasanpham'],
    ['Hoàn thành/Chưa hoàn thành', 'hoanthanhchuahoanthanh'],
    ['Đúng hạn/quá hạn', 'dunghanquahan'],
    ['- - -', ''],
  ])('%j → %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  test('NFC and NFD give the same key', () => {
    const header = 'Thời hạn hoàn thành';
    expect(matchKey(header.normalize('NFD'))).toBe(matchKey(header.normalize('NFC')));
  });
});

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'ab', 1],
    ['abc', 'xabc', 1],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['diemtoida', 'diemtoda', 1],
    ['nhiemvucuthe', 'nhiemvucuteh', 1],
    ['thoihan', 'thoigian', 2],
  ])('%j ↔ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test.each([
    ['abcdef', 'uvwxyz', 2, 3],
    ['a', 'abcd', 1, 2],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['abc', 'abd', 0, 1],
    ['abc', 'abc', 0, 0],
  ])('%j ↔ %j with limit %d = %d', (a, b, limit, d) => {
    expect(editDistance(a, b, limit)).toBe(d);
  });
});

describe('typoTolerance', () => {
  test.each([
    [0, 0], [3, 0], [4, 0], [5, 1], [7, 1], [8, 2], [15, 2], [16, 3], [40, 3],
  ])('length %d → %d typos', (length, tol) => {
    expect(typoTolerance(length)).toBe(tol);
  });
});

describe('similarKeys', () => {
  test.each([
    ['nhiemvucuthe', 'nhiemvucuthe', true],
    ['diemtoida', 'diemtoidaa', true],
    ['diemtoida', 'diemtoda', true],
    ['nhiemvucuthe', 'nhiemvucuteh', true],
    ['donvichutri', 'donvichutr', true],
    ['stt', 'tt', false],
    ['stt', 'sst', false],
    ['tt', 'tt', true],
    ['', '', true],
    ['', 'abc', false],
    ['diemtudanhgia', 'diemthamdinh', false],
    ['donvichutri', 'donviphoihop', false],
    ['ghichu', 'ghichuu', true],
    ['ghichu', 'ghi', false],
  ])('%j ~ %j: %s', (a, b, expected) => {
    expect(similarKeys(a, b)).toBe(expected);
    expect(similarKeys(b, a)).toBe(expected);
  });
});
