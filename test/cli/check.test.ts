// cchc check end to end (SPEC §8, §9; issue 3 §5, §6): exit codes, the one-line message for every
// bad input with no stack trace and nothing written, JSON and JSON Lines, the human output.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inputMessage } from '../../src/engine/messages/input';
import { ReportSchema } from '../../src/report/schema';
import { BAD_INPUTS, emptyWorkbook, hugeUsedRange, makeTempDir, removeDir } from '../xlsx/badInputs';
import { ROOT, runBin, runCli, STACK_RE } from '../helpers/cli';

const SAMPLES = join(ROOT, 'assets/samples');
let dir: string;
beforeAll(() => {
  dir = makeTempDir('cchc-cli-');
});
afterAll(() => removeDir(dir));

function listing(d: string): string[] {
  return readdirSync(d).map((f) => `${f}:${statSync(join(d, f)).size}:${statSync(join(d, f)).mtimeMs}`);
}

describe('bad input: exit 2, one Vietnamese line naming the file, no stack trace, nothing written', () => {
  test.each(BAD_INPUTS.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const sub = join(dir, c.build.name || 'case');
    mkdirSync(sub, { recursive: true });
    const file = await c.build(sub);
    const before = listing(sub);
    const shown = relative(ROOT, file);
    const r = runBin(['check', shown]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const expected = inputMessage(c.problem, shown, '', 'vi');
    // The message of the problem, with a detail in parentheses for some.
    expect(lines[0].startsWith(`cchc: ${expected.replace(/\)$/, '')}`)).toBe(true);
    expect(r.stderr).not.toMatch(STACK_RE);
    expect(listing(sub)).toEqual(before);
  });

  test('a missing path and a folder with no .xlsx', () => {
    const empty = join(dir, 'thu-muc-rong');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'ghi-chu.txt'), 'không phải bảng tính');
    const missing = runBin(['check', 'khong-co/tep.xlsx']);
    expect(missing).toMatchObject({ status: 2, stdout: '', stderr: 'cchc: khong-co/tep.xlsx: không tìm thấy tệp hoặc thư mục này\n' });
    const folder = runBin(['check', relative(ROOT, empty)]);
    expect(folder).toMatchObject({ status: 2, stdout: '', stderr: `cchc: ${relative(ROOT, empty)}: thư mục không có tệp .xlsx nào\n` });
  });

  test('in English when asked', () => {
    const r = runBin(['check', 'khong-co/tep.xlsx', '--lang', 'en']);
    expect(r).toMatchObject({ status: 2, stderr: 'cchc: khong-co/tep.xlsx: no such file or folder\n' });
  });

  test('usage mistakes: no file, a bad --today, an unknown option', () => {
    expect(runBin(['check']).status).toBe(2);
    const today = runBin(['check', 'assets/samples', '--today', '31/12/2024']);
    expect(today.status).toBe(2);
    expect(today.stderr).toBe('cchc: --today cần một ngày dạng YYYY-MM-DD (ví dụ 2024-06-30), nhận được «31/12/2024»\n');
    const unknown = runBin(['check', 'assets/samples', '--verbose']);
    expect(unknown).toMatchObject({ status: 2, stdout: '', stderr: 'cchc: check: không có tùy chọn «--verbose» (xem cchc --help)\n' });
  });
});

describe('not bad input', () => {
  test('an empty workbook: exit 0 and one table.notFound', async () => {
    const file = await emptyWorkbook(dir);
    const r = await runCli(['check', file, '--json']);
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.tables).toEqual([]);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'table.notFound', severity: 'info', message: expect.stringMatching(/^Không tìm thấy bảng CCHC/) }),
    ]);
  });

  test('a sheet whose used range claims 1 048 576 rows is read as its real rows', async () => {
    const file = await hugeUsedRange(dir);
    const r = await runCli(['check', file, '--json']);
    expect(r.status).toBeLessThan(2);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    for (const t of report.tables) expect(t.rows).toBeLessThan(1000);
  });
});

describe('reports', () => {
  test('one file, --json: one object of schema cchc-report/1; exit 1 when an error is found', async () => {
    const r = await runCli(['check', join(SAMPLES, 'bang-cham-diem-so.xlsx'), '--json', '--today', '2024-06-30']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report).toMatchObject({ schema: 'cchc-report/1', file: 'assets/samples/bang-cham-diem-so.xlsx', today: '2024-06-30' });
    expect(report.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([['Tự chấm điểm', 'scoreSheet', 'A8:G149']]);
    expect(r.status).toBe(report.issues.some((i) => i.severity === 'error') ? 1 : 0);
  });

  test('several files: JSON Lines, one report per file', async () => {
    const r = await runCli(['check', SAMPLES, '--json']);
    const lines = r.stdout.trim().split('\n');
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
    expect(lines).toHaveLength(files.length);
    const reports = lines.map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(reports.map((x) => x.file).sort()).toEqual(files.map((f) => `assets/samples/${f}`));
    const worst = Math.max(...reports.map((x) => (x.issues.some((i) => i.severity === 'error') ? 1 : 0)));
    expect(r.status).toBe(worst);
  });

  test('one unreadable file among several is reported and the others are checked', async () => {
    const sub = join(dir, 'mixed');
    mkdirSync(sub, { recursive: true });
    await emptyWorkbook(sub);
    await BAD_INPUTS[0].build(sub);
    const r = await runCli(['check', sub, '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/ngau-nhien\.xlsx: không phải tệp Excel \.xlsx/);
  });

  test('human output: per table a line with kind, range and year, then its issues grouped', async () => {
    const r = await runCli(['check', join(SAMPLES, 'phan-cong.xlsx')]);
    expect(r.stdout).toContain('assets/samples/phan-cong.xlsx\n');
    expect(r.stdout).toContain('  Bảng phân công phụ trách — Phân công!A6:D124 — năm 2024 — 118 dòng\n');
    expect(r.stdout).toMatch(/ {2}Tổng cộng: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\n/);
  });
});

test('output piped into a reader that stops early (cchc check … | head): no stack trace', async () => {
  const { spawn } = await import('node:child_process');
  const { CLI_BIN } = await import('../helpers/cli');
  const child = spawn(process.execPath, [CLI_BIN, 'check', SAMPLES, '--all'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Read the first chunk, then close the pipe as `head` does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  expect(stderr).not.toMatch(STACK_RE);
  expect(stderr).not.toContain('EPIPE');
  expect(status).not.toBe(2);
});
