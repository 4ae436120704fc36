// SPEC §2.1, §5: a plan task table read as tasks and groups. Codes give the tree (the shared
// buildHierarchy: codes restart after Roman sections); a row with children is a group and its
// children are the tasks; continuation rows join the row above.
//
// Decisions:
// - Continuation rows (a cell split by a page break) join the row above: each column's text is
//   the row's text then its continuations', joined by a space, and is read as one cell (seed 003:
//   "- Kế hoạch ứng dụng CNTT năm" + "ban hành trong quý IV năm 2019. …" is one deadline).
//   Table detection marks a row with no task text as a continuation; a row that has task text
//   is one too when it shows no lead and no status and a cell of it starts in the middle of a
//   sentence (lower case): seed 003 lines 17 ("trong Quý I năm 2020."), 22 ("bảo 100% số
//   TTHC…") and 42 ("tiêu chuẩn quốc gia…"). A new task always names its lead or, in a report,
//   its status.
// - In a numbered plan an un-coded row that carries a task field (product, lead, deadline,
//   status …) is an un-numbered sub-task of the coded row above, which becomes a group; one
//   with only text ("- Kế hoạch CCHC" under "1. Ban hành các kế hoạch") is part of the row
//   above's text. In an un-numbered plan (seed 003) every row is a task.
// - A row that holds only a code (seed 004's empty form: "1", "..") is neither a task nor a group.
// - A cell merged over several rows shows its value on each of them (the Excel way).
// - A task without its own product, lead, deadline, status or done date takes its group's (a
//   group row that states the deadline of all its sub-tasks): SPEC §5 "a parent row whose
//   children carry them is not missing", and the other way round.
import type { PlanTasksTable, RoleOf, TableRow } from '../../detect/types';
import { a1, cellAt, cellDateIso, type Cell, type Grid } from '../../grid';
import { isoToDmy } from '../../deadline/calendar';
import { readText } from '../../text/read';
import { buildHierarchy, type CodeNode, type Hierarchy } from '../hierarchy';
import { mergedCellsOf, type CellPos } from '../mergedCells';

export type PlanRole = RoleOf<'planTasks'>;

/** The columns read as a task's fields (code, group and note are not). */
export const FIELD_ROLES = [
  'task', 'product', 'lead', 'support', 'deadline', 'status', 'doneDate', 'docNumber', 'docSummary', 'onTime',
] as const satisfies readonly PlanRole[];
export type FieldRole = (typeof FIELD_ROLES)[number];

/** Fields whose presence makes an un-coded row a task of its own (not a line of text). */
const TASK_FIELDS: readonly FieldRole[] = FIELD_ROLES.filter((r) => r !== 'task');

/** What a task shows in one column (only non-empty columns are read into one). */
export interface FieldRead {
  /** Its text, continuations joined; never ''. */
  text: string;
  /** The cell holding the value (the row's own, or the first cell of a merged range over it). */
  row: number;
  col: number;
  /** The one cell behind the value when no continuation adds to it (a date cell stays a date). */
  only: Cell | null;
}

export type Fields = { [R in FieldRole]: FieldRead | undefined };

/** One shape for every entry's fields (no properties added later: cheap on 50 000-row plans). */
function noFields(): Fields {
  return {
    task: undefined, product: undefined, lead: undefined, support: undefined, deadline: undefined,
    status: undefined, doneDate: undefined, docNumber: undefined, docSummary: undefined, onTime: undefined,
  };
}

/** A1 of the cell a field was read from. */
export function fieldCell(f: FieldRead): string {
  return a1(f.row, f.col);
}

export interface PlanEntry {
  /** Sheet row of the task (its first row). */
  row: number;
  /** The row and the continuation rows joined to it. */
  rows: number[];
  /** The row's code ('' for an un-coded task). */
  code: string;
  node: CodeNode | null;
  parent: PlanEntry | null;
  children: PlanEntry[];
  /** Only a code: an empty form row. */
  blank: boolean;
  /** What it shows in each column (undefined: nothing, or no such column). */
  fields: Fields;
}

