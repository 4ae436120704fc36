// Issue 5, done when: the seeds' plan tables checked end to end (fixture → .xlsx → the .xlsx
// reader → the engine). Seed 000 (Đồng Nai 2019 plan) as of 2019-07-15 flags exactly the tasks
// whose deadline has passed and the deadlines copied from 2018; seed 003 (2020 Phụ lục 1) reports
// its completion rate and reads its continuation rows with the row above; seed 004's Phụ lục I
// computes "Đúng hạn/quá hạn".
import { analyseWorkbook } from '../../../src/engine/check';
import type { PlanTasksTable } from '../../../src/engine/detect/types';
import { parseDeadline } from '../../../src/engine/deadline';
import { buildPlanModel, onTimeComputations } from '../../../src/engine/rules/planTasks';
import type { PlanTasksSummary } from '../../../src/report/schema';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { phuLuc1_2020, phuLuc1_2024, plan2019, planStatus2019, toNfd, toTcvn3 } from '../../fixtures/build';
import { phuLucIFilled2024, withCells } from '../../fixtures/planVariants';
import { toExcelWorkbook, type WorkbookSpec } from '../../fixtures/workbook';

async function analyse(spec: WorkbookSpec, today: string) {
  const wb = await toExcelWorkbook(spec);
  const buf = await wb.xlsx.writeBuffer();
  const grids = await readWorkbookBuffer(new Uint8Array(buf as ArrayBuffer), 'plan.xlsx');
  const result = analyseWorkbook(grids, { file: 'plan.xlsx', today });
  expect(result.tables.map((t) => t.kind)).toEqual(['planTasks']);
  return { grids, result, table: result.tables[0] as PlanTasksTable };
}

type Analysed = Awaited<ReturnType<typeof analyse>>;

const codesAndCells = (r: Analysed) => r.result.report.issues.map((i) => [i.code, i.cell]);

function planSummary(r: Analysed): PlanTasksSummary {
  const t = r.result.report.tables[0];
  if (t.kind !== 'planTasks') throw new Error('not a plan');
  return t.summary;
}

// Seed 000 (test/fixtures/seeds/dongnai_plan_2019.json), sheet rows: title block 1–5, header row
// 7, JSON row k at sheet row 8 + k. Read by hand as of 15/07/2019, plan year 2019 (title "… NĂM
// 2019"), no status column so no task is done:
const SEED_000_AS_OF_2019_07_15: Array<[string, string]> = [
  ['task.overdue', 'F15'], // II.1.3 "Rà soát, chuẩn hóa quy trình các TTHC …": Quý II/2019 → 30/06/2019
  ['task.overdue', 'F16'], // II.1.4 "Lực chọn, triển khai chuyển đổi …": Quý I/2019 → 31/03/2019
  ['task.overdue', 'F18'], // II.1.6 "Xây dựng cơ sở dữ liệu về TTHC": Quý I/2019 → 31/03/2019
  // II.5 "Hoàn thiện Bộ phận một cửa …" has no children (6 follows it) and no product, lead or deadline
  ['task.missingField', 'C22'],
  ['task.missingField', 'D22'],
  ['task.missingField', 'F22'],
  ['task.deadlineBeforePlanYear', 'F25'], // II.8 "Rà soát lại … một cửa liên thông …": Quý I/2018, a copy
  ['task.deadlineBeforePlanYear', 'F27'], // II.10 "Rà soát, chuẩn hóa việc công khai …": Quý II/2018, a copy
  ['code.gap', 'A28'], // II: 13 follows 10 (11 and 12 missing)
  ['task.deadlineBeforePlanYear', 'F40'], // IV.2 "Tập huấn, bồi dưỡng CBCC …": Chậm nhất trong quý III/2018
  ['task.overdue', 'F51'], // VI.5 "Xây dựng, triển khai Đề án số hóa hồ sơ …": Quý II/2019 → 30/06/2019
  ['task.overdue', 'F52'], // VI.6 "Hoàn thiện hệ thống dịch vụ công trực tuyến": Quý I/2019 → 31/03/2019
  // VII.1 "Ban hành các Kế hoạch của năm 2019" is a group (1.1 … 1.6 under it): its tasks are overdue
  ['task.overdue', 'F56'], // VII.1.1 Kế hoạch CCHC: Tháng 01/2019 → 31/01/2019
  ['task.overdue', 'F57'], // VII.1.2 Kế hoạch kiểm tra CCHC: Tháng 01/2019
  ['task.overdue', 'F58'], // VII.1.3 Kế hoạch đào tạo, bồi dưỡng: Tháng 01/2019
  ['task.overdue', 'F59'], // VII.1.4 Kế hoạch ứng dụng CNTT: Tháng 01/2019
  ['task.overdue', 'F60'], // VII.1.5 Kế hoạch kiểm soát TTHC: Tháng 01/2019
  ['task.overdue', 'F61'], // VII.1.6 Kế hoạch thông tin, tuyên truyền CCHC: Tháng 01/2019
  // Not flagged: Tháng 10/2019 (I.2, VII.2), Quý II-III/2019 (II.2), Tháng 9/2019 (V.1) and
  // Quý III/2019 (VI.7) are ahead, more than 14 days away; Thường xuyên, Hàng tháng, Theo định kỳ
  // (17 tasks) recur; Theo thời hạn đã đăng ký …, Theo tiến độ … (9 tasks) are external.
];

