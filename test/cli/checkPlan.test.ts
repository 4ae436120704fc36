// `cchc check` on the Đồng Nai 2019 plan (seed 000, fixture plan2019) written as .xlsx, run
// in-process (issue 5, done when): the plan's summary line, the overdue findings, exit code 0
// (overdue is a warning, SPEC §8).
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ReportSchema } from '../../src/report/schema';
import { plan2019 } from '../fixtures/build';
import { phuLucIFilled2024 } from '../fixtures/planVariants';
import { writeWorkbook } from '../fixtures/workbook';
import { runCli } from '../helpers/cli';

let dir: string;
let planFile: string;
let phuLucFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-plan-'));
  planFile = join(dir, 'ke-hoach-2019.xlsx');
  phuLucFile = join(dir, 'phu-luc-i-2024.xlsx');
  await writeWorkbook(plan2019(), planFile);
  await writeWorkbook(phuLucIFilled2024(), phuLucFile);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cchc check on the 2019 plan, as of 2019-07-15', () => {
  test('the summary line and the overdue tasks; exit 0', async () => {
    const r = await runCli(['check', planFile, '--today', '2019-07-15']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('    46 nhiệm vụ; hoàn thành 0 (—); quá hạn 11; sắp đến hạn 0; thường xuyên/định kỳ 17; theo văn bản khác 9; chưa đọc được thời hạn 0');
    for (const line of [
      'Kế hoạch!F15: nhiệm vụ II.1.3 quá hạn: thời hạn 30/06/2019, đến ngày 15/07/2019 chưa hoàn thành [task.overdue]',
      'Kế hoạch!F16: nhiệm vụ II.1.4 quá hạn: thời hạn 31/03/2019, đến ngày 15/07/2019 chưa hoàn thành [task.overdue]',
      'Kế hoạch!F51: nhiệm vụ VI.5 quá hạn: thời hạn 30/06/2019, đến ngày 15/07/2019 chưa hoàn thành [task.overdue]',
      'Kế hoạch!F25: thời hạn «Quý I/2018» thuộc năm 2018, trước năm kế hoạch 2019 (có thể sao chép từ kế hoạch năm trước) [task.deadlineBeforePlanYear]',
    ]) {
      expect(lines).toContain(`      ${line}`);
    }
  });

  test('--json: the overdue list by cell, every finding a warning or info', async () => {
    const r = await runCli(['check', planFile, '--today', '2019-07-15', '--json']);
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    const table = report.tables[0];
    expect(table.kind).toBe('planTasks');
    if (table.kind !== 'planTasks') return;
    expect(table.year).toBe(2019);
    expect(table.summary.overdue.map((o) => o.cell)).toEqual(['F15', 'F16', 'F18', 'F51', 'F52', 'F56', 'F57', 'F58', 'F59', 'F60', 'F61']);
    expect(report.issues.filter((i) => i.code === 'task.overdue').map((i) => [i.cell, i.severity])).toEqual(
      table.summary.overdue.map((o) => [o.cell, 'warning']),
    );
    // code.gap (A28) is a warning too: nothing is an error.
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a later as-of date: more tasks overdue, the same exit code', async () => {
    const r = await runCli(['check', planFile, '--today', '2019-12-31', '--json']);
    expect(r.status).toBe(0);
    const table = ReportSchema.parse(JSON.parse(r.stdout)).tables[0];
    if (table.kind !== 'planTasks') throw new Error('not a plan');
    // + I.2 and VII.2 (Tháng 10/2019), II.2 (Quý II-III/2019), V.1 (Tháng 9/2019), VI.7 (Quý III/2019)
    expect(table.summary.overdue.map((o) => o.cell)).toEqual([
      'F10', 'F15', 'F16', 'F18', 'F19', 'F43', 'F51', 'F52', 'F53', 'F56', 'F57', 'F58', 'F59', 'F60', 'F61', 'F62',
    ]);
  });
});

describe('cchc check on a filled Phụ lục I', () => {
  test('no task overdue; the typed "Đúng hạn/quá hạn" values that disagree; exit 0', async () => {
    const r = await runCli(['check', phuLucFile, '--today', '2024-12-20']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('    8 nhiệm vụ; hoàn thành 8 (—); quá hạn 0; sắp đến hạn 0; thường xuyên/định kỳ 0; theo văn bản khác 1; chưa đọc được thời hạn 0');
    expect(lines).toContain(
      '      Phụ lục I!F12: ghi «Đúng hạn», nhưng văn bản ban hành ngày 10/02/2024 so với thời hạn 31/01/2024 là quá hạn [task.onTimeMismatch]',
    );
  });
});
