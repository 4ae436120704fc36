// The .xlsx → Grid adapter on workbooks written by ExcelJS (issue 3 §2): each Grid feature with
// its exact expected contents.
import ExcelJS from 'exceljs';
import { readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { isoToSerial, type Cell, type Grid } from '../../src/engine/grid';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import { makeTempDir, removeDir } from './badInputs';
import { unzipParts } from './handmade';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('cchc-read-');
});
afterAll(() => removeDir(dir));

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

async function readOne(wb: ExcelJS.Workbook, name: string): Promise<Grid> {
  const { sheets } = await readWorkbookFile(await save(wb, name));
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

/** A shared or array formula's master: ExcelJS writes these, but its types do not declare them. */
function masterFormula(formula: string, result: number, shareType: 'shared' | 'array', ref: string): ExcelJS.CellFormulaValue {
  const value: ExcelJS.CellFormulaValue & { shareType: string; ref: string } = { formula, result, shareType, ref };
  return value;
}

const T = 'Calibri'; // ExcelJS's default font: every text cell carries it

describe('values', () => {
  let grid: Grid;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Giá trị');
    const nfd = 'Tiêu chí'.normalize('NFD');
    ws.getRow(1).values = ['Nhiệm vụ', 12, true, false, 0.5, nfd, -3];
    ws.getCell('A2').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
    ws.getCell('B2').value = { richText: [{ text: 'Điểm ' }, { font: { bold: true }, text: 'tối đa' }] };
    ws.getCell('C2').value = { error: '#REF!' };
    ws.getCell('D2').value = { error: '#N/A' };
    ws.getCell('E2').value = { error: '#VALUE!' };
    ws.getCell('F2').value = { error: '#NAME?' };
    ws.getCell('G2').value = { error: '#DIV/0!' };
    ws.getCell('A4').value = 'sau một dòng trống';
    grid = await readOne(wb, 'values.xlsx');
  });

  it('reads strings, numbers, booleans, hyperlinks, rich text and errors', () => {
    expect(grid).toEqual({
      sheet: 'Giá trị',
      top: 1,
      left: 1,
      width: 7,
      rows: [
        [
          { v: 'Nhiệm vụ', font: T },
          { v: 12 },
          { v: true },
          { v: false },
          { v: 0.5 },
          { v: 'Tiêu chí'.normalize('NFD'), font: T },
          { v: -3 },
        ],
        [
          { v: 'Cổng dịch vụ công', font: T },
          { v: 'Điểm tối đa', font: T },
          { v: { error: '#REF!' } },
          { v: { error: '#N/A' } },
          { v: { error: '#VALUE!' } },
          { v: { error: '#NAME?' } },
          { v: { error: '#DIV/0!' } },
        ],
        [],
        [{ v: 'sau một dòng trống', font: T }],
      ],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
    });
  });

  it('keeps text exactly as stored (NFD stays NFD: the engine normalises, the reader does not)', () => {
    expect(grid.rows[0][5]?.v).toBe('Tiêu chí'.normalize('NFD'));
  });
});

