// SPEC §5: plan task rules, table-driven: for each rule a right value (no issue) and each wrong
// value (exact code and cell). Grids are built in memory: a title "… NĂM 2019" (row 1), a blank
// row, the header (row 3), data from row 4: A STT | B Nhiệm vụ | C Sản phẩm | D Đơn vị chủ trì |
// E Thời hạn | F Tình trạng. The as-of date is 2019-07-15 unless a vector says otherwise.
import { DEFAULT_CONFIG } from '../../../src/report/config';
import { analyseWorkbook } from '../../../src/engine/check';
import { detectTables } from '../../../src/engine/detect';
import type { PlanTasksTable } from '../../../src/engine/detect/types';
import { isoToSerial } from '../../../src/engine/grid';
import { buildPlanModel, onTimeComputations, readStatus } from '../../../src/engine/rules/planTasks';
import { encodeTcvn3 } from '../../../src/engine/text/tcvn3';
import type { PlanTasksSummary } from '../../../src/report/schema';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';

const TITLE = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2019';
const HEADER = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'];
const TODAY = '2019-07-15';

interface Options {
  header?: string[];
  title?: string | null;
  today?: string;
  merges?: string[];
  dueSoonDays?: number;
  font?: string;
}

function gridFor(rows: TestCell[][], opts: Options = {}) {
  const title = opts.title === undefined ? TITLE : opts.title;
  return gridOf([[title ?? ''], [], opts.header ?? HEADER, ...rows], { merges: opts.merges, font: opts.font, sheet: 'KH' });
}

function run(rows: TestCell[][], opts: Options = {}) {
  const config = opts.dueSoonDays === undefined ? DEFAULT_CONFIG : { ...DEFAULT_CONFIG, dueSoonDays: opts.dueSoonDays };
  const result = analyseWorkbook(workbookOf(gridFor(rows, opts)), { file: 'kh.xlsx', today: opts.today ?? TODAY, config });
  expect(result.report.tables.map((t) => t.kind)).toEqual(['planTasks']);
  return result;
}

function issues(rows: TestCell[][], opts: Options = {}): Array<[string, string]> {
  return run(rows, opts).report.issues.map((i) => [i.code, i.cell]);
}

function summary(rows: TestCell[][], opts: Options = {}): PlanTasksSummary {
  const t = run(rows, opts).report.tables[0];
  if (t.kind !== 'planTasks') throw new Error('not a plan');
  return t.summary;
}

/** A task row: STT, task, product, lead, deadline, status. */
const task = (code: string, deadline: TestCell, status: TestCell = '', name = `Nhiệm vụ ${code}`): TestCell[] => [code, name, 'Báo cáo', 'Văn phòng', deadline, status];

type Vector = [title: string, rows: TestCell[][], expected: Array<[string, string]>, opts?: Options];

/** A rest parameter: jest reads a test function declaring more parameters than a vector has as
 * one waiting for a `done` callback. */
const checkVector = (...[, rows, expected, opts]: Vector): void => {
  expect(issues(rows, opts)).toEqual(expected);
};

