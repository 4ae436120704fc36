// The package parts a fill may touch besides its worksheets, each edited by splicing so that
// everything else in them keeps its bytes (SPEC §7): [Content_Types].xml and relationship
// parts gain the entries of new comment and VML parts or lose calcChain's; the workbook part
// gets calcPr fullCalcOnLoad="1".
import {
  applySplices,
  attr,
  closingTag,
  escapeAttr,
  nextTag,
  prefixFor,
  prefixOf,
  type Splice,
  type TagToken,
} from './writeXml';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function rootOf(s: string, what: string): TagToken {
  const root = nextTag(s, 0);
  if (!root || root.kind === 'close') throw new Error(`${what} has no root element`);
  return root;
}

/** The direct children of the root element, in order. */
function children(s: string, root: TagToken): TagToken[] {
  const out: TagToken[] = [];
  if (root.kind === 'empty') return out;
  for (let t = nextTag(s, root.end); t && t.kind !== 'close'; t = nextTag(s, closingTag(s, t).end)) out.push(t);
  return out;
}

/** Inserts `text` as the root's last child (turning <root/> into <root>…</root>). */
function appendChild(s: string, root: TagToken, text: string): Splice {
  if (root.kind === 'empty') {
    const slash = s.lastIndexOf('/', root.end);
    return { start: slash, end: root.end, text: `>${text}</${root.qname}>` };
  }
  const close = closingTag(s, root);
  return { start: close.start, end: close.start, text };
}

// ---- [Content_Types].xml ----

export interface ContentTypeChanges {
  /** Part name (no leading "/") → content type. */
  overrides: Map<string, string>;
  /** Extension → content type, added unless the extension has a Default already. */
  defaults: Map<string, string>;
  /** Parts whose Override goes (a dropped calcChain). */
  removed: Set<string>;
}

export function noContentTypeChanges(): ContentTypeChanges {
  return { overrides: new Map(), defaults: new Map(), removed: new Set() };
}

export function hasContentTypeChanges(c: ContentTypeChanges): boolean {
  return c.overrides.size > 0 || c.defaults.size > 0 || c.removed.size > 0;
}

export function editContentTypes(s: string, changes: ContentTypeChanges): Buffer {
  const root = rootOf(s, '[Content_Types].xml');
  const p = prefixOf(root.qname);
  const splices: Splice[] = [];
  const removed = new Set([...changes.removed].map((n) => `/${n.toLowerCase()}`));
  const haveDefaults = new Set<string>();
  const haveOverrides = new Set<string>();
  for (const t of children(s, root)) {
    if (t.name === 'Default') haveDefaults.add((attr(s, t, 'Extension') ?? '').toLowerCase());
    if (t.name !== 'Override') continue;
    const part = (attr(s, t, 'PartName') ?? '').toLowerCase();
    haveOverrides.add(part);
    if (removed.has(part)) splices.push({ start: t.start, end: closingTag(s, t).end, text: '' });
  }
  let added = '';
  for (const [ext, type] of changes.defaults) {
    if (!haveDefaults.has(ext.toLowerCase())) added += `<${p}Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`;
  }
  for (const [part, type] of changes.overrides) {
    if (!haveOverrides.has(`/${part.toLowerCase()}`)) added += `<${p}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`;
  }
  if (added) splices.push(appendChild(s, root, added));
  return applySplices(s, splices);
}

// ---- relationship parts ----

export interface NewRelationship {
  type: string;
  /** Target relative to the source part's folder. */
  target: string;
}

const RID_RE = /^rId(\d+)$/;

/**
 * A relationships part with relationships added (each given a fresh Id) and those whose Type
 * matches `drop` removed. `s` undefined creates the part. Returns the Ids given, in order.
 */
export function editRels(s: string | undefined, add: NewRelationship[], drop?: (type: string) => boolean): { xml: Buffer; ids: string[] } {
  const text = s ?? `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
  const root = rootOf(text, 'relationships part');
  const p = prefixFor(text, root, PKG_REL_NS) ?? prefixOf(root.qname);
  const splices: Splice[] = [];
  const used = new Set<string>();
  let max = 0;
  for (const t of children(text, root)) {
    if (t.name !== 'Relationship') continue;
    const id = attr(text, t, 'Id') ?? '';
    used.add(id);
    const m = RID_RE.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
    if (drop?.(attr(text, t, 'Type') ?? '')) splices.push({ start: t.start, end: closingTag(text, t).end, text: '' });
  }
  const ids: string[] = [];
  let body = '';
  for (const r of add) {
    let id = `rId${++max}`;
    while (used.has(id)) id = `rId${++max}`;
    used.add(id);
    ids.push(id);
    body += `<${p}Relationship Id="${id}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`;
  }
  if (body) splices.push(appendChild(text, root, body));
  return { xml: applySplices(text, splices), ids };
}

/** A relationship target from one part to another, relative to the source's folder. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

// ---- the workbook part ----

// ECMA-376 CT_Workbook: the elements after <calcPr>.
const FULL_CALC_RE = /\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/;
const AFTER_CALC_PR = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);

/**
 * The workbook part with calcPr fullCalcOnLoad="1", so Excel recalculates every formula when
 * it opens the file (the cached values written with a formula are the engine's numbers, and
 * cells the plan did not write may depend on written ones). Only that attribute changes; a
 * missing calcPr is added in its schema place.
 */
export function setFullCalcOnLoad(s: string): Buffer {
  const root = rootOf(s, 'workbook part');
  const p = prefixFor(s, root, MAIN_NS) ?? prefixOf(root.qname);
  const kids = children(s, root);
  const calcPr = kids.find((t) => t.name === 'calcPr');
  if (calcPr) {
    const span = FULL_CALC_RE.exec(s.slice(calcPr.start, calcPr.end));
    if (span) {
      const from = calcPr.start + span.index + span[0].length - span[1].length;
      return applySplices(s, [{ start: from, end: from + span[1].length, text: '"1"' }]);
    }
    const at = calcPr.kind === 'empty' ? s.lastIndexOf('/', calcPr.end) : calcPr.end - 1;
    return applySplices(s, [{ start: at, end: at, text: ' fullCalcOnLoad="1"' }]);
  }
  const el = `<${p}calcPr fullCalcOnLoad="1"/>`;
  const after = kids.find((t) => AFTER_CALC_PR.has(t.name));
  return applySplices(s, [after ? { start: after.start, end: after.start, text: el } : appendChild(s, root, el)]);
}
