// The package structure of an .xlsx (OPC): relationships find the workbook part, its sheets,
// shared strings and styles, whatever the part names are (most files use xl/workbook.xml,
// but the relationships are what Excel follows).
import { isTrue, parseXml } from './xml';

export interface Relationship {
  id: string;
  /** The relationship type's last segment: officeDocument, worksheet, sharedStrings, styles … */
  type: string;
  /** Resolved part name, without a leading '/'. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  /** The part holding the sheet, or undefined when the relationship is missing. */
  part?: string;
  /** worksheet, chartsheet, dialogsheet, macrosheet … (the relationship type). */
  kind?: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const path = decodeUri(target.split('#')[0]);
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of path.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relationships of `source` from its .rels part's bytes. */
export function parseRels(data: Uint8Array | undefined, source: string): Relationship[] {
  if (!data) return [];
  const rels: Relationship[] = [];
  parseXml(data, {
    open(tag) {
      const target = tag.name === 'Relationship' ? tag.get('Target') : undefined;
      if (!target) return;
      const external = tag.get('TargetMode') === 'External';
      rels.push({
        id: tag.get('Id') ?? '',
        type: (tag.get('Type') ?? '').split('/').pop() ?? '',
        target: external ? target : resolveTarget(source, target),
        external,
      });
    },
  });
  return rels;
}

const SHEET_STATES = new Set(['visible', 'hidden', 'veryHidden']);

/** Sheet names, order and parts, and the date system, from the workbook part. */
export function parseWorkbook(data: Uint8Array, rels: Relationship[]): WorkbookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(data, {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = isTrue(tag.get('date1904'));
      else if (tag.name === 'sheet') {
        // r:id (the relationships namespace), found by its local name
        const rel = byId.get(tag.get('id') ?? '');
        const stateAttr = tag.get('state') ?? 'visible';
        const state = SHEET_STATES.has(stateAttr) ? (stateAttr as SheetEntry['state']) : 'visible';
        sheets.push({ name: tag.get('name') ?? '', part: rel?.target, kind: rel?.type, state });
      }
    },
  });
  return { sheets, date1904 };
}
