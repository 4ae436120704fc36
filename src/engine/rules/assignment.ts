// SPEC §2.4: the assignment table (Bảng phân công phụ trách, seed 002): every criterion and
// component has an owner, codes are well formed, and the codes match the score sheet of the same
// criteria when the workbook has one.
//
// Decisions:
// - A row's owner is its "Đơn vị thực hiện" cell; where that cell is covered by a merged range,
//   the merge's value (seed 002: "Văn phòng Sở" merged over 1.1 … 1.3.3, "Phòng KH-TC-TH" over
//   1.4 … 1.4.2); on an empty cell, the nearest ancestor's own owner (an owner written on a
//   criterion covers its components even without a merge).
// - A criterion with no owner of its own is covered when all its children are (seed 002: 3.3,
//   7.1, 7.3 have their owners written on their components). Areas (code 1 … 8) need no owner of
//   their own.
// - assignment.unassigned points at the owner cell of each criterion, component or un-coded
//   row that nobody covers, wholly: a criterion part of which is covered is not reported, its
//   uncovered components are.
// - Owners' names: NFC, whitespace and line breaks collapsed, a break after a hyphen joined
//   ("Phòng KH-" + "TC-TH" → "Phòng KH-TC-TH"), trailing punctuation dropped ("Thanh tra tổng
//   hợp."); spellings that differ only by case or diacritics encoding count as one owner. A
//   cell naming several units ("Văn phòng (Các phòng, đơn vị phối hợp)") is one owner.
// - With a score sheet: the one sharing most codes, if it shares at least half of the table's.
//   assignment.unknownCode points at the code cell of this table; assignment.missingCode at the
//   score sheet's code cell of the criterion nobody was assigned (a click shows the criterion).
import type { AssignmentSummary } from '../../report/schema';
import type { AssignmentTable, DetectedTable, TableRow } from '../detect/types';
import { a1, cellAt, type Cell, type Grid } from '../grid';
import { finding, type Finding } from '../messages/catalog';
import { fold } from '../text/normalize';
import { readText } from '../text/read';
import { malformedCodeFindings } from './codeCells';
import type { RuleContext, RuleResult } from './context';
import { buildHierarchy, type CodeNode, type Hierarchy } from './hierarchy';
import { mergedCellsOf, type CellPos } from './mergedCells';

interface Entry {
  row: TableRow;
  /** The code, or (un-coded rows) the criterion's text. */
  name: string;
  coded: boolean;
  depth: number;
  /** The owner written for this row (its cell, or the merged cell over it). */
  own: string | null;
  children: Entry[];
}

const HYPHEN_BREAK_RE = /-[ \t]*\r?\n\s*/g;
const TRAILING_PUNCT_RE = /[\s.,;:]+$/;
/** An owner cell holding only a dash or dots names nobody. */
const NOBODY_RE = /^[\s.…\-–—]*$/;
const NAME_MAX = 60;

/** SPEC §2.4: an owner's name as written, normalised (see the decisions above). */
export function ownerName(cell: Cell | null): string | null {
  if (!cell) return null;
  const prepared = typeof cell.v === 'string' ? { ...cell, v: cell.v.replace(HYPHEN_BREAK_RE, '-') } : cell;
  const text = readText(prepared).text.replace(TRAILING_PUNCT_RE, '');
  return NOBODY_RE.test(text) ? null : text;
}

function shortName(text: string): string {
  return text.length <= NAME_MAX ? text : `${text.slice(0, NAME_MAX)}…`;
}

interface Reader {
  grid: Grid;
  ownerCol: number | undefined;
  criterionCol: number | undefined;
  merged: Map<number, CellPos>;
}

function ownOwner(rd: Reader, row: TableRow): string | null {
  if (rd.ownerCol === undefined) return null;
  const at = rd.merged.get(row.row) ?? { row: row.row, col: rd.ownerCol };
  let name = ownerName(cellAt(rd.grid, at.row, at.col));
  // A criterion split by a page break may carry its owner on the continuation row.
  for (const r of row.continuations ?? []) name ??= ownerName(cellAt(rd.grid, r, rd.ownerCol));
  return name;
}

function itemEntry(rd: Reader, row: TableRow, depth: number): Entry {
  const text = rd.criterionCol === undefined ? '' : readText(cellAt(rd.grid, row.row, rd.criterionCol)).text;
  return { row, name: shortName(text), coded: false, depth, own: ownOwner(rd, row), children: [] };
}

function nodeEntry(rd: Reader, node: CodeNode): Entry {
  const depth = node.parts.length;
  const children = [
    ...node.children.map((c) => nodeEntry(rd, c)),
    ...node.items.filter((i) => i.kind === 'item').map((i) => itemEntry(rd, i, depth + 1)),
  ];
  children.sort((a, b) => a.row.row - b.row.row);
  return { row: node.row, name: node.code, coded: true, depth, own: ownOwner(rd, node.row), children };
}

