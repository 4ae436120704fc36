// Issue 8: the generated annexes as the engine lays them out (no file, no Excel). Each form is a
// first-class input: the check finds the right kind with no error, and the fill plans nothing on
// it (its formulas are the fill's own). The seed data behind them, the formulas each form holds,
// input cells unlocked and formula cells locked, and `--from` carrying a unit's data.
import { analyseWorkbook } from '../../../src/engine/check';
import { planFill } from '../../../src/engine/fill';
import { BANG_1 } from '../../../src/engine/generate/data/bang1';
import { BANG_2 } from '../../../src/engine/generate/data/bang2';
import { PHU_LUC_1_SECTIONS } from '../../../src/engine/generate/data/phuLuc1';
import { PHU_LUC_2_ROWS, PHU_LUC_2_SEED_REPEATS } from '../../../src/engine/generate/data/phuLuc2';
import { formGrid, formWritePlan, generateForm, type GenerateRequest, type SheetForm } from '../../../src/engine/generate';
import { formSectionOf } from '../../../src/engine/generate/source';
import { a1, colLetter, isoToSerial, rectA1, type WorkbookGrids } from '../../../src/engine/grid';
import { onTimeFormula } from '../../../src/engine/rules/planTasks';
import type { Report } from '../../../src/report/schema';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { bang1, criteria2019, phuLuc1_2020, phuLuc1_2024, phuLuc2_2024, selfAssessment2023 } from '../../fixtures/build';
import BANG_1_JSON from '../../../src/engine/generate/data/dienbien_bang1.json';
import BANG_2_JSON from '../../../src/engine/generate/data/dienbien_bang2.json';
import { PHU_LUC_1_2024 } from '../../fixtures/seeds/phuLuc1_2024';
import { PHU_LUC_2_2024 } from '../../fixtures/seeds/phuLuc2_2024';
import { toExcelWorkbook, type WorkbookSpec } from '../../fixtures/workbook';

const TODAY = '2024-12-01';

function request(kind: GenerateRequest['kind'], extra: Partial<GenerateRequest> = {}): GenerateRequest {
  return { kind, year: 2024, unit: 'UBND huyện Mai Sơn', criteria: 'so', today: TODAY, ...extra };
}

function generated(req: GenerateRequest, extra: { from?: WorkbookGrids; criteria?: WorkbookGrids } = {}): SheetForm {
  const out = generateForm({ request: req, ...extra });
  if (!out.ok) throw new Error(`not generated: ${JSON.stringify(out.problem)}`);
  return out.form;
}

function check(form: SheetForm): Report {
  return analyseWorkbook({ sheets: [formGrid(form)] }, { file: 'form.xlsx', today: TODAY }).report;
}

