// SPEC §2, §9.1: the title block above a table: label, title, subtitle, agency, the unit, the
// province and the year. One reader serves the report, the summary of many units and the forms.
import { readTitleBlock } from '../../../src/engine/detect/title';
import type { RowTexts } from '../../../src/engine/detect/rowTexts';
import { matchKey } from '../../../src/engine/text/normalize';

/** Title-block rows from their cells' texts, left to right. */
function block(rows: string[][]) {
  const texts: RowTexts[] = rows.map((cells, r) => ({
    row: r + 1,
    cells: cells.map((text, c) => ({ col: c + 1, text, key: matchKey(text) })).filter((c) => c.text !== ''),
  }));
  return readTitleBlock(texts);
}

describe('the unit (SPEC §9.1: from the title block)', () => {
  test.each<[string, string[][], string | undefined]>([
    ['the agency line', [['SỞ TƯ PHÁP'], ['BẢNG TỰ ĐÁNH GIÁ']], 'SỞ TƯ PHÁP'],
    [
      '"của Sở …" in the subtitle, the agency line only the province',
      [['UBND TỈNH ĐIỆN BIÊN'], ['BẢNG TỰ ĐÁNH GIÁ'], ['(Kèm theo Báo cáo số 15/BC-SXD ngày 10/01/2024 của Sở Xây dựng)']],
      'Sở Xây dựng',
    ],
    [
      '"của" more specific than the agency line',
      [['SỞ CÔNG THƯƠNG'], ['NHIỆM VỤ CỤ THỂ'], ['(Kèm theo Kế hoạch số /KH-SCT ngày tháng năm 2019 của Sở Công Thương Đồng Nai)']],
      'Sở Công Thương Đồng Nai',
    ],
    ['"CỦA SỞ …" in the title', [['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2023 CỦA SỞ Y TẾ']], 'SỞ Y TẾ'],
    [
      'a decision of the province names the issuer, not the unit',
      [['UBND TỈNH ĐIỆN BIÊN'], ['BẢNG TỰ ĐÁNH GIÁ'], ['(Kèm theo Quyết định số 1026/QĐ-UBND ngày 24/10/2019 của UBND tỉnh Điện Biên)']],
      undefined,
    ],
    ['"của UBND các huyện" names many units', [['CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ']], undefined],
    ['a Sở whose name holds a title word', [['UBND TỈNH ĐIỆN BIÊN'], ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ'], ['Bảng 1'], ['CHỈ SỐ CCHC NĂM 2023']], 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
    ['the provincial inspectorate', [['UBND TỈNH ĐIỆN BIÊN'], ['THANH TRA TỈNH'], ['CHỈ SỐ CCHC']], 'THANH TRA TỈNH'],
    ['"ỦY BAN NHÂN DÂN" over "HUYỆN MAI SƠN"', [['ỦY BAN NHÂN DÂN'], ['HUYỆN MAI SƠN'], ['PHỤ LỤC I']], 'ỦY BAN NHÂN DÂN HUYỆN MAI SƠN'],
    ['the national motto beside the agency', [['SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['', 'Độc lập - Tự do - Hạnh phúc'], ['BẢNG TỰ ĐÁNH GIÁ']], 'SỞ Y TẾ'],
    ['a title alone', [['NHIỆM VỤ CỤ THỂ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2019']], undefined],
    ['an agency line below the label is a title', [['Bảng 1'], ['SỞ TƯ PHÁP']], undefined],
  ])('%s', (_title, rows, unit) => {
    expect(block(rows).unit).toBe(unit);
  });
});

describe('province and year', () => {
  test('the province from an agency line or from "của UBND tỉnh …"', () => {
    expect(block([['UBND TỈNH ĐIỆN BIÊN'], ['SỞ Y TẾ'], ['BẢNG']]).province).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(block([['BẢNG'], ['(Kèm theo Quyết định số 1026/QĐ-UBND ngày 24/10/2019 của UBND tỉnh Điện Biên)']]).province).toBe('UBND tỉnh Điện Biên');
    expect(block([['SỞ Y TẾ'], ['BẢNG']]).province).toBeUndefined();
  });

  test('the year the title says; a superior decision in the subtitle dates the criteria, not the assessment', () => {
    expect(block([['CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH NĂM 2023']]).year).toBe(2023);
    expect(block([['CHỈ SỐ CCHC'], ['(Kèm theo Quyết định số 1026/QĐ-UBND ngày 24/10/2019 của UBND tỉnh Điện Biên)']]).year).toBeUndefined();
    expect(block([['DANH MỤC CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH'], ['(kèm theo Báo cáo số ……/BC-… ngày …./…/ 2024 của ….)']]).year).toBe(2024);
  });
});
