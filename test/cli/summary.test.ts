// cchc summary end to end (SPEC §9.1, issue 9): 30 units' workbooks built from seed 001's Bảng 1
// and Bảng 2, summarised into TONG_HOP.xlsx, which is read back and checked against figures
// computed here from the scores the fixture typed (never from the engine), then recalculated by
// LibreOffice: every formula's cached result is what a spreadsheet computes.
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFile } from '../../src/cli/commands/check';
import { barLine } from '../../src/cli/progress';
import { colLetter } from '../../src/engine/grid';
import { SummarySchema, type SummaryJson } from '../../src/report/schema';
import { readWorkbookFile } from '../../src/xlsx/read';
import { writeUnitsFolder, type UnitFile, type UnitsFolder } from '../fixtures/units';
import { runBin, runCli, STACK_RE, type CliResult } from '../helpers/cli';
import { recalculate, valueOf, type RecalculatedValues } from '../helpers/libreoffice';

const TODAY = '2024-06-30';

// ---- the expected figures, from the fixture's typed scores alone ----

/** Half up to 2 decimals, decimal-exact for these sums (quarters over maxima with one decimal). */
function round2(x: number): number {
  const micro = Math.round(x * 1e6);
  return Math.round(micro / 1e4) / 100;
}

interface Expected {
  file: string;
  unit: string;
  bang: 1 | 2;
  final: number | null;
  applicableMax: number;
  index: number | null;
  rating: string | null;
  areas: Array<{ code: string; final: number; applicableMax: number; percent: number | null }>;
  rank?: number | null;
}

function rating(index: number): string {
  // QĐ 1026/QĐ-UBND Điện Biên (GLOSSARY): ≥ 90, 70–<90, 50–<70, 40–<50, < 40.
  if (index >= 90) return 'Rất tốt';
  if (index >= 70) return 'Tốt';
  if (index >= 50) return 'Trung bình';
  if (index >= 40) return 'Yếu';
  return 'Kém';
}

function expectedOf(u: UnitFile): Expected {
  const codes = [...new Set(u.leaves.map((l) => l.area))];
  const areas = codes.map((code) => {
    const leaves = u.leaves.filter((l) => l.area === code);
    const final = leaves.reduce((s, l) => s + (typeof l.score === 'number' ? l.score : 0), 0);
    const applicableMax = leaves.reduce((s, l) => s + (l.score === 'na' ? 0 : l.max), 0);
    return { code, final, applicableMax, percent: applicableMax === 0 ? null : round2((final / applicableMax) * 100) };
  });
  const scored = u.leaves.some((l) => typeof l.score === 'number');
  const final = scored ? areas.reduce((s, a) => s + a.final, 0) : null;
  const applicableMax = areas.reduce((s, a) => s + a.applicableMax, 0);
  const index = final === null ? null : round2((final / applicableMax) * 100);
  return { file: `units/${u.file}`, unit: u.unit, bang: u.bang, final, applicableMax, index, rating: index === null ? null : rating(index), areas };
}

/** Competition ranks inside each Bảng (1, 2, 2, 4), the unscored unranked. */
function withRanks(expected: Expected[]): Expected[] {
  return expected.map((e) => {
    if (e.index === null) return { ...e, rank: null };
    const higher = expected.filter((o) => o.bang === e.bang && o.index !== null && o.index > (e.index as number)).length;
    return { ...e, rank: higher + 1 };
  });
}

// ---- reading the workbook back ----

type Row = Map<number, ExcelJS.CellValue>;

function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return (v as ExcelJS.CellSharedFormulaValue).result ?? null;
  return v ?? null;
}

function rowsOf(ws: ExcelJS.Worksheet): Array<{ row: number; cells: Row }> {
  const out: Array<{ row: number; cells: Row }> = [];
  ws.eachRow((r, row) => {
    const cells: Row = new Map();
    r.eachCell((c, col) => cells.set(col, c.value));
    out.push({ row, cells });
  });
  return out;
}

