// Writing planned cells into one worksheet part (SPEC §7: inside a touched worksheet only the
// planned cells differ). The part's XML is edited as text in one forward pass: a planned <c> is
// replaced whole, a missing one is inserted in column order into its <row>, a missing <row> in
// row order into <sheetData>; everything else is copied byte for byte. The two other things
// the pass may change exist only to keep the sheet consistent with those cells: the
// <dimension> ref and a <row>'s spans hint grow to cover a new cell, and when a planned cell
// is the master of a shared formula, the other cells of its group get the formula text they
// were showing (shiftFormula), since their master's text is gone.
import { a1, isErrorValue, parseRectA1, rectA1, type Rect, type Scalar } from '../engine/grid';
import { shiftFormula } from './formula';
import {
  applySplices,
  attr,
  attrSpan,
  bytesToText,
  closingTag,
  escapeAttr,
  escapeText,
  escapeXstring,
  nextTag,
  prefixFor,
  prefixOf,
  type Splice,
  type TagToken,
} from './writeXml';
import { decodeText } from './xml';

/** One cell to write: a formula (without "=") and its cached value, or a value. */
export interface CellContent {
  row: number;
  col: number;
  formula?: string;
  value: Scalar;
}

export type SkipReason = 'arrayFormula';

/** What the pass found and will do; nothing is applied until `sheetXml`. */
export interface SheetEdit {
  text: string;
  splices: Splice[];
  /** <sheetProtection sheet="1">: the caller refuses (SPEC §7). */
  protected: boolean;
  merges: Rect[];
  /** The r:id of an existing <legacyDrawing> (the sheet's VML: its notes' shapes). */
  legacyDrawingId?: string;
  /** Where a new <legacyDrawing> goes, in CT_Worksheet's element order. */
  legacyDrawingAt: number;
  /** The worksheet namespace prefix ("" or "x:"), for elements the edit creates. */
  prefix: string;
  /** The prefix bound to the relationships namespace on the root, if any. */
  relPrefix?: string;
  /** Planned cells left alone, with why. */
  skipped: Array<{ row: number; col: number; reason: SkipReason }>;
  /** Other cells whose shared formula was given its own text. */
  unshared: Array<{ row: number; col: number }>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// ECMA-376 CT_Worksheet: the elements that follow <legacyDrawing>.
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

/** A cell reference's column ("D8" → 4), or 0: parsed by hand, as this runs once per cell. */
function refColumn(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // '$'
  }
  return col;
}

/** A number as xsd:double text; not-a-number and infinities are not numbers a cell can hold. */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return Object.is(n, -0) ? '0' : String(n).replace('e', 'E');
}

