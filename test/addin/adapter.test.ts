// The Office adapter against the in-memory Excel: reads (constant round trips, exact Grids),
// batched writes under 5 MB, all-or-nothing fills, undo, highlights, dismissals, events.
import { createExcelOps, type ExcelDeps } from '../../src/addin/excel';
import { cellInput, needsTextPrefix } from '../../src/addin/excel/cellInput';
import { REQUEST_BUDGET } from '../../src/addin/excel/run';
import { AddinError, type WorkbookOps } from '../../src/addin/ops';
import type { WritePlan } from '../../src/engine/fill/plan';
import type { Grid, WorkbookGrids } from '../../src/engine/grid';
import { FakeExcel, type FakeOptions } from './fakeExcel';
import { longScoreSheetGrid, mixedGrid, SCORE_SHEET, scoreSheetGrid } from './fixtures';
import { planFillForTests } from './testEngine';

const FIXED_NOW = new Date('2024-06-30T08:00:00Z');

function setup(sheets: Grid[], options: FakeOptions = {}, deps: Partial<ExcelDeps> = {}): { fake: FakeExcel; ops: WorkbookOps } {
  const fake = new FakeExcel({ sheets }, options);
  const ops = createExcelOps({ run: fake.run, notes: options.notes ?? true, fileName: () => 'test.xlsx', now: () => FIXED_NOW, ...deps });
  return { fake, ops };
}

