// Notes on written cells (SPEC §7: a computed cell's replaced hand-typed value goes to a note).
// A note in an .xlsx is a legacy comment: its text in a comments part (xl/commentsN.xml) and
// its box in the sheet's VML drawing (xl/drawings/vmlDrawingN.vml). Existing parts are edited
// by splicing (writeXml.ts): other comments, authors and shapes keep their bytes. A cell that
// already has a comment gets the note appended to it, as the add-in does (old text, blank line,
// note), so the user's own comment is never lost.
import { a1 } from '../engine/grid';
import {
  applySplices,
  attr,
  bytesToText,
  closingTag,
  escapeText,
  escapeXstring,
  findTag,
  nextTag,
  prefixFor,
  prefixOf,
  type Splice,
  type TagToken,
} from './writeXml';
import { decodeText } from './xml';

export interface Note {
  row: number;
  col: number;
  text: string;
}

/** The author of the product's notes. */
export const NOTE_AUTHOR = 'cchc';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function textXml(p: string, text: string): string {
  return `<${p}t xml:space="preserve">${escapeText(escapeXstring(text))}</${p}t>`;
}

/**
 * A run in the font Excel gives a new note (Tahoma 9, which has the Vietnamese letters). A run,
 * not a bare <t>: some readers (ExcelJS) only read a comment's runs.
 */