describe('task.overdue: the deadline has passed and the task is not done (SPEC §5)', () => {
  test.each<Vector>([
    ['done before the as-of date', [task('1', 'Quý I/2019', 'Hoàn thành')], []],
    ['not done, the deadline passed', [task('1', 'Quý I/2019', 'Chưa hoàn thành')], [['task.overdue', 'E4']]],
    ['an empty status is not done', [task('1', 'Quý II/2019')], [['task.overdue', 'E4']]],
    ['"Đang thực hiện" is not done', [task('1', 'Tháng 6/2019', 'Đang thực hiện')], [['task.overdue', 'E4']]],
    ['an unknown status counts as not done, and is reported', [task('1', 'Quý I/2019', 'Đã xong')], [['task.overdue', 'E4'], ['task.statusUnknown', 'F4']]],
    ['the deadline is ahead', [task('1', 'Quý III/2019')], []],
    ['the deadline is the as-of date itself: not yet overdue (due soon)', [task('1', 'Trước ngày 15/7/2019')], [['task.dueSoon', 'E4']]],
    ['recurring (Thường xuyên) is never overdue', [task('1', 'Thường xuyên')], []],
    ['recurring (Hàng tháng) is never overdue', [task('1', 'Hàng tháng')], []],
    ['external (Theo hướng dẫn của …) is never overdue', [task('1', 'Theo hướng dẫn của Sở Nội vụ')], []],
    ['external (Theo tiến độ …) is never overdue', [task('1', 'Theo tiến độ phê duyệt')], []],
    ['relative (… kể từ … with no day) is never overdue', [task('1', 'Trong thời hạn 30 ngày kể từ ngày UBND tỉnh ban hành')], []],
    [
      'milestones: the last one is the deadline',
      [task('1', 'Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11/2019')],
      [['task.overdue', 'E4']],
      { today: '2019-12-01' },
    ],
    [
      'milestones: a missed one before the last is not overdue',
      [task('1', 'Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11/2019')],
      [],
    ],
    ['a plan with no status column (seed 000): passed deadlines are overdue', [['1', 'Nhiệm vụ', 'Báo cáo', 'VP', 'Quý I/2019']], [['task.overdue', 'E4']], { header: HEADER.slice(0, 5) }],
    ['a real date cell', [task('1', { v: isoToSerial('2019-07-01'), fmt: 'dd/mm/yyyy' })], [['task.overdue', 'E4']]],
  ])('%s', checkVector);

  test('the finding and the summary name the deadline cell, the code and the deadline', () => {
    const r = run([task('1', 'Quý I/2019'), task('2', 'Tháng 6/2019', 'Hoàn thành')]);
    expect(r.report.issues.map((i) => i.message)).toEqual(['E4: nhiệm vụ 1 quá hạn: thời hạn 31/03/2019, đến ngày 15/07/2019 chưa hoàn thành']);
    expect(r.report.tables[0].summary).toMatchObject({ overdue: [{ cell: 'E4', code: '1', deadline: '2019-03-31' }], dueSoon: [] });
  });
});

describe('task.dueSoon (info): due within config.dueSoonDays, default 14', () => {
  test.each<Vector>([
    ['in 10 days', [task('1', 'Trước ngày 25/7/2019')], [['task.dueSoon', 'E4']]],
    ['in 14 days', [task('1', 'Trước ngày 29/7/2019')], [['task.dueSoon', 'E4']]],
    ['in 15 days: not yet', [task('1', 'Trước ngày 30/7/2019')], []],
    ['in 10 days but done', [task('1', 'Trước ngày 25/7/2019', 'Hoàn thành')], []],
    ['in 15 days with dueSoonDays 20', [task('1', 'Trước ngày 30/7/2019')], [['task.dueSoon', 'E4']], { dueSoonDays: 20 }],
    ['in 10 days with dueSoonDays 0', [task('1', 'Trước ngày 25/7/2019')], [], { dueSoonDays: 0 }],
    ['recurring: never due soon', [task('1', 'Hàng tháng')], []],
  ])('%s', checkVector);

  test('milestones: the next one counts (9 tháng, trước 20/8), its day and the days left are given', () => {
    const rows = [task('1', 'Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11/2019')];
    const r = run(rows, { today: '2019-08-10' });
    expect(r.report.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      ['task.dueSoon', 'info', 'E4: nhiệm vụ 1 sắp đến hạn: thời hạn 20/08/2019, còn 10 ngày'],
    ]);
    expect(r.report.tables[0].summary).toMatchObject({ overdue: [], dueSoon: [{ cell: 'E4', code: '1', deadline: '2019-08-20' }] });
  });
});