/** The tree of rows: code nodes with their un-coded rows; un-coded rows outside any node as roots. */
function entriesOf(table: AssignmentTable, hierarchy: Hierarchy, rd: Reader): Entry[] {
  const inTree = new Set<number>();
  for (const n of hierarchy.nodes) {
    inTree.add(n.row.row);
    for (const i of n.items) inTree.add(i.row);
  }
  const roots = hierarchy.roots.map((n) => nodeEntry(rd, n));
  for (const row of table.rows) if (row.kind === 'item' && !inTree.has(row.row)) roots.push(itemEntry(rd, row, 1));
  roots.sort((a, b) => a.row.row - b.row.row);
  return roots;
}

interface Walk {
  criteria: number;
  unassigned: Entry[];
  owners: Map<string, { name: string; count: number }>;
}

/** Criteria and components need an owner; an area only when it has nothing under it. */
function needsOwner(e: Entry): boolean {
  return !e.coded || e.depth >= 2 || e.children.length === 0;
}

/**
 * Walks the tree with the owner inherited from above; returns whether the entry is covered and
 * whether anything in it is.
 */
function walk(e: Entry, inherited: string | null, acc: Walk): { covered: boolean; any: boolean } {
  const owner = e.own ?? inherited;
  let allChildren = e.children.length > 0;
  let anyChild = false;
  for (const c of e.children) {
    const r = walk(c, owner, acc);
    allChildren &&= r.covered;
    anyChild ||= r.any;
  }
  const covered = owner !== null || allChildren;
  if (needsOwner(e)) {
    acc.criteria++;
    if (owner !== null) {
      const key = fold(owner);
      const o = acc.owners.get(key);
      if (o) o.count++;
      else acc.owners.set(key, { name: owner, count: 1 });
    } else if (!covered && !anyChild) acc.unassigned.push(e);
  }
  return { covered, any: owner !== null || anyChild };
}

/** The score sheet of the same criteria: most codes in common, at least half of this table's. */
function matchingScoreSheet(codes: ReadonlySet<string>, ctx: RuleContext): { table: DetectedTable; nodes: Map<string, CodeNode> } | null {
  let best: { table: DetectedTable; nodes: Map<string, CodeNode>; common: number } | null = null;
  for (const t of ctx.tables) {
    if (t.kind !== 'scoreSheet') continue;
    const grid = ctx.workbook.sheets.find((g) => g.sheet === t.sheet);
    if (!grid) continue;
    const nodes = new Map<string, CodeNode>();
    for (const n of buildHierarchy(t, grid).nodes) if (!nodes.has(n.code)) nodes.set(n.code, n);
    let common = 0;
    for (const c of codes) if (nodes.has(c)) common++;
    if (!best || common > best.common) best = { table: t, nodes, common };
  }
  return best && best.common > 0 && best.common * 2 >= codes.size ? best : null;
}

function scoreSheetFindings(table: AssignmentTable, hierarchy: Hierarchy, ctx: RuleContext): Finding[] {
  const mine = new Map<string, CodeNode>();
  for (const n of hierarchy.nodes) if (!mine.has(n.code)) mine.set(n.code, n);
  const score = matchingScoreSheet(new Set(mine.keys()), ctx);
  if (!score) return [];
  const out: Finding[] = [];
  for (const [code, n] of mine) {
    if (!score.nodes.has(code)) out.push(finding(table.sheet, n.cell, 'assignment.unknownCode', { code, scoreSheet: score.table.sheet }));
  }
  for (const [code, n] of score.nodes) {
    if (!mine.has(code)) out.push(finding(score.table.sheet, n.cell, 'assignment.missingCode', { code, assignmentSheet: table.sheet }));
  }
  return out;
}

export function checkAssignment(table: AssignmentTable, ctx: RuleContext): RuleResult<AssignmentSummary> {
  const grid = ctx.grid;
  const hierarchy = buildHierarchy(table, grid);
  const ownerCol = table.columns.owner;
  const rd: Reader = {
    grid,
    ownerCol,
    criterionCol: table.columns.criterion,
    merged: ownerCol === undefined ? new Map() : mergedCellsOf(grid, ownerCol),
  };
  const acc: Walk = { criteria: 0, unassigned: [], owners: new Map() };
  for (const e of entriesOf(table, hierarchy, rd)) walk(e, null, acc);
  const findings: Finding[] = [...hierarchy.findings, ...malformedCodeFindings(table, grid)];
  acc.unassigned.sort((a, b) => a.row.row - b.row.row);
  for (const e of acc.unassigned) {
    const cell = a1(e.row.row, ownerCol ?? table.range.left);
    findings.push(finding(table.sheet, cell, 'assignment.unassigned', { code: e.name }));
  }
  findings.push(...scoreSheetFindings(table, hierarchy, ctx));
  const owners: Record<string, number> = {};
  for (const o of acc.owners.values()) owners[o.name] = o.count;
  return {
    findings,
    summary: { criteria: acc.criteria, unassigned: acc.unassigned.map((e) => e.name), owners },
  };
}
