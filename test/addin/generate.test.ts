// Tạo phụ lục in the add-in (SPEC §10, issue 8), against the in-memory Excel: the form is added as
// a new sheet of the open workbook, never over an existing one (a name clash gets a suffix), in
// a constant number of round trips; values, formulas, formats, merges, frozen rows, the printed
// page and protection arrive; a failure half-way leaves no sheet behind; and the new sheet is a
// first-class input for the pane's check and fill.
import { createExcelOps } from '../../src/addin/excel';
import { freeSheetName, styleRects, widthPoints } from '../../src/addin/excel/generate';
import { AddinError, type WorkbookOps } from '../../src/addin/ops';
import { analyseWorkbook } from '../../src/engine/check';
import { planFill } from '../../src/engine/fill';
import { generateForm, type GenerateRequest, type SheetForm } from '../../src/engine/generate';
import { a1, rectA1, type Grid } from '../../src/engine/grid';
import { FakeExcel } from './fakeExcel';
import { scoreSheetGrid } from './fixtures';

const TODAY = '2024-12-01';

function form(kind: GenerateRequest['kind'], extra: Partial<GenerateRequest> = {}): SheetForm {
  const out = generateForm({ request: { kind, year: 2024, unit: 'UBND huyện Mai Sơn', criteria: 'so', today: TODAY, ...extra } });
  if (!out.ok) throw new Error('not generated');
  return out.form;
}

function sheetGrid(name: string, text: string): Grid {
  return { sheet: name, top: 1, left: 1, width: 1, rows: [[{ v: text }]], merges: [], hiddenRows: [], hiddenCols: [] };
}

function setup(sheets: Grid[], budget?: number): { fake: FakeExcel; ops: WorkbookOps } {
  const fake = new FakeExcel({ sheets });
  const ops = createExcelOps({ run: fake.run, notes: true, fileName: () => 'bao_cao.xlsx', ...(budget ? { requestBudget: budget } : {}) });
  return { fake, ops };
}