describe('task.completedLate: done after the deadline', () => {
  // G: Ngày hoàn thành
  const header = [...HEADER, 'Ngày hoàn thành'];
  const done = (deadline: string, status: TestCell, doneDate: TestCell): TestCell[] => [...task('1', deadline, status), doneDate];
  test.each<Vector>([
    ['done on time', [done('Quý I/2019', 'Hoàn thành', '20/3/2019')], [], { header }],
    ['done on the deadline itself', [done('Quý I/2019', 'Hoàn thành', '31/03/2019')], [], { header }],
    ['done late (text date)', [done('Quý I/2019', 'Hoàn thành', '15/4/2019')], [['task.completedLate', 'G4']], { header }],
    ['done late (a real date cell)', [done('Quý I/2019', 'Hoàn thành', { v: isoToSerial('2019-04-15'), fmt: 'd/m/yyyy' })], [['task.completedLate', 'G4']], { header }],
    ['"Hoàn thành" without a done date: done, nothing to compare', [done('Quý I/2019', 'Hoàn thành', '')], [], { header }],
    ['an empty status with a done date is done (late here)', [done('Quý I/2019', '', '15/4/2019')], [['task.completedLate', 'G4']], { header }],
    ['"Chưa hoàn thành" beside a done date: the status wins, overdue', [done('Quý I/2019', 'Chưa hoàn thành', '15/4/2019')], [['task.overdue', 'E4']], { header }],
    ['a recurring deadline: never late', [done('Thường xuyên', 'Hoàn thành', '15/4/2019')], [], { header }],
    ['"Hoàn thành ngày 15/4/2019" in the status column, no done-date column', [task('1', 'Quý I/2019', 'Hoàn thành ngày 15/4/2019')], [['task.completedLate', 'F4']]],
  ])('%s', checkVector);

  test('the message gives both days', () => {
    const r = run([done('Quý I/2019', 'Hoàn thành', '15/4/2019')], { header });
    expect(r.report.issues[0].message).toBe('G4: nhiệm vụ 1 hoàn thành ngày 15/04/2019, sau thời hạn 31/03/2019');
  });
});

describe('task.deadlineBeforePlanYear: a deadline copied from last year\'s plan', () => {
  test.each<Vector>([
    ['"Quý I/2019" in the 2019 plan', [task('1', 'Quý I/2019', 'Hoàn thành')], []],
    ['"Quý I/2018" in the 2019 plan (seed 000): reported, not overdue', [task('1', 'Quý I/2018')], [['task.deadlineBeforePlanYear', 'E4']]],
    ['"Chậm nhất trong quý III/2018" (seed 000)', [task('1', 'Chậm nhất trong quý III/2018', 'Hoàn thành')], [['task.deadlineBeforePlanYear', 'E4']]],
    ['done or not, the copy is reported', [task('1', 'Quý II/2018', 'Hoàn thành')], [['task.deadlineBeforePlanYear', 'E4']]],
    ['the last quarter of the year before: preparing the plan (seed 003)', [task('1', 'Quý IV/2018', 'Hoàn thành')], []],
    ['"Trước ngày 31/12/2018": preparing the plan (seed 003)', [task('1', 'Trước ngày 31/12/2018', 'Hoàn thành')], []],
    ['the preparation quarter is a real deadline: overdue when not done', [task('1', 'Quý IV/2018')], [['task.overdue', 'E4']]],
    ['a recurring deadline has no year', [task('1', 'Thường xuyên')], []],
    [
      'no year in the title: the year most deadlines name is the plan\'s',
      [task('1', 'Quý III/2019', 'Hoàn thành'), task('2', 'Quý IV/2019'), task('3', 'Quý I/2018', 'Hoàn thành')],
      [['task.deadlineBeforePlanYear', 'E6']],
      { title: null },
    ],
    ['no year anywhere: year-less deadlines take the as-of date\'s year, never a copy', [task('1', 'Trước ngày 31/7')], [['task.overdue', 'E4']], { title: null, today: '2019-08-10' }],
  ])('%s', checkVector);

  test('the message names the text and both years', () => {
    const r = run([task('1', 'Quý I/2018')]);
    expect(r.report.issues[0].message).toBe('E4: thời hạn «Quý I/2018» thuộc năm 2018, trước năm kế hoạch 2019 (có thể sao chép từ kế hoạch năm trước)');
  });

  test('a year-less deadline takes the title\'s year', () => {
    expect(summary([task('1', 'Trước ngày 31/5')])).toMatchObject({ overdue: [{ cell: 'E4', code: '1', deadline: '2019-05-31' }] });
  });
});