export interface PlanModel {
  table: PlanTasksTable;
  hierarchy: Hierarchy;
  /** Every task and group, in sheet order. */
  entries: PlanEntry[];
  /** Rows with no (non-blank) child: the tasks of SPEC §5. */
  tasks: PlanEntry[];
  /** Rows with children. */
  groups: PlanEntry[];
  /**
   * Phụ lục I (seed 004): a list of completed tasks with their documents: document columns
   * ("Số văn bản", "Trích yếu", "Đúng hạn/quá hạn") and no status column (SPEC §5).
   */
  completedList: boolean;
}

const LOWER_START_RE = /^\p{Ll}/u;

interface Reader {
  /** The field roles the table has a column for. */
  roles: FieldRole[];
  /** Column of each field role the table has. */
  cols: Partial<Record<FieldRole, number>>;
  merges: Partial<Record<FieldRole, Map<number, CellPos>>>;
}

function makeReader(table: PlanTasksTable, grid: Grid): Reader {
  const cols: Partial<Record<FieldRole, number>> = {};
  const merges: Partial<Record<FieldRole, Map<number, CellPos>>> = {};
  const roles: FieldRole[] = [];
  for (const role of FIELD_ROLES) {
    const col = table.columns[role];
    if (col === undefined) continue;
    roles.push(role);
    cols[role] = col;
    if (grid.merges.length) merges[role] = mergedCellsOf(grid, col);
  }
  return { roles, cols, merges };
}

/** The cell a row shows in a column: its own, or the merged range's first cell. */
function shownCell(grid: Grid, reader: Reader, role: FieldRole, row: number): Cell | null {
  const col = reader.cols[role];
  if (col === undefined) return null;
  const origin = reader.merges[role]?.get(row);
  return origin ? cellAt(grid, origin.row, origin.col) : cellAt(grid, row, col);
}

function shownText(grid: Grid, reader: Reader, role: FieldRole, row: number): string {
  return readText(shownCell(grid, reader, role, row)).text;
}

/** A cell's text for joining: a date cell as Vietnamese documents write it. */
function joinText(cell: Cell | null): string {
  const iso = cellDateIso(cell);
  return iso === null ? readText(cell).text : isoToDmy(iso);
}

function readField(grid: Grid, reader: Reader, role: FieldRole, rows: number[]): FieldRead | undefined {
  const col = reader.cols[role];
  if (col === undefined) return undefined;
  const at = reader.merges[role]?.get(rows[0]) ?? { row: rows[0], col };
  const first = cellAt(grid, at.row, at.col);
  if (rows.length === 1) {
    if (first === null) return undefined;
    const text = readText(first).text;
    return text === '' ? undefined : { text, row: at.row, col: at.col, only: first };
  }
  const parts: string[] = [];
  const own = joinText(first);
  if (own) parts.push(own);
  for (let k = 1; k < rows.length; k++) {
    // A continuation's cell covered by a merge repeats the value above: not added twice.
    if (reader.merges[role]?.has(rows[k])) continue;
    const t = joinText(cellAt(grid, rows[k], at.col));
    if (t) parts.push(t);
  }
  if (parts.length === 0) return undefined;
  const onlyOwn = parts.length === 1 && own !== '';
  return { text: parts.join(' '), row: at.row, col: at.col, only: onlyOwn ? first : null };
}

/**
 * Any task field (not the task text) in the row's own cells: a cell merged down from the row
 * above (a lead over a task and its description lines) does not make a line a task.
 */
function hasTaskField(grid: Grid, reader: Reader, row: number): boolean {
  return TASK_FIELDS.some((role) => {
    const col = reader.cols[role];
    return col !== undefined && readText(cellAt(grid, row, col)).text !== '';
  });
}

/** A new task names these (a report: its status); a page break's continuation shows neither. */
const NEW_TASK_ROLES: readonly FieldRole[] = ['lead', 'status'];
/** Cells whose text, cut by the page break, goes on in the middle of a sentence. */
const CUT_TEXT_ROLES: readonly FieldRole[] = ['task', 'product', 'deadline'];

