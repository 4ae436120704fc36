// The in-memory Excel loads a workbook built by the fixture script (test/fixtures/build.ts) and
// read by the .xlsx reader; the Office adapter then reads it back. Both adapters must give the
// engine the same Grid (STYLE.md), so the engine must find the same tables and issues.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createExcelOps } from '../../src/addin/excel';
import { analyseWorkbook } from '../../src/engine/check';
import type { Grid, WorkbookGrids } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/xlsx/read';
import { FIXTURES } from '../fixtures/build';
import { writeWorkbook } from '../fixtures/workbook';
import { FakeExcel } from './fakeExcel';

const NAMES = ['bang1_scored', 'bang1_formulas', 'phuLuc1_2020', 'phuLuc2_2024_mistakes', 'assignment2024', 'tcvn3_plan2019'] as const;

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-parity-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Fonts aside: Office.js gives one font per used range (null when mixed), the .xlsx reader one per cell. */
function withoutFonts(wb: WorkbookGrids): WorkbookGrids {
  const strip = (g: Grid): Grid => {
    const rows = g.rows.map((r) => {
      const row = r.map((c) => (c ? { ...c, font: undefined } : c));
      while (row.length && row[row.length - 1] === null) row.pop();
      return row;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return { ...g, rows, protected: g.protected || undefined };
  };
  return JSON.parse(JSON.stringify({ sheets: wb.sheets.map(strip) })) as WorkbookGrids;
}

test.each(NAMES)('%s: same Grid and same report through the .xlsx reader and the Office adapter', async (name) => {
  const file = path.join(dir, `${name}.xlsx`);
  await writeWorkbook(FIXTURES[name].build(), file);
  const fromFile = await readWorkbookFile(file);
  const fake = new FakeExcel(fromFile);
  const ops = createExcelOps({ run: fake.run, notes: true, fileName: () => `${name}.xlsx` });
  const fromExcel = await ops.readWorkbook();
  expect(fake.syncCount).toBe(2);
  expect(withoutFonts(fromExcel)).toEqual(withoutFonts(fromFile));
  const opts = { file: `${name}.xlsx`, today: '2024-06-30' };
  expect(analyseWorkbook(fromExcel, opts).report).toEqual(analyseWorkbook(fromFile, opts).report);
});
