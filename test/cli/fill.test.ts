// cchc fill (SPEC §7, §9): FILE is never modified, OUT is refused when it exists without --force,
// what was written is printed (and as cchc-fill/1 JSON), a second fill writes nothing, and a
// protected sheet, a missing file or a bad call exit 2 with one line and no OUT.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FillReportSchema, type FillReport } from '../../src/report/schema';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { cellAt } from '../../src/engine/grid';
import { budget } from '../fixtures/build';
import { bang1Protected, bang1Scored } from '../fixtures/fillVariants';
import { writeWorkbook } from '../fixtures/workbook';
import { runBin, runCli, STACK_RE } from '../helpers/cli';

let dir: string;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-fill-cli-'));
  await writeWorkbook(bang1Scored(), join(dir, 'bang1.xlsx'));
  await writeWorkbook(bang1Protected(), join(dir, 'protected.xlsx'));
  await writeWorkbook(budget(), join(dir, 'budget.xlsx'));
  writeFileSync(join(dir, 'not.xlsx'), 'không phải bảng tính');
});

const cli = (...argv: string[]) => runCli(['fill', ...argv], { cwd: dir, today: '2024-06-30' });

describe('cchc fill FILE -o OUT', () => {
  test('writes OUT, leaves FILE as it was, prints what it wrote', async () => {
    const before = sha(join(dir, 'bang1.xlsx'));
    const r = await cli('bang1.xlsx', '-o', 'out.xlsx');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(sha(join(dir, 'bang1.xlsx'))).toBe(before);
    expect(r.stdout).toContain('bang1.xlsx → out.xlsx');
    expect(r.stdout).toContain('Bảng chấm điểm Chỉ số CCHC — Bảng 1!A7:G148: ghi 38 ô');
    expect(r.stdout).toContain('D8: =SUM(D9,D12:D13,D16,D20,D23:D25) → 15,25 (trước: 15,25)');
    expect(r.stdout).toContain('D151: =ROUND(D148/D150*100,2) → 66,21');
    // Every computed.overwritten is printed.
    expect(r.stdout.match(/\[computed\.overwritten\]/g)).toHaveLength(5);
    expect(r.stdout).toContain('Bảng 1!D32: giá trị nhập tay «2» được thay bằng công thức =SUM(D33:D34)');
    expect(r.stdout).toContain('Đã ghi 38 ô (35 công thức, 3 giá trị, 5 ghi chú) vào out.xlsx; bang1.xlsx không bị sửa.');
    // The check's errors do not stop the fill: they are counted.
    expect(r.stdout).toContain('Kiểm tra tệp gốc: 2 lỗi, 1 cảnh báo (xem chi tiết: cchc check bang1.xlsx)');
    const out = await readWorkbookBuffer(readFileSync(join(dir, 'out.xlsx')), 'out.xlsx');
    expect(cellAt(out.sheets[0], 8, 4)).toMatchObject({ v: 15.25, f: 'SUM(D9,D12:D13,D16,D20,D23:D25)' });
    expect(cellAt(out.sheets[0], 150, 2)?.v).toBe('Điểm tối đa áp dụng');
  });

  test('refuses an existing OUT without --force (exit 2, OUT untouched); --force overwrites it', async () => {
    writeFileSync(join(dir, 'exists.xlsx'), 'cũ');
    const r = await cli('bang1.xlsx', '-o', 'exists.xlsx');
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'cchc: exists.xlsx: tệp kết quả đã có; dùng --force để ghi đè\n' });
    expect(readFileSync(join(dir, 'exists.xlsx'), 'utf8')).toBe('cũ');
    const forced = await cli('bang1.xlsx', '-o', 'exists.xlsx', '--force');
    expect(forced.status).toBe(0);
    expect(sha(join(dir, 'exists.xlsx'))).toBe(sha(join(dir, 'out.xlsx')));
  });

  test('refuses OUT = FILE', async () => {
    const r = await cli('bang1.xlsx', '-o', 'bang1.xlsx', '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tệp kết quả trùng với tệp gốc');
  });

  test('--json prints cchc-fill/1: every cell written with its old and new content', async () => {
    const r = await cli('bang1.xlsx', '-o', 'out-json.xlsx', '--json');
    expect(r.status).toBe(0);
    const report: FillReport = FillReportSchema.parse(JSON.parse(r.stdout));
    expect(report).toMatchObject({ schema: 'cchc-fill/1', file: 'bang1.xlsx', output: 'out-json.xlsx', today: '2024-06-30', values: false, copied: false });
    expect(report.tables).toEqual([expect.objectContaining({ sheet: 'Bảng 1', kind: 'scoreSheet', range: 'A7:G148', written: 38 })]);
    expect(report.written).toHaveLength(38);
    expect(report.written.find((w) => w.cell === 'D32')).toEqual({
      sheet: 'Bảng 1',
      cell: 'D32',
      old: { value: 2 },
      new: { value: 1.5, formula: 'SUM(D33:D34)' },
      note: 'Giá trị cũ nhập tay: 2 (thay bằng công thức ngày 30/06/2024)',
    });
    expect(report.issues.map((i) => i.code)).toEqual([
      'computed.overwritten',
      'computed.overwritten',
      'computed.overwritten',
      'fill.numberAsText',
      'computed.overwritten',
      'computed.overwritten',
    ]);
    expect(report.check).toEqual({ errors: 2, warnings: 1, info: 1 });
  });

  test('a second fill writes nothing and says so; OUT is then an exact copy', async () => {
    const r = await cli('out.xlsx', '-o', 'again.xlsx');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ghi 0 ô');
    expect(r.stdout).toContain('Không có ô nào cần ghi (đã điền đủ): again.xlsx là bản sao nguyên vẹn của out.xlsx.');
    expect(sha(join(dir, 'again.xlsx'))).toBe(sha(join(dir, 'out.xlsx')));
    const json = FillReportSchema.parse(JSON.parse((await cli('out.xlsx', '-o', 'again2.xlsx', '--json')).stdout));
    expect(json).toMatchObject({ copied: true, written: [] });
  });

  test('--values writes numbers and rating text in the same cells', async () => {
    const r = await cli('bang1.xlsx', '-o', 'values.xlsx', '--values', '--json');
    const report = FillReportSchema.parse(JSON.parse(r.stdout));
    const formulas = FillReportSchema.parse(JSON.parse((await cli('bang1.xlsx', '-o', 'formulas.xlsx', '--json')).stdout));
    expect(report.values).toBe(true);
    expect(report.written.every((w) => w.new.formula === undefined)).toBe(true);
    // Cells already holding the right number are left as they are; the others get the formula's number.
    const byCell = new Map(formulas.written.map((w) => [w.cell, w]));
    expect(report.written.map((w) => [w.cell, w.new.value])).toEqual(report.written.map((w) => [w.cell, byCell.get(w.cell)?.new.value]));
    expect(report.written.map((w) => w.cell)).toEqual(['D31', 'D32', 'D48', 'D63', 'D148', 'B150', 'D150', 'B151', 'D151', 'B152', 'D152']);
  });

  test('--lang en', async () => {
    const r = await cli('bang1.xlsx', '-o', 'en.xlsx', '--lang', 'en');
    expect(r.stdout).toContain('Score sheet — Bảng 1!A7:G148: 38 cells written');
    expect(r.stdout).toContain('Wrote 38 cells (35 formulas, 3 values, 5 notes) to en.xlsx; bang1.xlsx is unchanged.');
    // The sheet's own text (labels, notes) stays Vietnamese; notes follow --lang.
    expect(r.stdout).toContain('B150: «Điểm tối đa áp dụng»');
  });

  test('a workbook with no CCHC table: nothing to write, exit 0', async () => {
    const r = await cli('budget.xlsx', '-o', 'budget-out.xlsx');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Không tìm thấy bảng CCHC');
    expect(r.stdout).toContain('Không có ô nào cần ghi');
  });
});

