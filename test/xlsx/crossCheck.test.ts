// The direct reader against ExcelJS (the reader it replaces): on the README's sample workbooks
// and on a generated workbook mixing every kind of cell, both give the same values, formulas,
// fonts of text cells, number formats, merges and hidden rows.
import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { a1, mergeAt, rectA1, serialToIso, type Cell, type Grid } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/xlsx/read';
import { readBack, type SheetDump } from '../fixtures/readBack';
import { makeTempDir, removeDir } from './badInputs';

const SAMPLES = resolve(__dirname, '../../assets/samples');
const DEFAULT_FONT = 'Calibri'; // the font of style 0 in workbooks ExcelJS writes

/** A Grid cell as readBack dumps it (ExcelJS gives dates as ISO strings, errors as their text). */
function asDump(c: Cell, exceljsValue: unknown): unknown {
  const v = c.v;
  if (typeof v === 'object' && v !== null) return v.error;
  if (typeof v === 'number' && typeof exceljsValue === 'string' && /^\d{4}-\d\d-\d\dT/.test(exceljsValue)) {
    return `${serialToIso(v)}${exceljsValue.slice(10)}`;
  }
  return v;
}

/** Differences between the Grid and ExcelJS's dump of the same sheet, one line each. */
function differences(g: Grid, s: SheetDump): string[] {
  const out: string[] = [];
  if (g.sheet !== s.name) out.push(`name ${g.sheet} ≠ ${s.name}`);
  const seen = new Set<string>();
  g.rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (!c) return;
      const row1 = g.top + r;
      const col1 = g.left + k;
      const addr = a1(row1, col1);
      seen.add(addr);
      const e = s.cells[addr];
      const master = mergeAt(g, row1, col1);
      if (!e) {
        // readBack leaves out merged cells other than the top-left one, and ExcelJS loses a
        // formula's cached result 0 (a falsy check in its reader): the file holds <v>0</v>.
        const exceljsLosesZero = c.f !== undefined && c.v === 0;
        if (!exceljsLosesZero && (!master || (master.top === row1 && master.left === col1))) out.push(`${addr}: only in the Grid ${JSON.stringify(c)}`);
        return;
      }
      if (asDump(c, e.v) !== e.v) out.push(`${addr}: value ${JSON.stringify(c.v)} ≠ ${JSON.stringify(e.v)}`);
      if (c.f !== e.f) out.push(`${addr}: formula ${c.f} ≠ ${e.f}`);
      // ExcelJS gives no font for a cell of the default style; the Grid names the default font.
      if (typeof c.v === 'string' && c.font !== (e.font ?? DEFAULT_FONT)) out.push(`${addr}: font ${c.font} ≠ ${e.font}`);
      if ((c.fmt ?? 'General') !== (e.numFmt ?? 'General')) out.push(`${addr}: format ${c.fmt} ≠ ${e.numFmt}`);
    }),
  );
  for (const addr of Object.keys(s.cells)) if (!seen.has(addr)) out.push(`${addr}: only in ExcelJS ${JSON.stringify(s.cells[addr])}`);
  const merges = g.merges.map(rectA1).sort().join(' ');
  if (merges !== s.merges.join(' ')) out.push(`merges ${merges} ≠ ${s.merges.join(' ')}`);
  if (g.hiddenRows.join() !== s.hiddenRows.join()) out.push(`hidden rows ${g.hiddenRows.join()} ≠ ${s.hiddenRows.join()}`);
  return out;
}

async function compare(file: string): Promise<string[]> {
  const [mine, theirs] = [(await readWorkbookFile(file)).sheets, await readBack(file)];
  expect(mine.map((g) => g.sheet)).toEqual(theirs.map((s) => s.name));
  return mine.flatMap((g, i) => differences(g, theirs[i]).map((d) => `${g.sheet}!${d}`));
}

/** A workbook mixing every kind of cell, deterministic. */
async function mixedWorkbook(path: string): Promise<void> {
  let seed = 3;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const wb = new ExcelJS.Workbook();
  for (const name of ['Bảng điểm', 'Kế hoạch', 'Số liệu']) {
    const ws = wb.addWorksheet(name);
    for (let r = 1; r <= 60; r++) {
      for (let c = 1; c <= 8; c++) {
        const cell = ws.getCell(r, c);
        const kind = Math.floor(rnd() * 11);
        if (kind === 0) continue;
        if (kind === 1) cell.value = `Tiêu chí ${r}.${c}`;
        else if (kind === 2) cell.value = Math.round(rnd() * 1000) / 10;
        else if (kind === 3) cell.value = rnd() > 0.5;
        else if (kind === 4) [cell.value, cell.numFmt] = [new Date(Date.UTC(2024, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))), 'dd/mm/yyyy'];
        else if (kind === 5) cell.value = { error: ['#REF!', '#N/A', '#DIV/0!', '#VALUE!'][Math.floor(rnd() * 4)] as ExcelJS.CellErrorValue['error'] };
        else if (kind === 6) cell.value = { formula: `SUM(A${r}:B${r})`, result: Math.round(rnd() * 50) };
        else if (kind === 7) cell.value = { richText: [{ text: 'Điểm ' }, { font: { bold: true }, text: `${r}` }] };
        else if (kind === 8) [cell.value, cell.font] = ['NhiÖm vô', { name: '.VnTime' }];
        else if (kind === 9) [cell.value, cell.numFmt] = [rnd(), '0.00%'];
        else cell.value = { text: `Liên kết ${r}`, hyperlink: 'https://dichvucong.gov.vn' };
      }
      if (rnd() < 0.1) ws.getRow(r).hidden = true;
    }
    ws.mergeCells('A1:C1');
    ws.mergeCells('D10:E12');
  }
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('the direct reader agrees with ExcelJS', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('cchc-cross-');
  });
  afterAll(() => removeDir(dir));

  it('on a generated workbook with every kind of cell', async () => {
    const path = join(dir, 'mixed.xlsx');
    await mixedWorkbook(path);
    expect(await compare(path)).toEqual([]);
  });

  const samples = ['bang-cham-diem-so.xlsx', 'ke-hoach-cchc-2019.xlsx', 'phan-cong.xlsx', 'phu-luc-2-thong-ke.xlsx'].filter((f) => existsSync(join(SAMPLES, f)));
  it.each(samples)('on the sample %s', async (name) => {
    expect(await compare(join(SAMPLES, name))).toEqual([]);
  });
});
