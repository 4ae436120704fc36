// Applying a WritePlan to an .xlsx (SPEC §7): the edits inside a worksheet part (cells replaced
// and inserted in order, rows created, the dimension, inline strings, value types, shared
// formulas, prefixes), the workbook part (calcPr) and calc chain, notes, the refusals, and the
// file side (temporary file and rename, OUT exists, OUT = FILE, a crash). Hand-made packages
// keep every input byte visible here; the rich workbook is in writeRich.test.ts.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cellAt, type Grid, type Scalar } from '../../src/engine/grid';
import type { CellWrite, WritePlan } from '../../src/engine/fill/plan';
import { InputError } from '../../src/xlsx/errors';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { applyWritePlan, applyWritePlanToBuffer, type ApplyResult } from '../../src/xlsx/write';
import { handmadeXlsx, type HandmadeOptions } from './handmade';
import { diffParts, partsOf, text } from './writeParts';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';

type Write = Partial<CellWrite> & { row: number; col: number };

function plan(writes: Write[], sheet = 'S'): WritePlan {
  return { findings: [], writes: writes.map((w) => ({ sheet, value: null, old: { v: null }, ...w })) };
}

function book(xml: string, rest: Partial<HandmadeOptions> = {}): Promise<Buffer> {
  return handmadeXlsx({ sheets: [{ name: 'S', xml }], ...rest });
}

function apply(data: Buffer, writes: Write[], sheet = 'S'): { out: Buffer; result: ApplyResult } {
  const { data: out, result } = applyWritePlanToBuffer(data, plan(writes, sheet), 'in.xlsx');
  return { out, result };
}

function sheetData(out: Buffer, part = SHEET): string {
  const xml = text(partsOf(out), part);
  return /<(?:\w+:)?sheetData[\s\S]*<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\/>/.exec(xml)?.[0] ?? '';
}

async function grid(out: Buffer, index = 0): Promise<Grid> {
  return (await readWorkbookBuffer(out, 'out.xlsx')).sheets[index];
}

/** A note's text as ExcelJS reads it (a string, or runs). */
function noteText(c: ExcelJS.Cell | undefined): string | undefined {
  const note = c?.note as string | { texts?: Array<{ text: string }> } | undefined;
  return typeof note === 'object' ? note.texts?.map((t) => t.text).join('') : note;
}

function cell(g: Grid, ref: string): { v: Scalar; f?: string } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c = cellAt(g, Number(m[2]), col);
  return c ? (c.f === undefined ? { v: c.v } : { v: c.v, f: c.f }) : null;
}

