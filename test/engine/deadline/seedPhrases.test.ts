// Every distinct deadline phrase of the seeds, one vector each, with its exact result (STYLE.md:
// "Deadline grammar: one vector per phrase"), then one vector per row of the SPEC §5 table and of
// the table. Plan years: 2019 for seed 000, 2020 for seed 003, 2024 for seed 004.
import * as fs from 'fs';
import * as path from 'path';
import { parseDeadline } from '../../../src/engine/deadline';
import { deadlineOf, type Vector } from './vectors';

const S000 = 2019;
const S003 = 2020;
const S004 = 2024;

const BAO_CAO_DINH_KY =
  'Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11/2019';
const UL = '<ul style="list-style-type: none"> ';

// Seed 003 cells (column "Thời gian thực hiện"), as the cells hold them: HTML markup and trailing
// spaces kept. A continuation row (a cell split by a page break) is listed alone and joined to the
// row above, as the plan-task rule reads it (SPEC §2.1).
const C003_LINE9 = `${UL}- Các báo cáo CCHC định kỳ: báo cáo quý gửi ngày 05 tháng cuối cùng của quý; báo cáo 6 tháng gửi ngày 05/6 hàng năm; báo cáo năm gửi ngày 25/11 hàng năm. - Báo cáo năm về kiểm tra, rà soát VBQPPL gửi về Sở Tư pháp trước ngày 15/02/2021. `;
const C003_LINE11 = '- Báo cáo năm về TDTHPL trước ngày 05/10/2020.';
const C003_LINE15 = '- Kế hoạch theo dõi thi hành pháp luật năm ban hành';
const C003_LINE17 = `${UL}trong Quý I năm 2020. - Báo cáo công tác theo dõi thi hành pháp luật thực hiện trong Quý IV năm 2020. - Báo cáo công tác thi hành pháp luật về xử lý vi phạm hành chính thực hiện trước ngày 20/01 năm sau liền kề năm báo cáo. `;
const C003_LINE19 = `${UL}- Văn bản đăng ký và kế hoạch rà soát, đánh giá TTHC năm ban hành trong quý IV năm 2019. - Thời gian báo cáo trước ngày 15/8/2020. `;
// Line 28: the extraction split "tỉnh" with a stray tab ("tỉ\tnh"); the cell is read whole.
const C003_LINE28 = `${UL}- Kế hoạch đào tạo, bồi dưỡng năm ban hành sau 30 ngày kể từ ngày UBND tỉnh phê duyệt kế hoạch và phân bổ kinh phí đào tạo, bồi dưỡng CBCCVC hàng năm. - Thời gian báo cáo theo hướng dẫn của Sở Nội vụ. `;
const C003_LINE35 = '- Kế hoạch ứng dụng CNTT năm';
const C003_LINE37 = 'ban hành trong quý IV năm 2019. - Nội dung và thời gian báo cáo theo hướng dẫn của Sở Thông tin và Truyền thông.';

