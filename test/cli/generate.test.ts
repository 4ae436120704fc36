// cchc generate end to end (SPEC §9, issue 8): each form is generated as an .xlsx, re-read by
// `cchc check` (right kind and range, no error), printed to PDF by LibreOffice headless (A4, one
// page wide: every page shows the first and the last column's header; the expected page count
// and orientation) with a PNG of page 1 kept in test-artifacts/generate/ for people to look at;
// then filled as an officer would and recalculated by LibreOffice: the index and rating the sheet
// computes are the engine's, the percentages and on-time words too, and a fill writes nothing.
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyseWorkbook } from '../../src/engine/check';
import { planFill } from '../../src/engine/fill';
import { PHU_LUC_1_SECTIONS } from '../../src/engine/generate/data/phuLuc1';
import { BANG_1 } from '../../src/engine/generate/data/bang1';
import { a1, isoToSerial, type WorkbookGrids } from '../../src/engine/grid';
import type { Report, ScoreSheetSummary } from '../../src/report/schema';
import { readWorkbookFile } from '../../src/xlsx/read';
import { phuLuc1_2020 } from '../fixtures/build';
import { PHU_LUC_2_PLAUSIBLE } from '../fixtures/phuLuc2Values';
import { PHU_LUC_2_2024 } from '../fixtures/seeds/phuLuc2_2024';
import { writeWorkbook } from '../fixtures/workbook';
import { runCli, type CliResult } from '../helpers/cli';
import { recalculatedGrids } from '../helpers/libreoffice';
import { artifact, pageTexts, pdfInfo, renderPage, toPdf } from '../helpers/pdf';

const TODAY = '2024-12-01';
const SLOW = 300_000;

interface Form {
  name: string;
  args: string[];
  kind: string;
  range: string;
  orientation: 'portrait' | 'landscape';
  /** Pages of the blank form as LibreOffice prints it (A4, one page wide). */
  pages: number;
  firstHeader: string;
  lastHeader: string;
}

const FORMS: Form[] = [
  { name: 'phu-luc-1', args: ['phu-luc-1'], kind: 'planTasks', range: 'A7:H31', orientation: 'landscape', pages: 1, firstHeader: 'STT', lastHeader: 'Ghi chú' },
  { name: 'phu-luc-2', args: ['phu-luc-2'], kind: 'statistics', range: 'A7:F152', orientation: 'portrait', pages: 4, firstHeader: 'STT', lastHeader: 'Ghi chú' },
  { name: 'score-sheet-so', args: ['score-sheet', '--criteria', 'so'], kind: 'scoreSheet', range: 'A7:G148', orientation: 'landscape', pages: 8, firstHeader: 'STT', lastHeader: 'Ghi chú' },
  { name: 'score-sheet-huyen', args: ['score-sheet', '--criteria', 'huyen'], kind: 'scoreSheet', range: 'A7:G147', orientation: 'landscape', pages: 8, firstHeader: 'STT', lastHeader: 'Ghi chú' },
];

let dir: string;
const outputs = new Map<string, { run: CliResult; file: string; pdf: string; report: Report; grids: WorkbookGrids }>();

