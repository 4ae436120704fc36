// The fill's "done when" (issue 10, STYLE.md Round trip), with real LibreOffice: `cchc fill` on
// each seed-based score sheet, the statistics annex and the Phụ lục I; OUT recalculated by
// LibreOffice headless; every computed cell equals the engine's own number to 2 decimals; every
// other cell is unchanged; filling OUT again writes 0 cells; --values gives the numbers the
// recalculated formulas give; #REF! and a computed cell under a merged label are skipped and
// named, with OUT complete. A file whose cached values are deliberately wrong comes back right,
// so the recalculation is proven to happen.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFill } from '../../src/engine/fill';
import { normaliseFormula } from '../../src/engine/fill/formulas';
import { detectTables } from '../../src/engine/detect';
import type { ScoreSheetTable } from '../../src/engine/detect/types';
import { a1, cellAt, isErrorValue, parseA1, type Grid, type Scalar, type WorkbookGrids } from '../../src/engine/grid';
import { analyseScoreSheet } from '../../src/engine/rules/scoreSheet';
import { DEFAULT_CONFIG } from '../../src/report/config';
import { FillReportSchema, type FillReport } from '../../src/report/schema';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { applyWritePlanToBuffer } from '../../src/xlsx/write';
import { bang1Appraised, bang1RefErrors, bang1Scored, bang2Scored, criteria2019Scored, phuLuc2Separate, REF_ERRORS } from '../fixtures/fillVariants';
import { phuLucIFilled2024 } from '../fixtures/planVariants';
import { RICH_SHEET, richWorkbook } from '../fixtures/richWorkbook';
import { toExcelWorkbook, fixZipTimes, type WorkbookSpec } from '../fixtures/workbook';
import { recalculatedGrids } from '../helpers/libreoffice';
import { runCli } from '../helpers/cli';
import { diffParts, partsOf } from '../xlsx/writeParts';

const TODAY = '2024-12-20';

async function xlsx(spec: WorkbookSpec): Promise<Buffer> {
  return fixZipTimes(Buffer.from(await (await toExcelWorkbook(spec)).xlsx.writeBuffer()));
}

const CASES: Record<string, () => Promise<Buffer>> = {
  'Bảng 1 self-assessed (typed totals, slips)': () => xlsx(bang1Scored()),
  'Bảng 2 self-assessed': () => xlsx(bang2Scored()),
  'seed 000 criteria self-assessed (guidance rows, ±3 area, N/A)': () => xlsx(criteria2019Scored()),
  'Bảng 1 appraisal under way (index as a value)': () => xlsx(bang1Appraised('partial')),
  'Phụ lục II, a rate in its own cell': () => xlsx(phuLuc2Separate()),
  'Phụ lục I at year end': () => xlsx(phuLucIFilled2024()),
  'Bảng 1 with #REF! cells': () => bang1RefErrors(),
  'seed 000 with the total label merged over its score cell': () => xlsx(criteria2019Scored({ mergedTotal: true })),
  'the rich workbook (image, chart, validation, comments, names)': () => richWorkbook(),
};

interface Run {
  input: Buffer;
  inGrids: WorkbookGrids;
  outGrids: WorkbookGrids;
  valuesGrids: WorkbookGrids;
  recalculated: WorkbookGrids;
  report: FillReport;
  values: FillReport;
  again: FillReport;
  output: Buffer;
}

const runs = new Map<string, Run>();
let stale: { plan: ReturnType<typeof planFill>; recalculated: WorkbookGrids };
let dir: string;