describe('a free sheet name', () => {
  it.each([
    ['Phụ lục I', [], 'Phụ lục I'],
    ['Phụ lục I', ['Phụ lục I'], 'Phụ lục I (2)'],
    ['Phụ lục I', ['phụ lục i', 'Phụ lục I (2)'], 'Phụ lục I (3)'],
    ['Phụ lục II', ['Phụ lục I'], 'Phụ lục II'],
    ['Bảng chấm điểm chỉ số cải cách hành chính', [], 'Bảng chấm điểm chỉ số cải cách'],
    ['Bảng chấm điểm chỉ số cải cách', ['Bảng chấm điểm chỉ số cải cách'], 'Bảng chấm điểm chỉ số cải c (2)'],
  ])('%j among %j is %j', (wanted, existing, expected) => {
    const name = freeSheetName(wanted, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('Tạo phụ lục adds the form as a new sheet', () => {
  it('beside the existing sheets, a clash getting a suffix; the existing sheets untouched', async () => {
    const { fake, ops } = setup([sheetGrid('Phụ lục I', 'Bản của đơn vị, không được ghi đè'), scoreSheetGrid()]);
    const before = JSON.stringify(fake.state());
    const f = form('phuLuc1');
    const first = await ops.addSheet(f);
    expect(first.name).toBe('Phụ lục I (2)');
    const second = await ops.addSheet(f);
    expect(second.name).toBe('Phụ lục I (3)');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Phụ lục I', fake.sheets[1].name, 'Phụ lục I (2)', 'Phụ lục I (3)']);
    expect(fake.cell('Phụ lục I', 'A1')?.v).toBe('Bản của đơn vị, không được ghi đè');
    const after = JSON.parse(JSON.stringify(fake.state())) as { sheets: unknown[] };
    const was = JSON.parse(before) as { sheets: unknown[] };
    expect(after.sheets.slice(0, 2)).toEqual(was.sheets);
    expect(fake.activeSheet).toBe('Phụ lục I (3)');
  });

  it('in a constant number of round trips, whatever the rows', async () => {
    for (const f of [form('phuLuc1'), form('scoreSheet')]) {
      const { fake, ops } = setup([sheetGrid('Trang 1', 'x')]);
      const added = await ops.addSheet(f);
      // One to list the sheets, one to add it, one batch of writes (well under 5 MB), one to turn events back on.
      expect(fake.syncCount).toBeLessThanOrEqual(4);
      expect(added.name).toBe(f.name);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    }
  });

  it('batches under a small request budget too, one sync per batch', async () => {
    const f = form('scoreSheet');
    const { fake, ops } = setup([sheetGrid('Trang 1', 'x')], 20_000);
    await ops.addSheet(f);
    const writes = fake.syncs.filter((s) => s.ops > 0);
    expect(writes.length).toBeGreaterThan(4);
    expect(writes.every((s) => s.requestBytes <= 20_000 + 10_000)).toBe(true);
    expect(fake.sheet(f.name).protected).toBe(true);
  });

  it('writes every value and formula, text as text', async () => {
    const f = form('scoreSheet');
    const { fake, ops } = setup([sheetGrid('Trang 1', 'x')]);
    await ops.addSheet(f);
    f.rows.forEach((line, i) =>
      line.forEach((c, j) => {
        const got = fake.cell(f.name, a1(i + 1, j + 1));
        if (c?.formula) expect(got?.f).toBe(c.formula);
        else if (c?.value !== null && c?.value !== undefined) expect([a1(i + 1, j + 1), got?.v]).toEqual([a1(i + 1, j + 1), c.value]);
      }),
    );
    // A code "1.1" stays text (Excel would make it the number 1.1).
    expect(fake.cell(f.name, 'A9')?.v).toBe('1.1');
  });

  it('formats it like the official form: fonts, alignment, borders, merges, widths, unlocked inputs', async () => {
    const f = form('phuLuc1');
    const { fake, ops } = setup([sheetGrid('Trang 1', 'x')]);
    await ops.addSheet(f);
    const s = fake.sheet(f.name);
    expect(fake.formatOf(f.name, 'A4')).toMatchObject({ 'font.name': 'Times New Roman', 'font.size': 13, 'font.bold': true, horizontalAlignment: 'Center' });
    expect(fake.formatOf(f.name, 'A5')).toMatchObject({ 'font.italic': true });
    expect(fake.formatOf(f.name, 'B7')).toMatchObject({ 'font.bold': true, wrapText: true, 'border.EdgeTop': 'Continuous' });
    expect(fake.formatOf(f.name, 'B9')).toMatchObject({ locked: false, 'border.EdgeLeft': 'Continuous' });
    expect(fake.formatOf(f.name, 'G9').locked).toBeUndefined(); // the on-time formula stays locked
    expect(fake.cell(f.name, 'D9')?.fmt).toBe('dd/mm/yyyy');
    expect(s.merges.map(rectA1)).toEqual(f.merges.map(rectA1));
    expect([...s.columnWidths.entries()]).toEqual(f.widths.map((w, j) => [j + 1, widthPoints(w)]));
    expect(Object.fromEntries(s.rowHeights)).toEqual(Object.fromEntries(Object.entries(f.heights).map(([r, h]) => [Number(r), h])));
    expect(s.validations.get('9,4')).toMatchObject({ rule: { date: { operator: 'GreaterThan' } }, prompt: { showPrompt: true, title: 'Ngày hoàn thành' } });
  });

  it('freezes the header, sets up the printed page and protects the sheet without a password, last', async () => {
    const f = form('phuLuc2');
    const { fake, ops } = setup([sheetGrid('Trang 1', 'x')]);
    await ops.addSheet(f);
    const s = fake.sheet(f.name);
    expect(s.frozenRows).toBe(8);
    expect(s.page).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$7:$8',
      centerFooter: 'Trang &P/&N',
    });
    expect(s.protected).toBe(true);
    expect(s.protectionOptions).toEqual({ allowInsertRows: true, allowDeleteRows: true, allowFormatRows: true, allowFormatColumns: true });
  });

  it('leaves no sheet behind when the connection drops half-way', async () => {
    const f = form('scoreSheet');
    const { fake, ops } = setup([sheetGrid('Trang 1', 'x')], 20_000);
    fake.failAt({ atSync: 4, applyOps: 3 });
    await expect(ops.addSheet(f)).rejects.toBeInstanceOf(AddinError);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Trang 1']);
    expect(fake.cell('Trang 1', 'A1')?.v).toBe('x');
  });

  it('is a first-class input: the pane’s check recognises it with no error, its fill plans nothing', async () => {
    const f = form('scoreSheet');
    const { ops } = setup([sheetGrid('Trang 1', 'x')]);
    await ops.addSheet(f);
    const wb = await ops.readWorkbook();
    const result = analyseWorkbook(wb, { file: 'bao_cao.xlsx', today: TODAY });
    expect(result.report.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([[f.name, 'scoreSheet', 'A7:G148']]);
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(planFill(wb, { file: 'bao_cao.xlsx', today: TODAY }).writes.map((w) => a1(w.row, w.col))).toEqual([]);
  });

  it('formats by rectangles of one style, not cell by cell', () => {
    const f = form('scoreSheet');
    const cells = f.rows.flat().filter(Boolean).length;
    const rects = styleRects(f);
    expect(rects.length).toBeLessThan(cells / 3);
    // Every cell of the form is in exactly one rectangle of its own style.
    const covered = new Map<string, string>();
    for (const { rect, style } of rects) {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) {
        expect(covered.has(a1(r, c))).toBe(false);
        covered.set(a1(r, c), JSON.stringify(style));
      }
    }
    f.rows.forEach((line, i) => line.forEach((c, j) => c && expect(covered.get(a1(i + 1, j + 1))).toBe(JSON.stringify(c.style))));
  });
});