describe('cells in a worksheet part', () => {
  const XML =
    '<dimension ref="A1:C3"/><sheetData>' +
    '<row r="1" spans="1:3"><c r="A1" s="1"><v>1</v></c><c r="C1"><v>3</v></c></row>' +
    '<row r="3" spans="1:3"><c r="A3"><v>5</v></c></row>' +
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

  it('replaces cells keeping their style, inserts cells and rows in order, and widens the dimension', async () => {
    const { out, result } = apply(await book(XML), [
      { row: 1, col: 2, value: 2 }, // between A1 and C1
      { row: 1, col: 1, value: 10 }, // replaces A1, keeps s="1"
      { row: 2, col: 1, value: 4 }, // a row missing in the middle
      { row: 3, col: 5, value: 6 }, // a column beyond the dimension
      { row: 5, col: 2, value: 7 }, // a row after the last
    ]);
    expect(sheetData(out)).toBe(
      '<sheetData>' +
        '<row r="1" spans="1:3"><c r="A1" s="1"><v>10</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>4</v></c></row>' +
        '<row r="3" spans="1:5"><c r="A3"><v>5</v></c><c r="E3"><v>6</v></c></row>' +
        '<row r="5"><c r="B5"><v>7</v></c></row>' +
        '</sheetData>',
    );
    const xml = text(partsOf(out), SHEET);
    expect(xml).toContain('<dimension ref="A1:E5"/>');
    expect(xml).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    expect(result.written.map((w) => w.cell)).toEqual(['B1', 'A1', 'A2', 'E3', 'B5']);
    expect(result).toMatchObject({ formulas: 0, values: 5, notes: 0, skipped: [], copied: false });
  });

  it('creates rows before the first one, into an empty <sheetData/>, and into a self-closing <row/>', async () => {
    const a = apply(await book('<sheetData><row r="4" spans="2:2"><c r="B4"><v>1</v></c></row><row r="6" spans="2:2"/></sheetData>'), [
      { row: 1, col: 1, value: 1 },
      { row: 6, col: 3, value: 2 },
    ]);
    expect(sheetData(a.out)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="4" spans="2:2"><c r="B4"><v>1</v></c></row><row r="6" spans="2:3"><c r="C6"><v>2</v></c></row></sheetData>',
    );
    const b = apply(await book('<sheetData/>'), [{ row: 2, col: 2, value: 'x' }]);
    expect(sheetData(b.out)).toBe('<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
  });

  it('places cells and rows that have no r attribute', async () => {
    const data = await book('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>');
    const { out } = apply(data, [
      { row: 1, col: 2, value: 20 },
      { row: 2, col: 1, value: 30 },
      { row: 2, col: 4, value: 50 },
    ]);
    const g = await grid(out);
    expect(g.rows).toEqual([[{ v: 1 }, { v: 20 }], [{ v: 30 }, { v: 3 }, { v: 4 }, { v: 50 }]]);
  });

  it('writes every kind of value and cached result', async () => {
    const { out } = apply(await book('<sheetData><row r="1"><c r="A1" s="2"><v>9</v></c></row></sheetData>'), [
      { row: 1, col: 1, value: null }, // clears the value, keeps the style
      { row: 2, col: 1, value: 1.5 },
      { row: 2, col: 2, value: -0.25 },
      { row: 2, col: 3, value: 1e-7 },
      { row: 2, col: 4, value: true },
      { row: 2, col: 5, value: { error: '#N/A' } },
      { row: 3, col: 1, formula: 'SUM(A2:C2)', value: 1.2500001 },
      { row: 3, col: 2, formula: 'IF(A2>1,"Đạt","Chưa đạt")', value: 'Đạt' },
      { row: 3, col: 3, formula: 'A2>1', value: true },
      { row: 3, col: 4, formula: '1/0', value: { error: '#DIV/0!' } },
      { row: 3, col: 5, formula: '=A2*2', value: null }, // a leading "=" is not part of the formula text
    ]);
    expect(sheetData(out)).toBe(
      '<sheetData><row r="1"><c r="A1" s="2"/></row>' +
        '<row r="2"><c r="A2"><v>1.5</v></c><c r="B2"><v>-0.25</v></c><c r="C2"><v>1E-7</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
        '<row r="3"><c r="A3"><f>SUM(A2:C2)</f><v>1.2500001</v></c><c r="B3" t="str"><f>IF(A2&gt;1,"Đạt","Chưa đạt")</f><v>Đạt</v></c>' +
        '<c r="C3" t="b"><f>A2&gt;1</f><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>A2*2</f></c></row></sheetData>',
    );
    const g = await grid(out);
    expect(cell(g, 'A1')).toBeNull();
    expect(cell(g, 'B3')).toEqual({ v: 'Đạt', f: 'IF(A2>1,"Đạt","Chưa đạt")' });
    expect(cell(g, 'E2')).toEqual({ v: { error: '#N/A' } });
  });

  it('writes text as an inline string, never a formula, whatever it looks like', async () => {
    const texts = [
      '=HYPERLINK("http://x.vn","Nhiệm vụ")',
      '+1',
      '1.10',
      'A & B < C > D "quoted"',
      ' leading and trailing ',
      'dòng 1\ndòng 2\r\ndòng 3\ttab',
      'control \u0001 char',
      'literal _x0041_ escape',
      'Nhiê\u0323m vu\u0323 (NFD)',
    ];
    const data = await book('<sheetData/>', { sharedStrings: ['<t>giữ nguyên</t>'] });
    const { out } = apply(
      data,
      texts.map((value, i) => ({ row: i + 1, col: 1, value })),
    );
    const g = await grid(out);
    texts.forEach((t, i) => expect(cellAt(g, i + 1, 1)).toEqual({ v: t }));
    const xml = text(partsOf(out), SHEET);
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('<c r="A5" t="inlineStr"><is><t xml:space="preserve"> leading and trailing </t></is></c>');
    expect(xml).toContain('<t>=HYPERLINK("http://x.vn","Nhiệm vụ")</t>');
    // The shared strings part is not touched (SPEC §7: inline strings avoid it).
    expect(partsOf(out).get('xl/sharedStrings.xml')).toEqual(partsOf(data).get('xl/sharedStrings.xml'));
  });

  it('gives the other cells of a shared formula their own text when its master is written', async () => {
    const xml =
      '<sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="1">$A$1+A1</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f t="shared" si="1"/><v>3</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" si="1"/><v>4</v></c></row>' +
      '</sheetData>';
    const data = await book(xml);
    const before = await grid(data);
    const { out, result } = apply(data, [{ row: 1, col: 2, formula: 'A1*3', value: 3 }]);
    expect(sheetData(out)).toBe(
      '<sheetData>' +
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*3</f><v>3</v></c><c r="C1"><f t="shared" ref="C1:C3" si="1">$A$1+A1</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*2</f><v>4</v></c><c r="C2"><f t="shared" si="1"/><v>3</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f>A3*2</f><v>6</v></c><c r="C3"><f t="shared" si="1"/><v>4</v></c></row>' +
        '</sheetData>',
    );
    expect(result.unshared).toEqual([
      { sheet: 'S', cell: 'B2' },
      { sheet: 'S', cell: 'B3' },
    ]);
    // Every other cell reads exactly as before.
    const after = await grid(out);
    for (const ref of ['A1', 'A2', 'A3', 'B2', 'B3', 'C1', 'C2', 'C3']) expect(cell(after, ref)).toEqual(cell(before, ref));
  });

  it('writes a follower of a shared formula without touching its group', async () => {
    const xml =
      '<sheetData><row r="1"><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>0</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>0</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c></row></sheetData>';
    const { out, result } = apply(await book(xml), [{ row: 2, col: 2, value: 7 }]);
    expect(sheetData(out)).toContain('<row r="2"><c r="B2"><v>7</v></c></row>');
    expect(sheetData(out)).toContain('<c r="B3"><f t="shared" si="0"/><v>0</v></c>');
    expect(result.unshared).toEqual([]);
    expect(cell(await grid(out), 'B3')).toEqual({ v: 0, f: 'A3*2' });
  });

  it('leaves cells of a multi-cell array formula alone and says so', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(B1:B2)</f><v>1</v></c><c r="B1"><f t="array" ref="B1">1+1</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c></row></sheetData>';
    const data = await book(xml);
    const { out, result } = apply(data, [
      { row: 1, col: 1, value: 5 },
      { row: 2, col: 1, value: 6 },
      { row: 1, col: 2, formula: '2+2', value: 4 }, // a single-cell array is an ordinary formula
    ]);
    expect(result.skipped).toEqual([
      { sheet: 'S', cell: 'A1', reason: 'arrayFormula' },
      { sheet: 'S', cell: 'A2', reason: 'arrayFormula' },
    ]);
    expect(result.written.map((w) => w.cell)).toEqual(['B1']);
    expect(sheetData(out)).toBe(
      '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(B1:B2)</f><v>1</v></c><c r="B1"><f>2+2</f><v>4</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>',
    );
  });

  it('keeps the last of two writes to one cell and reports the other', async () => {
    const { out, result } = apply(await book('<sheetData/>'), [
      { row: 1, col: 1, value: 1 },
      { row: 1, col: 1, value: 2 },
    ]);
    expect(result.skipped).toEqual([{ sheet: 'S', cell: 'A1', reason: 'duplicate' }]);
    expect(cell(await grid(out), 'A1')).toEqual({ v: 2 });
  });

  it('uses the namespace prefix of the sheet for the elements it creates', async () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN_NS}"><x:dimension ref="B2"/>` +
      '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const { out } = apply(await book(xml), [
      { row: 2, col: 3, formula: 'B2*2', value: 10 },
      { row: 4, col: 1, value: 'mới' },
    ]);
    expect(sheetData(out)).toBe(
      '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c><x:c r="C2"><x:f>B2*2</x:f><x:v>10</x:v></x:c></x:row>' +
        '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>mới</x:t></x:is></x:c></x:row></x:sheetData>',
    );
    expect(text(partsOf(out), SHEET)).toContain('<x:dimension ref="A2:C4"/>');
    const g = await grid(out);
    expect(cell(g, 'C2')).toEqual({ v: 10, f: 'B2*2' });
  });

  it('keeps a part written in UTF-16 readable (turned into UTF-8)', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Điểm</t></is></c></row></sheetData></worksheet>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const data = await handmadeXlsx({ sheets: [{ name: 'S', xml: '<sheetData/>' }], extraParts: { [SHEET]: utf16 } });
    const { out } = apply(data, [{ row: 1, col: 2, value: 3 }]);
    expect(text(partsOf(out), SHEET).startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect((await grid(out)).rows).toEqual([[{ v: 'Điểm' }, { v: 3 }]]);
  });

  it('throws for a sheet the workbook does not have', async () => {
    expect(() => apply(Buffer.from([]), [])).toThrow(InputError);
    const data = await book('<sheetData/>');
    expect(() => apply(data, [{ row: 1, col: 1, value: 1 }], 'Nope')).toThrow(/sheet "Nope"/);
  });
});