function runXml(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr>${textXml(p, text)}</${p}r>`;
}

function commentXml(p: string, note: Note, authorId: number): string {
  return `<${p}comment ref="${a1(note.row, note.col)}" authorId="${authorId}"><${p}text>${runXml(p, note.text)}</${p}text></${p}comment>`;
}

/** A new comments part holding the notes. */
export function newCommentsXml(notes: Note[]): string {
  return (
    `${XML_DECL}<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>` +
    notes.map((n) => commentXml('', n, 0)).join('') +
    '</commentList></comments>'
  );
}

/** The product's author id in <authors>, adding it when missing. */
function authorId(s: string, p: string, splices: Splice[]): number {
  const authors = findTag(s, 'authors');
  if (!authors) {
    const root = nextTag(s, 0);
    if (!root) throw new Error('comments part has no root element');
    splices.push({ start: root.end, end: root.end, text: `<${p}authors><${p}author>${NOTE_AUTHOR}</${p}author></${p}authors>` });
    return 0;
  }
  if (authors.kind === 'empty') {
    splices.push({ start: authors.start, end: authors.end, text: `<${p}authors><${p}author>${NOTE_AUTHOR}</${p}author></${p}authors>` });
    return 0;
  }
  const close = closingTag(s, authors);
  let count = 0;
  for (let t = nextTag(s, authors.end); t && t.start < close.start; t = nextTag(s, t.end)) {
    if (t.name !== 'author' || t.kind === 'close') continue;
    const text = t.kind === 'empty' ? '' : decodeText(bytesToText(s.slice(t.end, closingTag(s, t).start)));
    if (text === NOTE_AUTHOR) return count;
    count++;
  }
  splices.push({ start: close.start, end: close.start, text: `<${p}author>${NOTE_AUTHOR}</${p}author>` });
  return count;
}

/** Appends a note to an existing comment's <text>: a new run after the last, or more text in its <t>. */
function appendToComment(s: string, p: string, comment: TagToken, note: Note, splices: Splice[]): void {
  if (comment.kind === 'empty') return;
  const end = closingTag(s, comment);
  const text = findTag(s, 'text', comment.end);
  if (!text || text.start > end.start || text.kind === 'empty') {
    const at = text && text.start < end.start ? text : null;
    const body = `<${p}text>${runXml(p, note.text)}</${p}text>`;
    splices.push(at ? { start: at.start, end: at.end, text: body } : { start: end.start, end: end.start, text: body });
    return;
  }
  const textEnd = closingTag(s, text);
  const addition = `\n\n${note.text}`;
  let lastRunEnd = -1;
  let plainT: { start: number; end: number } | null = null;
  for (let t = nextTag(s, text.end); t && t.start < textEnd.start; t = nextTag(s, t.end)) {
    if (t.kind === 'close' && t.name === 'r') lastRunEnd = t.end;
    else if (t.kind === 'open' && t.name === 't' && lastRunEnd < 0 && plainT === null) {
      // A <t> directly under <text> (no runs): the note joins its text.
      const tEnd = closingTag(s, t);
      if (!s.slice(text.end, t.start).includes('<')) plainT = { start: tEnd.start, end: tEnd.start };
    }
  }
  if (lastRunEnd >= 0) splices.push({ start: lastRunEnd, end: lastRunEnd, text: runXml(p, addition) });
  else if (plainT) splices.push({ ...plainT, text: escapeText(escapeXstring(addition)) });
  else splices.push({ start: text.end, end: text.end, text: runXml(p, note.text) });
}

/**
 * Adds notes to an existing comments part. Returns the part and the notes that are new comments
 * (their cells had none), which need a shape in the VML drawing.
 */
export function editComments(s: string, notes: Note[]): { xml: Buffer; added: Note[] } {
  const root = nextTag(s, 0);
  if (!root || root.kind !== 'open') throw new Error('comments part has no root element');
  const p = prefixFor(s, root, MAIN_NS) ?? prefixOf(root.qname);
  const splices: Splice[] = [];
  const id = authorId(s, p, splices);
  const byCell = new Map(notes.map((n) => [a1(n.row, n.col), n]));
  const list = findTag(s, 'commentList');
  if (list && list.kind === 'open') {
    const close = closingTag(s, list);
    for (let t = nextTag(s, list.end); t && t.start < close.start; t = nextTag(s, t.end)) {
      if (t.kind === 'close' || t.name !== 'comment') continue;
      const ref = attr(s, t, 'ref') ?? '';
      const note = byCell.get(ref.toUpperCase());
      if (!note) continue;
      appendToComment(s, p, t, note, splices);
      byCell.delete(ref.toUpperCase());
    }
  }
  const added = notes.filter((n) => byCell.has(a1(n.row, n.col)));
  const body = added.map((n) => commentXml(p, n, id)).join('');
  if (body) {
    if (!list) {
      const rootClose = closingTag(s, root);
      splices.push({ start: rootClose.start, end: rootClose.start, text: `<${p}commentList>${body}</${p}commentList>` });
    } else if (list.kind === 'empty') splices.push({ start: list.start, end: list.end, text: `<${p}commentList>${body}</${p}commentList>` });
    else {
      const close = closingTag(s, list);
      splices.push({ start: close.start, end: close.start, text: body });
    }
  }
  return { xml: applySplices(s, splices), added };
}

// ---- VML: the note boxes ----

const SHAPETYPE_ID = '_x0000_t202';
const SHAPETYPE =
  `<v:shapetype id="${SHAPETYPE_ID}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
/** Shape ids are numbered in blocks of 1024 per drawing (o:idmap). */
const ID_BLOCK = 1024;

/** A hidden note box beside its cell, as Excel draws a new note (anchor: 0-based columns and rows). */
function shapeXml(note: Note, shapeId: number, typeId: string): string {
  const r0 = note.row - 1;
  const c0 = note.col - 1;
  const top = Math.max(r0 - 1, 0);
  const anchor = `${c0 + 1}, 15, ${top}, 10, ${c0 + 3}, 15, ${top + 4}, 4`;
  return (
    `<v:shape id="_x0000_s${shapeId}" type="#${typeId}" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${shapeId % ID_BLOCK};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`
  );
}

/** A new VML drawing with one box per note; `block` is an o:idmap number no other drawing uses. */
export function newVmlXml(notes: Note[], block: number): string {
  const shapes = notes.map((n, i) => shapeXml(n, block * ID_BLOCK + 1 + i, SHAPETYPE_ID)).join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`
  );
}

const IDMAP_RE = /<o:idmap\b[^>]*\bdata\s*=\s*"([^"]*)"/g;
const SHAPE_ID_RE = /\bid\s*=\s*"_x0000_s(\d+)"/g;
const SHAPETYPE_RE = /<v:shapetype\b[^>]*>/g;
const SPT_202_RE = /\bo:spt\s*=\s*"202"/;
const ID_ATTR_RE = /\bid\s*=\s*"([^"]*)"/;

/** The o:idmap numbers a VML drawing claims. */
export function vmlIdBlocks(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(IDMAP_RE)) for (const n of m[1].split(',')) if (/^\d+$/.test(n.trim())) out.push(Number(n));
  return out;
}

/**
 * Adds note boxes to an existing VML drawing (Excel's VML is not always well-formed XML, so it
 * is edited by plain search): before its closing </xml>, with shape ids after the highest used.
 */
export function appendVmlShapes(s: string, notes: Note[]): Buffer {
  const close = s.toLowerCase().lastIndexOf('</xml>');
  if (close < 0) throw new Error('VML drawing has no </xml>');
  let maxId = 0;
  for (const m of s.matchAll(SHAPE_ID_RE)) maxId = Math.max(maxId, Number(m[1]));
  if (maxId === 0) maxId = (vmlIdBlocks(s)[0] ?? 1) * ID_BLOCK;
  let typeId: string | undefined;
  for (const m of s.matchAll(SHAPETYPE_RE)) if (SPT_202_RE.test(m[0])) typeId = ID_ATTR_RE.exec(m[0])?.[1];
  const shapes = notes.map((n, i) => shapeXml(n, maxId + 1 + i, typeId ?? SHAPETYPE_ID)).join('');
  return applySplices(s, [{ start: close, end: close, text: (typeId ? '' : SHAPETYPE) + shapes }]);
}