describe('refused: exit 2, one line, no OUT', () => {
  test('a protected sheet: the message names the cell; OUT is absent, no temporary file left', async () => {
    const r = await cli('protected.xlsx', '-o', 'protected-out.xlsx');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "cchc: protected.xlsx: ô 'Bảng 1'!D8 nằm trên trang tính đang được bảo vệ (Protect Sheet); hãy bỏ bảo vệ trang tính rồi điền lại. Chưa ghi tệp kết quả\n",
    );
    expect(existsSync(join(dir, 'protected-out.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test.each<[string, string[], string]>([
    ['no file', ['-o', 'x.xlsx'], 'cchc: fill: cần đúng một tệp .xlsx để điền\n'],
    ['two files', ['bang1.xlsx', 'out.xlsx', '-o', 'x.xlsx'], 'cchc: fill: cần đúng một tệp .xlsx để điền\n'],
    ['no -o', ['bang1.xlsx'], 'cchc: fill: cần -o TỆP_KẾT_QUẢ.xlsx (tệp gốc không bao giờ bị sửa)\n'],
    ['OUT not .xlsx', ['bang1.xlsx', '-o', 'x.csv'], 'cchc: fill: tệp kết quả phải có đuôi .xlsx: «x.csv»\n'],
    ['a bad --today', ['bang1.xlsx', '-o', 'x.xlsx', '--today', '30/06/2024'], 'cchc: --today cần một ngày dạng YYYY-MM-DD (ví dụ 2024-06-30), nhận được «30/06/2024»\n'],
    ['an unknown option', ['bang1.xlsx', '-o', 'x.xlsx', '--formulas'], 'cchc: fill: không có tùy chọn «--formulas» (xem cchc --help)\n'],
    ['a missing file', ['khong-co.xlsx', '-o', 'x.xlsx'], 'cchc: khong-co.xlsx: không tìm thấy tệp hoặc thư mục này\n'],
    ['not a workbook', ['not.xlsx', '-o', 'x.xlsx'], 'cchc: not.xlsx: không phải tệp Excel .xlsx (không đọc được nội dung dạng bảng tính)\n'],
  ])('%s', async (_t, argv, stderr) => {
    const r = await cli(...argv);
    expect(r).toEqual({ status: 2, stdout: '', stderr });
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

test('the bundled binary: fill, then refuse to overwrite; no stack trace', () => {
  const out = join(dir, 'bin-out.xlsx');
  const first = runBin(['fill', join(dir, 'bang1.xlsx'), '-o', out, '--today', '2024-06-30']);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('ghi 38 ô');
  const second = runBin(['fill', join(dir, 'bang1.xlsx'), '-o', out]);
  expect(second.status).toBe(2);
  expect(second.stderr).toContain('tệp kết quả đã có');
  expect(second.stderr).not.toMatch(STACK_RE);
});