describe('the workbook part and the calc chain', () => {
  const CALC_CHAIN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN_NS}"><c r="B1" i="1"/></calcChain>`;

  async function withWorkbook(workbookXml: string, extra: Record<string, string> = {}): Promise<Buffer> {
    return handmadeXlsx({
      sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row></sheetData>' }],
      extraParts: { 'xl/workbook.xml': workbookXml, ...extra },
    });
  }
  const wb = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${inner}</workbook>`;
  const SHEETS = '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>';

  it.each([
    ['adds fullCalcOnLoad to calcPr', `${SHEETS}<calcPr calcId="191029"/>`, `${SHEETS}<calcPr calcId="191029" fullCalcOnLoad="1"/>`],
    ['turns fullCalcOnLoad="0" on', `${SHEETS}<calcPr fullCalcOnLoad="0" calcId="1"/>`, `${SHEETS}<calcPr fullCalcOnLoad="1" calcId="1"/>`],
    ['adds calcPr at the end', `${SHEETS}<definedNames><definedName name="x">S!$A$1</definedName></definedNames>`, `${SHEETS}<definedNames><definedName name="x">S!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/>`],
    ['adds calcPr before the elements that follow it', `${SHEETS}<fileRecoveryPr repairLoad="1"/><extLst/>`, `${SHEETS}<calcPr fullCalcOnLoad="1"/><fileRecoveryPr repairLoad="1"/><extLst/>`],
  ])('%s, nothing else in the workbook part', async (_title, before, after) => {
    const { out } = apply(await withWorkbook(wb(before)), [{ row: 1, col: 1, value: 3 }]);
    expect(text(partsOf(out), 'xl/workbook.xml')).toBe(wb(after));
  });

  it('drops calcChain.xml with its content type and relationship, and nothing else of them', async () => {
    const data = await handmadeXlsx({ sheets: [{ name: 'S', xml: '<sheetData/>' }] });
    const parts = partsOf(data);
    const ct = text(parts, '[Content_Types].xml');
    const rels = text(parts, 'xl/_rels/workbook.xml.rels');
    const chainOverride = '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>';
    const chainRel = `<Relationship Id="rId9" Type="${REL_NS}/calcChain" Target="calcChain.xml"/>`;
    const withChain = await handmadeXlsx({
      sheets: [{ name: 'S', xml: '<sheetData/>' }],
      extraParts: {
        'xl/calcChain.xml': CALC_CHAIN,
        '[Content_Types].xml': ct.replace('</Types>', `${chainOverride}</Types>`),
        'xl/_rels/workbook.xml.rels': rels.replace('</Relationships>', `${chainRel}</Relationships>`),
      },
    });
    const { out, result } = apply(withChain, [{ row: 1, col: 1, value: 1 }]);
    const outParts = partsOf(out);
    expect(outParts.has('xl/calcChain.xml')).toBe(false);
    expect(text(outParts, '[Content_Types].xml')).toBe(ct);
    expect(text(outParts, 'xl/_rels/workbook.xml.rels')).toBe(rels);
    expect(result.parts.removed).toEqual(['xl/calcChain.xml']);
    expect(diffParts(partsOf(withChain), outParts)).toEqual({
      changed: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', SHEET],
      added: [],
      removed: ['xl/calcChain.xml'],
    });
  });
});

describe('notes', () => {
  it('creates the comments and VML parts, their relationships and content types, and <legacyDrawing> in its place', async () => {
    const data = await book(`<sheetData><row r="1"><c r="A1"><v>5.5</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><extLst/>`);
    const { out, result } = apply(data, [{ row: 1, col: 1, formula: 'SUM(A2:A3)', value: 5, note: 'Giá trị cũ: 5,5 & <khác>' }]);
    expect(result.notes).toBe(1);
    const before = partsOf(data);
    const parts = partsOf(out);
    expect(diffParts(before, parts)).toEqual({
      changed: ['[Content_Types].xml', 'xl/workbook.xml', SHEET],
      added: ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels'],
      removed: [],
    });
    expect(text(parts, SHEET)).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId2"/><extLst/>');
    expect(text(parts, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain(`<Relationship Id="rId2" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`);
    expect(text(parts, 'xl/comments1.xml')).toContain('<comment ref="A1" authorId="0"><text><r><rPr>');
    expect(text(parts, 'xl/comments1.xml')).toContain('<t xml:space="preserve">Giá trị cũ: 5,5 &amp; &lt;khác&gt;</t></r></text></comment>');
    const ct = text(parts, '[Content_Types].xml');
    expect(ct.replace(/<Default Extension="vml"[^>]*\/>|<Override PartName="\/xl\/comments1.xml"[^>]*\/>/g, '')).toBe(text(before, '[Content_Types].xml'));
    expect(text(parts, 'xl/drawings/vmlDrawing1.vml')).toContain('<x:Row>0</x:Row><x:Column>0</x:Column>');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(noteText(wb.getWorksheet('S')?.getCell('A1'))).toBe('Giá trị cũ: 5,5 & <khác>');
  });

  async function excelJsWithNote(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('A');
    a.getCell('B2').value = 1;
    a.getCell('B2').note = 'ghi chú của người dùng';
    a.getCell('C3').value = 2;
    const b = wb.addWorksheet('B');
    b.getCell('A1').value = 3;
    b.getCell('A1').note = 'trang B';
    wb.addWorksheet('C').getCell('A1').value = 4;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('appends to the comments and VML parts a sheet already has, and to a cell’s own comment', async () => {
    const data = await excelJsWithNote();
    const before = partsOf(data);
    const { data: out } = applyWritePlanToBuffer(
      data,
      plan(
        [
          { row: 3, col: 3, formula: 'B2*2', value: 2, note: 'ghi chú mới' },
          { row: 2, col: 2, value: 1, note: 'ghi thêm' },
        ],
        'A',
      ),
      'in.xlsx',
    );
    const parts = partsOf(out);
    expect(diffParts(before, parts)).toEqual({
      changed: ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'],
      added: [],
      removed: [],
    });
    const vmlBefore = text(before, 'xl/drawings/vmlDrawing1.vml');
    const vmlAfter = text(parts, 'xl/drawings/vmlDrawing1.vml');
    // One new box (the cell that had no comment), appended; nothing else changed.
    expect((vmlAfter.match(/<v:shape /g) ?? []).length).toBe((vmlBefore.match(/<v:shape /g) ?? []).length + 1);
    expect(vmlAfter.replace(/<v:shape id="_x0000_s1026"[\s\S]*?<\/v:shape>/, '')).toBe(vmlBefore);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('A');
    expect(noteText(ws?.getCell('C3'))).toBe('ghi chú mới');
    expect(noteText(ws?.getCell('B2'))).toBe('ghi chú của người dùng\n\nghi thêm');
    expect(noteText(wb.getWorksheet('B')?.getCell('A1'))).toBe('trang B');
  });

  it('adds to the relationships a sheet already has (an image) without touching the others', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.addImage(wb.addImage({ base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', extension: 'png' }), 'C3:D4');
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const relsPart = 'xl/worksheets/_rels/sheet1.xml.rels';
    const before = text(partsOf(data), relsPart);
    const { out } = apply(data, [{ row: 1, col: 1, value: 2, note: 'ghi chú' }]);
    const after = text(partsOf(out), relsPart);
    expect(after.replace(/<Relationship Id="rId[23]"[^>]*\/>/g, '')).toBe(before);
    expect(after).toContain(`<Relationship Id="rId2" Type="${REL_NS}/comments" Target="../comments1.xml"/>`);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet('S')?.getImages()).toHaveLength(1);
    expect(noteText(back.getWorksheet('S')?.getCell('A1'))).toBe('ghi chú');
  });

  it('declares the relationships namespace on <legacyDrawing> when the sheet does not', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`;
    const { out } = apply(await book(xml), [{ row: 1, col: 1, value: 1, note: 'x' }]);
    expect(text(partsOf(out), SHEET)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
        `<legacyDrawing xmlns:r="${REL_NS}" r:id="rId2"/></worksheet>`,
    );
  });

  it('gives a new VML drawing an id block no other drawing uses', async () => {
    const data = await excelJsWithNote();
    const { data: out } = applyWritePlanToBuffer(data, plan([{ row: 1, col: 1, value: 9, note: 'trang C' }], 'C'), 'in.xlsx');
    const parts = partsOf(out);
    const blockOf = (name: string) => /data="(\d+)"/.exec(text(parts, name))?.[1];
    const added = diffParts(partsOf(data), parts).added.filter((n) => n.endsWith('.vml'));
    expect(added).toEqual(['xl/drawings/vmlDrawing3.vml']);
    const others = [...parts.keys()].filter((n) => n.endsWith('.vml') && !added.includes(n)).map(blockOf);
    expect(others).not.toContain(blockOf(added[0]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(noteText(wb.getWorksheet('C')?.getCell('A1'))).toBe('trang C');
  });
});