const SEED_000_OVERDUE = [
  { cell: 'F15', code: 'II.1.3', deadline: '2019-06-30' },
  { cell: 'F16', code: 'II.1.4', deadline: '2019-03-31' },
  { cell: 'F18', code: 'II.1.6', deadline: '2019-03-31' },
  { cell: 'F51', code: 'VI.5', deadline: '2019-06-30' },
  { cell: 'F52', code: 'VI.6', deadline: '2019-03-31' },
  { cell: 'F56', code: 'VII.1.1', deadline: '2019-01-31' },
  { cell: 'F57', code: 'VII.1.2', deadline: '2019-01-31' },
  { cell: 'F58', code: 'VII.1.3', deadline: '2019-01-31' },
  { cell: 'F59', code: 'VII.1.4', deadline: '2019-01-31' },
  { cell: 'F60', code: 'VII.1.5', deadline: '2019-01-31' },
  { cell: 'F61', code: 'VII.1.6', deadline: '2019-01-31' },
];

describe('seed 000: the Đồng Nai 2019 plan', () => {
  test('as of 2019-07-15: exactly the passed deadlines and the copies from 2018', async () => {
    const r = await analyse(plan2019(), '2019-07-15');
    expect(codesAndCells(r)).toEqual(SEED_000_AS_OF_2019_07_15);
    expect(r.result.report.tables[0].summary).toEqual({
      // 48 coded rows less the two groups (II.1, VII.1)
      tasks: 46,
      completed: 0,
      completionPercent: null,
      overdue: SEED_000_OVERDUE,
      dueSoon: [],
      recurring: 17,
      external: 9,
      unparsed: 0,
    });
  });

  test('the messages name the task, the deadline and the as-of date', async () => {
    const r = await analyse(plan2019(), '2019-07-15');
    const messages = r.result.report.issues.map((i) => i.message);
    expect(messages).toContain('F15: nhiệm vụ II.1.3 quá hạn: thời hạn 30/06/2019, đến ngày 15/07/2019 chưa hoàn thành');
    expect(messages).toContain('F40: thời hạn «Chậm nhất trong quý III/2018» thuộc năm 2018, trước năm kế hoạch 2019 (có thể sao chép từ kế hoạch năm trước)');
    expect(messages).toContain('C22: nhiệm vụ II.5 chưa ghi sản phẩm');
  });

  test('as of 2019-09-20: Tháng 9/2019 and Quý II-III/2019, Quý III/2019 are due soon', async () => {
    const r = await analyse(plan2019(), '2019-09-20');
    expect(planSummary(r).dueSoon).toEqual([
      { cell: 'F19', code: 'II.2', deadline: '2019-09-30' }, // II.2 Quý II-III/2019
      { cell: 'F43', code: 'V.1', deadline: '2019-09-30' }, // V.1 Tháng 9/2019
      { cell: 'F53', code: 'VI.7', deadline: '2019-09-30' }, // VI.7 Quý III/2019
    ]);
  });

  test.each([
    ['NFD text', toNfd(plan2019())],
    ['TCVN3 text (.VnTime fonts)', toTcvn3(plan2019())],
  ])('%s: the same findings', async (_t, spec) => {
    const r = await analyse(spec, '2019-07-15');
    expect(codesAndCells(r)).toEqual(SEED_000_AS_OF_2019_07_15);
  });

  test('with the README sample\'s status column (planStatus2019): done tasks are not overdue', async () => {
    const r = await analyse(plan2019({ status: planStatus2019 }), '2019-07-15');
    expect(codesAndCells(r)).toEqual([
      ['task.missingField', 'C22'],
      ['task.missingField', 'D22'],
      ['task.missingField', 'F22'],
      ['task.deadlineBeforePlanYear', 'F25'],
      ['task.deadlineBeforePlanYear', 'F27'],
      ['code.gap', 'A28'],
      ['task.deadlineBeforePlanYear', 'F40'],
      ['task.overdue', 'F51'], // VI.5 "Chưa hoàn thành", Quý II/2019
      ['task.overdue', 'F52'], // VI.6 status left empty, Quý I/2019
      ['task.statusUnknown', 'G53'], // VI.7 "Đã xong"
    ]);
    // 46 tasks; not done: the 16 "Thường xuyên" / "Theo định kỳ" ones ("Đang thực hiện"), VI.5,
    // VI.6, VI.7 and II.5 (no status): 26 done.
    expect(r.result.report.tables[0].summary).toMatchObject({ tasks: 46, completed: 26, completionPercent: 56.52 });
  });
});