/** A Grid as a reader should give it back: trailing empties dropped, fonts aside (tested apart). */
function normalise(g: Grid): Grid {
  const rows = g.rows.map((r) => {
    const row = r.map((c) => (c ? { ...c, font: undefined } : c));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return { ...g, rows, protected: g.protected || undefined };
}

function stripUndefined<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('in-memory Excel behaves like Office.js where it matters', () => {
  test('a property read before load + sync throws PropertyNotLoaded', async () => {
    const { fake } = setup([mixedGrid()]);
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Hỗn hợp').getRange('B2:C3');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values[0][0]).toBe('Văn bản');
    });
  });

  test('input is parsed as typed: formulas, numbers, apostrophe text', async () => {
    const { fake } = setup([{ sheet: 'S', top: 1, left: 1, width: 1, rows: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A5').formulas = [['=1+2'], ['1.10'], ["'1.10"], ["'=HYPERLINK(\"x\")"], ['TRUE']];
      await ctx.sync();
    });
    expect(fake.cell('S', 'A1')).toMatchObject({ f: '1+2', v: 3 });
    expect(fake.cell('S', 'A2')?.v).toBe(1.1);
    expect(fake.cell('S', 'A3')?.v).toBe('1.10');
    expect(fake.cell('S', 'A4')).toMatchObject({ v: '=HYPERLINK("x")' });
    expect(fake.cell('S', 'A4')?.f).toBeUndefined();
    expect(fake.cell('S', 'A5')?.v).toBe(true);
  });

  test('a batch is not a transaction: an injected failure keeps the operations before it', async () => {
    const { fake } = setup([{ sheet: 'S', top: 1, left: 1, width: 1, rows: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
    fake.failAt({ atSync: 1, applyOps: 1 });
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').formulas = [['a']];
        ws.getRange('A2').formulas = [['b']];
        await ctx.sync();
      }),
    ).rejects.toThrow(/Injected/);
    expect(fake.cell('S', 'A1')?.v).toBe('a');
    expect(fake.cell('S', 'A2')).toBeUndefined();
  });

  test('a request over 5 MB is refused whole', async () => {
    const { fake } = setup([{ sheet: 'S', top: 1, left: 1, width: 1, rows: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A60000').formulas = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('S', 'A1')).toBeUndefined();
  });
});

describe('text written to a cell stays text (SPEC §11)', () => {
  test.each([
    ['=HYPERLINK("x")', true],
    ['1.10', true],
    ['-3', true],
    ['TRUE', true],
    ['Jan 2024', true],
    ["'quoted", true],
    ['Tốt', false],
    ['Hoàn thành', false],
  ])('%s needs an apostrophe: %s', (text, expected) => {
    expect(needsTextPrefix(text)).toBe(expected);
  });

  test('formulas are written with "=", values as typed', () => {
    expect(cellInput('SUM(A1:A2)', 3)).toBe('=SUM(A1:A2)');
    expect(cellInput(undefined, '=x')).toBe("'=x");
    expect(cellInput(undefined, 2.5)).toBe(2.5);
    expect(cellInput(undefined, null)).toBe('');
  });
});

describe('reading the workbook', () => {
  test('every sheet comes back as the Grid it was built from', async () => {
    const grids = [scoreSheetGrid(), mixedGrid()];
    const { ops } = setup(grids);
    const wb = await ops.readWorkbook();
    expect(stripUndefined(wb.sheets.map(normalise))).toEqual(stripUndefined(grids.map(normalise)));
  });

  test('fonts come back per cell in the title corner, for TCVN3 all-caps fonts (SPEC §3)', async () => {
    const grid: Grid = {
      sheet: 'TCVN3',
      top: 1,
      left: 1,
      width: 2,
      rows: [[{ v: 'NhiÖm vô', font: '.VnTimeH' }, { v: 'Ghi chó', font: '.VnTime' }], [{ v: 1 }, { v: 'x', font: '.VnTime' }]],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
    };
    const { ops } = setup([grid]);
    const wb = await ops.readWorkbook();
    expect(wb.sheets[0].rows).toEqual(grid.rows);
  });

  test('a protected sheet is read and marked protected', async () => {
    const grid = { ...mixedGrid(), protected: true };
    const { ops } = setup([grid]);
    const wb = await ops.readWorkbook();
    expect(wb.sheets[0].protected).toBe(true);
  });

  test('an empty sheet gives an empty Grid', async () => {
    const { ops } = setup([{ sheet: 'Trống', top: 1, left: 1, width: 0, rows: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
    const wb = await ops.readWorkbook();
    expect(wb.sheets[0].rows).toEqual([]);
  });

  test('checking a 200-row and a 20 000-row sheet uses the same number of round trips', async () => {
    const counts: Record<number, { syncs: number; responseBytes: number }> = {};
    for (const rows of [200, 20_000]) {
      const { fake, ops } = setup([longScoreSheetGrid(rows), mixedGrid()]);
      const wb = await ops.readWorkbook();
      expect(wb.sheets[0].rows.length).toBe(rows + 3);
      counts[rows] = { syncs: fake.syncCount, responseBytes: fake.syncs.reduce((n, s) => n + s.responseBytes, 0) };
    }
    expect(counts[200].syncs).toBe(2);
    expect(counts[20_000].syncs).toBe(counts[200].syncs);
    // Recorded for the README: how much a 20 000-row sheet weighs in one response.
    expect(counts[20_000].responseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('re-reading one sheet is one round trip', async () => {
    const { fake, ops } = setup([scoreSheetGrid(), mixedGrid()]);
    await ops.readSheet('Hỗn hợp');
    expect(fake.syncCount).toBe(1);
  });

  test('when Excel refuses the whole response, sheets are read in blocks and come back the same', async () => {
    const grid = longScoreSheetGrid(3_000);
    const { fake, ops } = setup([grid], { responseLimit: 200_000 }, { readLimits: { blockCells: 2_000, maxCells: 3_000_000 } });
    const wb = await ops.readWorkbook();
    expect(stripUndefined(normalise(wb.sheets[0]))).toEqual(stripUndefined(normalise(grid)));
    expect(fake.syncs.every((s) => s.failed || s.responseBytes <= 200_000)).toBe(true);
  });

  test('more than 512 merged areas: the sheet is still read, merges reported unread', async () => {
    const grid = longScoreSheetGrid(100);
    grid.merges = Array.from({ length: 40 }, (_, i) => ({ top: 4 + i, left: 2, bottom: 4 + i, right: 3 }));
    const warnings: unknown[] = [];
    const { ops } = setup([grid], { mergeLimit: 8 }, { onReadWarnings: (w) => warnings.push(...w) });
    const wb = await ops.readWorkbook();
    expect(wb.sheets[0].rows.length).toBe(grid.rows.length);
    expect(warnings).toEqual([{ sheet: 'Dài', kind: 'mergesUnread' }]);
  });

  test('a stray value in the last row does not read a million rows', async () => {
    const grid = longScoreSheetGrid(10);
    const fakeGrid: WorkbookGrids = { sheets: [grid] };
    const fake = new FakeExcel(fakeGrid, { responseLimit: 1_000_000 });
    fake.sheet('Dài').cells.set('1048576,1', { v: 'x' });
    const warnings: unknown[] = [];
    const ops = createExcelOps({ run: fake.run, notes: true, fileName: () => 'x.xlsx', onReadWarnings: (w) => warnings.push(...w), readLimits: { blockCells: 50_000, maxCells: 200_000 } });
    const wb = await ops.readWorkbook();
    expect(wb.sheets[0].rows.length).toBeLessThanOrEqual(40_000);
    expect(warnings).toEqual([{ sheet: 'Dài', kind: 'truncated', rows: 40_000 }]);
  });
});

function planFor(fake: FakeExcel, values = false): WritePlan {
  return planFillForTests(fake.toGrids(), { file: 'x.xlsx', today: '2024-06-30', values });
}

describe('applying a fill', () => {
  test('writes the planned formulas and nothing else, keeps formula-like text as text', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const before = fake.toGrids();
    const plan = planFor(fake);
    expect(plan.writes.length).toBeGreaterThan(10);
    const result = await ops.applyPlan(plan, 'Điền công thức');
    expect(result.written).toBe(plan.writes.length);
    for (const w of plan.writes) {
      const cell = fake.sheet(w.sheet).cells.get(`${w.row},${w.col}`);
      expect(cell?.f).toBe(w.formula);
    }
    // 1.1 was typed 3; the formula gives the children's 3.5.
    expect(fake.cell(SCORE_SHEET.sheet, SCORE_SHEET.sumMismatch)).toMatchObject({ f: 'SUM(D9:D10)', v: 3.5 });
    // Its old value is in a note.
    expect(fake.notes.get(`${SCORE_SHEET.sheet}!${SCORE_SHEET.sumMismatch}`)).toMatch(/3/);
    // Every other cell is untouched.
    const planned = new Set(plan.writes.map((w) => `${w.row},${w.col}`));
    const after = fake.toGrids().sheets[0];
    before.sheets[0].rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!planned.has(`${r + 1},${c + 1}`)) expect(after.rows[r][c]).toEqual(cell);
      }),
    );
    expect(fake.cell(SCORE_SHEET.sheet, SCORE_SHEET.formulaLikeText)).toMatchObject({ v: SCORE_SHEET.formulaLikeValue });
  });

  test('values-only mode writes numbers, not formulas', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const plan = planFor(fake, true);
    await ops.applyPlan(plan, 'Điền giá trị');
    expect(fake.cell(SCORE_SHEET.sheet, SCORE_SHEET.sumMismatch)).toEqual({ v: 3.5 });
  });

  test('text values that look like formulas or numbers are written as text', async () => {
    const { fake, ops } = setup([mixedGrid()]);
    const texts = ['=HYPERLINK("http://x")', '1.10', '0012', '+84 123'];
    const plan: WritePlan = {
      writes: texts.map((v, i) => ({ sheet: 'Hỗn hợp', row: 10 + i, col: 2, value: v, old: { v: null } })),
      findings: [],
    };
    await ops.applyPlan(plan, 't');
    texts.forEach((v, i) => expect(fake.sheet('Hỗn hợp').cells.get(`${10 + i},2`)).toMatchObject({ v }));
    texts.forEach((_, i) => expect(fake.sheet('Hỗn hợp').cells.get(`${10 + i},2`)?.f).toBeUndefined());
  });

  test('a 20 000-cell fill goes in batches, none over the budget, all under 5 MB', async () => {
    const grid = longScoreSheetGrid(20_000);
    const { fake, ops } = setup([grid]);
    const writes = grid.rows.slice(3).map((_, i) => ({
      sheet: 'Dài',
      row: 4 + i,
      col: 6,
      formula: `IF(D${4 + i}>C${4 + i},"Vượt điểm tối đa của tiêu chí này","Trong giới hạn điểm tối đa")`,
      value: 'x',
      old: { v: null },
    }));
    const plan: WritePlan = { writes, findings: [] };
    const result = await ops.applyPlan(plan, 'big');
    expect(result.written).toBe(20_000);
    expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.syncs.filter((s) => s.cellsWritten > 0).every((s) => s.requestBytes <= REQUEST_BUDGET + 1024)).toBe(true);
    expect(result.batches).toBeGreaterThan(1);
  });

  test.each([1, 2, 3, 5])('a failure at write round trip no. %i leaves the workbook as it was', async (n) => {
    // A small budget makes this fill take many write round trips.
    const budget = 1_500;
    const dry = setup([scoreSheetGrid(), mixedGrid()], {}, { requestBudget: budget });
    await dry.ops.applyPlan(planFor(dry.fake), 'fill');
    const firstWrite = dry.fake.syncs.findIndex((s) => s.cellsWritten > 0) + 1;
    const writeSyncs = dry.fake.syncs.filter((s) => s.cellsWritten > 0).length;
    expect(writeSyncs).toBeGreaterThanOrEqual(5);

    const { fake, ops } = setup([scoreSheetGrid(), mixedGrid()], {}, { requestBudget: budget });
    const before = fake.state();
    // The failed round trip applies part of its writes, as a real batch may.
    fake.failAt({ atSync: firstWrite + n - 1, applyOps: 2 });
    await expect(ops.applyPlan(planFor(fake), 'fill')).rejects.toMatchObject({ kind: 'connection' });
    expect(fake.state()).toEqual(before);
    expect(fake.parts).toEqual([]);
  });

  test('a failure at the 3rd sync (whatever it is) leaves the workbook unchanged', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const plan = planFor(fake);
    const before = fake.state();
    fake.failAt({ atSync: 3 });
    await expect(ops.applyPlan(plan, 'fill')).rejects.toBeInstanceOf(AddinError);
    expect(fake.state()).toEqual(before);
  });

  test('a protected sheet: refused before anything is written, with a clear error', async () => {
    const { fake, ops } = setup([{ ...scoreSheetGrid(), protected: true }]);
    const plan = planFor(fake);
    const before = fake.state();
    await expect(ops.applyPlan(plan, 'fill')).rejects.toMatchObject({ kind: 'protected', sheet: SCORE_SHEET.sheet });
    expect(fake.state()).toEqual(before);
  });

  test('a sheet protected between the check and the write: the written part is put back', async () => {
    const { fake, ops } = setup([scoreSheetGrid(), mixedGrid()]);
    const plan = planFor(fake);
    const other: WritePlan = {
      writes: [...plan.writes, { sheet: 'Hỗn hợp', row: 20, col: 2, value: 1, old: { v: null } }],
      findings: [],
    };
    const before = fake.state();
    // Protect the second sheet right after the pre-write read.
    const originalSync = fake.sync.bind(fake);
    let calls = 0;
    fake.sync = (queue) => {
      calls++;
      if (calls === 2) fake.sheet('Hỗn hợp').protected = true;
      return originalSync(queue);
    };
    await expect(ops.applyPlan(other, 'fill')).rejects.toMatchObject({ kind: 'protected' });
    fake.sheet('Hỗn hợp').protected = false;
    fake.sync = originalSync;
    expect(fake.state()).toEqual({ ...(before as object) });
  });

  test('cells changed since the check: refused, nothing written', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const plan = planFor(fake);
    fake.edit(SCORE_SHEET.sheet, SCORE_SHEET.sumMismatch, 2);
    const before = fake.state();
    await expect(ops.applyPlan(plan, 'fill')).rejects.toMatchObject({ kind: 'changed' });
    expect(fake.state()).toEqual(before);
  });

  test('a second fill writes nothing', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    await ops.applyPlan(planFor(fake), 'fill');
    expect(planFor(fake).writes).toEqual([]);
  });

  test('without notes (before ExcelApi 1.18) the fill still works', async () => {
    const { fake, ops } = setup([scoreSheetGrid()], { notes: false });
    const result = await ops.applyPlan(planFor(fake), 'fill');
    expect(result.written).toBeGreaterThan(0);
    expect(fake.notes.size).toBe(0);
  });
});

