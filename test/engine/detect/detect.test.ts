// Table recognition on small grids (SPEC §2): kinds, ranges, column roles, header rows, title
// blocks and row classes. Whole seed tables are recognised in recognition.test.ts.
import { detectTables } from '../../../src/engine/detect';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';

function detect(rows: TestCell[][], opts: Parameters<typeof gridOf>[1] = {}) {
  return detectTables(workbookOf(gridOf(rows, opts)));
}

const SCORE_ROWS: TestCell[][] = [
  ['UBND TỈNH ĐIỆN BIÊN'],
  ['Bảng 1'],
  ['CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH NĂM 2019'],
  ['(Kèm theo Quyết định số 1026/QĐ-UBND ngày 24/10/2019 của UBND tỉnh Điện Biên)'],
  [],
  ['STT', 'Lĩnh Vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Ghi chú'],
  ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '22', 18],
  ['1.1', 'Kế hoạch CCHC năm', '3', 3],
  ['1.1.1', 'Chất lượng kế hoạch CCHC', '1', 1],
  ['', 'Đúng thời hạn: 0,5'],
  ['1.1.2', 'Mức độ hoàn thành kế hoạch CCHC', '2', 2],
  ['', 'TỔNG ĐIỂM', 100],
  [],
  ['', 'Điểm tối đa áp dụng'],
];