describe('refusals', () => {
  it('refuses a protected sheet, naming the cell', async () => {
    const data = await handmadeXlsx({ sheets: [{ name: 'Tổng hợp', xml: '<sheetData/><sheetProtection sheet="1" objects="1"/>' }] });
    expect(() => applyWritePlanToBuffer(data, plan([{ row: 4, col: 4, value: 1 }], 'Tổng hợp'), 'in.xlsx')).toThrow(
      expect.objectContaining({ problem: 'protectedSheet', detail: "'Tổng hợp'!D4" }),
    );
    const err = new InputError('protectedSheet', 'in.xlsx', "'Tổng hợp'!D4");
    expect(err.localized('vi')).toContain("ô 'Tổng hợp'!D4 nằm trên trang tính đang được bảo vệ");
    expect(err.localized('en')).toContain('protected sheet');
  });

  it('refuses a cell inside a merged range other than its top-left one', async () => {
    const data = await book('<sheetData/><mergeCells count="1"><mergeCell ref="B2:C4"/></mergeCells>');
    expect(() => apply(data, [{ row: 3, col: 2, value: 1 }])).toThrow(expect.objectContaining({ problem: 'mergedCell', detail: 'S!B3 (B2:C4)' }));
    expect(apply(data, [{ row: 2, col: 2, value: 1 }]).result.written).toHaveLength(1);
  });
});

