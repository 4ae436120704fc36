// SPEC §7 on the seed-based score sheets (test/fixtures/fillVariants.ts): what a fill of Bảng 1,
// Bảng 2 and seed 000's criteria writes, that its numbers are the engine's own, and that a second
// fill of the result writes nothing.
import { planFill } from '../../../src/engine/fill';
import type { WritePlan } from '../../../src/engine/fill/plan';
import { detectTables } from '../../../src/engine/detect';
import type { ScoreSheetTable } from '../../../src/engine/detect/types';
import { a1, type Cell, type Grid, type WorkbookGrids } from '../../../src/engine/grid';
import { analyseScoreSheet, type ScoreModel } from '../../../src/engine/rules/scoreSheet';
import { DEFAULT_CONFIG } from '../../../src/report/config';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { bang1 } from '../../fixtures/build';
import { bang1Appraised, bang1Labelled, bang1NoRoom, bang1Scored, bang2Scored, criteria2019Scored } from '../../fixtures/fillVariants';
import { selfAssessment2023 } from '../../fixtures/build';
import { toExcelWorkbook, type WorkbookSpec } from '../../fixtures/workbook';

async function gridsOf(spec: WorkbookSpec): Promise<WorkbookGrids> {
  return readWorkbookBuffer(Buffer.from(await (await toExcelWorkbook(spec)).xlsx.writeBuffer()), 'x.xlsx');
}

const OPTS = { file: 'x.xlsx', today: '2024-06-30' };

function byCell(p: WritePlan): Map<string, WritePlan['writes'][number]> {
  return new Map(p.writes.map((w) => [a1(w.row, w.col), w]));
}

function modelOf(wb: WorkbookGrids): ScoreModel {
  const table = detectTables(wb)[0] as ScoreSheetTable;
  return analyseScoreSheet(table, wb.sheets[0], DEFAULT_CONFIG);
}

/** The workbook once the plan is applied (formulas with their values cached). */
function applied(wb: WorkbookGrids, p: WritePlan): WorkbookGrids {
  return {
    sheets: wb.sheets.map((g): Grid => {
      const rows = g.rows.map((r) => [...r]);
      for (const w of p.writes.filter((x) => x.sheet === g.sheet)) {
        const r = w.row - g.top;
        while (rows.length <= r) rows.push([]);
        rows[r][w.col - g.left] = (w.formula !== undefined ? { v: w.value, f: w.formula } : { v: w.value }) as Cell;
      }
      return { ...g, rows, width: Math.max(g.width, ...rows.map((r) => r.length)) };
    }),
  };
}

describe('Bảng 1 self-assessed (typed totals, SELF_MISTAKES)', () => {
  let wb: WorkbookGrids;
  let plan: WritePlan;
  beforeAll(async () => {
    wb = await gridsOf(bang1Scored());
    plan = planFill(wb, OPTS);
  });

  test('parents as SUM of their children only; 1.8 (all ĐTXHH, awaiting) left empty', () => {
    const w = byCell(plan);
    expect(w.get('D8')).toMatchObject({ formula: 'SUM(D9,D12:D13,D16,D20,D23:D25)', value: 15.25, old: { v: 15.25 } });
    expect(w.get('D9')).toMatchObject({ formula: 'SUM(D10:D11)', value: 2.75 });
    expect(w.has('D25')).toBe(false);
    // 3.3: its N/A child 3.3.3 (row 58) is left out of the sum.
    expect(w.get('D55')).toMatchObject({ formula: 'SUM(D56:D57)', value: 2 });
    expect(w.get('D148')).toMatchObject({ formula: 'SUM(D8,D31,D48,D67,D82,D109,D123)', value: 65.55, old: { v: 66.55 } });
  });

  test('applicable max, index and rating in three labelled rows after one blank row', () => {
    expect(plan.writes.filter((w) => w.row > 148).map((w) => [a1(w.row, w.col), w.formula ?? null, w.value])).toEqual([
      ['B150', null, 'Điểm tối đa áp dụng'],
      ['D150', 'C148-C58', 99],
      ['B151', null, 'Chỉ số CCHC'],
      ['D151', 'ROUND(D148/D150*100,2)', 66.21],
      ['B152', null, 'Xếp loại'],
      ['D152', 'IF(D151>=90,"Rất tốt",IF(D151>=70,"Tốt",IF(D151>=50,"Trung bình",IF(D151>=40,"Yếu","Kém"))))', 'Trung bình'],
    ]);
  });

  test('the slips: the wrong typed total (2.1) and the sums above it reported; "0,5" as text named', () => {
    expect(plan.findings.map((f) => [f.code, f.cell])).toEqual([
      ['computed.overwritten', 'D31'],
      ['computed.overwritten', 'D32'],
      ['computed.overwritten', 'D48'],
      ['fill.numberAsText', 'D63'],
      ['computed.overwritten', 'D63'],
      ['computed.overwritten', 'D148'],
    ]);
  });

  test('no input cell is planned: leaves, N/A marker, max, codes, labels, evidence', () => {
    const model = modelOf(wb);
    const leaves = new Set(model.nodes.filter((n) => n.children.length === 0).map((n) => n.row));
    const planned = plan.writes.filter((w) => w.row <= 148);
    expect(planned.every((w) => w.col === 4 && !leaves.has(w.row))).toBe(true);
  });

  test('a second fill of the result writes nothing', () => {
    expect(planFill(applied(wb, plan), OPTS).writes).toEqual([]);
    const values = planFill(wb, { ...OPTS, values: true });
    expect(planFill(applied(wb, values), { ...OPTS, values: true }).writes).toEqual([]);
  });
});

