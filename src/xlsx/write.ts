// The .xlsx adapter, writing side: apply a WritePlan to a file without losing anything
// (SPEC §7, issue 10 §4). ExcelJS's load-and-save was not an option: it re-serialises the whole
// workbook and drops charts, images and pivot tables (NOTES.md). Instead the output is the input
// archive with a few parts edited as text:
//   - the touched worksheets: only the planned <c> elements (writeSheet.ts);
//   - when a note is added: the sheet's comments part and VML drawing (created or appended to),
//     the sheet's relationships and [Content_Types].xml (for new parts) (comments.ts);
//   - xl/workbook.xml: only calcPr fullCalcOnLoad="1", so Excel recalculates on open;
//   - xl/calcChain.xml is dropped with its Override and its workbook relationship (Excel
//     rebuilds it; a chain naming a cell that no longer holds a formula is a "repair" error).
// Every other part is copied compressed, byte for byte (zipWrite.ts). Text goes in as inline
// strings, so xl/sharedStrings.xml is never touched. All checks (protected sheet, merged cell)
// and all edits happen in memory before the first byte is written; the output is written to a
// temporary file in OUT's folder and renamed, so OUT is complete or absent.
import { randomBytes } from 'crypto';
import { link, lstat, open, readFile, rename, stat, unlink } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { a1, rectA1, type Scalar } from '../engine/grid';
import type { CellWrite, WritePlan } from '../engine/fill/plan';
import { appendVmlShapes, editComments, newCommentsXml, newVmlXml, vmlIdBlocks, type Note } from './comments';
import { InputError } from './errors';
import { parseRels, parseWorkbook, relsPathOf, type Relationship, type SheetEntry } from './parts';
import { openWorkbookArchive, type WorkbookArchive } from './sniff';
import {
  editContentTypes,
  editRels,
  hasContentTypeChanges,
  noContentTypeChanges,
  relativeTarget,
  setFullCalcOnLoad,
  type ContentTypeChanges,
  type NewRelationship,
} from './writePackage';
import { addLegacyDrawing, editSheet, sheetXml, type CellContent, type SheetEdit } from './writeSheet';
import { partText } from './writeXml';
import { XmlError } from './xml';
import { readZipEntry, ZipError } from './zip';
import { copiedEntry, zipPieces, type OutputEntry } from './zipWrite';

export interface ApplyOptions {
  /** Overwrite OUT when it exists (`--force`). */
  force?: boolean;
  /**
   * The bytes of the input file when the caller has read them already: the CLI reads FILE once,
   * so the plan and the write are made from the same bytes even if FILE changes meanwhile.
   */
  inputData?: Uint8Array;
  /** Test hook: runs when the temporary file is complete, before it becomes OUT. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

export interface WrittenCell {
  sheet: string;
  /** A1 reference, e.g. "D8". */
  cell: string;
  row: number;
  col: number;
  formula?: string;
  value: Scalar;
  /** What the cell held (the undo log). */
  old: CellWrite['old'];
  note?: string;
}

export type SkipReason =
  /** A later write in the plan names the same cell: the last one wins. */
  | 'duplicate'
  /** The cell belongs to a multi-cell array formula, which Excel cannot change in part. */
  | 'arrayFormula';

export interface SkippedWrite {
  sheet: string;
  cell: string;
  reason: SkipReason;
}

