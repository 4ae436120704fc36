// What other producers write and ExcelJS never does: inline strings, namespace prefixes, cells
// and rows without r attributes, ISO date cells, the 1904 date system, zeroHeight, phonetic runs,
// _xHHHH_ escapes, styles lists that also hold <font>/<xf>, chart sheets, Strict OOXML names.
import { isoToSerial, type Grid } from '../../src/engine/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { handmadeParts, handmadeXlsx, zipParts, type HandmadeOptions } from './handmade';

async function read(opts: HandmadeOptions): Promise<Grid[]> {
  return (await readWorkbookBuffer(await handmadeXlsx(opts), 'handmade.xlsx')).sheets;
}

async function readSheet(xml: string, rest: Partial<HandmadeOptions> = {}): Promise<Grid> {
  const sheets = await read({ sheets: [{ name: 'S', xml }], ...rest });
  return sheets[0];
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="General"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><name val=".VnTime"/></font></fonts>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="0" fontId="1"/>' +
  '<xf numFmtId="14" fontId="0"/><xf numFmtId="165" fontId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><name val="Wingdings"/></font><numFmt numFmtId="166" formatCode="0.0"/></dxf></dxfs>';

describe('cells other producers write', () => {
  it('reads inline strings, with and without rich runs', async () => {
    const grid = await readSheet(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nhiệm vụ</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Điểm </t></r><r><rPr><b/></rPr><t>tối đa</t></r></is></c></row></sheetData>',
    );
    expect(grid.rows).toEqual([[{ v: 'Nhiệm vụ' }, { v: 'Điểm tối đa' }]]);
  });

  it('reads elements with a namespace prefix', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c><x:c r="C2"><x:f>B2*2</x:f><x:v>10</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells count="1"><x:mergeCell ref="B3:C3"/></x:mergeCells></x:worksheet>';
    const grid = await readSheet(xml);
    expect(grid).toMatchObject({ top: 2, left: 2, width: 2, rows: [[{ v: 5 }, { v: 10, f: 'B2*2' }]], merges: [{ top: 3, left: 2, bottom: 3, right: 3 }] });
  });

  it('places cells and rows that have no r attribute', async () => {
    const grid = await readSheet('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>');
    expect(grid.rows).toEqual([[{ v: 1 }, { v: 2 }], [null, { v: 3 }, { v: 4 }]]);
  });

  it('merges rows written out of order', async () => {
    const grid = await readSheet('<sheetData><row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>4</v></c></row></sheetData>');
    expect(grid.rows).toEqual([[{ v: 1 }], [], [{ v: 3 }, { v: 4 }]]);
  });

  it('reads ISO date cells (t="d") as serials', async () => {
    const grid = await readSheet('<sheetData><row r="1"><c r="A1" t="d" s="1"><v>2024-03-15T12:00:00</v></c><c r="B1" t="d" s="1"><v>2024-03-15</v></c></row></sheetData>', { styles: STYLES });
    expect(grid.rows[0]).toEqual([
      { v: isoToSerial('2024-03-15') + 0.5, fmt: 'dd/mm/yyyy' },
      { v: isoToSerial('2024-03-15'), fmt: 'dd/mm/yyyy' },
    ]);
  });

  it('shifts date-formatted numbers of a 1904 workbook only', async () => {
    const grid = await readSheet('<sheetData><row r="1"><c r="A1" s="1"><v>43904</v></c><c r="B1" s="3"><v>43904</v></c><c r="C1"><v>43904</v></c></row></sheetData>', {
      styles: STYLES,
      workbookPr: 'date1904="true"',
    });
    expect(grid.rows[0]).toEqual([{ v: isoToSerial('2024-03-15'), fmt: 'dd/mm/yyyy' }, { v: isoToSerial('2024-03-15'), fmt: 'mm-dd-yy' }, { v: 43904 }]);
  });

  it('takes formats and fonts from cellXfs only, General as no format', async () => {
    const grid = await readSheet(
      '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="4"><v>7</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" s="9" t="s"><v>1</v></c></row></sheetData>',
      { styles: STYLES, sharedStrings: ['<t>NhiÖm vô</t>', '<t>x</t>'] },
    );
    expect(grid.rows[0]).toEqual([{ v: 'NhiÖm vô', font: '.VnTime' }, { v: 7 }, { v: 'x', font: 'Times New Roman' }, { v: 'x' }]);
  });

  it('reads shared strings: phonetic runs skipped, _xHHHH_ escapes and entities decoded', async () => {
    const grid = await readSheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>9</v></c></row></sheetData>', {
      sharedStrings: ['<r><t>漢</t></r><rPh sb="0" eb="1"><t>カン</t></rPh>', '<t>dòng 1_x000D_\ndòng 2 _x005F_x000D_</t>', '<t>A &amp; B &lt; C</t>'],
    });
    expect(grid.rows[0]).toEqual([{ v: '漢' }, { v: 'dòng 1\r\ndòng 2 _x000D_' }, { v: 'A & B < C' }]);
  });

  it('reads formula string results, booleans and errors by cell type', async () => {
    const grid = await readSheet(
      '<sheetData><row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B1" t="b"><v>0</v></c>' +
        '<c r="C1" t="e"><f>A1/0</f><v>#DIV/0!</v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1"><f t="dataTable" ref="E1:E2" dt2D="0" dtr="0" r1="A1"/><v>3</v></c></row></sheetData>',
    );
    expect(grid.rows[0]).toEqual([{ v: 'ab', f: '"a"&"b"' }, { v: false }, { v: { error: '#DIV/0!' }, f: 'A1/0' }, { v: '', f: '""' }, { v: 3 }]);
  });

  it('moves shared formulas across rows and columns, absolute references staying', async () => {
    const grid = await readSheet(
      '<sheetData><row r="1"><c r="B1"><f t="shared" ref="B1:C2" si="4">$A$1+A1</f><v>2</v></c><c r="C1"><f t="shared" si="4"/><v>3</v></c></row>' +
        '<row r="2"><c r="B2"><f t="shared" si="4"/><v>4</v></c><c r="C2"><f t="shared" si="4"/><v>5</v></c></row></sheetData>',
    );
    expect(grid.rows.map((r) => r.map((c) => c?.f))).toEqual([
      ['$A$1+A1', '$A$1+B1'],
      ['$A$1+A2', '$A$1+B2'],
    ]);
  });
});