describe('formulas', () => {
  let grid: Grid;
  let sheetXml: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Công thức');
    ws.getRow(1).values = [1, 2, { formula: 'A1+B1', result: 3 }];
    ws.getCell('C2').value = { formula: 'A1*10' };
    ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('C4').value = { formula: 'IF(A1>0,"có","không")', result: 'có' };
    ws.getCell('D4').value = { formula: 'A1>0', result: true };
    ws.getCell('E4').value = { formula: '_xlfn.CONCAT("a",A1)', result: 'a1' };
    ws.getCell('F4').value = { formula: 'A1-1', result: 0 }; // ExcelJS's own reader loses this 0
    ws.getRow(5).values = [1, 2, 3];
    ws.getRow(6).values = [4, 5, 6];
    ws.getRow(7).values = [7, 8, 9];
    ws.getCell('D5').value = masterFormula('SUM(A5:C5)', 6, 'shared', 'D5:D7');
    ws.getCell('D6').value = { sharedFormula: 'D5', result: 15 };
    ws.getCell('D7').value = { sharedFormula: 'D5', result: 24 };
    ws.getCell('E5').value = masterFormula('A5:A7*2', 2, 'array', 'E5:E7');
    ws.getCell('E6').value = 8; // Excel stores the other cells of an array formula as values only
    ws.getCell('E7').value = 14;
    const path = await save(wb, 'formulas.xlsx');
    sheetXml = (await unzipParts(readFileSync(path)))['xl/worksheets/sheet1.xml'];
    grid = (await readWorkbookFile(path)).sheets[0];
  });

  it('the fixture really holds shared and array formulas', () => {
    expect(sheetXml).toContain('<f t="shared" ref="D5:D7" si="0">SUM(A5:C5)</f>');
    expect(sheetXml).toContain('<f t="shared" si="0"/>');
    expect(sheetXml).toContain('<f t="array" ref="E5:E7">A5:A7*2</f>');
  });

  it('gives formulas without "=" and their cached results', () => {
    expect(grid.rows.slice(0, 4)).toEqual([
      [{ v: 1 }, { v: 2 }, { v: 3, f: 'A1+B1' }],
      [null, null, { v: null, f: 'A1*10' }],
      [null, null, { v: { error: '#DIV/0!' }, f: '1/0' }],
      [null, null, { v: 'có', f: 'IF(A1>0,"có","không")', font: T }, { v: true, f: 'A1>0' }, { v: 'a1', f: 'CONCAT("a",A1)', font: T }, { v: 0, f: 'A1-1' }],
    ]);
  });

  it('gives each cell of a shared formula its own moved formula', () => {
    expect(grid.rows.slice(4).map((r) => r[3])).toEqual([
      { v: 6, f: 'SUM(A5:C5)' },
      { v: 15, f: 'SUM(A6:C6)' },
      { v: 24, f: 'SUM(A7:C7)' },
    ]);
  });

  it('gives every cell of an array formula the array formula', () => {
    expect(grid.rows.slice(4).map((r) => r[4])).toEqual([
      { v: 2, f: 'A5:A7*2' },
      { v: 8, f: 'A5:A7*2' },
      { v: 14, f: 'A5:A7*2' },
    ]);
  });
});

describe('number formats and dates', () => {
  it('gives format codes (none for General) and dates as serials with their format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Định dạng');
    const set = (ref: string, value: ExcelJS.CellValue, numFmt?: string) => {
      ws.getCell(ref).value = value;
      if (numFmt) ws.getCell(ref).numFmt = numFmt;
    };
    set('A1', 0.256, '0.00%');
    set('A2', 1234567, '#,##0');
    set('A3', new Date(Date.UTC(2024, 2, 15)), 'dd/mm/yyyy');
    set('A4', new Date(Date.UTC(2024, 2, 15, 12, 0)), 'dd/mm/yyyy hh:mm');
    set('A5', new Date(Date.UTC(2019, 11, 31))); // ExcelJS gives it the built-in short date (id 14)
    set('A6', 42);
    set('A7', '001', '@');
    set('A8', { formula: 'A3+1', result: new Date(Date.UTC(2024, 2, 16)) }, 'dd/mm/yyyy');
    const grid = await readOne(wb, 'formats.xlsx');
    expect(grid.rows.map((r) => r[0])).toEqual<Cell[]>([
      { v: 0.256, fmt: '0.00%' },
      { v: 1234567, fmt: '#,##0' },
      { v: isoToSerial('2024-03-15'), fmt: 'dd/mm/yyyy' },
      { v: isoToSerial('2024-03-15') + 0.5, fmt: 'dd/mm/yyyy hh:mm' },
      { v: isoToSerial('2019-12-31'), fmt: 'mm-dd-yy' },
      { v: 42 },
      { v: '001', fmt: '@', font: T },
      { v: isoToSerial('2024-03-16'), f: 'A3+1', fmt: 'dd/mm/yyyy' },
    ]);
  });

  it('converts dates of a 1904 workbook to the 1900 serials the engine reads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 15));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = 100; // not a date: unchanged
    const grid = await readOne(wb, 'date1904.xlsx');
    expect(grid.rows.map((r) => r[0])).toEqual([{ v: isoToSerial('2024-03-15'), fmt: 'dd/mm/yyyy' }, { v: 100 }]);
  });
});

