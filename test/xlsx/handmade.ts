// Hand-written .xlsx packages for what ExcelJS cannot write (inline strings, prefixed
// elements, ISO date cells, a 1904 date system, zeroHeight, a Strict workbook …): the parts
// are plain XML strings, zipped with jszip, so every byte of the test input is visible here.
import JSZip from 'jszip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandmadeSheet {
  name: string;
  /** The children of <worksheet> (sheetData, mergeCells …), or a whole part when it starts with '<?xml'. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface HandmadeOptions {
  sheets: HandmadeSheet[];
  /** The <si> items' XML, one string per item (e.g. '<t>abc</t>'). */
  sharedStrings?: string[];
  /** The children of <styleSheet>. */
  styles?: string;
  /** Attributes of <workbookPr>, e.g. 'date1904="1"'. */
  workbookPr?: string;
  /** Parts added or replaced as given. */
  extraParts?: Record<string, string | Uint8Array>;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The parts of a minimal workbook, by part name. */
export function handmadeParts(opts: HandmadeOptions): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  const overrides = opts.sheets
    .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  parts['[Content_Types].xml'] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `${overrides}</Types>`;
  parts['_rels/.rels'] =
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetRels = opts.sheets
    .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const n = opts.sheets.length;
  const extraRels =
    (opts.sharedStrings ? `<Relationship Id="rId${n + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
    (opts.styles ? `<Relationship Id="rId${n + 2}" Type="${REL_NS}/styles" Target="styles.xml"/>` : '');
  parts['xl/_rels/workbook.xml.rels'] = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}${extraRels}</Relationships>`;
  const sheetList = opts.sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  parts['xl/workbook.xml'] =
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (opts.workbookPr ? `<workbookPr ${opts.workbookPr}/>` : '') +
    `<sheets>${sheetList}</sheets></workbook>`;
  opts.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml.startsWith('<?xml')
      ? s.xml
      : `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${s.xml}</worksheet>`;
  });
  if (opts.sharedStrings) {
    const items = opts.sharedStrings.map((si) => `<si>${si}</si>`).join('');
    parts['xl/sharedStrings.xml'] = `${XML_DECL}<sst xmlns="${MAIN_NS}" count="${opts.sharedStrings.length}" uniqueCount="${opts.sharedStrings.length}">${items}</sst>`;
  }
  if (opts.styles) parts['xl/styles.xml'] = `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">${opts.styles}</styleSheet>`;
  Object.assign(parts, opts.extraParts ?? {});
  return parts;
}

/** Zips parts (deflated) into the bytes of a package. */
export async function zipParts(parts: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function handmadeXlsx(opts: HandmadeOptions): Promise<Buffer> {
  return zipParts(handmadeParts(opts));
}

/** The parts of an existing package, as strings (for patching an ExcelJS-written file). */
export async function unzipParts(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (!f.dir) out[name] = await f.async('string');
  }
  return out;
}
