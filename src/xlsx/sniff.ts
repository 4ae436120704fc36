// What a file really is, told from its bytes before any parse (issue 3 §6): officers receive
// Word documents renamed .xlsx, HTML tables exported by web systems as .xls/.xlsx, half
// downloads, password-protected workbooks and old .xls files; each gets its own one-line
// reason (exit 2) instead of a parser's stack trace.
import type { InputProblem } from '../engine/messages/input';
import { InputError } from './errors';
import { biffIsEncrypted, hasCfbSignature, readCfb, type CfbFile } from './cfb';
import { parseRels } from './parts';
import { parseXml, XmlError } from './xml';
import { hasZipSignature, indexEntries, readZipDirectory, readZipEntry, type ZipEntry } from './zip';

/** A zip archive that holds a workbook part. */
export interface WorkbookArchive {
  data: Uint8Array;
  /** Entries by lower-cased part name. */
  entries: Map<string, ZipEntry>;
  /** The workbook part's name as stored (usually xl/workbook.xml). */
  workbookPart: string;
}

const HEAD_BYTES = 4096;
const XLS_NAME_RE = /\.xls$/i;
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
const WORD_MAIN = 'word/document.xml';

/** The start of a text file as a string, whatever its byte-order mark or UTF-16 layout. */
function textHead(data: Uint8Array): string {
  const head = data.subarray(0, HEAD_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  // UTF-16 without a mark: '<' followed by a zero byte.
  if (head[0] === 0x3c && head[1] === 0) return new TextDecoder('utf-16le').decode(head);
  return new TextDecoder('utf-8').decode(head); // drops a UTF-8 mark
}

const HTML_START_RE = /^(?:<!doctype html|<html|<table|<head|<body|<meta|<style|<title|<div|<font|<tr)\b/;
const MIME_RE = /^mime-version:/; // a "single file web page" (.mht) saved under another name

function startsAsHtml(head: string): boolean {
  return HTML_START_RE.test(head) || MIME_RE.test(head);
}

/** HTML behind a comment, an XML declaration or a doctype of another spelling. */
function holdsHtml(head: string): boolean {
  return head.startsWith('<') && (head.includes('<html') || head.includes('<table'));
}

// The Excel 2002/2003 XML format: <?mso-application progid="Excel.Sheet"?> and a <Workbook>
// in the spreadsheet namespace.
function isXmlSpreadsheet(head: string): boolean {
  return head.startsWith('<') && (head.includes('progid="excel.sheet"') || head.includes('urn:schemas-microsoft-com:office:spreadsheet'));
}

/** Classifies a compound (OLE) file: a password-protected .xlsx, an old .xls, a .doc. */
function cfbProblem(cfb: CfbFile): InputProblem {
  const names = new Map(cfb.streams.map((s) => [s.name.toLowerCase(), s]));
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) return 'encrypted';
  const book = names.get('workbook') ?? names.get('book');
  if (book) return biffIsEncrypted(cfb.head(book, 64)) ? 'encrypted' : 'xls';
  if (names.has('worddocument')) return 'wordDocument';
  return 'notWorkbook';
}

function nonZipProblem(data: Uint8Array): InputProblem {
  if (data.length === 0) return 'emptyFile';
  if (hasCfbSignature(data)) {
    try {
      return cfbProblem(readCfb(data));
    } catch {
      return 'truncated'; // a CfbError, or a RangeError from a field pointing outside the file
    }
  }
  const head = textHead(data).trimStart().toLowerCase();
  if (startsAsHtml(head)) return 'html';
  // Before holdsHtml: the 2003 XML format has a <Table> element too.
  if (isXmlSpreadsheet(head)) return 'xmlSpreadsheet';
  if (holdsHtml(head)) return 'html';
  return 'notWorkbook';
}

/** A small package part parsed, or undefined when it is missing or not well formed. */
function smallPart<T>(data: Uint8Array, entry: ZipEntry | undefined, parse: (bytes: Buffer) => T): T | undefined {
  if (!entry) return undefined;
  try {
    return parse(readZipEntry(data, entry));
  } catch (e) {
    if (e instanceof XmlError) return undefined; // fall back to the usual part names
    throw e;
  }
}