export interface ApplyResult {
  written: WrittenCell[];
  /** Of the written cells: formulas, plain values, and notes added. */
  formulas: number;
  values: number;
  notes: number;
  skipped: SkippedWrite[];
  /** Cells the plan did not name whose shared formula got its own text (their master was written). */
  unshared: Array<{ sheet: string; cell: string }>;
  /** Nothing to write: OUT is a byte-for-byte copy of FILE. */
  copied: boolean;
  /** Zip parts that differ from the input's. */
  parts: { changed: string[]; added: string[]; removed: string[] };
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_REL = `${REL}/comments`;
const VML_REL = `${REL}/vmlDrawing`;
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const CONTENT_TYPES = '[Content_Types].xml';

// ---- the package being edited ----

interface PackageState {
  archive: WorkbookArchive;
  /** New bytes of existing parts, by lower-cased name. */
  changed: Map<string, Buffer>;
  /** New parts, by name as written. */
  added: Map<string, Buffer>;
  /** Dropped parts, lower-cased. */
  removed: Set<string>;
  contentTypes: ContentTypeChanges;
  /** o:idmap numbers taken by VML drawings (each drawing claims its own block of shape ids); read when first needed. */
  vmlBlocks: number[] | null;
}

function originalPart(st: PackageState, name: string): Buffer | undefined {
  const entry = st.archive.entries.get(name.toLowerCase());
  return entry ? readZipEntry(st.archive.data, entry) : undefined;
}

/** A part as edited so far. */
function currentPart(st: PackageState, name: string): Buffer | undefined {
  return st.changed.get(name.toLowerCase()) ?? st.added.get(name) ?? originalPart(st, name);
}

function setPart(st: PackageState, name: string, data: Buffer): void {
  if (st.archive.entries.has(name.toLowerCase())) st.changed.set(name.toLowerCase(), data);
  else st.added.set(name, data);
}

function isTaken(st: PackageState, name: string): boolean {
  const lower = name.toLowerCase();
  return st.archive.entries.has(lower) || [...st.added.keys()].some((n) => n.toLowerCase() === lower);
}

/** The first free part name stemN.ext (xl/comments1.xml, xl/comments2.xml …). */
function freshName(st: PackageState, stem: string, ext: string): string {
  for (let k = 1; ; k++) if (!isTaken(st, `${stem}${k}${ext}`)) return `${stem}${k}${ext}`;
}

function usedVmlBlocks(archive: WorkbookArchive): number[] {
  const out: number[] = [];
  for (const [name, entry] of archive.entries) {
    if (name.endsWith('.vml')) out.push(...vmlIdBlocks(readZipEntry(archive.data, entry).toString('latin1')));
  }
  return out;
}

// ---- plan → cells ----

function cellKey(w: CellWrite): string {
  return `${w.sheet}\u0000${w.row}\u0000${w.col}`;
}

/** One write per cell, the last one winning; the others are reported. */
function lastWriteWins(writes: CellWrite[]): { kept: CellWrite[]; skipped: SkippedWrite[] } {
  const last = new Map<string, number>();
  writes.forEach((w, i) => last.set(cellKey(w), i));
  const kept: CellWrite[] = [];
  const skipped: SkippedWrite[] = [];
  writes.forEach((w, i) => {
    if (last.get(cellKey(w)) === i) kept.push(w);
    else skipped.push({ sheet: w.sheet, cell: a1(w.row, w.col), reason: 'duplicate' });
  });
  return { kept, skipped };
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function bySheet(writes: CellWrite[]): Map<string, CellWrite[]> {
  const out = new Map<string, CellWrite[]>();
  for (const w of writes) {
    if (!Number.isInteger(w.row) || !Number.isInteger(w.col) || w.row < 1 || w.col < 1 || w.row > MAX_ROW || w.col > MAX_COL) {
      throw new Error(`the plan writes to a cell outside the sheet: row ${w.row}, column ${w.col}`);
    }
    const list = out.get(w.sheet);
    if (list) list.push(w);
    else out.set(w.sheet, [w]);
  }
  return out;
}

/** A cell named as Excel writes it in a formula: 'Bảng 1'!D8. */
const PLAIN_SHEET_NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function qualified(sheet: string, row: number, col: number): string {
  const name = PLAIN_SHEET_NAME_RE.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a1(row, col)}`;
}

function findSheet(sheets: SheetEntry[], name: string): SheetEntry {
  const entry = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!entry || entry.kind !== 'worksheet' || entry.part === undefined) {
    throw new Error(`the plan writes to sheet "${name}", which is not a worksheet of this workbook`);
  }
  return entry;
}

/** SPEC §7: a fill refuses a protected sheet and a cell hidden inside a merged range. */
function checkWritable(edit: SheetEdit, sheet: string, writes: CellWrite[], file: string): void {
  if (edit.protected) throw new InputError('protectedSheet', file, qualified(sheet, writes[0].row, writes[0].col));
  for (const w of writes) {
    const m = edit.merges.find((r) => w.row >= r.top && w.row <= r.bottom && w.col >= r.left && w.col <= r.right);
    if (m && (w.row !== m.top || w.col !== m.left)) throw new InputError('mergedCell', file, `${qualified(sheet, w.row, w.col)} (${rectA1(m)})`);
  }
}

// ---- notes ----

/**
 * Adds the notes of one sheet: into its comments part and VML drawing when it has them, else
 * into new ones, linked from the sheet (relationships, <legacyDrawing>, content types).
 */
function addNotes(st: PackageState, sheetPart: string, edit: SheetEdit, notes: Note[]): void {
  const relsPart = relsPathOf(sheetPart);
  const relsData = currentPart(st, relsPart);
  const rels: Relationship[] = parseRels(relsData, sheetPart);
  const newRels: NewRelationship[] = [];

  const commentsRel = rels.find((r) => r.type === 'comments' && !r.external && isTaken(st, r.target));
  let boxes: Note[];
  if (commentsRel) {
    const edited = editComments(partText(currentPart(st, commentsRel.target) as Buffer), notes);
    setPart(st, commentsRel.target, edited.xml);
    boxes = edited.added;
  } else {
    const part = freshName(st, 'xl/comments', '.xml');
    setPart(st, part, Buffer.from(newCommentsXml(notes), 'utf8'));
    st.contentTypes.overrides.set(part, COMMENTS_TYPE);
    newRels.push({ type: COMMENTS_REL, target: relativeTarget(sheetPart, part) });
    boxes = notes;
  }

  if (edit.legacyDrawingId !== undefined) {
    const vml = rels.find((r) => r.id === edit.legacyDrawingId && !r.external);
    if (!vml || !isTaken(st, vml.target)) throw new XmlError(`the sheet's legacy drawing ${edit.legacyDrawingId} points to no part`);
    if (boxes.length) setPart(st, vml.target, appendVmlShapes(partText(currentPart(st, vml.target) as Buffer), boxes));
  } else {
    const part = freshName(st, 'xl/drawings/vmlDrawing', '.vml');
    st.vmlBlocks ??= usedVmlBlocks(st.archive);
    const block = Math.max(0, ...st.vmlBlocks) + 1;
    st.vmlBlocks.push(block);
    setPart(st, part, Buffer.from(newVmlXml(boxes, block), 'utf8'));
    st.contentTypes.defaults.set('vml', VML_TYPE);
    newRels.push({ type: VML_REL, target: relativeTarget(sheetPart, part) });
  }