function errors(report: Report): string[] {
  return report.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}: ${i.message}`);
}

function fillWrites(form: SheetForm): string[] {
  return planFill({ sheets: [formGrid(form)] }, { file: 'form.xlsx', today: TODAY }).writes.map((w) => `${a1(w.row, w.col)} ${w.formula ?? String(w.value)}`);
}

function cellAt(form: SheetForm, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return form.rows[Number(m[2]) - 1]?.[col - 1];
}

/** Every cell of the form with its A1 reference. */
function cells(form: SheetForm) {
  return form.rows.flatMap((line, i) => line.flatMap((c, j) => (c ? [{ ref: a1(i + 1, j + 1), row: i + 1, col: j + 1, c }] : [])));
}

function textOf(form: SheetForm, row: number, col: number): string {
  const v = form.rows[row - 1]?.[col - 1]?.value;
  return v === null || v === undefined ? '' : String(v);
}

async function grids(spec: WorkbookSpec): Promise<WorkbookGrids> {
  const wb = await toExcelWorkbook(spec);
  return readWorkbookBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'source.xlsx');
}

describe('the seed data the generator carries at run time', () => {
  it('Bảng 1 and Bảng 2 are the seed tables, every spelling kept', () => {
    for (const [set, json] of [
      [BANG_1, BANG_1_JSON],
      [BANG_2, BANG_2_JSON],
    ] as const) {
      expect(set.title).toBe(json.title);
      expect(set.subtitle).toBe(json.subtitle);
      const rows = json.rows.filter((r) => r.code !== '');
      expect(set.criteria).toEqual(rows);
      expect(set.total).toEqual({ name: 'TỔNG ĐIỂM', max: '100' });
    }
  });

  it('Phụ lục I has the six sections of the seed form, Phụ lục II its 139 rows as the seed spells them', () => {
    const sections = PHU_LUC_1_2024.filter((r) => /^[IVX]+$/.test(r.code)).map((r) => ({ code: r.code, title: r.name }));
    expect(PHU_LUC_1_SECTIONS).toEqual(sections);
    // The fixtures take their rows from here (one copy).
    expect(PHU_LUC_2_2024).toBe(PHU_LUC_2_ROWS);
    expect(PHU_LUC_2_ROWS).toHaveLength(139);
    expect(PHU_LUC_2_ROWS.filter((r) => r.code === '6.1')).toHaveLength(2);
    expect(PHU_LUC_2_ROWS[131].indicator).toBe('Tỷ lệ số hóa hồ sơ giải quết thủ tục hành chính');
    expect(PHU_LUC_2_ROWS[56].unit).toBe('… hồ sơ = …%\n… hồ sơ = …%');
  });

  it.each([
    ['I. Các nhiệm vụ chung phục vụ điểm đánh giá về kết quả thực hiện cải cách hành chính', 'I'],
    ['II. Cải cách chế', 'II'],
    ['I. Cải cách thể chế', 'II'],
    ['IV. Cải cách tổ chức bộ máy hành chính nhà nước', 'III'],
    ['V.Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 'IV'],
    ['VI. Cải cách tài chính công', 'V'],
    ['VII. Hiện đại hóa nền hành chính', 'VI'],
    ['III. Cải cách thủ tục hành chính', null],
  ])('a plan section %j goes to the form section %j', (title, code) => {
    expect(formSectionOf(title)).toBe(code);
  });
});

describe.each([
  ['phuLuc1', request('phuLuc1'), 'planTasks', 'A7:H31', [7]],
  ['phuLuc2', request('phuLuc2'), 'statistics', 'A7:F152', [7, 8]],
  ['scoreSheet so', request('scoreSheet'), 'scoreSheet', 'A7:G148', [7]],
  ['scoreSheet huyen', request('scoreSheet', { criteria: 'huyen' }), 'scoreSheet', 'A7:G147', [7]],
] as const)('%s is a first-class input', (_name, req, kind, range, headerRows) => {
  const form = generated(req);
  const report = check(form);

  it('is recognised as its kind, where the layout says, with no error', () => {
    expect(report.tables.map((t) => [t.kind, t.range, t.headerRows])).toEqual([[kind, range, headerRows]]);
    expect(rectA1(form.table.range)).toBe(range);
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].year).toBe(2024);
    expect(report.tables[0].unit).toBe('UBND huyện Mai Sơn');
  });

  it('holds exactly what a fill would write: a fill plans nothing', () => {
    expect(fillWrites(form)).toEqual([]);
  });

  it('has the title block of the official forms', () => {
    expect(textOf(form, 1, 1)).toBe('UBND HUYỆN MAI SƠN');
    expect(textOf(form, 3, 1)).toMatch(/^Phụ lục (I|II|III)$/);
    expect(textOf(form, 4, 1)).toMatch(/^[^a-zđ]+ NĂM 2024$|^THỐNG KÊ/);
    expect(textOf(form, 5, 1)).toBe('(Kèm theo Báo cáo số …/BC-… ngày …/…/2024 của UBND huyện Mai Sơn)');
    expect(cellAt(form, 'A4')?.style).toMatchObject({ bold: true, size: 13 });
    expect(cellAt(form, 'A5')?.style).toMatchObject({ italic: true });
    expect(form.font).toEqual({ name: 'Times New Roman', size: 12 });
    for (const r of headerRows) for (const c of form.rows[r - 1]) if (c?.value) expect(c.style).toMatchObject({ bold: true, align: 'center', border: true, wrap: true });
  });

  it('prints A4, one page wide, header rows on every page, page numbers in the footer; frozen header; protected', () => {
    expect(form.page).toMatchObject({ paper: 'A4', fitToWidth: 1, fitToHeight: 0, footer: 'Trang &P/&N' });
    expect(form.page.printTitleRows).toEqual({ from: headerRows[0], to: headerRows[headerRows.length - 1] });
    expect(form.page.orientation).toBe(kind === 'statistics' ? 'portrait' : 'landscape');
    expect(form.freeze.rows).toBe(headerRows[headerRows.length - 1]);
    expect(form.protection).toEqual({ insertRows: true, deleteRows: true, formatRows: true, formatColumns: true });
  });

  it('locks every formula cell and every cell of the title and header; the table is bordered', () => {
    for (const { ref, c } of cells(form)) {
      if (c.formula !== undefined) expect([ref, c.style.input]).toEqual([ref, false]);
      if (c.style.input) expect(c.formula).toBeUndefined();
    }
    const t = form.table.range;
    for (let r = 1; r < t.top; r++) for (const c of form.rows[r - 1] ?? []) expect(c?.style.input ?? false).toBe(false);
    for (let r = t.top; r <= t.bottom; r++) for (let col = t.left; col <= t.right; col++) expect([r, col, form.rows[r - 1]?.[col - 1]?.style.border]).toEqual([r, col, true]);
  });

  it('as a WritePlan, writes every value and formula once, each over an empty cell', () => {
    const plan = formWritePlan(form);
    const keys = plan.writes.map((w) => a1(w.row, w.col));
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.writes.every((w) => w.old.v === null && w.old.f === undefined)).toBe(true);
    expect(plan.writes.filter((w) => w.formula !== undefined).length).toBe(cells(form).filter((x) => x.c.formula !== undefined).length);
  });
});

describe('Phụ lục I (seed 004)', () => {
  const form = generated(request('phuLuc1'));
  const header = form.rows[6].map((c) => c?.value);

  it("has the seed's columns and, for the on-time formula, a done-date column (decision in phuLuc1.ts)", () => {
    expect(header).toEqual(['STT', 'Tên nhiệm vụ', 'Số văn bản', 'Ngày hoàn thành', 'Trích yếu nội dung văn bản', 'Thời hạn ban hành văn bản', 'Đúng hạn/quá hạn', 'Ghi chú']);
    expect(check(form).tables[0].columns).toEqual({ code: 'A', task: 'B', docNumber: 'C', doneDate: 'D', docSummary: 'E', deadline: 'F', onTime: 'G', note: 'H' });
  });

  it('lays out sections I–VI in the seed spelling, three numbered rows under each', () => {
    const rows = form.rows.slice(7).map((line) => [line[0]?.value, line[1]?.value ?? null]);
    const expected: Array<[string, string | null]> = [];
    for (const s of PHU_LUC_1_SECTIONS) expected.push([s.code, s.title], ['1', null], ['2', null], ['3', null]);
    expect(rows).toEqual(expected);
  });

  it("puts the fill's on-time formula on every task row: the done date against the deadline", () => {
    const taskRows = form.rows.map((line, i) => (line[0]?.value && /^\d+$/.test(String(line[0].value)) ? i + 1 : 0)).filter(Boolean);
    expect(taskRows).toHaveLength(18);
    for (const r of taskRows) {
      expect(cellAt(form, `G${r}`)?.formula).toBe(onTimeFormula(`D${r}`, `F${r}`));
      for (const col of ['D', 'F']) {
        expect(cellAt(form, `${col}${r}`)?.style).toMatchObject({ input: true, numFmt: 'dd/mm/yyyy' });
        expect(cellAt(form, `${col}${r}`)?.validation?.kind).toBe('date');
      }
      for (const col of ['A', 'B', 'C', 'E', 'H']) expect(cellAt(form, `${col}${r}`)?.style.input).toBe(true);
    }
  });

  it('filled as an officer would, checks as the seed form does and says on time or late', () => {
    const grid = formGrid(form);
    const day = (iso: string) => ({ v: isoToSerial(iso), fmt: 'dd/mm/yyyy' });
    const fill = (r: number, cols: Record<string, unknown>) => {
      for (const [col, v] of Object.entries(cols)) grid.rows[r - 1][col.charCodeAt(0) - 65] = typeof v === 'object' ? (v as { v: number; fmt: string }) : { v: v as string };
    };
    fill(9, { B: 'Ban hành Kế hoạch CCHC năm 2024', C: '12/KH-UBND', D: day('2024-01-20'), E: 'Kế hoạch CCHC năm 2024', F: day('2024-01-31') });
    fill(10, { B: 'Ban hành Kế hoạch kiểm tra CCHC', C: '35/KH-UBND', D: day('2024-03-05'), E: 'Kế hoạch kiểm tra', F: day('2024-02-29') });
    const wb = { sheets: [grid] };
    const report = analyseWorkbook(wb, { file: 'x.xlsx', today: TODAY }).report;
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ tasks: 2, completed: 2 });
    // The cached values are stale (none): the fill refreshes them with the same formula.
    const plan = planFill(wb, { file: 'x.xlsx', today: TODAY });
    expect(plan.writes.map((w) => [a1(w.row, w.col), w.formula, w.value])).toEqual([
      ['G9', onTimeFormula('D9', 'F9'), 'Đúng hạn'],
      ['G10', onTimeFormula('D10', 'F10'), 'Quá hạn'],
    ]);
  });
});

describe('Phụ lục II (seed 004)', () => {
  const form = generated(request('phuLuc2'));
  const kept = PHU_LUC_2_ROWS.filter((_, i) => !PHU_LUC_2_SEED_REPEATS.has(i));

  it('has every indicator of the seed with its unit, in order, the seed repeats left out', () => {
    const listed = form.rows.slice(8).filter((line) => line[1]?.value).map((line) => [String(line[0]?.value ?? ''), line[1]?.value, line[2]?.value ?? '']);
    expect(listed).toEqual(kept.map((r) => [r.code, r.indicator, /^[IVX]+$/.test(r.code) ? '' : r.unit]));
    expect([...PHU_LUC_2_SEED_REPEATS].map((i) => PHU_LUC_2_ROWS[i].indicator)).toEqual([PHU_LUC_2_ROWS[96].indicator, PHU_LUC_2_ROWS[113].indicator]);
  });

  it('puts the two year columns under a merged "Kết quả thống kê"', () => {
    expect(form.rows[6].map((c) => c?.value ?? null)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Kết quả thống kê', null, 'Ghi chú']);
    expect(form.rows[7].map((c) => c?.value ?? null)).toEqual([null, null, null, 'Năm 2023', 'Năm 2024', null]);
    expect(form.merges.map(rectA1)).toEqual(expect.arrayContaining(['A7:A8', 'B7:B8', 'C7:C8', 'D7:E7', 'F7:F8']));
    expect(check(form).tables[0].columns).toMatchObject({ year2023: 'D', year2024: 'E' });
  });

  it('computes the shares and rates the engine knows, both years, as formulas; the rest are empty inputs', () => {
    const formulas = cells(form).filter((x) => x.c.formula !== undefined);
    const byIndicator = formulas.map((x) => {
      let r = x.row;
      while (!textOf(form, r, 2)) r--;
      return `${colLetter(x.col)} ${textOf(form, r, 2).slice(0, 40)}`;
    });
    expect(byIndicator).toEqual([
      'D Số TTHC đã được phê duyệt quy trình nội ',
      'E Số TTHC đã được phê duyệt quy trình nội ',
      'D Quy trình nội bộ giải quyết TTHC đã được',
      'E Quy trình nội bộ giải quyết TTHC đã được',
      'D Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải ',
      'E Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải ',
      'D Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải ',
      'E Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải ',
      'D Số liệu về trao đổi văn bản điện tử',
      'E Số liệu về trao đổi văn bản điện tử',
      'D Tỷ lệ văn bản được gửi hoàn toàn dưới dạ',
      'E Tỷ lệ văn bản được gửi hoàn toàn dưới dạ',
    ]);
    for (const x of formulas) expect(x.c.formula).toMatch(/^IF\([DE]\d+(\+[DE]\d+)?=0,"",ROUND\([DE]\d+\/\(?[DE]\d+(\+[DE]\d+)?\)?\*100,2\)\)$/);
    const inputs = cells(form).filter((x) => x.c.style.input && (x.col === 4 || x.col === 5));
    expect(inputs.every((x) => x.c.value === null)).toBe(true);
    // Every indicator with a unit has both year cells open for input, or computed.
    for (const x of cells(form).filter((y) => y.col === 3 && y.c.value && y.row > 8)) {
      for (const col of [4, 5]) {
        const v = form.rows[x.row - 1][col - 1];
        expect([x.ref, v?.style.input === true || v?.formula !== undefined]).toEqual([x.ref, true]);
      }
    }
  });

  it('gives a count with its share two rows, the share under the count', () => {
    const row = form.rows.findIndex((line) => line[1]?.value === 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn') + 1;
    expect(textOf(form, row, 3)).toBe('… hồ sơ = …%');
    expect(form.merges.map(rectA1)).toEqual(expect.arrayContaining([`B${row}:B${row + 1}`, `C${row}:C${row + 1}`]));
    expect(cellAt(form, `D${row}`)?.style.input).toBe(true);
    // Files on time over files on time + late (the late count two rows down, SPEC §6).
    expect(cellAt(form, `D${row + 1}`)?.formula).toBe(`IF(D${row}+D${row + 2}=0,"",ROUND(D${row}/(D${row}+D${row + 2})*100,2))`);
    expect(cellAt(form, `D${row + 1}`)?.style.numFmt).toBe('0.00"%"');
  });
});

describe('the score sheet (seed 001)', () => {
  const form = generated(request('scoreSheet'));
  const bottom = form.table.range.bottom;

  it('lists the criteria of Bảng 1 with their maxima and notes, then the total', () => {
    const rows = form.rows.slice(7, bottom - 1).map((l) => ({ code: l[0]?.value, name: l[1]?.value, max: l[2]?.value, note: l[6]?.value ?? '' }));
    expect(rows).toEqual(BANG_1.criteria.map((c) => ({ code: c.code, name: c.name, max: Number(c.max.replace(',', '.')), note: c.note })));
    expect([textOf(form, bottom, 2), cellAt(form, `C${bottom}`)?.value]).toEqual(['TỔNG ĐIỂM', 100]);
    expect(form.rows[6].map((c) => c?.value)).toEqual(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Ghi chú']);
  });

  it('sums every parent and the total; self-assessed leaves, the appraisal, evidence and notes are inputs', () => {
    const codes = BANG_1.criteria.map((c) => c.code);
    const isParent = (code: string) => codes.some((c) => c.startsWith(`${code}.`));
    BANG_1.criteria.forEach((c, i) => {
      const r = 8 + i;
      const self = cellAt(form, `D${r}`);
      if (isParent(c.code)) expect([c.code, self?.formula]).toEqual([c.code, expect.stringMatching(/^SUM\(/)]);
      else expect([c.code, self?.style.input, self?.formula]).toEqual([c.code, true, undefined]);
      for (const col of ['E', 'F', 'G']) expect(cellAt(form, `${col}${r}`)?.style.input).toBe(true);
      expect(cellAt(form, `C${r}`)?.style.input).toBeFalsy();
    });
    expect(cellAt(form, `D${bottom}`)?.formula).toBe('SUM(D8,D31,D48,D67,D82,D109,D123)');
    expect(cells(form).filter((x) => x.col === 5 && x.c.formula !== undefined)).toEqual([]);
  });

  it('labels the applicable maximum, the index and the rating below the total, as the fill writes them', () => {
    const below = form.rows.slice(bottom).map((l) => [l[1]?.value ?? null, l[3]?.formula ?? null]);
    expect(below).toEqual([
      [null, null],
      ['Điểm tối đa áp dụng', `C${bottom}`],
      ['Chỉ số CCHC', `ROUND(D${bottom}/D${bottom + 2}*100,2)`],
      ['Xếp loại', `IF(D${bottom + 3}>=90,"Rất tốt",IF(D${bottom + 3}>=70,"Tốt",IF(D${bottom + 3}>=50,"Trung bình",IF(D${bottom + 3}>=40,"Yếu","Kém"))))`],
    ]);
  });

  it('rates with the configured bands', () => {
    const out = generateForm({
      request: request('scoreSheet'),
      config: { ratingBands: [{ min: 80, label: 'Đạt' }, { min: 0, label: 'Chưa đạt' }], dueSoonDays: 14 },
    });
    if (!out.ok) throw new Error('not generated');
    expect(cellAt(out.form, `D${bottom + 4}`)?.formula).toBe(`IF(D${bottom + 3}>=80,"Đạt","Chưa đạt")`);
  });

  it('Bảng 2 lays out the district criteria', () => {
    const huyen = generated(request('scoreSheet', { criteria: 'huyen' }));
    const codes = BANG_2.criteria.map((c, i) => BANG_2.codeFixes?.[i] ?? c.code);
    expect(huyen.rows.slice(7, 7 + BANG_2.criteria.length).map((l) => l[0]?.value)).toEqual(codes);
    expect(codes.slice(90, 95)).toEqual(['5.11', '5.11.1', '5.11.2', '5.11.3', '5.11.4']);
    expect(textOf(huyen, 4, 1)).toBe('BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024');
  });

  it('takes the criteria of a table read from a file, its scoring rules (guidance rows) included', async () => {
    const source = await grids(criteria2019());
    const f = generated(request('scoreSheet'), { criteria: source });
    const report = check(f);
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ maxTotal: 100, guidance: { parsed: expect.any(Number) } });
    expect(textOf(f, 4, 1)).toBe('BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ CÔNG THƯƠNG NĂM 2024');
    const guidance = f.rows.find((l) => l[1]?.value === 'Đúng thời hạn: 0,5');
    expect(guidance?.[1]?.style.italic).toBe(true);
    expect(guidance?.[0]?.value ?? null).toBeNull();
    expect(fillWrites(f)).toEqual([]);
  });
});

describe('--from: a unit’s data carried into the new form, the source unchanged', () => {
  it('Phụ lục I takes the completed tasks of the 2020 Phụ lục 1 (seed 003) into their sections', async () => {
    const source = await grids(phuLuc1_2020());
    const before = JSON.stringify(source);
    const out = generateForm({ request: request('phuLuc1', { year: null, unit: null, today: '2020-11-30' }), from: source });
    if (!out.ok) throw new Error('not generated');
    expect(JSON.stringify(source)).toBe(before);
    expect(out.carried).toEqual({ kind: 'tasks', source: { sheet: 'Phụ lục 1', unit: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', year: 2020 }, tasks: 23, sections: 7 });
    expect(out.request).toMatchObject({ year: 2020, unit: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    const form = out.form;
    const sections = form.rows.filter((l) => /^[IVX]+$/.test(String(l[0]?.value ?? ''))).map((l) => `${l[0]?.value} ${l[1]?.value}`);
    expect(sections).toEqual([...PHU_LUC_1_SECTIONS.map((s) => `${s.code} ${s.title}`), 'VII CẢI CÁCH THỦ TỤC HÀNH CHÍNH']);
    const report = analyseWorkbook({ sheets: [formGrid(form)] }, { file: 'x.xlsx', today: '2020-11-30' }).report;
    expect(errors(report)).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ tasks: 23, completed: 23 });
    expect(fillWrites(form)).toEqual([]);
    // The first task of I, its deadline "Trước ngày 31/12/2019" as a day; "Theo hướng dẫn của Sở Nội vụ." kept as words.
    expect(textOf(form, 9, 2)).toMatch(/^- Ban hành kế hoạch CCHC năm theo hướng dẫn/);
    expect(cellAt(form, 'F9')?.value).toBe(isoToSerial('2019-12-31'));
    expect(cellAt(form, 'G9')?.formula).toBe(onTimeFormula('D9', 'F9'));
    const external = cells(form).find((x) => x.c.value === 'Theo hướng dẫn của Sở Nội vụ.');
    expect(external?.ref).toMatch(/^F\d+$/);
    expect(cellAt(form, `G${external?.row}`)?.formula).toBeUndefined();
  });

  it('Phụ lục I copies the rows of a filled Phụ lục I, its document days read from the text', async () => {
    const spec = phuLuc1_2024();
    const rows = spec.sheets[0].rows;
    const first = rows.findIndex((r) => r[0] === '1' || (typeof r[0] === 'object' && r[0] !== null && 'value' in r[0] && r[0].value === '1'));
    rows[first] = ['1', 'Ban hành Kế hoạch CCHC năm 2024', 'Kế hoạch số 12/KH-UBND ngày 20/01/2024', 'Kế hoạch cải cách hành chính năm 2024', 'Quý I/2024', null, null];
    const out = generateForm({ request: request('phuLuc1', { year: null }), from: await grids(spec) });
    if (!out.ok) throw new Error('not generated');
    expect(out.carried).toMatchObject({ kind: 'tasks', tasks: 1, sections: 1 });
    expect([cellAt(out.form, 'D9')?.value, cellAt(out.form, 'F9')?.value]).toEqual([isoToSerial('2024-01-20'), isoToSerial('2024-03-31')]);
    expect(fillWrites(out.form)).toEqual([]);
  });

  it('Phụ lục II takes last year’s figures into the N−1 column, counts and shares apart', async () => {
    const out = generateForm({ request: request('phuLuc2', { unit: null }), from: await grids(phuLuc2_2024({ values: 'plausible' })) });
    if (!out.ok) throw new Error('not generated');
    expect(out.carried).toMatchObject({ kind: 'figures', year: 2023, values: 104 });
    expect(out.request.unit).toBe('ỦY BAN NHÂN DÂN HUYỆN MAI SƠN');
    const form = out.form;
    const row = form.rows.findIndex((l) => l[1]?.value === 'Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn') + 1;
    expect(cellAt(form, `D${row}`)?.value).toBe(10862);
    expect(cellAt(form, `D${row + 1}`)).toMatchObject({ formula: expect.stringMatching(/^IF/), result: 99.2 });
    expect(cells(form).filter((x) => x.col === 5 && x.c.value !== null && x.c.value !== undefined && x.row > 8)).toEqual([]);
    const report = check(form);
    expect(errors(report)).toEqual([]);
    expect(fillWrites(form)).toEqual([]);
  });

  it('the score sheet takes the criteria and the scores of a self-assessment, with their cached totals', async () => {
    const out = generateForm({ request: request('scoreSheet', { year: 2023 }), from: await grids(bang1({ scoreColumns: true, scores: selfAssessment2023() })) });
    if (!out.ok) throw new Error('not generated');
    expect(out.carried).toMatchObject({ kind: 'scores', scores: expect.any(Number) });
    const report = check(out.form);
    // The self-assessment's own slip is carried as typed (SPEC §7: an input is never changed).
    expect(errors(report)).toEqual(['D15 score.exceedsMax: D15: điểm tự đánh giá 1,5 vượt điểm tối đa 1']);
    const summary = report.tables[0].summary as { indexPercent: number; rating: string };
    const bottom = out.form.table.range.bottom;
    expect(cellAt(out.form, `D${bottom + 3}`)?.result).toBe(summary.indexPercent);
    expect(cellAt(out.form, `D${bottom + 4}`)?.result).toBe(summary.rating);
    expect(fillWrites(out.form)).toEqual([]);
  });

  it.each([
    ['phuLuc1', 'noPlanTable'],
    ['phuLuc2', 'noStatisticsYear'],
    ['scoreSheet', 'noScoreTable'],
  ] as const)('%s from a workbook without the table it needs says so', async (kind, problem) => {
    const out = generateForm({ request: request(kind), from: await grids({ sheets: [{ name: 'Trống', rows: [['Không có bảng nào ở đây']] }] }) });
    expect(out).toMatchObject({ ok: false, problem: { kind: problem } });
  });
});