describe('seed 003: the 2020 Phụ lục 1 (un-numbered, a status column, continuation rows)', () => {
  // Sheet rows: title block 1–5, header row 7, data rows 8–35 (seed lines 8 … 42).
  test('its completion rate: all 23 tasks "Hoàn thành" (the 5 continuation rows are no tasks)', async () => {
    const r = await analyse(phuLuc1_2020(), '2020-11-30');
    expect(r.result.report.tables[0].summary).toEqual({
      tasks: 23,
      completed: 23,
      completionPercent: 100,
      overdue: [],
      dueSoon: [],
      recurring: 0,
      external: 8,
      unparsed: 0,
    });
    // Only the pasted HTML is reported: every deadline reads (joined where split), every status is
    // known, no task lacks a product, a lead or a deadline.
    expect(new Set(r.result.report.issues.map((i) => i.code))).toEqual(new Set(['cell.htmlMarkup']));
  });

  test('continuation rows join the row above: rows 9+10, 14+15, 18+19, 30+31, 34+35', async () => {
    const r = await analyse(phuLuc1_2020(), '2020-11-30');
    const model = buildPlanModel(r.table, r.grids.sheets[0]);
    expect(model.tasks.filter((t) => t.rows.length > 1).map((t) => t.rows)).toEqual([[9, 10], [14, 15], [18, 19], [30, 31], [34, 35]]);
  });

  test('a deadline split over two rows is read as one (seed lines 35 + 37: rows 30 + 31)', async () => {
    const r = await analyse(phuLuc1_2020(), '2020-11-30');
    const task = buildPlanModel(r.table, r.grids.sheets[0]).tasks.find((t) => t.row === 30);
    expect(task?.fields.deadline?.text).toBe(
      '- Kế hoạch ứng dụng CNTT năm ban hành trong quý IV năm 2019. - Nội dung và thời gian báo cáo theo hướng dẫn của Sở Thông tin và Truyền thông.',
    );
    // Row 30 alone reads nothing; joined, the plan is due by the end of Q4 2019.
    expect(parseDeadline('- Kế hoạch ứng dụng CNTT năm', { year: 2020 }).kind).toBe('unparsed');
    expect(parseDeadline(task?.fields.deadline?.text ?? '', { year: 2020 })).toMatchObject({ kind: 'date', date: '2019-12-31' });
    // Not done, it is overdue by that joined deadline, named on the row's own cell.
    const late = await analyse(withCells(phuLuc1_2020(), { G30: 'Chưa hoàn thành' }), '2020-03-01');
    expect(codesAndCells(late).filter(([code]) => code !== 'cell.htmlMarkup')).toEqual([['task.overdue', 'F30']]);
    expect(late.result.report.tables[0].summary).toMatchObject({ completed: 22, completionPercent: 95.65, overdue: [{ cell: 'F30', code: '', deadline: '2019-12-31' }] });
  });

  test('a milestone in the continuation row counts (rows 9 + 10: "… trước ngày 05/10/2020")', async () => {
    const spec = withCells(phuLuc1_2020(), { G9: 'Đang thực hiện' });
    const soon = await analyse(spec, '2020-09-28');
    expect(soon.result.report.tables[0].summary).toMatchObject({ dueSoon: [{ cell: 'F9', code: '', deadline: '2020-10-05' }], overdue: [] });
    const late = await analyse(spec, '2021-03-01');
    expect(late.result.report.tables[0].summary).toMatchObject({ dueSoon: [], overdue: [{ cell: 'F9', code: '', deadline: '2021-02-15' }] });
    expect(late.result.report.issues.find((i) => i.code === 'task.overdue')?.message).toBe(
      'F9: nhiệm vụ «Thực hiện chế độ báo cáo định kỳ đúng quy định của trung…» quá hạn: thời hạn 15/02/2021, đến ngày 01/03/2021 chưa hoàn thành',
    );
  });
});