  if (newRels.length === 0) return;
  const { xml, ids } = editRels(relsData?.toString('latin1'), newRels);
  setPart(st, relsPart, xml);
  if (edit.legacyDrawingId === undefined) addLegacyDrawing(edit, ids[ids.length - 1]);
}

// ---- the workbook part and calcChain ----

function recalculateOnOpen(st: PackageState, rels: Relationship[]): void {
  const wbPart = st.archive.workbookPart;
  setPart(st, wbPart, setFullCalcOnLoad(partText(currentPart(st, wbPart) as Buffer)));
  const chain = rels.find((r) => r.type === 'calcChain' && !r.external);
  if (!chain) return;
  st.removed.add(chain.target.toLowerCase());
  st.contentTypes.removed.add(chain.target);
  const relsPart = relsPathOf(wbPart);
  const relsData = currentPart(st, relsPart);
  if (relsData) setPart(st, relsPart, editRels(relsData.toString('latin1'), [], (type) => type.endsWith('/calcChain')).xml);
}

// ---- assembling the output ----

function outputEntries(st: PackageState): OutputEntry[] {
  const { data, entries, workbookPart } = st.archive;
  const stamp = copiedEntry(data, entries.get(workbookPart.toLowerCase()) ?? [...entries.values()][0]);
  const out: OutputEntry[] = [];
  for (const [lower, entry] of entries) {
    if (st.removed.has(lower)) continue;
    const copy = copiedEntry(data, entry);
    const changed = st.changed.get(lower);
    out.push(changed ? { kind: 'new', name: entry.name, data: changed, time: copy.time, date: copy.date } : copy);
  }
  for (const [name, bytes] of st.added) out.push({ kind: 'new', name, data: bytes, time: stamp.time, date: stamp.date });
  return out;
}