describe('files', () => {
  let dir: string;
  let input: string;
  const writes: Write[] = [{ row: 1, col: 2, formula: 'A1*2', value: 2 }];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-write-'));
    input = join(dir, 'in.xlsx');
    writeFileSync(input, await book('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'));
  });
  const files = () => readdirSync(dir).sort();

  it('writes OUT and never touches FILE', async () => {
    const bytes = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const out = join(dir, 'out.xlsx');
    const result = await applyWritePlan(input, plan(writes), out);
    expect(result.written).toHaveLength(1);
    expect(readFileSync(input)).toEqual(bytes);
    expect(statSync(input).mtimeMs).toBe(mtime);
    expect(cell(await grid(readFileSync(out)), 'B1')).toEqual({ v: 2, f: 'A1*2' });
    expect(files()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('refuses an existing OUT without force, and replaces it with force', async () => {
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'previous');
    await expect(applyWritePlan(input, plan(writes), out)).rejects.toMatchObject({ problem: 'outputExists' });
    expect(readFileSync(out, 'utf8')).toBe('previous');
    await applyWritePlan(input, plan(writes), out, { force: true });
    expect(cell(await grid(readFileSync(out)), 'B1')).toEqual({ v: 2, f: 'A1*2' });
    expect(files()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('refuses OUT = FILE, however it is spelled, even with force', async () => {
    const bytes = readFileSync(input);
    await expect(applyWritePlan(input, plan(writes), join(dir, '.', 'x', '..', 'in.xlsx'), { force: true })).rejects.toMatchObject({ problem: 'sameAsInput' });
    symlinkSync(input, join(dir, 'link.xlsx'));
    await expect(applyWritePlan(input, plan(writes), join(dir, 'link.xlsx'), { force: true })).rejects.toMatchObject({ problem: 'sameAsInput' });
    expect(readFileSync(input)).toEqual(bytes);
  });

  it('leaves no OUT and no temporary file when it fails between writing and renaming', async () => {
    const out = join(dir, 'out.xlsx');
    let temp = '';
    await expect(
      applyWritePlan(input, plan(writes), out, {
        beforeRename: (t) => {
          temp = t;
          expect(existsSync(t)).toBe(true); // the whole output is there, under its temporary name
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow(/simulated crash/);
    expect(temp.startsWith(join(dir, '.out.xlsx.'))).toBe(true);
    expect(files()).toEqual(['in.xlsx']);
  });

  it('leaves no OUT when the plan is refused', async () => {
    writeFileSync(input, await book('<sheetData/><sheetProtection sheet="1"/>'));
    await expect(applyWritePlan(input, plan(writes), join(dir, 'out.xlsx'))).rejects.toMatchObject({ problem: 'protectedSheet' });
    expect(files()).toEqual(['in.xlsx']);
  });

  it('does not overwrite an OUT that appears while it writes, unless forced', async () => {
    const out = join(dir, 'out.xlsx');
    await expect(applyWritePlan(input, plan(writes), out, { beforeRename: () => writeFileSync(out, 'someone else') })).rejects.toMatchObject({
      problem: 'outputExists',
    });
    expect(readFileSync(out, 'utf8')).toBe('someone else');
    expect(files()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('copies FILE exactly when there is nothing to write', async () => {
    const out = join(dir, 'out.xlsx');
    const result = await applyWritePlan(input, plan([]), out);
    expect(result).toMatchObject({ copied: true, written: [], parts: { changed: [], added: [], removed: [] } });
    expect(readFileSync(out)).toEqual(readFileSync(input));
  });

  it('reports a missing FILE, an OUT folder that does not exist, and a FILE that is no workbook', async () => {
    await expect(applyWritePlan(join(dir, 'nope.xlsx'), plan(writes), join(dir, 'out.xlsx'))).rejects.toMatchObject({ problem: 'missing' });
    await expect(applyWritePlan(input, plan(writes), join(dir, 'no', 'out.xlsx'))).rejects.toMatchObject({ problem: 'unwritable' });
    writeFileSync(input, 'not a zip');
    await expect(applyWritePlan(input, plan(writes), join(dir, 'out.xlsx'))).rejects.toMatchObject({ problem: 'notWorkbook' });
    expect(files()).toEqual(['in.xlsx']);
  });

  it('uses the bytes the caller read, not the file as it is now', async () => {
    const data = readFileSync(input);
    writeFileSync(input, 'changed since');
    await applyWritePlan(input, plan(writes), join(dir, 'out.xlsx'), { inputData: data });
    expect(cell(await grid(readFileSync(join(dir, 'out.xlsx'))), 'B1')).toEqual({ v: 2, f: 'A1*2' });
  });
});