async function fill(...argv: string[]): Promise<FillReport> {
  const r = await runCli(['fill', ...argv, '--json', '--today', TODAY], { cwd: dir });
  if (r.status !== 0) throw new Error(`cchc fill ${argv.join(' ')}: ${r.status} ${r.stderr}`);
  return FillReportSchema.parse(JSON.parse(r.stdout));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-fill-lo-'));
  const names = Object.keys(CASES);
  const prepared = await Promise.all(
    names.map(async (name, i) => {
      const input = await CASES[name]();
      writeFileSync(join(dir, `in${i}.xlsx`), input);
      const report = await fill(`in${i}.xlsx`, '-o', `out${i}.xlsx`);
      const values = await fill(`in${i}.xlsx`, '-o', `values${i}.xlsx`, '--values');
      const again = await fill(`out${i}.xlsx`, '-o', `again${i}.xlsx`);
      return { name, i, input, report, values, again };
    }),
  );
  // A fill whose cached values are all wrong: LibreOffice must recalculate them (NOTES.md).
  const staleIn = readFileSync(join(dir, 'in0.xlsx'));
  const plan = planFill(await readWorkbookBuffer(staleIn, 'in0.xlsx'), { file: 'in0.xlsx', today: TODAY });
  const wrong = { ...plan, writes: plan.writes.map((w) => (w.formula === undefined ? w : { ...w, value: typeof w.value === 'number' ? w.value + 1000 : 'sai' })) };
  writeFileSync(join(dir, 'stale.xlsx'), applyWritePlanToBuffer(staleIn, wrong, 'in0.xlsx').data);

  // One soffice run converts every file asked for together.
  const [staleGrids, ...recalculated] = await Promise.all([
    recalculatedGrids(join(dir, 'stale.xlsx'), { timeoutMs: 240_000 }),
    ...prepared.map((p) => recalculatedGrids(join(dir, `out${p.i}.xlsx`), { timeoutMs: 240_000 })),
  ]);
  stale = { plan, recalculated: staleGrids };
  for (const [k, p] of prepared.entries()) {
    const output = readFileSync(join(dir, `out${p.i}.xlsx`));
    runs.set(p.name, {
      input: p.input,
      inGrids: await readWorkbookBuffer(p.input, 'in.xlsx'),
      outGrids: await readWorkbookBuffer(output, 'out.xlsx'),
      valuesGrids: await readWorkbookBuffer(readFileSync(join(dir, `values${p.i}.xlsx`)), 'values.xlsx'),
      recalculated: recalculated[k],
      report: p.report,
      values: p.values,
      again: p.again,
      output,
    });
  }
}, 600_000);