const CDATA_RE = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const SPANS_SEPARATOR_RE = /[\s:]+/;
const ARRAY_FORMULA_RE = /\st\s*=\s*["']array["']/;
const NEEDS_PRESERVE_RE = /^\s|\s$/;

/** The type attribute and <v> of a cached or typed value; a string is given to `text`. */
function typedValue(v: Scalar, p: string): { t: string; v: string } {
  if (v === null) return { t: '', v: '' };
  if (typeof v === 'number') {
    const text = numberText(v);
    return text === null ? { t: ' t="e"', v: `<${p}v>#NUM!</${p}v>` } : { t: '', v: `<${p}v>${text}</${p}v>` };
  }
  if (typeof v === 'boolean') return { t: ' t="b"', v: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (isErrorValue(v)) return { t: ' t="e"', v: `<${p}v>${escapeText(v.error)}</${p}v>` };
  return { t: ' t="str"', v: `<${p}v>${escapeText(escapeXstring(v))}</${p}v>` };
}

/**
 * The <c> element of a planned cell. `keep` holds the old cell's attributes worth keeping (its
 * style s=, phonetic ph=). Text is always an inline string, never a formula (SPEC §11: a task
 * named "=HYPERLINK(…)" stays text) and never a shared string (xl/sharedStrings.xml untouched).
 */
export function cellXml(w: CellContent, keep: string, p: string): string {
  const open = `<${p}c r="${a1(w.row, w.col)}"${keep}`;
  if (w.formula !== undefined) {
    const f = w.formula.startsWith('=') ? w.formula.slice(1) : w.formula;
    const cached = typedValue(w.value, p);
    return `${open}${cached.t}><${p}f>${escapeText(f)}</${p}f>${cached.v}</${p}c>`;
  }
  if (typeof w.value === 'string') {
    const space = NEEDS_PRESERVE_RE.test(w.value) ? ' xml:space="preserve"' : '';
    return `${open} t="inlineStr"><${p}is><${p}t${space}>${escapeText(escapeXstring(w.value))}</${p}t></${p}is></${p}c>`;
  }
  const typed = typedValue(w.value, p);
  return typed.v === '' ? `${open}/>` : `${open}${typed.t}>${typed.v}</${p}c>`;
}

/** The attributes of an existing <c> that a rewrite keeps: its style and phonetic flag. */
function keptAttributes(s: string, tag: TagToken): string {
  let out = '';
  for (const name of ['s', 'ph']) {
    const span = attrSpan(s, tag, name);
    if (span) out += ` ${name}="${escapeAttr(decodeText(bytesToText(s.slice(span.valueFrom, span.valueTo))))}"`;
  }
  return out;
}

function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

interface Master {
  text: string;
  row: number;
  col: number;
}

/** State of the pass over <sheetData>. */
interface Pass {
  s: string;
  p: string;
  edit: SheetEdit;
  /** Planned rows not reached yet, ascending. */
  rows: Array<{ row: number; cells: CellContent[] }>;
  nextRow: number;
  /** Multi-cell array formulas seen so far: a planned cell inside one is skipped. */
  arrays: Rect[];
  /** Shared groups whose master is being rewritten, by si. */
  broken: Map<string, Master>;
  /** Cells written (for the dimension). */
  written: CellContent[];
  /** The sheet has array formulas somewhere (every cell must then be looked at). */
  hasArrays: boolean;
}

function rowXml(pass: Pass, row: number, cells: CellContent[]): string {
  const inner = cells
    .filter((c) => !skipIfInArray(pass, c))
    .map((c) => {
      pass.written.push(c);
      return cellXml(c, '', pass.p);
    })
    .join('');
  return inner === '' ? '' : `<${pass.p}row r="${row}">${inner}</${pass.p}row>`;
}

/** Rows planned before `row` (all when undefined), as new <row> elements. */
function takeRowsBefore(pass: Pass, row: number | undefined): string {
  let out = '';
  while (pass.nextRow < pass.rows.length && (row === undefined || pass.rows[pass.nextRow].row < row)) {
    const r = pass.rows[pass.nextRow++];
    out += rowXml(pass, r.row, r.cells);
  }
  return out;
}

function skipIfInArray(pass: Pass, c: CellContent): boolean {
  if (!pass.arrays.some((r) => inRect(r, c.row, c.col))) return false;
  pass.edit.skipped.push({ row: c.row, col: c.col, reason: 'arrayFormula' });
  return true;
}

/** A planned row being walked: its planned cells, the next one to place, its start tag. */
interface RowState {
  row: number;
  cells: CellContent[];
  next: number;
  tag: TagToken;
  /** Columns of the cells inserted into this row (for its spans). */
  inserted: number[];
}

function takeCellsBefore(pass: Pass, rs: RowState, col: number | undefined): string {
  let out = '';
  while (rs.next < rs.cells.length && (col === undefined || rs.cells[rs.next].col < col)) {
    const c = rs.cells[rs.next++];
    if (skipIfInArray(pass, c)) continue;
    pass.written.push(c);
    rs.inserted.push(c.col);
    out += cellXml(c, '', pass.p);
  }
  return out;
}

/** Widens a planned row's spans hint (an optional "min:max" list) to its new cells. */
function widenSpans(pass: Pass, rs: RowState): void {
  if (rs.inserted.length === 0) return;
  const span = attrSpan(pass.s, rs.tag, 'spans');
  if (!span) return;
  const nums = pass.s
    .slice(span.valueFrom, span.valueTo)
    .split(SPANS_SEPARATOR_RE)
    .filter(Boolean)
    .map(Number);
  if (nums.length === 0 || nums.some((n) => !Number.isInteger(n))) return;
  let lo = Math.min(...nums);
  let hi = Math.max(...nums);
  if (rs.inserted.every((c) => c >= lo && c <= hi)) return;
  lo = Math.min(lo, ...rs.inserted);
  hi = Math.max(hi, ...rs.inserted);
  pass.edit.splices.push({ start: span.valueFrom, end: span.valueTo, text: `${lo}:${hi}` });
}

/** The text of a <f> element (between its tags), decoded. */
function formulaText(s: string, f: TagToken): string {
  if (f.kind === 'empty') return '';
  const close = closingTag(s, f);
  const raw = s.slice(f.end, close.start).replace(CDATA_RE, (_m, t: string) => escapeText(t));
  return decodeText(bytesToText(raw));
}

/** A <c> being read: where it starts, and the planned write that replaces it (if any). */
interface CellState {
  row: number;
  col: number;
  tag: TagToken;
  write?: CellContent;
  skip: boolean;
}

/** A <f> inside a cell: array ranges, and shared groups losing or having lost their master. */
function onFormula(pass: Pass, cell: CellState, f: TagToken): void {
  const s = pass.s;
  const type = attr(s, f, 't');
  if (type === 'array') {
    const rect = parseRectA1(attr(s, f, 'ref') ?? '');
    if (rect && (rect.bottom > rect.top || rect.right > rect.left)) {
      pass.arrays.push(rect);
      // Excel cannot change part of an array: leave the whole array alone.
      if (cell.write) cell.skip = true;
    }
    return;
  }
  if (type !== 'shared') return;
  const si = attr(s, f, 'si') ?? '';
  if (cell.write) {
    if (attr(s, f, 'ref') !== undefined) pass.broken.set(si, { text: formulaText(s, f), row: cell.row, col: cell.col });
    return;
  }
  const master = pass.broken.get(si);
  if (!master || formulaText(s, f) !== '') return;
  const own = shiftFormula(master.text, cell.row - master.row, cell.col - master.col);
  const end = closingTag(s, f).end;
  pass.edit.splices.push({ start: f.start, end, text: `<${pass.p}f>${escapeText(own)}</${pass.p}f>` });
  pass.edit.unshared.push({ row: cell.row, col: cell.col });
}

function finishCell(pass: Pass, cell: CellState, end: number): void {
  const w = cell.write;
  if (!w) return;
  if (cell.skip || skipIfInArray(pass, w)) {
    if (cell.skip) pass.edit.skipped.push({ row: w.row, col: w.col, reason: 'arrayFormula' });
    return;
  }
  pass.written.push(w);
  pass.edit.splices.push({ start: cell.tag.start, end, text: cellXml(w, keptAttributes(pass.s, cell.tag), pass.p) });
}

/** Walks <sheetData> from its start tag; returns the index past its end. */
function walkSheetData(pass: Pass, sd: TagToken): number {
  const s = pass.s;
  const p = pass.p;
  if (sd.kind === 'empty') {
    const rows = takeRowsBefore(pass, undefined);
    if (rows) pass.edit.splices.push({ start: sd.start, end: sd.end, text: `<${p}sheetData>${rows}</${p}sheetData>` });
    return sd.end;
  }
  let rowNum = 0;
  let colNext = 1;
  let rs: RowState | null = null;
  let cell: CellState | null = null;
  let depth = 0;
  let next = sd.end;
  /** The next comment or CDATA section (-1: none left). */
  let special = -2;
  for (let t = nextTag(s, next); t; t = nextTag(s, next)) {
    next = t.end;
    if (t.kind === 'close') {
      if (depth === 0) {
        const rows = takeRowsBefore(pass, undefined);
        if (rows) pass.edit.splices.push({ start: t.start, end: t.start, text: rows });
        return t.end;
      }
      depth--;
      if (t.name === 'c' && cell) {
        finishCell(pass, cell, t.end);
        cell = null;
      } else if (t.name === 'row' && rs) {
        const rest = takeCellsBefore(pass, rs, undefined);
        if (rest) pass.edit.splices.push({ start: t.start, end: t.start, text: rest });
        widenSpans(pass, rs);
        rs = null;
      }
      continue;
    }
    if (t.kind === 'open') depth++;
    if (t.name === 'row') {
      const r = Number(attr(s, t, 'r') ?? rowNum + 1);
      rowNum = r;
      colNext = 1;
      const before = takeRowsBefore(pass, r);
      if (before) pass.edit.splices.push({ start: t.start, end: t.start, text: before });
      const planned = pass.nextRow < pass.rows.length && pass.rows[pass.nextRow].row === r ? pass.rows[pass.nextRow++] : null;
      rs = planned ? { row: r, cells: planned.cells, next: 0, tag: t, inserted: [] } : null;
      if (!rs && t.kind === 'open' && !pass.hasArrays && pass.broken.size === 0) {
        // Nothing to do in this row: jump to its end tag (no cell of it is planned, and no
        // formula needs watching). Not past a comment or CDATA, which could hide a "</row>".
        const end = s.indexOf(`</${p}row>`, t.end);
        if (special !== -1 && special < t.end) special = s.indexOf('<!', t.end);
        if (end >= 0 && (special < 0 || special > end)) {
          next = end;
          continue;
        }
      }
      if (rs && t.kind === 'empty') {
        // <row r="5"/> holding planned cells becomes <row r="5">…</row>.
        const cells = takeCellsBefore(pass, rs, undefined);
        if (cells) {
          const slash = s.lastIndexOf('/', t.end);
          pass.edit.splices.push({ start: slash, end: t.end, text: `>${cells}</${p}row>` });
        }
        widenSpans(pass, rs);
        rs = null;
      }
    } else if (t.name === 'c') {
      const col = refColumn(attr(s, t, 'r')) || colNext;
      colNext = col + 1;
      let write: CellContent | undefined;
      if (rs) {
        const before = takeCellsBefore(pass, rs, col);
        if (before) pass.edit.splices.push({ start: t.start, end: t.start, text: before });
        if (rs.next < rs.cells.length && rs.cells[rs.next].col === col) write = rs.cells[rs.next++];
      }
      cell = { row: rowNum, col, tag: t, write, skip: false };
      if (t.kind === 'empty') {
        finishCell(pass, cell, t.end);
        cell = null;
      }
    } else if (t.name === 'f' && cell) onFormula(pass, cell, t);
  }
  throw new Error('<sheetData> is not closed');
}

/** Grows the <dimension> ref to the written cells. */
function widenDimension(pass: Pass, dim: TagToken | null): void {
  if (!dim || pass.written.length === 0) return;
  const span = attrSpan(pass.s, dim, 'ref');
  const rect = span ? parseRectA1(pass.s.slice(span.valueFrom, span.valueTo)) : null;
  if (!span || !rect) return;
  const grown = { ...rect };
  for (const c of pass.written) {
    grown.top = Math.min(grown.top, c.row);
    grown.bottom = Math.max(grown.bottom, c.row);
    grown.left = Math.min(grown.left, c.col);
    grown.right = Math.max(grown.right, c.col);
  }
  const same = grown.top === rect.top && grown.bottom === rect.bottom && grown.left === rect.left && grown.right === rect.right;
  if (!same) pass.edit.splices.push({ start: span.valueFrom, end: span.valueTo, text: rectA1(grown) });
}

function byRowThenCol(writes: CellContent[]): Array<{ row: number; cells: CellContent[] }> {
  const rows = new Map<number, CellContent[]>();
  for (const w of writes) {
    const list = rows.get(w.row);
    if (list) list.push(w);
    else rows.set(w.row, [w]);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells: cells.sort((a, b) => a.col - b.col) }));
}