/** The row carries on the row above (see the header comment). */
function continuesAbove(grid: Grid, reader: Reader, row: number): boolean {
  let guarded = false;
  for (const role of NEW_TASK_ROLES) {
    if (reader.cols[role] === undefined) continue;
    if (shownText(grid, reader, role, row) !== '') return false;
    guarded = true;
  }
  return guarded && CUT_TEXT_ROLES.some((role) => LOWER_START_RE.test(shownText(grid, reader, role, row)));
}

/**
 * Codes restart in every Roman section (II.1 and V.1 are two tasks "1"): a task is named with its
 * section's numeral, "II.1.3", so messages and summaries point at one task.
 */
function entryOf(row: TableRow, node: CodeNode | null, section: string | null): PlanEntry {
  const rows = row.continuations ? [row.row, ...row.continuations] : [row.row];
  const code = node ? (section ? `${section}.${node.code}` : node.code) : '';
  return { row: row.row, rows, code, node, parent: null, children: [], blank: false, fields: noFields() };
}

function join(entry: PlanEntry, row: TableRow): void {
  entry.rows.push(row.row, ...(row.continuations ?? []));
}

function adopt(parent: PlanEntry | null, child: PlanEntry): void {
  child.parent = parent;
  if (parent) parent.children.push(child);
}

export function buildPlanModel(table: PlanTasksTable, grid: Grid): PlanModel {
  const hierarchy = buildHierarchy(table, grid);
  const reader = makeReader(table, grid);
  const nodeByRow = new Map(hierarchy.nodes.map((n) => [n.row.row, n]));
  const numbered = table.columns.code !== undefined && hierarchy.nodes.length > 0;
  const entries: PlanEntry[] = [];
  const byRow = new Map<number, PlanEntry>();
  /** The entry text may join (reset by a section), and the coded row un-coded tasks fall under. */
  let current: PlanEntry | null = null;
  let coded: PlanEntry | null = null;
  let section: string | null = null;

  for (const row of table.rows) {
    if (row.kind === 'section') {
      current = coded = null;
      section = row.code?.kind === 'roman' ? row.code.text : null;
      continue;
    }
    if (row.startsSection?.code.kind === 'roman') section = row.startsSection.code.text;
    if (row.kind === 'coded') {
      const node = nodeByRow.get(row.row) ?? null;
      const entry = entryOf(row, node, section);
      adopt(node?.parent ? (byRow.get(node.parent.row.row) ?? null) : null, entry);
      entries.push(entry);
      byRow.set(row.row, entry);
      current = coded = entry;
      continue;
    }
    if (row.kind !== 'item') continue; // continuations come with their row; headers, totals are no tasks
    if (row.startsSection) current = coded = null;
    else if (current && continuesAbove(grid, reader, row.row)) {
      join(current, row);
      continue;
    } else if (numbered && !hasTaskField(grid, reader, row.row)) {
      if (current) join(current, row);
      continue;
    }
    const entry = entryOf(row, null, section);
    adopt(numbered ? coded : null, entry);
    entries.push(entry);
    byRow.set(row.row, entry);
    current = entry;
  }

  for (const e of entries) {
    let blank = true;
    for (const role of reader.roles) {
      const f = readField(grid, reader, role, e.rows);
      if (f) {
        e.fields[role] = f;
        blank = false;
      }
    }
    e.blank = blank;
  }
  const isGroup = (e: PlanEntry) => e.children.some((c) => !c.blank);
  const cols = table.columns;
  return {
    table,
    hierarchy,
    entries,
    tasks: entries.filter((e) => !e.blank && !isGroup(e)),
    groups: entries.filter(isGroup),
    completedList: cols.status === undefined && (cols.docNumber !== undefined || cols.docSummary !== undefined || cols.onTime !== undefined),
  };
}

/** The field a task shows, or its nearest group's when its own is empty. */
export function effectiveField(entry: PlanEntry, role: FieldRole): FieldRead | null {
  for (let e: PlanEntry | null = entry; e; e = e.parent) {
    const f = e.fields[role];
    if (f) return f;
  }
  return null;
}

/** A1 of a task's own cell in a column (what a finding about the task names). */
export function ownCell(model: PlanModel, entry: PlanEntry, role: PlanRole): string | null {
  const col = model.table.columns[role];
  return col === undefined ? null : a1(entry.row, col);
}