describe('task.deadlineUnparsed (info)', () => {
  test.each<Vector>([
    ['a readable deadline', [task('1', 'Tháng 10/2019')], []],
    ['"Sau ngày 15/3": no last day', [task('1', 'Sau ngày 15/3')], [['task.deadlineUnparsed', 'E4']]],
    ['"Tuần 1 tháng 10"', [task('1', 'Tuần 1 tháng 10')], [['task.deadlineUnparsed', 'E4']]],
    ['one cell merged over two tasks is reported once', [task('1', 'Sau ngày 15/3'), task('2', '')], [['task.deadlineUnparsed', 'E4']], { merges: ['E4:E5'] }],
    ['an Excel error is cell.error (SPEC §4.3)', [task('1', { v: { error: '#REF!' }, f: 'Sheet2!A1' })], [['cell.error', 'E4']]],
  ])('%s', checkVector);

  test('counted in the summary, with recurring and external deadlines', () => {
    const s = summary([task('1', 'Sau ngày 15/3'), task('2', 'Thường xuyên'), task('3', 'Theo định kỳ'), task('4', 'Theo tiến độ phê duyệt'), task('5', 'Tháng 12/2019')]);
    expect(s).toMatchObject({ tasks: 5, recurring: 2, external: 1, unparsed: 1 });
  });
});