async function checkJson(file: string): Promise<Report> {
  const r = await runCli(['check', file, '--json', '--today', TODAY]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

function errors(report: Report): string[] {
  return report.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);
}

function fillWrites(grids: WorkbookGrids): string[] {
  return planFill(grids, { file: 'x.xlsx', today: TODAY }).writes.map((w) => `${w.sheet}!${a1(w.row, w.col)} ${w.formula ?? String(w.value)}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-generate-'));
  for (const f of FORMS) {
    const file = join(dir, `${f.name}.xlsx`);
    const run = await runCli(['generate', ...f.args, '-o', file, '--year', '2024', '--unit', 'UBND huyện Mai Sơn', '--today', TODAY]);
    outputs.set(f.name, { run, file, pdf: artifact(`${f.name}.pdf`), report: await checkJson(file), grids: await readWorkbookFile(file) });
  }
  // One LibreOffice run prints them all.
  await Promise.all(FORMS.map((f) => toPdf(join(dir, `${f.name}.xlsx`), artifact(`${f.name}.pdf`))));
  for (const f of FORMS) renderPage(artifact(`${f.name}.pdf`), artifact(`${f.name}.png`));
}, SLOW);

describe.each(FORMS)('cchc generate $name', (f) => {
  it('writes the workbook and says what it made', () => {
    const o = outputs.get(f.name);
    expect(o?.run.status).toBe(0);
    expect(o?.run.stderr).toBe('');
    expect(o?.run.stdout).toMatch(new RegExp(`^Đã tạo .* năm 2024: .*${f.name}\\.xlsx, trang «[^»]+», bảng ${f.range}, \\d+ công thức\\.`));
  });

  it('is recognised by cchc check as its kind, its range, with no error', () => {
    const report = outputs.get(f.name)?.report as Report;
    expect(report.tables.map((t) => [t.kind, t.range])).toEqual([[f.kind, f.range]]);
    expect(errors(report)).toEqual([]);
  });

  it('holds what a fill would write: cchc fill writes nothing', async () => {
    expect(fillWrites(outputs.get(f.name)?.grids as WorkbookGrids)).toEqual([]);
    const r = await runCli(['fill', join(dir, `${f.name}.xlsx`), '-o', join(dir, `${f.name}-filled.xlsx`), '--json', '--today', TODAY]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { written: unknown[] }).written).toEqual([]);
  });

  it('prints on A4, one page wide, the header on every page, numbered pages; page 1 rendered', () => {
    const pdf = outputs.get(f.name)?.pdf as string;
    const { pages } = pdfInfo(pdf);
    expect(pages.length).toBe(f.pages);
    for (const p of pages) {
      expect(p.orientation).toBe(f.orientation);
      // A4 is 595 × 842 points.
      expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([595, 842]);
    }
    const texts = pageTexts(pdf);
    expect(texts).toHaveLength(f.pages);
    texts.forEach((t, i) => {
      // Both edge columns on every page: nothing was cut off to a page of its own.
      expect(t).toContain(f.firstHeader);
      expect(t).toContain(f.lastHeader);
      expect(t).toContain(`Trang ${i + 1}/${f.pages}`);
    });
    expect(texts[0]).toContain('UBND HUYỆN MAI SƠN');
    expect(existsSync(artifact(`${f.name}.png`))).toBe(true);
  });
});

// ---- filled as an officer would, recalculated by LibreOffice ----

async function openSheet(file: string): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, ws: wb.worksheets[0] };
}

function textAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return v === null || v === undefined ? '' : String(v);
}

describe('the generated score sheet, scored and recalculated', () => {
  let engine: ScoreSheetSummary;
  let recalculated: WorkbookGrids;
  let bottom: number;

  beforeAll(async () => {
    const { wb, ws } = await openSheet(join(dir, 'score-sheet-so.xlsx'));
    const codes = BANG_1.criteria.map((c) => c.code);
    let k = 0;
    BANG_1.criteria.forEach((c, i) => {
      const row = 8 + i;
      expect(textAt(ws, row, 1)).toBe(c.code);
      if (codes.some((x) => x.startsWith(`${c.code}.`)) || c.note === 'ĐTXHH') return; // parents; survey criteria await the survey
      const max = Number(c.max.replace(',', '.'));
      // Full marks, a quarter off every third criterion, nothing on every seventh.
      const score = k % 7 === 6 ? 0 : k % 3 === 2 ? Math.max(0, max - 0.25) : max;
      ws.getCell(row, 4).value = score;
      ws.getCell(row, 6).value = `Báo cáo số ${100 + k}/BC-UBND ngày 15/11/2024`;
      k++;
    });
    bottom = 8 + BANG_1.criteria.length;
    const filled = join(dir, 'score-sheet-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const before = analyseWorkbook(await readWorkbookFile(filled), { file: filled, today: TODAY });
    engine = before.report.tables[0].summary as ScoreSheetSummary;
    recalculated = await recalculatedGrids(filled, { timeoutMs: 240_000 });
  }, SLOW);

  it('computes in LibreOffice the index and rating the engine computes', () => {
    const g = recalculated.sheets[0];
    const at = (row: number, col: number) => g.rows[row - g.top]?.[col - g.left]?.v ?? null;
    expect(engine.indexPercent).toEqual(expect.any(Number));
    expect([at(bottom + 2, 2), at(bottom + 3, 2), at(bottom + 4, 2)]).toEqual(['Điểm tối đa áp dụng', 'Chỉ số CCHC', 'Xếp loại']);
    expect(at(bottom, 4)).toBeCloseTo(engine.totals.final as number, 9);
    expect(at(bottom + 2, 4)).toBe(engine.applicableMax);
    expect(at(bottom + 3, 4)).toBe(engine.indexPercent);
    expect(at(bottom + 4, 4)).toBe(engine.rating);
  });

  it('recalculated, checks with no error and a fill writes nothing', () => {
    const report = analyseWorkbook(recalculated, { file: 'x.xlsx', today: TODAY }).report;
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ indexPercent: engine.indexPercent, rating: engine.rating });
    expect(fillWrites(recalculated)).toEqual([]);
  });
});

describe('the generated Phụ lục II, filled and recalculated', () => {
  let recalculated: WorkbookGrids;
  let filled: string;

  beforeAll(async () => {
    const { wb, ws } = await openSheet(join(dir, 'phu-luc-2.xlsx'));
    // Seed rows by their text, in order; a count with its share takes the count above, its share below.
    const rowOf = new Map<number, number>();
    let row = 9;
    PHU_LUC_2_2024.forEach((r, i) => {
      while (row <= ws.rowCount && textAt(ws, row, 2) !== r.indicator) row++;
      if (row <= ws.rowCount) rowOf.set(i, row);
    });
    for (const e of PHU_LUC_2_PLAUSIBLE) {
      const r = rowOf.get(e.row);
      if (r === undefined) continue;
      // The form gives a one-line count-with-share unit two rows (generate/phuLuc2.ts).
      const share = /=\s*…%$/.test(textAt(ws, r, 3)) && !textAt(ws, r, 3).includes('\n');
      [e.y2023, e.y2024].forEach((v, j) => {
        const cell = ws.getCell(r, 4 + j);
        if (cell.formula) return;
        // "12.480 hồ sơ = 99,62%" in the seed's one-cell layout: here the count alone.
        const count = typeof v === 'string' && share ? Number(v.split(' ')[0].replace(/\./g, '')) : v;
        cell.value = count;
      });
    }
    filled = join(dir, 'phu-luc-2-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    recalculated = await recalculatedGrids(filled, { timeoutMs: 240_000 });
  }, SLOW);

  it('recalculated, checks as a real template does: no error, its shares computed, a fill writes nothing', () => {
    const report = analyseWorkbook(recalculated, { file: 'x.xlsx', today: TODAY }).report;
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ years: [2023, 2024], computed: expect.any(Number) });
    expect((report.tables[0].summary as { computed: number }).computed).toBeGreaterThanOrEqual(10);
    expect(fillWrites(recalculated)).toEqual([]);
  });

  it('the share of files resolved on time is what the engine computes', async () => {
    const g = recalculated.sheets[0];
    const r = g.rows.findIndex((line) => line[1]?.v === 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn') + g.top;
    const at = (row: number, col: number) => g.rows[row - g.top]?.[col - g.left]?.v ?? null;
    const [onTime, late] = [at(r, 4) as number, at(r + 2, 4) as number];
    expect(at(r + 1, 4)).toBe(Math.round((onTime / (onTime + late)) * 10000) / 100);
    expect(fillWrites(await readWorkbookFile(filled)).length).toBeGreaterThan(0); // before recalculation the cached shares were missing
  });
});

describe('the generated Phụ lục I, filled and recalculated', () => {
  it('says on time or late as the engine does', async () => {
    const { wb, ws } = await openSheet(join(dir, 'phu-luc-1.xlsx'));
    const day = (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return d;
    };
    ws.getCell('B9').value = 'Ban hành Kế hoạch CCHC năm 2024';
    ws.getCell('C9').value = '12/KH-UBND';
    ws.getCell('D9').value = day('2024-01-20');
    ws.getCell('F9').value = day('2024-01-31');
    ws.getCell('B10').value = 'Ban hành Kế hoạch kiểm tra CCHC năm 2024';
    ws.getCell('D10').value = day('2024-03-05');
    ws.getCell('F10').value = day('2024-02-29');
    const filled = join(dir, 'phu-luc-1-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const recalculated = await recalculatedGrids(filled, { timeoutMs: 240_000 });
    const g = recalculated.sheets[0];
    const at = (ref: string) => {
      const m = /^([A-Z])(\d+)$/.exec(ref) as RegExpExecArray;
      const v = g.rows[Number(m[2]) - g.top]?.[m[1].charCodeAt(0) - 64 - g.left]?.v ?? null;
      return v === '' ? null : v;
    };
    expect([at('G9'), at('G10'), at('G11')]).toEqual(['Đúng hạn', 'Quá hạn', null]);
    expect(at('D9')).toBe(isoToSerial('2024-01-20'));
    const report = analyseWorkbook(recalculated, { file: 'x.xlsx', today: TODAY }).report;
    expect(errors(report)).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'task.onTimeMismatch')).toEqual([]);
    expect(fillWrites(recalculated)).toEqual([]);
  }, SLOW);
});

describe('cchc generate phu-luc-1 --from the 2020 Phụ lục 1 (seed 003)', () => {
  it('carries its completed tasks into Phụ lục I, the source untouched', async () => {
    const source = join(dir, 'phu_luc_1_2020.xlsx');
    await writeWorkbook(phuLuc1_2020(), source);
    const hash = createHash('sha256').update(readFileSync(source)).digest('hex');
    const out = join(dir, 'phu-luc-1-from.xlsx');
    const r = await runCli(['generate', 'phu-luc-1', '--from', source, '-o', out, '--today', '2020-11-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('năm 2020');
    expect(r.stdout).toContain('Đã lấy 23 nhiệm vụ đã hoàn thành từ trang «Phụ lục 1» của');
    expect(createHash('sha256').update(readFileSync(source)).digest('hex')).toBe(hash);
    const report = await checkJson(out);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ kind: 'planTasks', range: 'A7:H44', year: 2020, unit: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    expect(report.tables[0].summary).toMatchObject({ tasks: 23, completed: 23 });
    expect(errors(report)).toEqual([]);
    const grids = await readWorkbookFile(out);
    expect(fillWrites(grids)).toEqual([]);
    const g = grids.sheets[0];
    const sections = g.rows.filter((line) => /^[IVX]+$/.test(String(line[0]?.v ?? ''))).map((line) => line[0]?.v);
    expect(sections).toEqual([...PHU_LUC_1_SECTIONS.map((s) => s.code), 'VII']);
    // Rendered for a look, like the blank forms.
    const pdf = await toPdf(out, artifact('phu-luc-1-from-2020.pdf'));
    renderPage(pdf, artifact('phu-luc-1-from-2020.png'));
    expect(pdfInfo(pdf).pages.every((p) => p.orientation === 'landscape')).toBe(true);
    for (const t of pageTexts(pdf)) expect(t).toContain('Ghi chú');
  }, SLOW);
});

describe('cchc generate: what it refuses', () => {
  it('never overwrites an existing file without --force', async () => {
    const file = join(dir, 'exists.xlsx');
    writeFileSync(file, 'not mine to overwrite');
    const r = await runCli(['generate', 'phu-luc-2', '-o', file]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `cchc: ${file}: tệp kết quả đã có; dùng --force để ghi đè\n` });
    expect(readFileSync(file, 'utf8')).toBe('not mine to overwrite');
    const forced = await runCli(['generate', 'phu-luc-2', '-o', file, '--force', '--year', '2024']);
    expect(forced.status).toBe(0);
    expect((await readWorkbookFile(file)).sheets.map((s) => s.sheet)).toEqual(['Phụ lục II']);
  });

  it.each([
    [[], 'generate: cần tên phụ lục: phu-luc-1|phu-luc-2|score-sheet'],
    [['bang-1', '-o', 'x.xlsx'], 'generate: không có phụ lục «bang-1»; chọn phu-luc-1|phu-luc-2|score-sheet'],
    [['phu-luc-1'], 'generate: cần -o TỆP.xlsx (tệp sẽ ghi)'],
    [['phu-luc-1', '-o', 'x.csv'], 'generate: tệp kết quả phải có đuôi .xlsx: «x.csv»'],
    [['phu-luc-1', '-o', 'x.xlsx', '--year', '24'], 'generate: --year cần một năm từ 1990 đến 2100 (ví dụ 2024), nhận được «24»'],
    [['phu-luc-1', '-o', 'x.xlsx', '--criteria', 'so'], 'generate: --criteria chỉ dùng với score-sheet'],
    [['phu-luc-1', '-o', 'x.xlsx', '--from', 'khong_co.xlsx'], 'khong_co.xlsx: không tìm thấy tệp hoặc thư mục này'],
  ])('cchc generate %j: one line, exit 2', async (args, message) => {
    const r = await runCli(['generate', ...args], { cwd: dir });
    expect(r).toEqual({ status: 2, stdout: '', stderr: `cchc: ${message}\n` });
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('says when --from holds no table to take data from', async () => {
    const r = await runCli(['generate', 'score-sheet', '--from', 'phu-luc-2.xlsx', '-o', 'y.xlsx'], { cwd: dir });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'cchc: phu-luc-2.xlsx: không tìm thấy bảng tiêu chí, chấm điểm nào (STT, tiêu chí, Điểm tối đa) trong tệp để lấy dữ liệu\n' });
    const en = await runCli(['generate', 'phu-luc-2', '--from', 'phu-luc-1.xlsx', '-o', 'y.xlsx', '--year', '2024', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe('cchc: phu-luc-1.xlsx: no statistics table with a "Năm 2023" column to take data from in the file\n');
  });

  it('--json describes the form', async () => {
    const r = await runCli(['generate', 'score-sheet', '--criteria', 'huyen', '-o', 'z.xlsx', '--year', '2023', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schema: 'cchc-generate/1',
      file: 'z.xlsx',
      form: 'score-sheet',
      sheet: 'Bảng chấm điểm',
      year: 2023,
      unit: null,
      table: { kind: 'scoreSheet', range: 'A7:G147', headerRows: [7] },
      formulas: expect.any(Number),
      carried: null,
    });
  });
});