interface Built {
  data: Buffer;
  result: ApplyResult;
}

function writtenCell(w: CellWrite): WrittenCell {
  const cell: WrittenCell = { sheet: w.sheet, cell: a1(w.row, w.col), row: w.row, col: w.col, value: w.value, old: w.old };
  if (w.formula !== undefined) cell.formula = w.formula;
  if (w.note !== undefined) cell.note = w.note;
  return cell;
}

function build(data: Uint8Array, plan: WritePlan, file: string): Built {
  const archive = openWorkbookArchive(data, file);
  const { kept, skipped } = lastWriteWins(plan.writes);
  const result: ApplyResult = { written: [], formulas: 0, values: 0, notes: 0, skipped, unshared: [], copied: false, parts: { changed: [], added: [], removed: [] } };
  if (kept.length === 0) {
    // Nothing to write: OUT is FILE's exact copy (no calcPr change: nothing needs recalculating).
    result.copied = true;
    return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), result };
  }
  const st: PackageState = { archive, changed: new Map(), added: new Map(), removed: new Set(), contentTypes: noContentTypeChanges(), vmlBlocks: null };
  const wbPart = archive.workbookPart;
  const wbRels = parseRels(originalPart(st, relsPathOf(wbPart)), wbPart);
  const workbook = parseWorkbook(originalPart(st, wbPart) ?? Buffer.alloc(0), wbRels);

  // 1. Every sheet's edit planned and checked before anything else is done.
  const sheets = [...bySheet(kept)].map(([name, writes]) => {
    const entry = findSheet(workbook.sheets, name);
    const part = entry.part as string;
    const bytes = originalPart(st, part);
    if (!bytes) throw new XmlError(`${part} is missing`);
    const contents: CellContent[] = writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, value: w.value }));
    const edit = editSheet(partText(bytes), contents);
    checkWritable(edit, name, writes, file);
    return { name, part, writes, edit };
  });

  // 2. Notes, then the sheets' bytes.
  for (const { name, part, writes, edit } of sheets) {
    const skippedHere = new Set(edit.skipped.map((k) => a1(k.row, k.col)));
    for (const k of edit.skipped) result.skipped.push({ sheet: name, cell: a1(k.row, k.col), reason: k.reason });
    for (const u of edit.unshared) result.unshared.push({ sheet: name, cell: a1(u.row, u.col) });
    const done = writes.filter((w) => !skippedHere.has(a1(w.row, w.col)));
    const notes: Note[] = done.filter((w) => w.note).map((w) => ({ row: w.row, col: w.col, text: w.note as string }));
    if (notes.length) addNotes(st, part, edit, notes);
    if (edit.splices.length) setPart(st, part, sheetXml(edit));
    for (const w of done) result.written.push(writtenCell(w));
    result.notes += notes.length;
  }
  if (result.written.length === 0) {
    result.copied = true;
    return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), result };
  }
  result.formulas = result.written.filter((w) => w.formula !== undefined).length;
  result.values = result.written.length - result.formulas;

  // 3. Recalculation on open; the content types last (every new part is known by now).
  recalculateOnOpen(st, wbRels);
  if (hasContentTypeChanges(st.contentTypes)) {
    const ct = currentPart(st, CONTENT_TYPES);
    if (!ct) throw new XmlError(`${CONTENT_TYPES} is missing`);
    setPart(st, CONTENT_TYPES, editContentTypes(partText(ct), st.contentTypes));
  }

  const byLower = new Map([...archive.entries.values()].map((e) => [e.name.toLowerCase(), e.name]));
  result.parts = {
    changed: [...st.changed.keys()].map((k) => byLower.get(k) ?? k),
    added: [...st.added.keys()],
    removed: [...st.removed].map((k) => byLower.get(k) ?? k),
  };
  return { data: Buffer.concat(zipPieces(outputEntries(st))), result };
}