describe('seed 004: Phụ lục I, a list of completed tasks', () => {
  test('the empty form: no task, nothing to report', async () => {
    const r = await analyse(phuLuc1_2024(), '2024-12-20');
    expect(codesAndCells(r)).toEqual([]);
    expect(r.result.report.tables[0].summary).toEqual({
      tasks: 0, completed: 0, completionPercent: null, overdue: [], dueSoon: [], recurring: 0, external: 0, unparsed: 0,
    });
  });

  test('filled: every task done, none overdue; the typed values that disagree with the dates', async () => {
    const r = await analyse(phuLucIFilled2024(), '2024-12-20');
    expect(codesAndCells(r)).toEqual([
      ['task.onTimeMismatch', 'F12'], // document 10/02/2024, deadline 31/01/2024: late, typed "Đúng hạn"
      ['task.onTimeMismatch', 'F19'], // document 15/06/2024, deadline 30/06/2024: on time, typed "Trễ hạn"
    ]);
    expect(r.result.report.tables[0].summary).toEqual({
      tasks: 8, completed: 8, completionPercent: null, overdue: [], dueSoon: [], recurring: 0, external: 1, unparsed: 0,
    });
  });

  test('onTimeComputations: what the fill writes', async () => {
    const r = await analyse(phuLucIFilled2024(), '2024-12-20');
    const list = onTimeComputations(r.table, r.grids.sheets[0], { today: '2024-12-20' });
    expect(list.map((c) => [c.cell, c.docDate, c.docDateCell, c.deadline, c.value, c.formula, c.typed])).toEqual([
      ['F10', '2024-01-20', 'C10', '2024-01-31', 'Đúng hạn', null, 'Đúng hạn'],
      ['F11', '2024-03-05', 'D11', '2024-03-31', 'Đúng hạn', null, 'Đúng hạn'],
      ['F12', '2024-02-10', 'C12', '2024-01-31', 'Quá hạn', 'IF(OR(C12="",E12=""),"",IF(C12<=E12,"Đúng hạn","Quá hạn"))', 'Đúng hạn'],
      ['F14', '2024-12-12', 'C14', '2024-12-15', 'Đúng hạn', null, null],
      ['F15', null, null, '2024-03-31', null, null, 'Đúng hạn'],
      ['F16', '2024-04-02', 'C16', '2024-03-31', 'Quá hạn', null, 'quá hạn'],
      ['F18', '2024-05-10', 'C18', null, null, null, null],
      ['F19', '2024-06-15', 'D19', '2024-06-30', 'Đúng hạn', null, 'Trễ hạn'],
    ]);
  });
});
