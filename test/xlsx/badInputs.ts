// Builders of the bad inputs officers really send (issue 3 §6), each written into a folder and
// each with the InputError problem it must give. Exported so the CLI tests run the same files
// through `cchc check` (exit 2, one line naming the file).
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { InputProblem } from '../../src/engine/messages/input';
import { handmadeXlsx, unzipParts, zipParts } from './handmade';

export function makeTempDir(prefix = 'cchc-xlsx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function write(dir: string, name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

// ---- A tiny compound file (OLE, MS-CFB) writer ------------------------------------------------

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const MINI_CUTOFF = 4096;

export interface CfbStreamSpec {
  name: string;
  data: Uint8Array;
}

function dirEntry(name: string, type: number, child: number, right: number, start: number, size: number): Buffer {
  const e = Buffer.alloc(128);
  const nameBytes = Buffer.from(`${name}\0`, 'utf16le');
  nameBytes.copy(e, 0);
  e.writeUInt16LE(nameBytes.length, 64);
  e.writeUInt8(type, 66);
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(NO_STREAM, 68); // left sibling
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

const MINI_SECTOR = 64;

/** Sector chains laid out one after another, with the FAT that links them. */
function allocate(fat: number[], sectors: number): number {
  const start = fat.length;
  for (let i = 0; i < sectors; i++) fat.push(i === sectors - 1 ? END_OF_CHAIN : fat.length + 1);
  return sectors === 0 ? END_OF_CHAIN : start;
}

function padTo(data: Uint8Array, unit: number): Buffer {
  const b = Buffer.alloc(Math.max(unit, Math.ceil(data.length / unit) * unit));
  Buffer.from(data).copy(b);
  return b;
}

export interface CfbOptions {
  /** Store streams under 4 096 bytes in the mini stream, as Excel does; else pad them to 4 096. */
  mini?: boolean;
}

/**
 * A version 3 compound file: the header, one FAT sector, the directory (root entry and one
 * entry per stream, chained as right siblings), then the mini FAT and mini stream (when asked)
 * and the streams in regular sectors.
 */
export function cfbFile(streams: CfbStreamSpec[], opts: CfbOptions = {}): Buffer {
  const isMini = (st: CfbStreamSpec) => Boolean(opts.mini) && st.data.length < MINI_CUTOFF;
  const fat: number[] = [FAT_SECTOR];
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  allocate(fat, dirSectors);
  // Mini streams: 64-byte sectors inside the root entry's stream, chained by the mini FAT.
  const miniFat: number[] = [];
  const miniStarts = streams.map((st) => (isMini(st) ? allocate(miniFat, Math.ceil(st.data.length / MINI_SECTOR) || 1) : END_OF_CHAIN));
  const miniData = Buffer.concat(streams.filter(isMini).map((st) => padTo(st.data, MINI_SECTOR)));
  const miniFatStart = miniFat.length ? allocate(fat, 1) : END_OF_CHAIN;
  const rootData = padTo(miniData, SECTOR).subarray(0, miniData.length ? undefined : 0);
  const rootStart = allocate(fat, rootData.length / SECTOR);
  const regular = streams.map((st) => (isMini(st) ? Buffer.alloc(0) : padTo(st.data, MINI_CUTOFF)));
  const starts = streams.map((st, i) => (isMini(st) ? miniStarts[i] : allocate(fat, regular[i].length / SECTOR)));
  if (fat.length > SECTOR / 4) throw new Error('cfbFile: more sectors than one FAT sector maps');

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(miniFatStart, 60);
  header.writeUInt32LE(miniFat.length ? 1 : 0, 64);
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const dir = Buffer.alloc(dirSectors * SECTOR);
  dirEntry('Root Entry', 5, streams.length ? 1 : NO_STREAM, NO_STREAM, rootStart, miniData.length).copy(dir, 0);
  streams.forEach((st, i) => {
    const right = i + 1 < streams.length ? i + 2 : NO_STREAM;
    const size = isMini(st) ? st.data.length : regular[i].length;
    dirEntry(st.name, 2, NO_STREAM, right, starts[i], size).copy(dir, (i + 1) * 128);
  });
  const miniFatSector = Buffer.alloc(miniFat.length ? SECTOR : 0, 0xff);
  miniFat.forEach((v, i) => miniFatSector.writeUInt32LE(v, i * 4));
  return Buffer.concat([header, fatSector, dir, miniFatSector, rootData, ...regular]);
}

/** BIFF records: [type, payload]. */
function biff(records: Array<[number, number[]]>): Buffer {
  return Buffer.concat(
    records.map(([type, payload]) => {
      const b = Buffer.alloc(4 + payload.length);
      b.writeUInt16LE(type, 0);
      b.writeUInt16LE(payload.length, 2);
      Buffer.from(payload).copy(b, 4);
      return b;
    }),
  );
}

const BOF: [number, number[]] = [0x0809, [0x00, 0x06, 0x05, 0x00, 0xaf, 0x18, 0xcd, 0x07, 0xc9, 0xc0, 0, 0, 0x06, 0x03, 0, 0]];
const EOF: [number, number[]] = [0x000a, []];
const FILEPASS: [number, number[]] = [0x002f, [0x01, 0x00, 0x01, 0x00, 0x01, 0x00, ...new Array<number>(48).fill(0x11)]];

// ---- Workbooks ---------------------------------------------------------------------------------

/** A small real workbook (bytes), as ExcelJS writes it. */
export async function smallWorkbookBytes(rows = 200): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá']);
  for (let i = 1; i <= rows; i++) ws.addRow([i, `Tiêu chí thành phần số ${i}`, 2, { formula: `C${i + 1}/2`, result: 1 }]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface HugeOptions {
  /** Styled empty rows written after the data (each with eight styled empty cells). */
  emptyRows?: number;
}

/**
 * A sheet whose used range claims all 1 048 576 rows: <dimension ref="A1:H1048576">, many styled
 * empty rows below three data rows, and a styled empty row at r=1048576.
 */
export async function hugeUsedRangeBytes(opts: HugeOptions = {}): Promise<Buffer> {
  const emptyRows = opts.emptyRows ?? 20_000;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['STT', 'Nhiệm vụ', 'Thời hạn']);
  ws.addRow([1, 'Ban hành kế hoạch', 'Quý I/2024']);
  ws.addRow([2, 'Tổ chức kiểm tra', 'Tháng 10/2024']);
  ws.getCell('A3').border = { top: { style: 'thin' } }; // makes a second cell style (s="1")
  const parts = await unzipParts(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheetPart = 'xl/worksheets/sheet1.xml';
  const emptyRow = (r: number) =>
    `<row r="${r}" spans="1:8" s="1" customFormat="1">${'ABCDEFGH'.split('').map((c) => `<c r="${c}${r}" s="1"/>`).join('')}</row>`;
  const filler: string[] = [];
  for (let r = 4; r < 4 + emptyRows; r++) filler.push(emptyRow(r));
  filler.push(emptyRow(1_048_576));
  parts[sheetPart] = parts[sheetPart]
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:H1048576"/>')
    .replace('</sheetData>', `${filler.join('')}</sheetData>`);
  if (!parts[sheetPart].includes('A1:H1048576')) throw new Error('hugeUsedRange: no <dimension> to patch');
  return zipParts(parts);
}

// ---- The builders -----------------------------------------------------------------------------

export type BadInputBuilder = (dir: string) => Promise<string>;

export const notZip: BadInputBuilder = async (dir) => {
  // Deterministic noise that starts like nothing known.
  const bytes = Buffer.alloc(4096);
  for (let i = 0, x = 12345; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x >> 16;
  }
  bytes[0] = 0x13;
  return write(dir, 'ngau-nhien.xlsx', bytes);
};

export const textFile: BadInputBuilder = async (dir) =>
  write(dir, 'ghi-chu.xlsx', 'STT;Nhiệm vụ;Thời hạn\n1;Ban hành kế hoạch;Quý I/2024\n');

export const emptyFile: BadInputBuilder = async (dir) => write(dir, 'rong.xlsx', '');

/** A minimal real .docx (Word opens it) renamed .xlsx. */
export const wordRenamed: BadInputBuilder = async (dir) => {
  const data = await zipParts({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:body><w:p><w:r><w:t>Kế hoạch cải cách hành chính năm 2024</w:t></w:r></w:p></w:body></w:document>',
  });
  return write(dir, 'ke-hoach.xlsx', data);
};

/** An HTML table as web systems export it "to Excel": byte-order mark and blank lines first. */
export const htmlAsXlsx: BadInputBuilder = async (dir) =>
  write(
    dir,
    'bao-cao.xlsx',
    '\uFEFF\r\n  <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table border="1">' +
      '<tr><td>STT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>Ban hành kế hoạch</td></tr></table></body></html>',
  );

/** The old "XML Spreadsheet 2003" format under an .xlsx name. */
export const xmlSpreadsheet2003: BadInputBuilder = async (dir) =>
  write(
    dir,
    'xml-2003.xlsx',
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">STT</Data></Cell></Row></Table></Worksheet></Workbook>',
  );

/** A real workbook cut in half, as an interrupted download leaves it. */
export const truncated: BadInputBuilder = async (dir) => {
  const data = await smallWorkbookBytes();
  return write(dir, 'tai-do.xlsx', data.subarray(0, Math.floor(data.length / 2)));
};

/** A real workbook whose central directory says it starts past the end of the file. */
export const directoryPastEnd: BadInputBuilder = async (dir) => {
  const data = Buffer.from(await smallWorkbookBytes());
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  data.writeUInt32LE(data.length + 1000, end + 16);
  return write(dir, 'thu-muc-hong.xlsx', data);
};

/** A real workbook with bytes in the middle of its sheet's compressed data overwritten. */
export const corruptEntry: BadInputBuilder = async (dir) => {
  const data = Buffer.from(await smallWorkbookBytes());
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  // The name occurs first in the entry's local header (at +30), then in the central directory
  // (at +46), whose record holds the compressed size (the local one may be 0: data descriptor).
  const local = data.indexOf(name) - 30;
  const central = data.indexOf(name, local + 31) - 46;
  if (local < 0 || central < 0 || data.readUInt32LE(local) !== 0x04034b50) throw new Error('corruptEntry: sheet entry not found');
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const size = data.readUInt32LE(central + 20);
  data.fill(0xa5, start + Math.floor(size / 3), start + Math.floor(size / 3) + 64);
  return write(dir, 'hong.xlsx', data);
};

/** A password-protected workbook: Excel writes it as a compound file with the encrypted package. */
export const encrypted: BadInputBuilder = async (dir) =>
  write(
    dir,
    'mat-khau.xlsx',
    cfbFile(
      [
        { name: 'EncryptionInfo', data: Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]) },
        { name: 'EncryptedPackage', data: Buffer.alloc(5000, 0x5a) },
      ],
      { mini: true },
    ),
  );

/** An old binary Excel 97-2003 workbook (BIFF8 "Workbook" stream). */
export const xlsBinary: BadInputBuilder = async (dir) =>
  write(dir, 'so-lieu-cu.xls', cfbFile([{ name: 'Workbook', data: biff([BOF, EOF]) }]));

/** The same, renamed .xlsx: the content decides, not the name. */
export const xlsRenamed: BadInputBuilder = async (dir) =>
  write(dir, 'so-lieu-cu.xlsx', cfbFile([{ name: 'Workbook', data: biff([BOF, EOF]) }]));

/** An old .xls with a password: FILEPASS follows the BOF record (a small stream: in the mini stream). */
export const xlsEncrypted: BadInputBuilder = async (dir) =>
  write(
    dir,
    'cu-mat-khau.xls',
    cfbFile(
      [
        { name: '\u0005SummaryInformation', data: Buffer.alloc(200, 3) },
        { name: 'Workbook', data: biff([BOF, FILEPASS, EOF]) },
      ],
      { mini: true },
    ),
  );

/** An old Word 97-2003 .doc renamed .xlsx. */
export const docRenamed: BadInputBuilder = async (dir) =>
  write(dir, 'cong-van.xlsx', cfbFile([{ name: 'WordDocument', data: Buffer.alloc(64, 1) }]));

/** Not a workbook, named .xls: reported as an old .xls (what the user believes it is). */
export const xlsNamedNoise: BadInputBuilder = async (dir) => write(dir, 'la.xls', 'not a spreadsheet at all\n');

/** A valid zip without a workbook part (photos zipped and renamed). */
export const zipOfPictures: BadInputBuilder = async (dir) =>
  write(dir, 'anh.xlsx', await zipParts({ 'anh-1.jpg': Buffer.alloc(300, 7), 'anh-2.jpg': Buffer.alloc(300, 9) }));

/** An OpenDocument spreadsheet renamed .xlsx. */
export const odsRenamed: BadInputBuilder = async (dir) =>
  write(
    dir,
    'libreoffice.xlsx',
    await zipParts({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      'META-INF/manifest.xml': '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    }),
  );

/** A workbook whose sheet XML is not well formed (a damaged part inside a sound zip). */
export const malformedSheetXml: BadInputBuilder = async (dir) =>
  write(dir, 'xml-hong.xlsx', await handmadeXlsx({ sheets: [{ name: 'Sheet1', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }] }));

/** A readable workbook whose sheet claims 1 048 576 rows (not bad input: it must read fast). */
export const hugeUsedRange: BadInputBuilder = async (dir) => write(dir, 'mot-trieu-dong.xlsx', await hugeUsedRangeBytes());

/** One empty sheet (not bad input: a Grid with no rows). */
export const emptyWorkbook: BadInputBuilder = async (dir) => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return write(dir, 'trong.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
};

export interface BadInputCase {
  title: string;
  build: BadInputBuilder;
  problem: InputProblem;
  /** Damage found only when the part is inflated or parsed, not by sniffInput's byte checks. */
  foundWhileReading?: boolean;
}

/** Every bad input with the problem it must give (exit code 2 in the CLI). */
export const BAD_INPUTS: BadInputCase[] = [
  { title: 'random bytes', build: notZip, problem: 'notWorkbook' },
  { title: 'a text file', build: textFile, problem: 'notWorkbook' },
  { title: 'an empty file', build: emptyFile, problem: 'emptyFile' },
  { title: 'a Word document renamed .xlsx', build: wordRenamed, problem: 'wordDocument' },
  { title: 'an old .doc renamed .xlsx', build: docRenamed, problem: 'wordDocument' },
  { title: 'an HTML table saved as .xlsx', build: htmlAsXlsx, problem: 'html' },
  { title: 'an XML Spreadsheet 2003 saved as .xlsx', build: xmlSpreadsheet2003, problem: 'xmlSpreadsheet' },
  { title: 'a download cut in half', build: truncated, problem: 'truncated' },
  { title: 'a central directory past the end', build: directoryPastEnd, problem: 'truncated' },
  { title: 'a corrupt entry', build: corruptEntry, problem: 'truncated', foundWhileReading: true },
  { title: 'a password-protected workbook', build: encrypted, problem: 'encrypted' },
  { title: 'an old binary .xls', build: xlsBinary, problem: 'xls' },
  { title: 'an old binary .xls renamed .xlsx', build: xlsRenamed, problem: 'xls' },
  { title: 'a password-protected .xls', build: xlsEncrypted, problem: 'encrypted' },
  { title: 'a non-workbook named .xls', build: xlsNamedNoise, problem: 'xls' },
  { title: 'a zip of pictures', build: zipOfPictures, problem: 'notWorkbook' },
  { title: 'an .ods renamed .xlsx', build: odsRenamed, problem: 'notWorkbook' },
  { title: 'malformed sheet XML', build: malformedSheetXml, problem: 'unreadable', foundWhileReading: true },
];