describe('Hoàn tác', () => {
  test('restores every cell exactly, values and formulas, and survives reopening the pane', async () => {
    const { fake, ops } = setup([scoreSheetGrid(), mixedGrid()]);
    const before = fake.state();
    await ops.applyPlan(planFor(fake), 'Điền công thức');
    expect(fake.state()).not.toEqual(before);
    // A new pane on the same workbook: the log is in the workbook.
    const reopened = createExcelOps({ run: fake.run, notes: true, fileName: () => 'x', now: () => FIXED_NOW });
    expect((await reopened.undoHistory()).map((h) => h.label)).toEqual(['Điền công thức']);
    const result = await reopened.undoLast();
    expect(result.skipped).toEqual([]);
    expect(result.remaining).toBe(0);
    expect(fake.state()).toEqual(before);
    await expect(reopened.undoLast()).rejects.toMatchObject({ kind: 'nothingToUndo' });
  });

  test('two fills undo one after the other', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const s0 = fake.state();
    await ops.applyPlan(planFor(fake, true), 'values');
    const s1 = fake.state();
    await ops.applyPlan(planFor(fake), 'formulas');
    await ops.undoLast();
    expect(fake.state()).toEqual(s1);
    await ops.undoLast();
    expect(fake.state()).toEqual(s0);
  });

  test('a cell edited after the fill keeps the edit and is reported', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    await ops.applyPlan(planFor(fake), 'fill');
    fake.edit(SCORE_SHEET.sheet, SCORE_SHEET.sumMismatch, 9);
    const result = await ops.undoLast();
    expect(result.skipped).toEqual([{ sheet: SCORE_SHEET.sheet, cell: SCORE_SHEET.sumMismatch }]);
    expect(fake.cell(SCORE_SHEET.sheet, SCORE_SHEET.sumMismatch)?.v).toBe(9);
  });

  test('an undo cut short by a lost connection can be run again', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const before = fake.state();
    await ops.applyPlan(planFor(fake), 'fill');
    fake.failAt({ atSync: 3, applyOps: 1 });
    await expect(ops.undoLast()).rejects.toMatchObject({ kind: 'connection' });
    const result = await ops.undoLast();
    expect(result.skipped).toEqual([]);
    expect(fake.state()).toEqual(before);
  });
});