/** The ranking row of a file (the "Tệp" column, L). */
function rankingRow(ws: ExcelJS.Worksheet, file: string): { row: number; cells: Row } {
  const found = rowsOf(ws).find((r) => r.cells.get(12) === file);
  if (!found) throw new Error(`no ranking row for ${file}`);
  return found;
}

describe('cchc summary over 30 units (issue 9)', () => {
  let dir: string;
  let folder: UnitsFolder;
  let expected: Expected[];
  let run: CliResult;
  let wb: ExcelJS.Workbook;
  const out = (): string => join(dir, 'TONG_HOP.xlsx');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-summary-'));
    folder = await writeUnitsFolder(join(dir, 'units'));
    expected = withRanks(folder.units.map(expectedOf));
    run = await runCli(['summary', 'units', '-o', 'TONG_HOP.xlsx', '--today', TODAY, '--jobs', '1'], { cwd: dir });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 (some units have errors), prints the rankings, and one progress line per file', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Đã ghi TONG_HOP\.xlsx: 30 đơn vị, 2 bộ tiêu chí, 2 tệp không dùng được\./);
    expect(run.stdout).toContain('Bảng 1 (Sở, 100 điểm, 133 tiêu chí): 21 đơn vị');
    expect(run.stdout).toContain('Bảng 2 (huyện, 100 điểm, 128 tiêu chí): 9 đơn vị');
    expect(run.stderr.trim().split('\n')).toHaveLength(32);
    expect(run.stderr).toContain('cchc summary: 32/32 ');
    expect(run.stderr).toMatch(/Hong_tai_ve\.xlsx \(không dùng được\)/);
  });

  it('writes the five sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xếp hạng', 'Theo lĩnh vực', 'Kế hoạch', 'Lỗi', 'Không đọc được']);
  });

  it('ranks, indexes and rates every unit as computed from its typed scores', () => {
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    for (const e of expected) {
      const { cells } = rankingRow(ws, e.file);
      const got = { unit: plain(cells.get(2) ?? null), final: plain(cells.get(5) ?? null), max: plain(cells.get(6) ?? null), index: plain(cells.get(7) ?? null), rating: plain(cells.get(8) ?? null), rank: plain(cells.get(9) ?? null) };
      expect({ file: e.file, ...got }).toEqual({
        file: e.file,
        unit: e.unit,
        final: e.final,
        max: e.applicableMax,
        index: e.index,
        rating: e.rating,
        rank: e.rank ?? null,
      });
    }
  });

  it('sorts each set by index with ties sharing a rank, the blank form last, unranked', () => {
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    const rows = rowsOf(ws).filter((r) => typeof r.cells.get(12) === 'string' && String(r.cells.get(12)).startsWith('units/'));
    const bang1 = rows.filter((r) => expected.find((e) => e.file === r.cells.get(12))?.bang === 1);
    const indexes = bang1.map((r) => plain(r.cells.get(7) ?? null) as number | null);
    const ranked = indexes.filter((x): x is number => x !== null);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expect(indexes[indexes.length - 1]).toBe(null);
    expect(plain(bang1[bang1.length - 1].cells.get(2) ?? null)).toBe('SỞ NGOẠI VỤ');
    // The two units with the same scores share a rank; the next rank is skipped.
    const tied = ['units/So_Noi_vu.xlsx', 'units/So_Tai_chinh.xlsx'].map((f) => plain(rankingRow(ws, f).cells.get(9) ?? null) as number);
    expect(tied[0]).toBe(tied[1]);
    const next = bang1.map((r) => plain(r.cells.get(9) ?? null)).filter((x) => x === tied[0] + 1);
    expect(next).toHaveLength(0);
    // STT runs 1…n inside each set.
    expect(bang1.map((r) => plain(r.cells.get(1) ?? null))).toEqual(bang1.map((_, i) => i + 1));
  });

  it('ranks each criteria set on its own formulas: RANK over the set\'s rows only', () => {
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    const ranges = new Set(
      expected
        .filter((e) => e.rank !== null)
        .map((e) => {
          const v = rankingRow(ws, e.file).cells.get(9) as ExcelJS.CellFormulaValue;
          return `${e.bang}:${/,(\$G\$\d+:\$G\$\d+),/.exec(v.formula)?.[1]}`;
        }),
    );
    expect(ranges.size).toBe(2);
  });

  it('shows each area as a percentage of its applicable max, shaded under 50 %', () => {
    const ws = wb.getWorksheet('Theo lĩnh vực') as ExcelJS.Worksheet;
    const weak = expected.find((e) => e.file === 'units/So_NN_PTNT.xlsx') as Expected;
    const row = rowsOf(ws).find((r) => r.cells.get(2) === weak.unit && typeof r.cells.get(3) === 'object');
    const percents = weak.areas.map((_, j) => plain(row?.cells.get(3 + j) ?? null));
    expect(percents).toEqual(weak.areas.map((a) => a.percent));
    expect(percents[2]).toBeLessThan(50);
    const rules = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
    expect(rules.length).toBe(2);
    expect(rules[0].rules[0].formulae?.[0]).toMatch(/<50\)$/);
  });

  it('lists the ranking\'s "Lĩnh vực < 50 %" and flags in Ghi chú', () => {
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    expect(rankingRow(ws, 'units/So_NN_PTNT.xlsx').cells.get(10)).toBe('3');
    expect(rankingRow(ws, 'units/So_Y_te.xlsx').cells.get(13)).toContain('Trùng đơn vị');
    expect(rankingRow(ws, 'units/So_Y_te_ban_sua.xlsx').cells.get(13)).toContain('Trùng đơn vị');
    expect(rankingRow(ws, 'units/H_Tuan_Giao.xlsx').cells.get(13)).toContain('Bộ tiêu chí khác');
    expect(rankingRow(ws, 'units/Ban_Dan_toc.xlsx').cells.get(13)).toContain('Tên đơn vị lấy theo tên tệp');
  });

  it('lists every issue with unit, file, sheet, cell, severity, code and message, the flags among them', async () => {
    const ws = wb.getWorksheet('Lỗi') as ExcelJS.Worksheet;
    const rows = rowsOf(ws).filter((r) => typeof r.cells.get(1) === 'number');
    const codes = (file: string) => rows.filter((r) => r.cells.get(3) === file).map((r) => r.cells.get(7));
    expect(codes('units/So_Y_te.xlsx')).toContain('summary.duplicateUnit');
    expect(codes('units/So_Y_te_ban_sua.xlsx')).toContain('summary.duplicateUnit');
    expect(codes('units/H_Tuan_Giao.xlsx')).toContain('summary.criteriaMismatch');
    expect(codes('units/So_Tu_phap.xlsx')).not.toContain('summary.duplicateUnit');
    // Every issue of a unit's own check is there, as `cchc check` reports it.
    const report = await checkFile(join(folder.dir, 'So_GTVT.xlsx'), TODAY, 'vi');
    const listed = rows.filter((r) => r.cells.get(3) === 'units/So_GTVT.xlsx').map((r) => `${r.cells.get(4)}|${r.cells.get(5) ?? ''}|${r.cells.get(7)}`);
    expect(listed.sort()).toEqual(report.issues.map((i) => `${i.sheet}|${i.cell}|${i.code}`).sort());
    expect(rows.find((r) => r.cells.get(3) === 'units/So_GTVT.xlsx' && r.cells.get(6) === 'Lỗi')).toBeDefined();
  });

  it('lists the broken file and the workbook without a CCHC table, with their reasons', () => {
    const ws = wb.getWorksheet('Không đọc được') as ExcelJS.Worksheet;
    const rows = rowsOf(ws).filter((r) => typeof r.cells.get(1) === 'number');
    expect(rows.map((r) => r.cells.get(2))).toEqual([`units/${folder.noTable}`, `units/${folder.broken}`]);
    expect(String(rows[1].cells.get(3))).toMatch(/hỏng|chưa hết/);
    expect(String(rows[0].cells.get(3))).toMatch(/Không tìm thấy bảng CCHC/);
  });

  it('sums each unit\'s plan: tasks, completed, completion %, overdue, as `cchc check` counts them', async () => {
    const ws = wb.getWorksheet('Kế hoạch') as ExcelJS.Worksheet;
    const report = await checkFile(join(folder.dir, 'So_Tu_phap.xlsx'), TODAY, 'vi');
    const plan = report.tables.find((t) => t.kind === 'planTasks');
    if (!plan || plan.kind !== 'planTasks') throw new Error('no plan table in So_Tu_phap.xlsx');
    const row = rowsOf(ws).find((r) => r.cells.get(8) === 'units/So_Tu_phap.xlsx');
    expect([3, 4, 5, 6].map((c) => plain(row?.cells.get(c) ?? null))).toEqual([plan.summary.tasks, plan.summary.completed, plan.summary.completionPercent, plan.summary.overdue.length]);
    const none = rowsOf(ws).find((r) => r.cells.get(8) === 'units/So_Y_te.xlsx');
    expect(none?.cells.get(9)).toBe('Không có bảng kế hoạch');
  });

  it('is laid out like an official form: title block, Times New Roman, frozen headers, A4 landscape one page wide', () => {
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(ws.getCell('A2').value).toBe('SỞ NỘI VỤ');
    const header = rowsOf(ws).find((r) => r.cells.get(1) === 'STT')?.row as number;
    expect(rowsOf(ws).some((r) => r.cells.get(1) === 'BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023')).toBe(true);
    expect(ws.getCell(header, 2).font?.name).toBe('Times New Roman');
    expect(ws.getCell(header, 2).font?.bold).toBe(true);
    expect(ws.getCell(header, 2).border?.top?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header, xSplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
  });

  it('gives the numbers LibreOffice computes when it recalculates every formula', async () => {
    const recalculated: RecalculatedValues = await recalculate(out());
    const written = await readWorkbookFile(out());
    let formulas = 0;
    for (const grid of written.sheets) {
      grid.rows.forEach((line, i) => {
        line.forEach((cell, j) => {
          if (!cell?.f) return;
          formulas++;
          const ref = `${colLetter(grid.left + j)}${grid.top + i}`;
          const fresh = valueOf(recalculated, grid.sheet, ref);
          const cached = cell.v;
          if (typeof cached === 'number' && typeof fresh === 'number') expect({ ref, sheet: grid.sheet, v: fresh }).toEqual({ ref, sheet: grid.sheet, v: expect.closeTo(cached, 9) });
          else expect({ ref, sheet: grid.sheet, v: fresh ?? '' }).toEqual({ ref, sheet: grid.sheet, v: cached ?? '' });
        });
      });
    }
    expect(formulas).toBeGreaterThan(400);
    // And the recalculated ranking is the expected one.
    const ws = wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    for (const e of expected.filter((x) => x.index !== null)) {
      const { row } = rankingRow(ws, e.file);
      expect([e.file, valueOf(recalculated, 'Xếp hạng', `G${row}`), valueOf(recalculated, 'Xếp hạng', `H${row}`), valueOf(recalculated, 'Xếp hạng', `I${row}`)]).toEqual([
        e.file,
        e.index,
        e.rating,
        e.rank,
      ]);
    }
  }, 180_000);

  describe('--json', () => {
    let json: SummaryJson;
    let r: CliResult;
    beforeAll(async () => {
      r = await runCli(['summary', 'units', '-o', 'json.xlsx', '--json', '--today', TODAY, '--jobs', '1'], { cwd: dir });
      json = SummarySchema.parse(JSON.parse(r.stdout));
    }, 120_000);

    it('prints one cchc-summary/1 object and nothing else; no progress lines', () => {
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      expect(json.schema).toBe('cchc-summary/1');
      expect(json.output).toBe('json.xlsx');
      expect(existsSync(join(dir, 'json.xlsx'))).toBe(true);
    });

    it('holds one ranking per criteria set with the expected ranks and indexes', () => {
      expect(json.sets.map((s) => s.criteria?.name)).toEqual(['Bảng 1 (Sở, 100 điểm, 133 tiêu chí)', 'Bảng 2 (huyện, 100 điểm, 128 tiêu chí)']);
      for (const e of expected) {
        const set = json.sets[e.bang - 1];
        const u = set.units.find((x) => x.file === e.file);
        expect({ file: e.file, unit: u?.unit, index: u?.index, rank: u?.rank, rating: u?.rating }).toEqual({ file: e.file, unit: e.unit, index: e.index, rank: e.rank, rating: e.rating });
      }
      expect(json.unreadable.map((u) => u.file)).toEqual(['units/Du_toan_kinh_phi.xlsx', 'units/Hong_tai_ve.xlsx']);
      const dup = json.sets[0].units.filter((u) => u.flags.some((f) => f.code === 'summary.duplicateUnit'));
      expect(dup.map((u) => u.file).sort()).toEqual(['units/So_Y_te.xlsx', 'units/So_Y_te_ban_sua.xlsx']);
    });

    it('gives the same summary from the bundled binary with two worker threads', () => {
      const bin = runBin(['summary', 'units', '-o', 'parallel.xlsx', '--json', '--today', TODAY, '--jobs', '2'], { cwd: dir });
      expect(bin.stderr).not.toMatch(STACK_RE);
      expect(bin.status).toBe(1);
      const parallel = SummarySchema.parse(JSON.parse(bin.stdout));
      expect({ ...parallel, output: null }).toEqual({ ...json, output: null });
      expect(existsSync(join(dir, 'parallel.xlsx'))).toBe(true);
    }, 120_000);

    it('gives the same summary when every worker is replaced after each file', () => {
      const bin = runBin(['summary', 'units', '-o', 'retired.xlsx', '--json', '--today', TODAY, '--jobs', '3'], { cwd: dir, env: { CCHC_WORKER_RETIRE_MB: '0.001' } });
      expect(bin.stderr).toBe('');
      expect({ ...SummarySchema.parse(JSON.parse(bin.stdout)), output: null }).toEqual({ ...json, output: null });
    }, 120_000);
  });
});