function sheet(wb: WorkbookGrids, name: string): Grid {
  const g = wb.sheets.find((s) => s.sheet === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

function valueIn(wb: WorkbookGrids, name: string, ref: string): Scalar {
  const p = parseA1(ref);
  if (!p) throw new Error(ref);
  return cellAt(sheet(wb, name), p.row, p.col)?.v ?? null;
}

/** Numbers to 2 decimals, text exactly, "" and empty alike. */
function same(a: Scalar, b: Scalar): boolean {
  if ((a === null || a === '') && (b === null || b === '')) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 0.005;
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

const names = Object.keys(CASES);

describe.each(names)('%s', (name) => {
  test('LibreOffice recalculates every written cell to the engine’s own number (2 decimals)', () => {
    const r = runs.get(name) as Run;
    expect(r.report.written.length).toBeGreaterThan(0);
    const wrong = r.report.written
      .map((w) => ({ cell: `${w.sheet}!${w.cell}`, formula: w.new.formula, engine: w.new.value, libreOffice: valueIn(r.recalculated, w.sheet, w.cell) }))
      .filter((x) => !same(x.engine, x.libreOffice));
    expect(wrong).toEqual([]);
  });

  test('every other cell is unchanged: values, formulas, number formats', () => {
    const r = runs.get(name) as Run;
    const written = new Set(r.report.written.map((w) => `${w.sheet}!${w.cell}`));
    const changed: string[] = [];
    expect(r.outGrids.sheets.map((g) => g.sheet)).toEqual(r.inGrids.sheets.map((g) => g.sheet));
    for (const g of r.inGrids.sheets) {
      const o = sheet(r.outGrids, g.sheet);
      const bottom = Math.max(g.top + g.rows.length, o.top + o.rows.length);
      const right = Math.max(g.left + g.width, o.left + o.width);
      for (let row = 1; row < bottom; row++) {
        for (let col = 1; col < right; col++) {
          if (written.has(`${g.sheet}!${a1(row, col)}`)) continue;
          const a = cellAt(g, row, col);
          const b = cellAt(o, row, col);
          const fa = a?.f === undefined ? undefined : normaliseFormula(a.f);
          const fb = b?.f === undefined ? undefined : normaliseFormula(b.f);
          if (!same(a?.v ?? null, b?.v ?? null) || fa !== fb || a?.fmt !== b?.fmt) changed.push(`${g.sheet}!${a1(row, col)}`);
        }
      }
    }
    expect(changed).toEqual([]);
  });

  test('filling OUT again writes 0 cells', () => {
    const r = runs.get(name) as Run;
    expect(r.again.written).toEqual([]);
    expect(r.again.copied).toBe(true);
  });

  test('--values gives the numbers the recalculated formulas give, in the same cells', () => {
    const r = runs.get(name) as Run;
    expect(r.values.written.every((w) => w.new.formula === undefined)).toBe(true);
    const formulaCells = new Set(r.report.written.map((w) => `${w.sheet}!${w.cell}`));
    expect(r.values.written.filter((w) => !formulaCells.has(`${w.sheet}!${w.cell}`))).toEqual([]);
    const differ = r.report.written
      .map((w) => ({ cell: `${w.sheet}!${w.cell}`, values: valueIn(r.valuesGrids, w.sheet, w.cell), libreOffice: valueIn(r.recalculated, w.sheet, w.cell) }))
      .filter((x) => !same(x.values, x.libreOffice));
    expect(differ).toEqual([]);
  });
});

test('the recalculation really happens: a fill whose cached values are all wrong comes back right', () => {
  const formulas = stale.plan.writes.filter((w) => w.formula !== undefined);
  expect(formulas.length).toBeGreaterThan(30);
  const wrong = formulas.filter((w) => !same(w.value, valueIn(stale.recalculated, w.sheet, a1(w.row, w.col))));
  expect(wrong).toEqual([]);
});

test('seed 000: the recalculated index and rating are the engine’s (check) figures', () => {
  const r = runs.get('seed 000 criteria self-assessed (guidance rows, ±3 area, N/A)') as Run;
  const table = detectTables(r.inGrids)[0] as ScoreSheetTable;
  const model = analyseScoreSheet(table, r.inGrids.sheets[0], DEFAULT_CONFIG);
  expect([model.applicableMax, model.index, model.rating]).toEqual([99, 93.89, 'Rất tốt']);
  expect(['D219', 'D220', 'D221'].map((c) => valueIn(r.recalculated, 'Tiêu chí', c))).toEqual([99, 93.89, 'Rất tốt']);
  // The ±3 area, clamped: 2 + min(3, 3 + 1 − 1) = 5 → 3.
  expect(valueIn(r.recalculated, 'Tiêu chí', 'D198')).toBe(3);
});

test('#REF!: the sums that would read it are skipped and named, the rest filled', () => {
  const r = runs.get('Bảng 1 with #REF! cells') as Run;
  expect(r.report.issues.filter((i) => i.code === 'fill.errorCell').map((i) => i.message)).toEqual([
    'D8: không ghi công thức vì ô D10 đang có lỗi #REF!; hãy sửa ô đó rồi điền lại',
    'D9: không ghi công thức vì ô D10 đang có lỗi #REF!; hãy sửa ô đó rồi điền lại',
    'D148: không ghi công thức vì ô D10 đang có lỗi #REF!; hãy sửa ô đó rồi điền lại',
  ]);
  // The parent whose own formula had lost its range is repaired.
  expect(r.report.written.find((w) => w.cell === REF_ERRORS.parent)).toMatchObject({ old: { formula: 'SUM(#REF!)' }, new: { formula: 'SUM(D14:D15)', value: 2 } });
  expect(valueIn(r.recalculated, 'Bảng 1', REF_ERRORS.parent)).toBe(2);
  expect(valueIn(r.outGrids, 'Bảng 1', REF_ERRORS.leafParent)).toBe(2.75);
});

test('a computed cell under a merged label is skipped and named; OUT is complete', () => {
  const r = runs.get('seed 000 with the total label merged over its score cell') as Run;
  expect(r.report.issues.map((i) => [i.code, i.cell])).toEqual([['fill.mergedCell', 'D217']]);
  expect(r.report.issues[0].message).toBe('D217: ô nằm trong vùng ô gộp A217:H217 nhưng không phải ô đầu của vùng nên không ghi được; hãy bỏ gộp ô rồi điền lại');
  expect(valueIn(r.recalculated, 'Tiêu chí', 'D9')).toBe(9.5);
});

test('the rich workbook: every part outside SPEC §7’s exemptions is byte-identical after `cchc fill`', () => {
  const r = runs.get('the rich workbook (image, chart, validation, comments, names)') as Run;
  const diff = diffParts(partsOf(r.input), partsOf(r.output));
  const exempt = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
  expect(diff.changed.filter((p) => !exempt.has(p))).toEqual([]);
  expect(diff.removed).toEqual(['xl/calcChain.xml']);
  expect(diff.added).toEqual([]);
  for (const part of ['xl/media/image1.png', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']) {
    expect(partsOf(r.output).get(part)?.equals(partsOf(r.input).get(part) as Buffer)).toBe(true);
  }
  expect(r.report.written.map((w) => w.cell)).toEqual(['D5', 'D6', 'D11', 'D14', 'B16', 'D16', 'B17', 'D17', 'B18', 'D18']);
  expect(['D5', 'D14', 'D17', 'D18'].map((c) => valueIn(r.recalculated, RICH_SHEET, c))).toEqual([5, 8, 80, 'Tốt']);
});