/**
 * Plans the edits of one worksheet part (a latin1 string, see writeXml.ts) for the given
 * cells (one write per cell). Nothing is applied: the caller checks `protected` and `merges`
 * first, may add a <legacyDrawing>, then calls sheetXml.
 */
export function editSheet(s: string, writes: CellContent[]): SheetEdit {
  const root = nextTag(s, 0);
  if (!root || root.kind !== 'open') throw new Error('worksheet part has no root element');
  const edit: SheetEdit = {
    text: s,
    splices: [],
    protected: false,
    merges: [],
    legacyDrawingAt: -1,
    prefix: prefixFor(s, root, MAIN_NS) ?? prefixOf(root.qname),
    relPrefix: prefixFor(s, root, REL_NS),
    skipped: [],
    unshared: [],
  };
  const pass: Pass = {
    s,
    p: edit.prefix,
    edit,
    rows: byRowThenCol(writes),
    nextRow: 0,
    arrays: [],
    broken: new Map(),
    written: [],
    hasArrays: ARRAY_FORMULA_RE.test(s),
  };
  let dimension: TagToken | null = null;
  let sheetDataSeen = false;
  for (let t = nextTag(s, root.end); t; ) {
    if (t.kind === 'close') {
      if (edit.legacyDrawingAt < 0) edit.legacyDrawingAt = t.start;
      break;
    }
    let end = t.kind === 'empty' ? t.end : -1;
    switch (t.name) {
      case 'dimension':
        dimension = t;
        break;
      case 'sheetData':
        sheetDataSeen = true;
        end = walkSheetData(pass, t);
        break;
      case 'sheetProtection':
        edit.protected = attr(s, t, 'sheet') === '1' || attr(s, t, 'sheet') === 'true';
        break;
      case 'mergeCells':
        end = collectMerges(s, t, edit.merges);
        break;
      case 'legacyDrawing':
        edit.legacyDrawingId = relId(s, t);
        break;
    }
    if (AFTER_LEGACY_DRAWING.has(t.name) && edit.legacyDrawingAt < 0) edit.legacyDrawingAt = t.start;
    if (end < 0) end = closingTag(s, t).end;
    t = nextTag(s, end);
  }
  if (!sheetDataSeen) throw new Error('worksheet part has no <sheetData>');
  widenDimension(pass, dimension);
  return edit;
}