describe('rows, columns and protection', () => {
  it('with zeroHeight, rows not written are hidden', async () => {
    const grid = await readSheet(
      '<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>' +
        '<row r="5"><c r="A5"><v>5</v></c></row></sheetData>',
    );
    expect(grid.hiddenRows).toEqual([2, 3, 4]);
  });

  it('clips hidden columns to the used range (B:F)', async () => {
    const grid = await readSheet(
      '<cols><col min="1" max="1" hidden="1"/><col min="3" max="3" hidden="true"/><col min="5" max="16384" hidden="1"/></cols>' +
        '<sheetData><row r="1" hidden="1"><c r="B1"><v>1</v></c></row><row r="2"><c r="F2"><v>2</v></c></row></sheetData>',
    );
    expect([grid.left, grid.width, grid.hiddenCols, grid.hiddenRows]).toEqual([2, 5, [3, 5, 6], [1]]);
  });

  it.each([
    ['<sheetProtection sheet="1" objects="1"/>', true],
    ['<sheetProtection sheet="true"/>', true],
    ['<sheetProtection sheet="0"/>', undefined],
    ['<sheetProtection password="CC3D"/>', undefined],
  ])('%s → protected %s', async (protection, expected) => {
    const grid = await readSheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${protection}`);
    expect(grid.protected).toBe(expected);
  });
});

describe('workbook structure', () => {
  it('lists worksheets in workbook order, hidden ones too, skipping chart sheets', async () => {
    const parts = handmadeParts({
      sheets: [
        { name: 'Kế hoạch & kết quả', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        { name: 'Ẩn', xml: '<sheetData/>', state: 'veryHidden' },
      ],
    });
    // Add a chart sheet between them, as Excel lists it in <sheets>.
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace('</sheets>', '<sheet name="Biểu đồ" sheetId="9" r:id="rId9"/></sheets>');
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const { sheets } = await readWorkbookBuffer(await zipParts(parts), 'x.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual(['Kế hoạch & kết quả', 'Ẩn']);
  });

  it('follows relationships to a workbook part with another name and absolute targets', async () => {
    const parts = handmadeParts({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }] });
    const moved: Record<string, string | Uint8Array> = {};
    for (const [name, content] of Object.entries(parts)) {
      const renamed = name.replace('xl/workbook.xml', 'xl/book.xml').replace('xl/_rels/workbook.xml.rels', 'xl/_rels/book.xml.rels');
      moved[renamed] = typeof content === 'string' ? content.replace('Target="xl/workbook.xml"', 'Target="/xl/book.xml"').replace('Target="worksheets/', 'Target="/xl/worksheets/') : content;
    }
    const { sheets } = await readWorkbookBuffer(await zipParts(moved), 'x.xlsx');
    expect(sheets[0].rows).toEqual([[{ v: 7 }]]);
  });

  it('reads a Strict OOXML workbook (other namespace and relationship URIs)', async () => {
    const strict = (s: string | Uint8Array) =>
      typeof s === 'string'
        ? s
            .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
            .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        : s;
    const parts = handmadeParts({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-31</v></c></row></sheetData>' }] });
    const { sheets } = await readWorkbookBuffer(await zipParts(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strict(v)]))), 'strict.xlsx');
    expect(sheets[0].rows).toEqual([[{ v: isoToSerial('2024-01-31') }]]);
  });

  it('a sheet whose part is missing is unreadable, naming the part', async () => {
    const parts = handmadeParts({ sheets: [{ name: 'S', xml: '<sheetData/>' }] });
    delete parts['xl/worksheets/sheet1.xml'];
    await expect(readWorkbookBuffer(await zipParts(parts), 'x.xlsx')).rejects.toMatchObject({ problem: 'unreadable', file: 'x.xlsx', detail: 'xl/worksheets/sheet1.xml is missing' });
  });

  it('reads stored (uncompressed) zip entries', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    for (const [name, content] of Object.entries(handmadeParts({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }] }))) {
      zip.file(name, content);
    }
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect((await readWorkbookBuffer(data, 'stored.xlsx')).sheets[0].rows).toEqual([[{ v: 1 }]]);
  });
});