/** Any failure while building, as the one-line InputError the CLI prints (never a raw exception for bad input). */
function asInputError(e: unknown, file: string): unknown {
  if (e instanceof InputError) return e;
  if (e instanceof ZipError) return new InputError('truncated', file, e.message);
  if (e instanceof XmlError) return new InputError('unreadable', file, e.message);
  return e; // a bug (or a plan naming a sheet the file lacks): left as it is
}

/**
 * The output workbook's bytes for a plan applied to an input workbook's bytes, and what was
 * done. `file` names the input in error messages. Throws InputError for an input that is not a
 * readable workbook, and for a plan that touches a protected sheet ('protectedSheet') or a
 * merged cell other than its range's top-left ('mergedCell'). Pure: nothing is written.
 */
export function applyWritePlanToBuffer(data: Uint8Array, plan: WritePlan, file = 'workbook.xlsx'): Built {
  try {
    return build(data, plan, file);
  } catch (e) {
    throw asInputError(e, file);
  }
}

// ---- files ----

async function statOrNull(path: string, follow: boolean) {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch {
    return null;
  }
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

async function readInput(input: string): Promise<Buffer> {
  try {
    return await readFile(input);
  } catch (e) {
    const code = errno(e);
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', input, code === 'ENOENT' ? '' : code);
  }
}

/** OUT may be written: not FILE itself (by path, or by inode through a link), not existing unless forced. */
async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  const inPath = resolve(input);
  const outPath = resolve(output);
  if (inPath === outPath) throw new InputError('sameAsInput', output);
  const outLink = await statOrNull(outPath, false);
  if (!outLink) return;
  const [a, b] = await Promise.all([statOrNull(inPath, true), statOrNull(outPath, true)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) throw new InputError('sameAsInput', output);
  if (!force) throw new InputError('outputExists', output);
  if (b?.isDirectory()) throw new InputError('unwritable', output, 'EISDIR');
}

/** Filesystems without hard links (FAT, some network shares) answer link() with these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Moves the finished temporary file to OUT; without force, never over a file that appeared meanwhile. */
async function publish(temp: string, outPath: string, output: string, force: boolean): Promise<void> {
  if (force) return rename(temp, outPath);
  try {
    await link(temp, outPath); // fails with EEXIST, atomically, if OUT exists by now
  } catch (e) {
    if (errno(e) === 'EEXIST') throw new InputError('outputExists', output);
    if (!NO_LINKS.has(errno(e))) throw e;
    if (await statOrNull(outPath, false)) throw new InputError('outputExists', output);
    return rename(temp, outPath);
  }
  await unlink(temp);
}

/**
 * Writes `data` to a temporary file next to OUT, flushes it to disk, then makes it OUT: a crash
 * at any point leaves either no OUT or the whole of it, and no temporary file behind an error.
 */
async function writeAtomically(output: string, data: Buffer, opts: ApplyOptions): Promise<void> {
  const outPath = resolve(output);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const fh = await open(temp, 'wx');
    created = true;
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await opts.beforeRename?.(temp);
    await publish(temp, outPath, output, opts.force ?? false);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    if (e instanceof InputError) throw e;
    throw new InputError('unwritable', output, errno(e));
  }
}

/**
 * Applies a plan to the workbook FILE and writes the result to OUT (`cchc fill FILE -o OUT`).
 * FILE is only read. Refuses OUT = FILE ('sameAsInput') and an existing OUT without `force`
 * ('outputExists') before reading anything; refuses a plan touching a protected sheet or a
 * merged cell before writing anything. With nothing to write, OUT is an exact copy of FILE, so
 * a pipeline always finds its OUT and a second fill changes nothing.
 */
export async function applyWritePlan(input: string, plan: WritePlan, output: string, opts: ApplyOptions = {}): Promise<ApplyResult> {
  await checkOutput(input, output, opts.force ?? false);
  const data = opts.inputData ?? (await readInput(input));
  const built = applyWritePlanToBuffer(data, plan, input);
  await writeAtomically(output, built.data, opts);
  return built.result;
}