export const SEED_VECTORS: Vector[] = [
  // ---- seed 000, plan table "Thời gian hoàn thành" (Đồng Nai, Sở Công Thương, 2019)
  { source: '000 plan I.1', text: 'Theo thời hạn đã đăng ký với UBND tỉnh', year: S000, expected: 'external' },
  { source: '000 plan I.2', text: 'Tháng 10/2019', year: S000, expected: '2019-10-31' },
  { source: '000 plan II.1.1', text: 'Thường xuyên', year: S000, expected: 'recurring' },
  { source: '000 plan II.1.3', text: 'Quý II/2019', year: S000, expected: '2019-06-30' },
  { source: '000 plan II.1.4', text: 'Quý I/2019', year: S000, expected: '2019-03-31' },
  { source: '000 plan II.2', text: 'Quý II-III/2019', year: S000, expected: '2019-09-30' },
  { source: '000 plan II.4', text: 'Hàng tháng', year: S000, expected: 'recurring' },
  // a copy from last year's plan: read as written, flagged by task.deadlineBeforePlanYear
  { source: '000 plan II.8', text: 'Quý I/2018', year: S000, expected: '2018-03-31' },
  { source: '000 plan II.10', text: 'Quý II/2018', year: S000, expected: '2018-06-30' },
  { source: '000 plan III', text: 'Theo định kỳ', year: S000, expected: 'recurring' },
  { source: '000 plan IV', text: 'Theo tiến độ phê duyệt', year: S000, expected: 'external' },
  { source: '000 plan V.2', text: 'Chậm nhất trong quý III/2018', year: S000, expected: '2018-09-30' },
  { source: '000 plan V', text: 'Tháng 9/2019', year: S000, expected: '2019-09-30' },
  { source: '000 plan VI', text: 'Theo tiến độ Kế hoạch', year: S000, expected: 'external' },
  { source: '000 plan VII', text: 'Quý III/2019', year: S000, expected: '2019-09-30' },
  { source: '000 plan VIII', text: 'Tháng 01/2019', year: S000, expected: '2019-01-31' },
  // ---- seed 000, criteria table "Thời gian hoàn thành"
  { source: '000 criteria', text: 'Tháng 11/2019', year: S000, expected: '2019-11-30' },
  { source: '000 criteria 1.4 (leading space)', text: ' Thường xuyên', year: S000, expected: 'recurring' },
  { source: '000 criteria', text: 'Thường xuyên, định kỳ', year: S000, expected: 'recurring' },
  { source: '000 criteria 1.2', text: BAO_CAO_DINH_KY, year: S000, expected: ['2019-02-25', '2019-05-20', '2019-08-20', '2019-11-10'] },
  { source: '000 criteria', text: 'Xây dựng Kế hoạch Tháng 01/2019, thực hiện Quý II-III/2019', year: S000, expected: ['2019-01-31', '2019-09-30'] },
  {
    source: '000 criteria 1.4.1',
    text: 'Xây dựng kế hoạch vào tháng 01/2019. Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11',
    year: S000,
    expected: ['2019-01-31', '2019-02-25', '2019-05-20', '2019-08-20', '2019-11-10'],
  },
  // the total row's stray "2" in the deadline column
  { source: '000 criteria total row', text: '2', year: S000, expected: 'unparsed' },
  // guidance row of criterion 5 (kế hoạch đào tạo, bồi dưỡng): the year before the plan year
  { source: '000 criteria guidance', text: 'chậm nhất vào tháng 9 năm trước liền kề năm kế hoạch', year: S000, expected: '2018-09-30' },
  { source: '000 criteria guidance', text: 'Ban hành kịp thời (chậm nhất vào tháng 9 năm trước liền kề năm kế hoạch): 0,5', year: S000, expected: '2018-09-30' },

  // ---- seed 003, "Thời gian thực hiện" (Phụ lục 1, Sở KH&CN, plan 2020)
  { source: '003 line 8', text: 'Trước ngày 31/12/2019', year: S003, expected: '2019-12-31' },
  // recurring reports (quarterly on day 05, yearly on 05/6 and 25/11) and one dated report:
  // the dated part makes the deadline, the recurring parts are noted by --explain
  { source: '003 line 9', text: C003_LINE9, year: S003, expected: '2021-02-15' },
  { source: '003 line 11 (continuation)', text: C003_LINE11, year: S003, expected: '2020-10-05' },
  { source: '003 lines 9+11', text: `${C003_LINE9} ${C003_LINE11}`, year: S003, expected: ['2020-10-05', '2021-02-15'] },
  { source: '003 line 12', text: 'Trong năm 2020', year: S003, expected: '2020-12-31' },
  { source: '003 line 13', text: 'Trong thời hạn 30 ngày kể từ ngày UBND tỉnh ban hành Kế hoạch tuyên truyền CCHC của tỉnh.', year: S003, expected: { relative: 30 } },
  { source: '003 line 15 (cut by a page break)', text: C003_LINE15, year: S003, expected: 'unparsed' },
  { source: '003 line 17 (continuation)', text: C003_LINE17, year: S003, expected: ['2020-03-31', '2020-12-31', '2021-01-20'] },
  { source: '003 lines 15+17', text: `${C003_LINE15} ${C003_LINE17}`, year: S003, expected: ['2020-03-31', '2020-12-31', '2021-01-20'] },
  { source: '003 line 19', text: C003_LINE19, year: S003, expected: ['2019-12-31', '2020-08-15'] },
  { source: '003 line 22 (empty continuation)', text: '', year: S003, expected: 'unparsed' },
  { source: '003 line 24', text: 'Theo hướng dẫn của Sở Nội vụ.', year: S003, expected: 'external' },
  { source: '003 line 26', text: 'Theo hướng dẫn của Sở Nội vụ', year: S003, expected: 'external' },
  { source: '003 line 28', text: C003_LINE28, year: S003, expected: { relative: 30 } },
  { source: '003 line 29', text: 'Thời gian báo cáo theo hướng dẫn của Sở Tài chính.', year: S003, expected: 'external' },
  { source: '003 line 31', text: 'Theo hướng dẫn của Sở Tài chính.', year: S003, expected: 'external' },
  { source: '003 line 33', text: 'Trước ngày 31/7 của năm', year: S003, expected: '2020-07-31' },
  { source: '003 line 35 (cut by a page break)', text: C003_LINE35, year: S003, expected: 'unparsed' },
  { source: '003 line 37 (continuation)', text: C003_LINE37, year: S003, expected: '2019-12-31' },
  { source: '003 lines 35+37', text: `${C003_LINE35} ${C003_LINE37}`, year: S003, expected: '2019-12-31' },
  { source: '003 line 38', text: 'Theo hướng dẫn của Sở Thông tin và Truyền thông.', year: S003, expected: 'external' },
  // the raw text of line 29 (shifted one column) puts the status there
  { source: '003 line 29 raw (shifted)', text: 'Hoàn thành', year: S003, expected: 'unparsed' },
  { source: '003 last line', text: '--', year: S003, expected: 'unparsed' },
  // task text of line 8: a cited document's date is not a deadline
  {
    source: '003 line 8 task',
    text: 'Ban hành kế hoạch CCHC năm theo hướng dẫn tại văn bản số 975/SNV-CCHC ngày 18/7/2016 của Sở Nội vụ.',
    year: S003,
    expected: 'external',
  },

  // ---- seed 004 (QĐ 372/QĐ-UBND Sơn La 2024): plan text and annex headers
  { source: '004 II.5.a', text: 'trước ngày 30/10/2024', year: S004, expected: '2024-10-30' },
  { source: '004 II.5.b', text: 'trước 10 ngày kiểm tra', year: S004, expected: { relative: 10 } },
  { source: '004 II.5.b', text: 'trước 05 ngày kiểm tra', year: S004, expected: { relative: 5 } },
  { source: '004 II.3 (a duration)', text: 'Thời hạn kiểm tra: từ 02 ngày đến 04 ngày làm việc', year: S004, expected: 'unparsed' },
  { source: '004 II.4 (a period with no end date)', text: 'từ ngày 01/01/2023 đến thời điểm kiểm tra', year: S004, expected: 'unparsed' },
  { source: '004 preamble', text: 'ngày 26 tháng 02 năm 2024', year: S004, expected: '2024-02-26' },
  { source: '004 header (leap year)', text: 'tháng 02 năm 2024', year: S004, expected: '2024-02-29' },
  { source: '004 Phụ lục II header', text: 'Năm 2023', year: S004, expected: '2023-12-31' },
  { source: '004 Phụ lục II header', text: 'Năm 2024', year: S004, expected: '2024-12-31' },
  { source: '004 signature block (blank form)', text: 'ngày .......tháng.......năm', year: S004, expected: 'unparsed' },
  { source: '004 Phụ lục I subtitle (blank form)', text: 'ngày …./…/ 2024', year: S004, expected: 'unparsed' },
  { source: '004 Điều 3', text: 'kể từ ngày ký', year: S004, expected: { relative: null } },
  { source: '004 I.1', text: 'giai đoạn 2021-2025', year: S004, expected: '2025-12-31' },
  { source: '004 Phụ lục I "Thời hạn ban hành văn bản" (empty)', text: '', year: S004, expected: 'unparsed' },
  { source: '004 title block (a citation only)', text: 'Quyết định số 372/QĐ-UBND ngày 28 tháng 02 năm 2024', year: S004, expected: 'unparsed' },
  { source: '004 II.1 (a citation only)', text: 'Kế hoạch hành động số 12/KH-UBND ngày 20/01/2024 của UBND tỉnh', year: S004, expected: 'unparsed' },
];