/** The part the package's root relationships name as its main document. */
function mainPart(data: Uint8Array, entries: Map<string, ZipEntry>): string | undefined {
  return smallPart(data, entries.get('_rels/.rels'), (bytes) => parseRels(bytes, '').find((r) => r.type === 'officeDocument' && !r.external)?.target);
}

/** A part's content type from [Content_Types].xml (an Override, else the Default for its extension). */
function contentTypeOf(data: Uint8Array, entries: Map<string, ZipEntry>, part: string): string | undefined {
  const wanted = `/${part.toLowerCase()}`;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return smallPart(data, entries.get('[content_types].xml'), (bytes) => {
    let override: string | undefined;
    let byExtension: string | undefined;
    parseXml(bytes, {
      open(tag) {
        if (tag.name === 'Override' && tag.get('PartName')?.toLowerCase() === wanted) override = tag.get('ContentType');
        else if (tag.name === 'Default' && tag.get('Extension')?.toLowerCase() === ext) byExtension = tag.get('ContentType');
      },
    });
    return override ?? byExtension;
  });
}

type PackageKind = 'workbook' | 'word' | 'other';

// Workbook main parts: spreadsheetml.sheet.main+xml, .template.main+xml, ms-excel.sheet.macroEnabled.main+xml …
const WORKBOOK_TYPE_RE = /(?:spreadsheetml|ms-excel)\.[\w.]*main\+xml$/i;
const WORD_TYPE_RE = /wordprocessingml|ms-word/i;
const GENERIC_TYPE_RE = /^(?:application|text)\/xml$/i;

function kindOf(part: string, contentType: string | undefined): PackageKind {
  if (contentType !== undefined && !GENERIC_TYPE_RE.test(contentType)) {
    return WORKBOOK_TYPE_RE.test(contentType) ? 'workbook' : WORD_TYPE_RE.test(contentType) ? 'word' : 'other';
  }
  // No specific content type (a hand-made zip): go by Excel's and Word's folder names.
  const lower = part.toLowerCase();
  if (lower.startsWith('xl/') && lower.endsWith('.xml')) return 'workbook';
  return lower.startsWith('word/') ? 'word' : 'other';
}

/** The package's main part as stored: the root relationship's target, else the usual names. */
function mainEntry(data: Uint8Array, entries: Map<string, ZipEntry>): ZipEntry | undefined {
  const main = mainPart(data, entries);
  for (const name of [main, DEFAULT_WORKBOOK, WORD_MAIN]) {
    const entry = name === undefined ? undefined : entries.get(name.toLowerCase());
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Opens the file's bytes as an .xlsx archive, or throws the InputError that says what the
 * file is instead. Only the zip directory and two small parts (the root relationships and the
 * content types) are read.
 */
export function openWorkbookArchive(data: Uint8Array, name: string): WorkbookArchive {
  const misnamedXls = (problem: InputProblem) =>
    problem === 'notWorkbook' && XLS_NAME_RE.test(name) ? 'xls' : problem;
  if (!hasZipSignature(data)) throw new InputError(misnamedXls(nonZipProblem(data)), name);
  try {
    const entries = indexEntries(readZipDirectory(data));
    const main = mainEntry(data, entries);
    const kind = main ? kindOf(main.name, contentTypeOf(data, entries, main.name)) : 'other';
    if (main && kind === 'workbook') return { data, entries, workbookPart: main.name };
    throw new InputError(kind === 'word' ? 'wordDocument' : misnamedXls('notWorkbook'), name);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // Anything else here is a directory record or header that points nowhere sensible.
    throw new InputError('truncated', name, e instanceof Error ? e.message : String(e));
  }
}

/**
 * Throws InputError ('emptyFile', 'notWorkbook', 'wordDocument', 'html', 'xmlSpreadsheet',
 * 'truncated', 'encrypted', 'xls') when the bytes are not an .xlsx workbook. A file named
 * .xls that holds a real .xlsx is read; one that holds nothing recognisable is reported as xls.
 */
export function sniffInput(data: Uint8Array, name: string): void {
  openWorkbookArchive(data, name);
}