describe('score sheet', () => {
  const [t] = detect(SCORE_ROWS);

  test('kind, range, header row and column roles', () => {
    expect(t.kind).toBe('scoreSheet');
    expect(t.headerRows).toEqual([6]);
    expect(t.range).toEqual({ top: 6, left: 1, bottom: 12, right: 5 });
    expect(t.columns).toEqual({ code: 1, criterion: 2, max: 3, self: 4, note: 5 });
  });

  test('title block: label, title, subtitle, year, unit, agency', () => {
    expect(t.title.label).toBe('Bảng 1');
    expect(t.title.title).toBe('CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH NĂM 2019');
    expect(t.title.subtitle).toMatch(/^\(Kèm theo Quyết định/);
    expect(t.title.agency).toBe('UBND TỈNH ĐIỆN BIÊN');
    // The province issues the criteria: alone, it names no unit.
    expect(t.title.province).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(t.title.unit).toBeUndefined();
    expect(t.year).toBe(2019);
  });

  test('rows: coded, guidance, total; the table ends at the total row', () => {
    expect(t.rows.map((r) => [r.row, r.kind, r.code?.text])).toEqual([
      [7, 'coded', '1'],
      [8, 'coded', '1.1'],
      [9, 'coded', '1.1.1'],
      [10, 'guidance', undefined],
      [11, 'coded', '1.1.2'],
      [12, 'total', undefined],
    ]);
  });
});

describe('header variants', () => {
  test('NFD text, upper case, typos and line breaks in headers', () => {
    const [t] = detect([
      ['stt'.toUpperCase(), 'LĨNH VỰC/TIÊU CHÍ\nĐÁNH GIÁ'.normalize('NFD'), 'Điểm  tối  đa', 'Điêm tự đánh giá'],
      ['1', 'CẢI CÁCH THỂ CHẾ', 10, 9],
    ]);
    expect(t.kind).toBe('scoreSheet');
    expect(t.columns).toEqual({ code: 1, criterion: 2, max: 3, self: 4 });
  });

  test('reordered columns', () => {
    const [t] = detect([
      ['Ghi chú', 'Điểm tối đa', 'Lĩnh vực/Tiêu chí đánh giá', 'STT'],
      ['', 10, 'CẢI CÁCH THỂ CHẾ', '1'],
    ]);
    expect(t.columns).toEqual({ note: 1, max: 2, criterion: 3, code: 4 });
  });

  test('header over two rows: "Điểm" merged over "Tối đa | Tự đánh giá"', () => {
    const [t] = detect(
      [
        ['STT', 'Tiêu chí', 'Điểm', ''],
        ['', '', 'Tối đa', 'Tự đánh giá'],
        ['1', 'CẢI CÁCH THỂ CHẾ', 10, 9],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns).toEqual({ code: 1, criterion: 2, max: 3, self: 4 });
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  test('statistics: two header rows under a merged "Kết quả thống kê", years read from the headers', () => {
    const [t] = detect(
      [
        ['Phụ lục II'],
        ['THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH'],
        ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Kết quả thống kê', '', 'Ghi chú'],
        ['', '', '', 'Năm 2023', 'Năm 2024', ''],
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
        ['1', 'Kế hoạch cải cách hành chính'],
        ['', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 10, 12],
      ],
      { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'] },
    );
    expect(t.kind).toBe('statistics');
    expect(t.headerRows).toEqual([3, 4]);
    expect(t.columns).toEqual({ code: 1, indicator: 2, unit: 3, note: 6 });
    expect(t.kind === 'statistics' && t.years).toEqual([
      { col: 4, year: 2023 },
      { col: 5, year: 2024 },
    ]);
    expect(t.year).toBe(2024);
    expect(t.title.label).toBe('Phụ lục II');
    expect(t.rows.map((r) => r.kind)).toEqual(['section', 'coded', 'item']);
  });

  test('a row of column numbers under the header belongs to the header', () => {
    const [t] = detect([
      ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng', 'Tháng 01/2019'],
    ]);
    expect(t.kind).toBe('planTasks');
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('plan tasks', () => {
  test('sections in the code column, groups, continuation rows, a footer that ends the table', () => {
    const [t] = detect([
      ['NHIỆM VỤ CỤ THỂ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2019'],
      ['(Kèm theo Kế hoạch số /KH-SCT ngày tháng năm 2019 của Sở Công Thương Đồng Nai)'],
      ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
      ['I. Cải cách thể chế'],
      ['1', 'Rà soát văn bản', 'Báo cáo', 'Thanh tra Sở', 'Các phòng', 'Tháng 10/2019'],
      ['', '', 'và kế hoạch', '', '', ''],
      ['2', 'Tập trung hoàn thiện'],
      ['2.1', 'Cập nhật Bộ thủ tục', 'Quyết định', 'Thanh tra Sở', '', 'Thường xuyên'],
      [],
      ['Ghi chú: các đơn vị báo cáo trước ngày 15/12'],
    ]);
    expect(t.kind).toBe('planTasks');
    expect(t.year).toBe(2019);
    expect(t.title.unit).toBe('Sở Công Thương Đồng Nai');
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [4, 'section'],
      [5, 'coded'],
      [6, 'continuation'],
      [7, 'coded'],
      [8, 'coded'],
    ]);
    expect(t.rows[0].sectionTitle).toBe('Cải cách thể chế');
    expect(t.rows[1].continuations).toEqual([6]);
    expect(t.range.bottom).toBe(8);
  });

  test('no STT column: the first column holds section titles beside the first task (seed 003)', () => {
    const [t] = detect([
      ['Nhiệm vụ chung', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp/Thực hiện', 'Thời gian thực hiện', 'Hoàn thành/Chưa hoàn thành'],
      ['I. Các nhiệm vụ chung', 'Thực hiện chế độ báo cáo', 'Các báo cáo', 'Văn phòng Sở', 'Các phòng', 'Trước ngày 31/12/2019', 'Hoàn thành'],
      ['', 'Ban hành kế hoạch kiểm tra', 'Biên bản', 'Văn phòng Sở', 'Các phòng', 'Trong năm 2020', 'Hoàn thành'],
      ['', '', '+ 01 báo cáo năm', '', '', 'trước ngày 05/10/2020', ''],
    ]);
    expect(t.kind).toBe('planTasks');
    expect(t.columns).toMatchObject({ group: 1, task: 2, product: 3, lead: 4, support: 5, deadline: 6, status: 7 });
    expect(t.rows.map((r) => r.kind)).toEqual(['item', 'item', 'continuation']);
    expect(t.rows[0].startsSection?.title).toBe('Các nhiệm vụ chung');
    expect(t.rows[1].continuations).toEqual([4]);
  });
});

describe('several tables, repeated headers, what is not a table', () => {
  test('two tables on one sheet, the second title block not swallowed by the first table', () => {
    const tables = detect([
      ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng', 'Tháng 01/2019'],
      [],
      ['BẢNG TIÊU CHÍ DỰ KIẾN GIAO NHIỆM VỤ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH'],
      ['(Ban hành kèm theo Kế hoạch số /SCT-VP ngày tháng 01/2019 của Sở Công Thương)'],
      ['STT', 'Lĩnh vực/Tiêu chí đánh giá', 'Điểm tối đa', 'Thời gian hoàn thành'],
      ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '10,5'],
      ['Tổng điểm : 100'],
    ]);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([
      ['planTasks', { top: 1, left: 1, bottom: 2, right: 5 }],
      ['scoreSheet', { top: 6, left: 1, bottom: 8, right: 4 }],
    ]);
    expect(tables[1].title.title).toMatch(/^BẢNG TIÊU CHÍ/);
    expect(tables[1].title.unit).toBe('Sở Công Thương');
    expect(tables[1].year).toBe(2019);
  });

  test('a header repeated after a page break stays in the same table', () => {
    const tables = detect([
      ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Đơn vị thực hiện', 'Ghi chú'],
      ['1', 'CÔNG TÁC CHỈ ĐẠO', ''],
      ['1.1', 'Kế hoạch CCHC hàng năm', 'Văn phòng Sở'],
      ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Đơn vị thực hiện', 'Ghi chú'],
      ['1.2', 'Báo cáo', 'Văn phòng Sở'],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].kind).toBe('assignment');
    expect(tables[0].rows.map((r) => r.kind)).toEqual(['coded', 'coded', 'header', 'coded']);
  });

  test('a budget list is not a CCHC table', () => {
    expect(
      detect([
        ['DỰ TOÁN KINH PHÍ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Nội dung chi', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú'],
        ['1', 'In tài liệu tuyên truyền', 'Bộ', 200, 15000, 3000000],
        ['2', 'Hội nghị tập huấn', 'Cuộc', 2, 5000000, 10000000],
      ]),
    ).toEqual([]);
  });

  test('an empty sheet and a sheet of prose have no table', () => {
    expect(detect([])).toEqual([]);
    expect(detect([['Kính gửi: Sở Nội vụ'], ['Thực hiện Kế hoạch số 12/KH-UBND, đơn vị báo cáo như sau:']])).toEqual([]);
  });
});

describe('the unit a table belongs to (title block)', () => {
  const unitOf = (title: TestCell[][]) =>
    detect([...title, [], ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa'], ['1', 'CẢI CÁCH THỂ CHẾ', 10]])[0].title.unit;

  test.each<[string, TestCell[][], string | undefined]>([
    ['a Sở whose name holds a title word', [['UBND TỈNH ĐIỆN BIÊN'], ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023']], 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
    ['the provincial inspectorate', [['UBND TỈNH ĐIỆN BIÊN'], ['THANH TRA TỈNH'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023']], 'THANH TRA TỈNH'],
    [
      'the province over "… của Sở Xây dựng"',
      [['UBND TỈNH ĐIỆN BIÊN'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023'], ['(Kèm theo Báo cáo số 12/BC-SXD ngày 10/12/2023 của Sở Xây dựng)']],
      'Sở Xây dựng',
    ],
    [
      'a criteria decision of the province names no unit',
      [['SỞ Y TẾ'], ['BẢNG TỰ CHẤM ĐIỂM'], ['(Kèm theo Quyết định số 1026/QĐ-UBND ngày 24/10/2019 của UBND tỉnh Điện Biên)']],
      'SỞ Y TẾ',
    ],
    [
      'the agency beside the national motto on the same rows',
      [['UBND TỈNH ĐIỆN BIÊN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ TƯ PHÁP', '', 'Độc lập - Tự do - Hạnh phúc'], ['', '', 'Điện Biên, ngày 10 tháng 12 năm 2023'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023']],
      'SỞ TƯ PHÁP',
    ],
    ['"… CỦA SỞ TƯ PHÁP" in the title', [['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2023 CỦA SỞ TƯ PHÁP']], 'SỞ TƯ PHÁP'],
    ['a province alone names no unit', [['UBND TỈNH ĐIỆN BIÊN'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023']], undefined],
    ['a district: "ỦY BAN NHÂN DÂN" over "HUYỆN MAI SƠN" is one name', [['ỦY BAN NHÂN DÂN'], ['HUYỆN MAI SƠN'], ['BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023']], 'ỦY BAN NHÂN DÂN HUYỆN MAI SƠN'],
  ])('%s', (_title, title, unit) => {
    expect(unitOf(title)).toBe(unit);
  });
});