describe('layout', () => {
  it('gives merged ranges and hidden rows and columns inside the used range', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bố cục');
    ws.getCell('A1').value = 'PHỤ LỤC I';
    ws.mergeCells('A1:D1');
    ws.mergeCells('B3:C4');
    for (let r = 2; r <= 5; r++) ws.getCell(`A${r}`).value = r - 1;
    ws.getCell('D5').value = 'x';
    ws.getRow(3).hidden = true;
    ws.getRow(9).hidden = true; // below the data: says nothing about tables
    ws.getColumn(2).hidden = true;
    for (const c of [6, 7, 8]) ws.getColumn(c).hidden = true; // right of the data
    const grid = await readOne(wb, 'layout.xlsx');
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 3, left: 2, bottom: 4, right: 3 },
    ]);
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.hiddenCols).toEqual([2]);
    expect([grid.top, grid.left, grid.width, grid.rows.length]).toEqual([1, 1, 4, 5]);
  });

  it('gives the used range origin at the first non-empty row and column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lệch');
    ws.getCell('C4').value = 'STT';
    ws.getCell('D4').value = 'Nội dung';
    ws.getCell('C5').value = 1;
    ws.getCell('D5').value = 'Ban hành kế hoạch';
    ws.getCell('E7').value = 5;
    ws.getCell('B9').border = { top: { style: 'thin' } }; // styled but empty: not used
    const grid = await readOne(wb, 'origin.xlsx');
    expect(grid).toMatchObject({
      top: 4,
      left: 3,
      width: 3,
      rows: [[{ v: 'STT', font: T }, { v: 'Nội dung', font: T }], [{ v: 1 }, { v: 'Ban hành kế hoạch', font: T }], [], [null, null, { v: 5 }]],
    });
  });
});

describe('fonts', () => {
  it('gives the font of text cells, and of rich text whose runs share one font', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TCVN3');
    ws.getCell('A1').value = 'NhiÖm vô cô thÓ';
    ws.getCell('A1').font = { name: '.VnTime' };
    ws.getCell('A2').value = 'Điểm tối đa';
    ws.getCell('A2').font = { name: 'Times New Roman', bold: true };
    ws.getCell('A3').value = 5;
    ws.getCell('A3').font = { name: '.VnTime' };
    ws.getCell('A4').value = { richText: [{ font: { name: '.VnTimeH' }, text: '§iÓm ' }, { font: { name: '.VnTimeH', bold: true }, text: 'tèi ®a' }] };
    ws.getCell('A5').value = { richText: [{ font: { name: '.VnTime' }, text: 'a' }, { font: { name: 'Arial' }, text: 'b' }] };
    const grid = await readOne(wb, 'fonts.xlsx');
    expect(grid.rows.map((r) => r[0])).toEqual([
      { v: 'NhiÖm vô cô thÓ', font: '.VnTime' },
      { v: 'Điểm tối đa', font: 'Times New Roman' },
      { v: 5 },
      { v: '§iÓm tèi ®a', font: '.VnTimeH' },
      { v: 'ab', font: T },
    ]);
  });
});

describe('workbook', () => {
  it('gives every worksheet in workbook order, protection included', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phụ lục I').getCell('A1').value = 1;
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('B2').value = 'x';
    const locked = wb.addWorksheet('Đã khoá');
    locked.getCell('A1').value = 2;
    await locked.protect('', {});
    wb.addWorksheet('Trống');
    const { sheets } = await readWorkbookFile(await save(wb, 'workbook.xlsx'));
    expect(sheets.map((s) => [s.sheet, s.protected ?? false, s.rows.length])).toEqual([
      ['Phụ lục I', false, 1],
      ['Ẩn', false, 1],
      ['Đã khoá', true, 1],
      ['Trống', false, 0],
    ]);
  });

  it('never changes the file it reads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
    const path = await save(wb, 'unchanged.xlsx');
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    await new Promise((r) => setTimeout(r, 20)); // a write would move the mtime
    await readWorkbookFile(path);
    expect(readFileSync(path).equals(before.bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
  });

  it('reads the same from bytes in memory (a plain Uint8Array) as from the file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('B3').value = 'x';
    const path = await save(wb, 'buffer.xlsx');
    const bytes = new Uint8Array(readFileSync(path));
    expect(await readWorkbookBuffer(bytes, 'buffer.xlsx')).toEqual(await readWorkbookFile(path));
  });
});