const REL_ID_RE = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The r:id of a tag, whatever prefix the relationships namespace has there. */
function relId(s: string, tag: TagToken): string | undefined {
  const m = REL_ID_RE.exec(s.slice(tag.start, tag.end));
  return m ? decodeText(m[1] ?? m[2]) : undefined;
}

function collectMerges(s: string, mc: TagToken, out: Rect[]): number {
  if (mc.kind === 'empty') return mc.end;
  for (let t = nextTag(s, mc.end); t; t = nextTag(s, t.end)) {
    if (t.kind === 'close' && t.name === 'mergeCells') return t.end;
    if (t.name === 'mergeCell') {
      const rect = parseRectA1(attr(s, t, 'ref') ?? '');
      if (rect) out.push(rect);
    }
  }
  throw new Error('<mergeCells> is not closed');
}

/** Adds <legacyDrawing r:id> (the sheet's first notes) where CT_Worksheet wants it. */
export function addLegacyDrawing(edit: SheetEdit, rid: string): void {
  const p = edit.prefix;
  const el =
    edit.relPrefix !== undefined && edit.relPrefix !== ''
      ? `<${p}legacyDrawing ${edit.relPrefix}id="${escapeAttr(rid)}"/>`
      : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${escapeAttr(rid)}"/>`;
  edit.splices.push({ start: edit.legacyDrawingAt, end: edit.legacyDrawingAt, text: el });
}

/** The edited part's bytes. */
export function sheetXml(edit: SheetEdit): Buffer {
  return applySplices(edit.text, edit.splices);
}