describe('task.missingField: no product, lead or deadline on a task', () => {
  test.each<Vector>([
    ['all three given', [task('1', 'Tháng 12/2019')], []],
    ['no product', [['1', 'Nhiệm vụ', '', 'Văn phòng', 'Tháng 12/2019']], [['task.missingField', 'C4']]],
    ['no lead', [['1', 'Nhiệm vụ', 'Báo cáo', '', 'Tháng 12/2019']], [['task.missingField', 'D4']]],
    ['no deadline', [['1', 'Nhiệm vụ', 'Báo cáo', 'Văn phòng', '']], [['task.missingField', 'E4']]],
    ['none of them (seed 000: II.5)', [['1', 'Nhiệm vụ']], [['task.missingField', 'C4'], ['task.missingField', 'D4'], ['task.missingField', 'E4']]],
    ['a group row whose children carry them', [['1', 'Nhóm nhiệm vụ'], task('1.1', 'Tháng 12/2019'), task('1.2', 'Tháng 12/2019')], []],
    [
      'a task whose group row carries them (one deadline for every sub-task)',
      [['1', 'Ban hành các kế hoạch', 'Kế hoạch', 'Văn phòng', 'Tháng 12/2019'], ['1.1', 'Kế hoạch CCHC'], ['1.2', 'Kế hoạch kiểm tra']],
      [],
    ],
    [
      'a task under a group that does not carry it either',
      [['1', 'Ban hành các kế hoạch', '', 'Văn phòng', 'Tháng 12/2019'], ['1.1', 'Kế hoạch CCHC'], task('1.2', 'Tháng 12/2019')],
      [['task.missingField', 'C5']],
    ],
    ['a lead in a cell merged over two tasks', [task('1', 'Tháng 12/2019'), ['2', 'Nhiệm vụ 2', 'Báo cáo', '', 'Tháng 12/2019']], [], { merges: ['D4:D5'] }],
    ['a section row is no task', [['I. CẢI CÁCH THỂ CHẾ'], task('1', 'Tháng 12/2019')], []],
    ['an empty form row (only its code, seed 004) is no task', [task('1', 'Tháng 12/2019'), ['2']], []],
    ['a table without a product column: nothing to miss', [['1', 'Nhiệm vụ', 'Văn phòng', 'Tháng 12/2019']], [], { header: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'] }],
  ])('%s', checkVector);

  test('an un-coded task (un-numbered plan, seed 003) is named by its text', () => {
    const header = ['Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Hoàn thành/Chưa hoàn thành'];
    const r = run([['Xây dựng dự toán ngân sách hàng năm.', 'Văn bản', '', 'Trước ngày 31/7 của năm', 'Hoàn thành']], { header });
    expect(r.report.issues.map((i) => [i.code, i.message])).toEqual([['task.missingField', 'C4: nhiệm vụ «Xây dựng dự toán ngân sách hàng năm.» chưa ghi đơn vị chủ trì']]);
  });
});

describe('task.statusUnknown: the status vocabulary (SPEC §5)', () => {
  type StatusVector = [status: TestCell, done: boolean, unknown: boolean];
  const tcvn3 = { v: encodeTcvn3('Hoàn thành'), font: '.VnTime' };
  test.each<StatusVector>([
    ['Hoàn thành', true, false],
    ['Đã hoàn thành', true, false],
    ['x', true, false],
    ['X', true, false],
    ['✓', true, false],
    ['√', true, false],
    ['hoan thanh', true, false],
    ['HOÀN THÀNH', true, false],
    ['  Hoàn \n thành  ', true, false],
    ['Hoàn thành.', true, false],
    ['Hoàn thành'.normalize('NFD'), true, false],
    ['Hoàn thàn', true, false],
    ['Hoàn thành 100%', true, false],
    ['Hoàn thành đúng hạn', true, false],
    [tcvn3, true, false],
    [true, true, false],
    ['Chưa hoàn thành', false, false],
    ['chua hoan thanh', false, false],
    ['Đang thực hiện', false, false],
    ['Đang thực hiên', false, false],
    ['', false, false],
    ['Hoàn thành 80%', false, false],
    ['Hoàn thành 10%', false, false],
    ['Đã xong', false, true],
    ['Hoàn thành một phần', false, true],
    ['OK', false, true],
  ])('%j → done %s, reported %s', (status, done, unknown) => {
    const rows = [task('1', 'Tháng 12/2019', status)];
    expect(issues(rows)).toEqual(unknown ? [['task.statusUnknown', 'F4']] : []);
    expect(summary(rows)).toMatchObject({ tasks: 1, completed: done ? 1 : 0, completionPercent: done ? 100 : 0 });
  });

  test('the message quotes the value', () => {
    const r = run([task('1', 'Tháng 12/2019', 'Đã xong')]);
    expect(r.report.issues[0].message).toBe('F4: tình trạng «Đã xong» không rõ; hãy ghi «Hoàn thành», «Chưa hoàn thành» hoặc «Đang thực hiện»');
  });

  test('readStatus: a real date cell in the status column is done on that day; FALSE is not done', () => {
    expect(readStatus({ v: isoToSerial('2019-03-20'), fmt: 'dd/mm/yyyy' }, '', 2019)).toEqual({ kind: 'done', date: '2019-03-20' });
    expect(readStatus({ v: false }, 'FALSE', 2019)).toEqual({ kind: 'notDone' });
    expect(readStatus(null, 'Đã hoàn thành (KH số 12/KH-SKHCN ngày 15/01/2019)', 2019)).toEqual({ kind: 'done', date: '2019-01-15' });
  });
});

describe('codes (the shared hierarchy): code.gap, code.duplicate', () => {
  test.each<Vector>([
    ['1, 2', [task('1', 'Tháng 12/2019'), task('2', 'Tháng 12/2019')], []],
    ['1, 3: 2 is missing', [task('1', 'Tháng 12/2019'), task('3', 'Tháng 12/2019')], [['code.gap', 'A5']]],
    ['1, 1', [task('1', 'Tháng 12/2019'), task('1', 'Tháng 12/2019')], [['code.duplicate', 'A5']]],
    ['1.1, 1.3 under 1', [['1', 'Nhóm'], task('1.1', 'Tháng 12/2019'), task('1.3', 'Tháng 12/2019')], [['code.gap', 'A6']]],
    ['codes restart after a Roman section', [['I. THỂ CHẾ'], task('1', 'Tháng 12/2019'), ['II. TTHC'], task('1', 'Tháng 12/2019')], []],
  ])('%s', checkVector);
});

describe('tasks, groups and the completion rate', () => {
  test('a row with children is a group: its children are the tasks', () => {
    const s = summary([['1', 'Nhóm nhiệm vụ'], task('1.1', 'Tháng 12/2019', 'Hoàn thành'), task('1.2', 'Tháng 12/2019', 'Đang thực hiện'), task('2', 'Tháng 12/2019', 'x')]);
    expect(s).toEqual({ tasks: 3, completed: 2, completionPercent: 66.67, overdue: [], dueSoon: [], recurring: 0, external: 0, unparsed: 0 });
  });

  test('a group is never overdue itself: its tasks are (seed 000: VII.1 over 1.1 … 1.6)', () => {
    const rows = [task('1', 'Tháng 01/2019', '', 'Ban hành các Kế hoạch'), task('1.1', 'Tháng 01/2019'), task('1.2', 'Tháng 01/2019', 'Hoàn thành')];
    expect(issues(rows)).toEqual([['task.overdue', 'E5']]);
  });

  test('a task without a status of its own takes its group row\'s', () => {
    const s = summary([task('1', 'Tháng 01/2019', 'Hoàn thành', 'Ban hành các kế hoạch'), task('1.1', 'Tháng 01/2019'), task('1.2', 'Tháng 01/2019', 'Chưa hoàn thành')]);
    expect(s).toMatchObject({ tasks: 2, completed: 1, completionPercent: 50, overdue: [{ cell: 'E6', code: '1.2', deadline: '2019-01-31' }] });
  });

  test('description lines under a task whose lead cell is merged over them stay its text', () => {
    const rows: TestCell[][] = [task('1', 'Tháng 12/2019', '', 'Ban hành các kế hoạch:'), ['', '- Kế hoạch CCHC'], ['', '- Kế hoạch kiểm tra']];
    expect(summary(rows, { merges: ['D4:D6'] })).toMatchObject({ tasks: 1 });
  });

  test('a plan without a status column reports no completion rate', () => {
    const s = summary([['1', 'Nhiệm vụ', 'Báo cáo', 'VP', 'Tháng 12/2019']], { header: HEADER.slice(0, 5) });
    expect(s).toMatchObject({ tasks: 1, completed: 0, completionPercent: null });
  });

  test('an empty plan: no rate', () => {
    expect(summary([['1']])).toMatchObject({ tasks: 0, completed: 0, completionPercent: null });
  });

  test('numbered plan: un-coded rows with their own fields are sub-tasks; text-only rows are the row above\'s text', () => {
    const rows: TestCell[][] = [
      ['1', 'Ban hành các kế hoạch năm 2019:'],
      ['', '- Kế hoạch CCHC', 'Kế hoạch', 'Văn phòng', 'Tháng 01/2019', 'Hoàn thành'],
      ['', '- Kế hoạch kiểm tra CCHC', 'Kế hoạch', 'Thanh tra', 'Tháng 02/2019', ''],
      ['2', 'Đánh giá kết quả CCHC:', 'Báo cáo', 'Văn phòng', 'Tháng 10/2019', ''],
      ['', '- các phòng tự đánh giá'],
      ['', '- Văn phòng tổng hợp'],
    ];
    const r = run(rows);
    expect(r.report.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ['task.overdue', 'E6', 'E6: nhiệm vụ «- Kế hoạch kiểm tra CCHC» quá hạn: thời hạn 28/02/2019, đến ngày 15/07/2019 chưa hoàn thành'],
    ]);
    expect(r.report.tables[0].summary).toMatchObject({ tasks: 3, completed: 1, completionPercent: 33.33, overdue: [{ cell: 'E6', code: '', deadline: '2019-02-28' }] });
  });
});

describe('continuation rows join the row above (SPEC §2.1)', () => {
  test('a deadline split over two rows by a page break is read as one (overdue by its second half)', () => {
    const rows = [task('1', '- Kế hoạch CCHC năm', '', 'Ban hành kế hoạch'), ['', '', '', '', 'ban hành trong quý I năm 2019.', '']];
    expect(issues(rows)).toEqual([['task.overdue', 'E4']]);
    expect(summary(rows)).toMatchObject({ tasks: 1, overdue: [{ cell: 'E4', code: '1', deadline: '2019-03-31' }], unparsed: 0 });
  });

  test('read alone, the first half would be unparsed', () => {
    expect(issues([task('1', '- Kế hoạch CCHC năm', '', 'Ban hành kế hoạch')])).toEqual([['task.deadlineUnparsed', 'E4']]);
  });

  test('a row with task text that starts mid-sentence, no lead and no status continues the row above (seed 003 line 22)', () => {
    const header = ['Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Hoàn thành/Chưa hoàn thành'];
    const rows: TestCell[][] = [
      ['- Trình UBND tỉnh công bố danh mục TTHC thuộc thẩm quyền giải quyết của Sở đảm', 'Báo cáo', 'Văn phòng Sở', 'Trong năm 2019', 'Hoàn thành'],
      ['<p>bảo 100% số TTHC được công bố đầy đủ, kịp thời.</p>', '', '', '', ''],
      ['Hoàn thiện quy chế làm việc', 'Quy chế', 'Văn phòng Sở', 'Trong năm 2019', 'Hoàn thành'],
    ];
    const r = run(rows, { header });
    expect(r.report.issues.filter((i) => i.code !== 'cell.htmlMarkup')).toEqual([]);
    expect(r.report.tables[0].summary).toMatchObject({ tasks: 2, completed: 2, completionPercent: 100 });
    const grid = gridFor(rows, { header });
    const model = buildPlanModel(detectTables(workbookOf(grid))[0] as PlanTasksTable, grid);
    expect(model.tasks.map((t) => t.rows)).toEqual([[4, 5], [6]]);
    expect(model.tasks[0].fields.task?.text).toBe('- Trình UBND tỉnh công bố danh mục TTHC thuộc thẩm quyền giải quyết của Sở đảm bảo 100% số TTHC được công bố đầy đủ, kịp thời.');
  });

  test('a row in lower case that names its lead is a task of its own', () => {
    const header = ['Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Hoàn thành/Chưa hoàn thành'];
    const rows: TestCell[][] = [
      ['Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng Sở', 'Trong năm 2019', 'Hoàn thành'],
      ['rà soát TTHC', 'Báo cáo', 'Văn phòng Sở', 'Trong năm 2019', ''],
    ];
    expect(summary(rows, { header })).toMatchObject({ tasks: 2, completed: 1, completionPercent: 50 });
  });
});

describe('Phụ lục I: a list of completed tasks (SPEC §5, seed 004)', () => {
  const header = ['STT', 'Tên nhiệm vụ', 'Số văn bản', 'Trích yếu nội dung văn bản', 'Thời hạn ban hành văn bản', 'Đúng hạn/quá hạn', 'Ghi chú'];
  const title = 'DANH MỤC CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024';
  const opts = { header, title, today: '2024-12-20' };
  const row = (onTime: string, docNumber = 'Kế hoạch số 12/KH-UBND ngày 20/01/2024', deadline = 'Tháng 01/2024'): TestCell[] => [
    '1', 'Ban hành Kế hoạch CCHC', docNumber, 'Kế hoạch CCHC năm 2024', deadline, onTime,
  ];

  test.each<Vector>([
    ['typed right', [row('Đúng hạn')], []],
    ['not typed yet', [row('')], []],
    ['typed wrong', [row('Quá hạn')], [['task.onTimeMismatch', 'F4']]],
    ['an unknown word', [row('Đạt')], [['task.onTimeMismatch', 'F4']]],
    ['late, typed right', [row('Quá hạn', 'Kế hoạch số 12/KH-UBND ngày 02/02/2024')], []],
    ['late, typed "Đúng hạn"', [row('Đúng hạn', 'Kế hoạch số 12/KH-UBND ngày 02/02/2024')], [['task.onTimeMismatch', 'F4']]],
    ['no document date: nothing to compare', [row('Quá hạn', 'Kế hoạch số 12/KH-UBND')], []],
    ['an external deadline: nothing to compare', [row('Quá hạn', undefined, 'Theo hướng dẫn của Sở Nội vụ')], []],
    ['a passed deadline is never overdue: every task is done', [row('')], []],
  ])('%s', (_t, rows, expected) => {
    expect(issues(rows, opts)).toEqual(expected);
  });

  test('the message gives the document date and the deadline', () => {
    const r = run([row('Quá hạn')], opts);
    expect(r.report.issues[0].message).toBe('F4: ghi «Quá hạn», nhưng văn bản ban hành ngày 20/01/2024 so với thời hạn 31/01/2024 là đúng hạn');
  });

  test('summary: every task done, none overdue, no completion rate', () => {
    expect(summary([row(''), row('', '', 'Quý I/2024')], opts)).toEqual({
      tasks: 2, completed: 2, completionPercent: null, overdue: [], dueSoon: [], recurring: 0, external: 0, unparsed: 0,
    });
  });

  test('onTimeComputations: a formula where both dates are real date cells, else the value', () => {
    const date = (iso: string) => ({ v: isoToSerial(iso), fmt: 'dd/mm/yyyy' });
    const rows: TestCell[][] = [
      ['1', 'Kế hoạch CCHC', date('2024-02-10'), 'Kế hoạch CCHC năm 2024', date('2024-01-31'), 'Đúng hạn'],
      ['2', 'Kế hoạch kiểm tra', 'Kế hoạch số 15/KH-UBND ngày 05/3/2024', '', 'Quý I/2024', ''],
      ['3', 'Kế hoạch tuyên truyền', '', '', 'Quý I/2024', ''],
    ];
    const grid = gridFor(rows, opts);
    const table = detectTables(workbookOf(grid))[0] as PlanTasksTable;
    expect(onTimeComputations(table, grid, { today: '2024-12-20' })).toEqual([
      {
        row: 4, col: 6, cell: 'F4', typed: 'Đúng hạn', docDate: '2024-02-10', docDateCell: 'C4', deadline: '2024-01-31', deadlineCell: 'E4',
        onTime: false, value: 'Quá hạn', formula: 'IF(OR(C4="",E4=""),"",IF(C4<=E4,"Đúng hạn","Quá hạn"))',
      },
      { row: 5, col: 6, cell: 'F5', typed: null, docDate: '2024-03-05', docDateCell: 'C5', deadline: '2024-03-31', deadlineCell: 'E5', onTime: true, value: 'Đúng hạn', formula: null },
      { row: 6, col: 6, cell: 'F6', typed: null, docDate: null, docDateCell: null, deadline: '2024-03-31', deadlineCell: 'E6', onTime: null, value: null, formula: null },
    ]);
  });

  test('a plan with a status and an on-time column: only done tasks get a value', () => {
    const h = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Đúng hạn/quá hạn'];
    const rows: TestCell[][] = [
      ['1', 'Kế hoạch CCHC', 'Kế hoạch', 'VP', 'Tháng 01/2019', 'Hoàn thành', '25/01/2019', ''],
      ['2', 'Kế hoạch kiểm tra', 'Kế hoạch', 'VP', 'Tháng 01/2019', 'Đang thực hiện', '', ''],
    ];
    const grid = gridFor(rows, { header: h });
    const table = detectTables(workbookOf(grid))[0] as PlanTasksTable;
    expect(onTimeComputations(table, grid).map((c) => [c.cell, c.docDate, c.value])).toEqual([
      ['H4', '2019-01-25', 'Đúng hạn'],
      ['H5', null, null],
    ]);
  });
});
