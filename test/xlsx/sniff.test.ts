// sniffInput on bytes in memory: the variants of each bad input that reach officers.
import type { InputProblem } from '../../src/engine/messages/input';
import { InputError } from '../../src/xlsx/errors';
import { sniffInput } from '../../src/xlsx/sniff';
import { cfbFile, smallWorkbookBytes } from './badInputs';
import { handmadeParts, zipParts } from './handmade';

function problemOf(data: Uint8Array, name = 'x.xlsx'): InputProblem | 'none' {
  try {
    sniffInput(data, name);
  } catch (e) {
    if (e instanceof InputError) return e.problem;
    throw e;
  }
  return 'none';
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

const SHEET_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

function types(part: string, contentType: string): string {
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="${part}" ContentType="${contentType}"/></Types>`
  );
}

describe('text files', () => {
  it.each<[string, Uint8Array, InputProblem]>([
    ['<!DOCTYPE html>', utf8('<!DOCTYPE html>\n<html><body><table></table></body></html>'), 'html'],
    ['a bare <table>', utf8('<table border=1><tr><td>1</td></tr></table>'), 'html'],
    ['upper case after blank lines', utf8('\n\n\t<HTML><BODY>'), 'html'],
    ['a comment first', utf8('<!-- xuất từ phần mềm --><html>'), 'html'],
    ['XHTML with an XML declaration', utf8('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html'],
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><table>', 'utf16le')]), 'html'],
    ['UTF-16 without a mark', Buffer.from('<table><tr>', 'utf16le'), 'html'],
    ['a single-file web page (.mht)', utf8('MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related'), 'html'],
    ['XML Spreadsheet 2003', utf8('<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook><Worksheet><Table/></Worksheet></Workbook>'), 'xmlSpreadsheet'],
    ['XML Spreadsheet 2003 without the PI', utf8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Table/></Workbook>'), 'xmlSpreadsheet'],
    ['CSV', utf8('STT,Nhiệm vụ\n1,Ban hành\n'), 'notWorkbook'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'notWorkbook'],
    ['other XML', utf8('<?xml version="1.0"?><note><to>x</to></note>'), 'notWorkbook'],
    ['nothing', new Uint8Array(0), 'emptyFile'],
  ])('%s', (_title, data, problem) => {
    expect(problemOf(data)).toBe(problem);
  });
});

describe('zip archives', () => {
  it('a workbook passes, whatever its name says', async () => {
    const data = await smallWorkbookBytes(3);
    expect(problemOf(data)).toBe('none');
    expect(problemOf(data, 'goc.xls')).toBe('none');
  });

  it.each<[string, Record<string, string>, InputProblem | 'none']>([
    ['an empty archive', {}, 'notWorkbook'],
    ['a binary workbook (.xlsb)', { '_rels/.rels': rels('xl/workbook.bin'), 'xl/workbook.bin': 'bin' }, 'notWorkbook'],
    ['a PowerPoint file', { '_rels/.rels': rels('ppt/presentation.xml'), 'ppt/presentation.xml': '<p/>' }, 'notWorkbook'],
    ['a Word file with unusual part names', { '_rels/.rels': rels('word/main.xml'), 'word/main.xml': '<w/>' }, 'wordDocument'],
    ['a workbook whose root relationships are damaged', { '_rels/.rels': '<Relationships', 'xl/workbook.xml': '<workbook/>' }, 'none'],
    ['a workbook part found by relationship only', { '_rels/.rels': rels('xl/wb.xml'), 'xl/wb.xml': '<workbook/>' }, 'none'],
    ['a workbook part outside xl/, by its content type', { '[Content_Types].xml': types('/book.xml', SHEET_MAIN), '_rels/.rels': rels('book.xml'), 'book.xml': '<workbook/>' }, 'none'],
    ['a macro-enabled workbook (.xlsm)', { '[Content_Types].xml': types('/xl/workbook.xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'), 'xl/workbook.xml': '<workbook/>' }, 'none'],
    ['a PowerPoint file with content types', { '[Content_Types].xml': types('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'), 'xl/workbook.xml': '<p/>' }, 'notWorkbook'],
  ])('%s', async (_title, parts, problem) => {
    expect(problemOf(await zipParts(parts))).toBe(problem);
  });

  it.each([
    ['the last byte', (b: Buffer) => b.subarray(0, b.length - 1)],
    ['the central directory', (b: Buffer) => b.subarray(0, b.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')) + 10)],
    ['all but the first entry', (b: Buffer) => b.subarray(0, 200)],
  ])('a workbook cut before %s is truncated', async (_title, cut) => {
    const data = await zipParts(handmadeParts({ sheets: [{ name: 'S', xml: '<sheetData/>' }] }));
    expect(problemOf(cut(data))).toBe('truncated');
  });
});

describe('compound (OLE) files', () => {
  it.each<[string, Buffer, InputProblem]>([
    ['encrypted, streams in the mini stream', cfbFile([{ name: 'EncryptionInfo', data: Buffer.alloc(300) }, { name: 'EncryptedPackage', data: Buffer.alloc(9000) }], { mini: true }), 'encrypted'],
    ['an Excel 5 workbook (Book stream)', cfbFile([{ name: 'Book', data: Buffer.alloc(100) }]), 'xls'],
    ['something else (a .msg)', cfbFile([{ name: '__properties_version1.0', data: Buffer.alloc(100) }]), 'notWorkbook'],
  ])('%s', (_title, data, problem) => {
    expect(problemOf(data)).toBe(problem);
  });

  it('a compound file cut short is truncated', () => {
    const data = cfbFile([{ name: 'Workbook', data: Buffer.alloc(100) }]);
    expect(problemOf(data.subarray(0, 700))).toBe('truncated');
  });

  it('a sector chain that loops is truncated, not a hang', () => {
    const data = Buffer.from(cfbFile([{ name: 'Workbook', data: Buffer.alloc(100) }]));
    data.writeUInt32LE(1, 512 + 4); // the directory sector's FAT entry points to itself
    expect(problemOf(data)).toBe('truncated');
  });
});

function rels(target: string): string {
  return (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
  );
}