describe('highlights', () => {
  test('on then off leaves every cell, fill and note as it was; values never change', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const sheet = fake.sheet(SCORE_SHEET.sheet);
    // The user's own formatting on flagged cells: a patterned fill and a note.
    sheet.cells.set('9,4', { ...sheet.cells.get('9,4')!, fill: { pattern: 'Gray25', color: '#00B0F0', patternColor: '#FF0000', tintAndShade: 0.2, patternTintAndShade: -0.1 } });
    fake.notes.set(`${SCORE_SHEET.sheet}!D8`, 'Ghi chú của người dùng');
    const before = fake.state();
    const values = JSON.stringify(fake.toGrids());
    const n = await ops.highlight([
      { sheet: SCORE_SHEET.sheet, cell: 'D9', severity: 'error', message: 'D9: điểm vượt điểm tối đa' },
      { sheet: SCORE_SHEET.sheet, cell: 'D8', severity: 'error', message: 'D8: tổng không khớp' },
      { sheet: SCORE_SHEET.sheet, cell: 'D8', severity: 'warning', message: 'D8: cảnh báo' },
      { sheet: SCORE_SHEET.sheet, cell: 'C7', severity: 'info', message: 'C7: thông tin' },
    ]);
    expect(n).toBe(3);
    expect(JSON.stringify(fake.toGrids())).toBe(values);
    expect(fake.cell(SCORE_SHEET.sheet, 'D9')?.fill?.color).toBe('#FFC7CE');
    expect(fake.notes.get(`${SCORE_SHEET.sheet}!D8`)).toContain('Ghi chú của người dùng');
    expect(fake.notes.get(`${SCORE_SHEET.sheet}!D8`)).toContain('tổng không khớp');
    expect(await ops.highlightCount()).toBe(3);
    // A reopened pane can still take them off.
    const reopened = createExcelOps({ run: fake.run, notes: true, fileName: () => 'x', now: () => FIXED_NOW });
    expect(await reopened.clearHighlights()).toBe(3);
    expect(fake.state()).toEqual(before);
    expect(await reopened.highlightCount()).toBe(0);
  });

  test('a fill the user changed after highlighting keeps the user change', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    await ops.highlight([{ sheet: SCORE_SHEET.sheet, cell: 'D9', severity: 'error', message: 'x' }]);
    fake.sheet(SCORE_SHEET.sheet).cells.get('9,4')!.fill = { pattern: 'Solid', color: '#00FF00', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    await ops.clearHighlights();
    expect(fake.cell(SCORE_SHEET.sheet, 'D9')?.fill?.color).toBe('#00FF00');
  });

  test('highlighting twice does not stack: the second replaces the first', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const before = fake.state();
    await ops.highlight([{ sheet: SCORE_SHEET.sheet, cell: 'D9', severity: 'error', message: 'x' }]);
    await ops.highlight([{ sheet: SCORE_SHEET.sheet, cell: 'D8', severity: 'warning', message: 'y' }]);
    expect(fake.cell(SCORE_SHEET.sheet, 'D9')?.fill).toBeUndefined();
    await ops.clearHighlights();
    expect(fake.state()).toEqual(before);
  });

  test('a failure while painting takes the highlights off again', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const before = fake.state();
    // clear (1 read) + snapshot (1) + store write (read 1 + add 1) = 4; the paint is the 5th.
    fake.failAt({ atSync: 5, applyOps: 1 });
    await expect(ops.highlight([{ sheet: SCORE_SHEET.sheet, cell: 'D9', severity: 'error', message: 'x' }, { sheet: SCORE_SHEET.sheet, cell: 'D8', severity: 'error', message: 'y' }])).rejects.toBeInstanceOf(AddinError);
    expect(fake.state()).toEqual(before);
  });
});