describe('cchc summary: inputs, output and progress', () => {
  let dir: string;
  let units: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-summary-io-'));
    const folder = await writeUnitsFolder(join(dir, 'all'));
    units = join(dir, 'units');
    mkdirSync(units);
    // Two clean department files (no error in them) and nothing else.
    for (const f of ['So_Tu_phap.xlsx', 'So_Tai_chinh.xlsx']) copyFileSync(join(folder.dir, f), join(units, f));
    mkdirSync(join(dir, 'broken'));
    copyFileSync(join(folder.dir, folder.broken), join(dir, 'broken', folder.broken));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 when no unit has an error', async () => {
    const r = await runCli(['summary', 'units', '-o', 'ok.xlsx', '--today', TODAY], { cwd: dir });
    expect(r.stderr).not.toContain('lỗi không mong đợi');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 đơn vị, 1 bộ tiêu chí.');
  });

  it('refuses to overwrite the output without --force, and overwrites with it', async () => {
    const again = await runCli(['summary', 'units', '-o', 'ok.xlsx', '--today', TODAY], { cwd: dir });
    expect(again).toEqual({ status: 2, stdout: '', stderr: 'cchc: ok.xlsx: tệp kết quả đã có; dùng --force để ghi đè\n' });
    writeFileSync(join(dir, 'ok.xlsx'), 'cũ');
    const forced = await runCli(['summary', 'units', '-o', 'ok.xlsx', '--today', TODAY, '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'ok.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('skips its own output when it is written into the folder it summarises', async () => {
    const first = await runCli(['summary', 'units', '-o', 'units/TONG_HOP.xlsx', '--today', TODAY, '--json'], { cwd: dir });
    const second = await runCli(['summary', 'units', '-o', 'units/TONG_HOP.xlsx', '--today', TODAY, '--json', '--force'], { cwd: dir });
    const a = SummarySchema.parse(JSON.parse(first.stdout));
    const b = SummarySchema.parse(JSON.parse(second.stdout));
    expect(b.unreadable).toEqual([]);
    expect(b.sets).toEqual(a.sets);
    rmSync(join(dir, 'units', 'TONG_HOP.xlsx'));
  });

  it('lists a missing input among the files not used and goes on', async () => {
    const r = await runCli(['summary', 'units', 'khong_co', '-o', 'missing.xlsx', '--today', TODAY, '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(SummarySchema.parse(JSON.parse(r.stdout)).unreadable).toEqual([{ file: 'khong_co', reason: 'không tìm thấy tệp hoặc thư mục này' }]);
  });

  it('exits 2 and writes nothing when no file could be read', async () => {
    const r = await runCli(['summary', 'broken', 'khong_co', '-o', 'none.xlsx', '--today', TODAY], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('không ghi tệp kết quả vì không đọc được tệp nào');
    expect(r.stdout).toContain('broken/Hong_tai_ve.xlsx: tệp bị hỏng');
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });

  it.each([
    [['summary', 'units'], /cần -o TONG_HOP\.xlsx/],
    [['summary', '-o', 'x.xlsx'], /cần ít nhất một tệp \.xlsx hoặc thư mục/],
    [['summary', 'units', '-o', 'x.csv'], /phải có đuôi \.xlsx/],
    [['summary', 'units', '-o', 'x.xlsx', '--jobs', '0'], /--jobs cần một số nguyên/],
    [['summary', 'units', '-o', 'khong_co/x.xlsx'], /khong_co: không tìm thấy/],
    [['summary', 'units/So_Tu_phap.xlsx', '-o', 'units/So_Tu_phap.xlsx', '--force'], /trùng với tệp gốc/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('draws a progress bar on a terminal and clears it at the end', async () => {
    const r = await runCli(['summary', 'units', '-o', 'tty.xlsx', '--today', TODAY], { cwd: dir, tty: true });
    expect(r.stderr).toContain('\r[████████████████████████] 2/2 units/So_Tu_phap.xlsx');
    expect(r.stderr.endsWith('\r')).toBe(true);
    expect(r.stderr).not.toContain('\n');
  });

  it('cuts a long file name from the left to keep the bar on one line', () => {
    const line = barLine(3, 200, `units/${'rất_dài_'.repeat(20)}.xlsx`);
    expect([...line].length).toBeLessThanOrEqual(79);
    expect(line).toMatch(/^\[░+\] 3\/200 …/);
  });

  it('prints in English with --lang en', async () => {
    const r = await runCli(['summary', 'units', '-o', 'en.xlsx', '--today', TODAY, '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(/^Wrote en\.xlsx: 2 units, 1 criteria set\./);
    expect(r.stderr).toContain('cchc summary: 2/2 units/So_Tu_phap.xlsx');
  });

  it('rates every unit on one set of bands: cchc.config.json in the working folder', async () => {
    const bands = [
      { min: 80, label: 'Xuất sắc' },
      { min: 0, label: 'Chưa đạt' },
    ];
    writeFileSync(join(dir, 'cchc.config.json'), JSON.stringify({ ratingBands: bands }));
    try {
      const r = await runCli(['summary', 'units', '-o', 'bands.xlsx', '--today', TODAY, '--json'], { cwd: dir });
      const units = SummarySchema.parse(JSON.parse(r.stdout)).sets[0].units;
      expect(units.map((u) => u.rating)).toEqual(units.map((u) => ((u.index ?? 0) >= 80 ? 'Xuất sắc' : 'Chưa đạt')));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'bands.xlsx'));
      const row = rankingRow(wb.getWorksheet('Xếp hạng') as ExcelJS.Worksheet, 'units/So_Tu_phap.xlsx');
      expect((row.cells.get(8) as ExcelJS.CellFormulaValue).formula).toBe(`IF(G${row.row}="","",IF(G${row.row}>=80,"Xuất sắc","Chưa đạt"))`);
    } finally {
      rmSync(join(dir, 'cchc.config.json'));
    }
  });
});