test('Bảng 1 whose parents already hold equivalent SUM formulas (bang1_formulas): only the index rows are written', async () => {
  const wb = await gridsOf(bang1({ scoreColumns: true, scores: selfAssessment2023(), parentFormulas: true }));
  const plan = planFill(wb, OPTS);
  expect(plan.writes.map((w) => a1(w.row, w.col))).toEqual(['B150', 'D150', 'B151', 'D151', 'B152', 'D152']);
});

describe('the fill’s numbers are the engine’s own (no number stored as text in the column)', () => {
  test.each<[string, () => WorkbookSpec]>([
    ['seed 000 criteria, self-assessed (guidance rows, ±3 area, N/A 6.3)', () => criteria2019Scored()],
    ['Bảng 1 appraised in full', () => bang1Appraised('complete')],
  ])('%s', async (_t, build) => {
    const wb = await gridsOf(build());
    const model = modelOf(wb);
    const plan = planFill(wb, OPTS);
    const w = byCell(plan);
    const column = model.finalColumn ?? 'self';
    const col = model.columns[column] as number;
    for (const n of model.nodes.filter((x) => x.children.length > 0 && !x.notApplicable)) {
      const write = w.get(a1(n.row, col));
      if (write) expect([n.code, write.value]).toEqual([n.code, n.values[column]]);
    }
    expect(w.get(a1(model.total?.row as number, col))?.value).toBe(model.totals[column]);
    const footer = plan.writes.filter((x) => x.row > (model.total?.row as number) && x.col === col);
    expect(footer.map((x) => x.value)).toEqual([model.applicableMax, model.index, model.rating]);
  });

  test('seed 000: the ±3 area and its ±3 criterion are clamped; the total max comes from the label', async () => {
    const plan = planFill(await gridsOf(criteria2019Scored()), OPTS);
    const w = byCell(plan);
    expect(w.get('D198')).toMatchObject({ formula: 'MAX(-3,MIN(3,SUM(D199,D204)))', value: 3 });
    expect(w.get('D204')).toMatchObject({ formula: 'MAX(-3,MIN(3,SUM(D205,D207,D209)))', value: 3 });
    expect(w.get('D219')).toMatchObject({ formula: '100-C165', value: 99 });
  });
});

describe('layouts below the total and cells the fill cannot write', () => {
  test('labelled rows: the sheet’s own cells are written, typed wrong values reported', async () => {
    const plan = planFill(await gridsOf(bang1Labelled()), OPTS);
    expect(plan.writes.filter((w) => w.row > 148).map((w) => [a1(w.row, w.col), w.formula ?? null, w.value, w.old.v])).toEqual([
      ['D150', 'C148-C58', 99, 99],
      ['D151', 'ROUND(D148/D150*100,2)', 66.21, 70],
      ['D152', 'IF(D151>=90,"Rất tốt",IF(D151>=70,"Tốt",IF(D151>=50,"Trung bình",IF(D151>=40,"Yếu","Kém"))))', 'Trung bình', 'Tốt'],
    ]);
    expect(plan.findings.filter((f) => f.cell === 'D151' || f.cell === 'D152').map((f) => f.code)).toEqual(['computed.overwritten', 'computed.overwritten']);
  });

  test('no room after the total: fill.noRoom, the signer’s line untouched', async () => {
    const plan = planFill(await gridsOf(bang1NoRoom()), OPTS);
    expect(plan.findings.filter((f) => f.code === 'fill.noRoom').map((f) => [f.cell, f.params])).toEqual([['B149', { rows: '149–152' }]]);
    expect(plan.writes.every((w) => w.row <= 148)).toBe(true);
  });

  test('seed 000 as published, "Tổng điểm : 100" merged over the self cell: that cell is skipped and named', async () => {
    const plan = planFill(await gridsOf(criteria2019Scored({ mergedTotal: true })), OPTS);
    expect(plan.findings.map((f) => [f.code, f.cell, f.params])).toEqual([['fill.mergedCell', 'D217', { range: 'A217:H217' }]]);
    expect(plan.writes.some((w) => w.row >= 217)).toBe(false);
  });

  test('Bảng 2: the district sheet is filled the same way', async () => {
    const plan = planFill(await gridsOf(bang2Scored()), OPTS);
    expect(byCell(plan).get('D147')).toMatchObject({ formula: 'SUM(D8,D31,D48,D59,D73,D103,D118,D144)' });
    expect(byCell(plan).get('D150')).toMatchObject({ formula: 'ROUND(D147/D149*100,2)' });
  });
});