describe('dismissals and events', () => {
  test('dismissals are stored in the workbook', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    await ops.dismiss({ sheet: 'Bảng 1', cell: 'D9', code: 'score.exceedsMax', reason: 'Đã giải trình với Sở Nội vụ', at: FIXED_NOW.toISOString() });
    const reopened = createExcelOps({ run: fake.run, notes: true, fileName: () => 'x' });
    expect(await reopened.dismissals()).toEqual([{ sheet: 'Bảng 1', cell: 'D9', code: 'score.exceedsMax', reason: 'Đã giải trình với Sở Nội vụ', at: FIXED_NOW.toISOString() }]);
    await reopened.undismiss({ sheet: 'Bảng 1', cell: 'D9', code: 'score.exceedsMax' });
    expect(await ops.dismissals()).toEqual([]);
  });

  test('user edits are reported; the add-in’s own writes are not', async () => {
    const { fake, ops } = setup([scoreSheetGrid()]);
    const changes: unknown[] = [];
    const unsubscribe = await ops.onCellsChanged((c) => changes.push(c));
    await ops.applyPlan(planFor(fake), 'fill');
    await fake.settle();
    expect(changes).toEqual([]);
    fake.edit(SCORE_SHEET.sheet, 'D10', 1);
    await fake.settle();
    expect(changes).toEqual([{ sheet: SCORE_SHEET.sheet, address: 'D10' }]);
    await unsubscribe();
    expect(fake.handlerCount('changed')).toBe(0);
  });

  test('selecting a cell activates its sheet', async () => {
    const { fake, ops } = setup([scoreSheetGrid(), mixedGrid()]);
    await ops.selectCell('Hỗn hợp', 'C3');
    expect(fake.selection).toEqual({ sheet: 'Hỗn hợp', address: 'C3' });
    expect(await ops.activeSheet()).toBe('Hỗn hợp');
  });
});