/** SPEC §5's table and the issue's table, one vector per phrase. */
export const SPEC_VECTORS: Vector[] = [
  { source: 'SPEC §5 month', text: 'Tháng 10/2019', year: 2019, expected: '2019-10-31' },
  { source: 'SPEC §5 month', text: 'tháng 01/2019', year: 2019, expected: '2019-01-31' },
  { source: 'SPEC §5 month', text: 'Tháng 9 năm 2019', year: 2019, expected: '2019-09-30' },
  { source: 'issue: month, plan year', text: 'tháng 9', year: 2019, expected: '2019-09-30' },
  { source: 'SPEC §5 quarter', text: 'Quý II/2019', year: 2019, expected: '2019-06-30' },
  { source: 'SPEC §5 quarter', text: 'Quý 2 năm 2019', year: 2019, expected: '2019-06-30' },
  { source: 'SPEC §5 quarter', text: 'quý IV năm 2019', year: 2019, expected: '2019-12-31' },
  { source: 'issue: quarter, plan year', text: 'Quý I', year: 2019, expected: '2019-03-31' },
  { source: 'issue: quarter, plan year', text: 'quý 1', year: 2019, expected: '2019-03-31' },
  { source: 'SPEC §5 quarters', text: 'Quý II-III/2019', year: 2019, expected: '2019-09-30' },
  { source: 'issue: quarters', text: 'Quý II, III/2019', year: 2019, expected: '2019-09-30' },
  { source: 'issue: quarters', text: 'Quý II và III năm 2019', year: 2019, expected: '2019-09-30' },
  { source: 'SPEC §5', text: 'Chậm nhất trong quý III/2018', year: 2019, expected: '2018-09-30' },
  { source: 'SPEC §5 day', text: 'Trước ngày 31/12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'SPEC §5 day', text: 'trước 20/5', year: 2019, expected: '2019-05-20' },
  { source: 'SPEC §5 day', text: 'Trước ngày 15/02/2021', year: 2019, expected: '2021-02-15' },
  { source: 'issue: day', text: 'Trước 31/3/2019', year: 2019, expected: '2019-03-31' },
  { source: 'issue: day', text: 'ngày 20/5', year: 2019, expected: '2019-05-20' },
  { source: 'SPEC §5 year', text: 'Trong năm 2020', year: 2019, expected: '2020-12-31' },
  { source: 'SPEC §5 year', text: 'Năm 2020', year: 2019, expected: '2020-12-31' },
  { source: 'issue: year', text: 'năm 2020', year: 2019, expected: '2020-12-31' },
  { source: 'SPEC §5 months', text: '6 tháng đầu năm 2024', year: 2024, expected: '2024-06-30' },
  { source: 'SPEC §5 months', text: '9 tháng', year: 2019, expected: '2019-09-30' },
  { source: 'issue: months', text: '6 tháng cuối năm', year: 2019, expected: '2019-12-31' },
  { source: 'SPEC §5 milestones', text: BAO_CAO_DINH_KY, year: 2019, expected: ['2019-02-25', '2019-05-20', '2019-08-20', '2019-11-10'] },
  { source: 'issue: milestones', text: 'Xây dựng Kế hoạch Tháng 01/2019, thực hiện Quý II-III/2019', year: 2019, expected: ['2019-01-31', '2019-09-30'] },
  { source: 'SPEC §5 recurring', text: 'Thường xuyên', year: 2019, expected: 'recurring' },
  { source: 'SPEC §5 recurring', text: 'Hàng tháng', year: 2019, expected: 'recurring' },
  { source: 'issue: recurring', text: 'Hàng quý', year: 2019, expected: 'recurring' },
  { source: 'issue: recurring', text: 'Định kỳ', year: 2019, expected: 'recurring' },
  { source: 'issue: recurring', text: 'Thường xuyên, định kỳ', year: 2019, expected: 'recurring' },
  { source: 'issue: external', text: 'Theo hướng dẫn của Sở Nội vụ', year: 2019, expected: 'external' },
  { source: 'issue: external', text: 'Theo tiến độ của Sở Nội vụ', year: 2019, expected: 'external' },
  { source: 'issue: external', text: 'Theo thời hạn đã đăng ký với UBND tỉnh', year: 2019, expected: 'external' },
  { source: 'issue: relative', text: 'Trong thời hạn 30 ngày kể từ ngày UBND tỉnh ban hành Kế hoạch', year: 2019, expected: { relative: 30 } },
  { source: 'SPEC §5 plan year', text: 'Trước ngày 31/7 của năm', year: 2019, expected: '2019-07-31' },
  { source: 'issue: plan year', text: 'Trước ngày 31/7 hàng năm', year: 2019, expected: '2019-07-31' },
  { source: 'issue', text: 'ban hành trong quý IV năm 2019', year: 2019, expected: '2019-12-31' },
  { source: 'issue: last year', text: 'Quý I/2018', year: 2019, expected: '2018-03-31' },
  { source: 'issue: a yearly report day is recurring', text: 'báo cáo năm gửi ngày 25/11 hàng năm', year: 2019, expected: 'recurring' },
  { source: 'issue: invalid day', text: '31/02/2019', year: 2019, expected: 'unparsed' },
  { source: 'issue: invalid month', text: 'tháng 13', year: 2019, expected: 'unparsed' },
  { source: 'issue: date string', text: '31/12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'issue: date string', text: '31-12-2019', year: 2019, expected: '2019-12-31' },
  { source: 'issue: date string', text: '2019-12-31', year: 2019, expected: '2019-12-31' },
  { source: 'decision: two-digit year of d/m/yy is 20yy', text: '31/12/19', year: 2019, expected: '2019-12-31' },
  { source: 'decision: đầu tháng = thượng tuần (day 10)', text: 'đầu tháng 10', year: 2019, expected: '2019-10-10' },
  { source: 'decision: giữa tháng = trung tuần (day 20)', text: 'giữa tháng 10', year: 2019, expected: '2019-10-20' },
  { source: 'decision: cuối tháng = its last day', text: 'cuối tháng 10', year: 2019, expected: '2019-10-31' },
  { source: 'decision: no year anywhere', text: 'trước 20/5', year: null, expected: 'unparsed' },
  { source: 'decision: no year anywhere', text: 'Quý I', year: null, expected: 'unparsed' },
  { source: 'decision: a written year needs no plan year', text: 'Tháng 10/2019', year: null, expected: '2019-10-31' },
];

describe('deadline phrases of the seeds (SPEC §5)', () => {
  it.each(SEED_VECTORS.map((v) => [v.source, v.text, v] as const))('%s: %j', (_s, _t, v) => {
    expect(parseDeadline(v.text, { year: v.year })).toEqual(deadlineOf(v.text, v.expected));
  });
});

describe('SPEC §5 table and the issue table', () => {
  it.each(SPEC_VECTORS.map((v) => [v.source, v.text, v] as const))('%s: %j', (_s, _t, v) => {
    expect(parseDeadline(v.text, { year: v.year })).toEqual(deadlineOf(v.text, v.expected));
  });
});

describe('the seed table covers every phrase of the seeds', () => {
  const known = new Set(SEED_VECTORS.map((v) => v.text));
  const tables = path.join(__dirname, '../../fixtures/seeds');
  const columnOf = (file: string, header: string): string[] => {
    const data = JSON.parse(fs.readFileSync(path.join(tables, file), 'utf8')) as { header: string[]; rows: string[][] };
    const col = data.header.indexOf(header);
    return data.rows.map((r) => r[col] ?? '').filter((v) => v.trim() !== '');
  };
  const has = fs.existsSync(path.join(tables, 'dongnai_plan_2019.json'));

  (has ? it : it.skip)('seed 000 plan and criteria "Thời gian hoàn thành"', () => {
    const phrases = [...columnOf('dongnai_plan_2019.json', 'Thời gian hoàn thành'), ...columnOf('dongnai_criteria_2019.json', 'Thời gian hoàn thành')];
    expect([...new Set(phrases)].filter((p) => !known.has(p))).toEqual([]);
  });

  const phuLuc1 = path.join(tables, 'phuLuc1_2020.ts');
  (fs.existsSync(phuLuc1) ? it : it.skip)('seed 003 "Thời gian thực hiện"', async () => {
    const { PHU_LUC_1_2020 } = (await import(phuLuc1)) as { PHU_LUC_1_2020: Array<{ deadline: string }> };
    expect([...new Set(PHU_LUC_1_2020.map((r) => r.deadline))].filter((p) => !known.has(p))).toEqual([]);
  });
});
