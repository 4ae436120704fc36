// SPEC §4.1 (and §5, §6 for plans and statistics): the tree of coded rows. One implementation
// serves every table kind: codes restart after each Roman section (I., II.); within a section
// each code must be unique, numbered in sequence and placed under its parent.
import type { DetectedTable, TableRow } from '../detect/types';
import { a1, cellAt, type Grid } from '../grid';
import { finding, type Finding } from '../messages/catalog';
import { toRoman } from '../text/codes';

export interface CodeNode {
  row: TableRow;
  /** The code as understood ("5.10" for a cell Excel turned into the number 5.1). */
  code: string;
  parts: number[];
  /** A1 of the code cell. */
  cell: string;
  /** Index of the Roman section the row is in (0 before the first section). */
  section: number;
  parent: CodeNode | null;
  children: CodeNode[];
  /** Un-coded rows between this row and the next coded row (guidance, sub-indicators, tasks). */
  items: TableRow[];
  /** The row's number says it belongs elsewhere (5.10.x under 5.11): kept where it stands. */
  misplaced: boolean;
}

export interface Hierarchy {
  nodes: CodeNode[];
  roots: CodeNode[];
  /** The Roman section rows, in order. */
  sections: TableRow[];
  findings: Finding[];
}

function lastPart(parts: number[]): number {
  return parts[parts.length - 1];
}

/**
 * A code Excel stored as a number lost its trailing zeros (1.10 → 1.1, 1.20 → 1.2): the previous
 * sibling tells which was typed. Without one, the code is read as stored.
 */
function unmangle(parts: number[], previousSibling: CodeNode | undefined): number[] {
  if (!previousSibling) return parts;
  const last = lastPart(parts);
  const want = lastPart(previousSibling.parts) + 1;
  for (const candidate of [last, last * 10, last * 100]) {
    if (candidate === want) return [...parts.slice(0, -1), candidate];
  }
  return parts;
}

function sameParts(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function expectedNext(parent: CodeNode | null, previous: CodeNode | undefined, depthParts: number[]): string {
  const prefix = depthParts.slice(0, -1);
  const next = previous ? lastPart(previous.parts) + 1 : 1;
  return [...(parent ? parent.parts : prefix), next].join('.');
}

export function buildHierarchy(table: DetectedTable, grid: Grid): Hierarchy {
  const findings: Finding[] = [];
  const nodes: CodeNode[] = [];
  const roots: CodeNode[] = [];
  const sections: TableRow[] = [];
  const codeCol = table.columns.code;
  let section = 0;
  let seen = new Map<string, CodeNode>();
  /** stack[d] = the latest node of depth d + 1 in the current section. */
  let stack: CodeNode[] = [];
  let current: CodeNode | null = null;
  let previousSection: TableRow | undefined;

  for (const row of table.rows) {
    if (row.kind === 'section' || row.startsSection) {
      const code = row.kind === 'section' ? row.code : row.startsSection?.code;
      if (code?.kind === 'roman' && previousSection) {
        const prev = previousSection.kind === 'section' ? previousSection.code : previousSection.startsSection?.code;
        if (prev?.kind === 'roman' && code.value > prev.value + 1) {
          const cell = a1(row.row, codeCol ?? table.range.left);
          findings.push(finding(table.sheet, cell, 'code.gap', { code: code.text, previous: prev.text, expected: toRoman(prev.value + 1) }));
        }
      }
      if (code?.kind === 'roman') previousSection = row;
      sections.push(row);
      section++;
      seen = new Map();
      stack = [];
      current = null;
      if (row.kind === 'section') continue;
    }
    if (row.kind !== 'coded' || row.code?.kind !== 'arabic' || codeCol === undefined) {
      if (current && row.kind !== 'header' && row.kind !== 'total') current.items.push(row);
      continue;
    }
    const cell = a1(row.row, codeCol);
    const read = row.code.parts;
    const depth = read.length;
    const structural = depth > 1 ? stack[depth - 2] : undefined;
    const siblingBefore = stack[depth - 1];
    const previousSibling =
      siblingBefore && (depth === 1 || (structural && siblingBefore.parent === structural)) ? siblingBefore : undefined;
    let parts = read;
    if (row.code.fromNumber && depth > 1) {
      parts = unmangle(read, previousSibling);
      const stored = cellAt(grid, row.row, codeCol)?.v;
      findings.push(
        finding(table.sheet, cell, 'code.mangledByExcel', { value: typeof stored === 'number' ? stored : Number(read.join('.')), code: parts.join('.') }),
      );
    }
    const code = parts.join('.');
    const expectedParent = parts.slice(0, -1).join('.');
    let parent: CodeNode | null = null;
    let misplaced = false;
    if (depth > 1) {
      if (structural && structural.code === expectedParent) parent = structural;
      else if (structural && seen.has(expectedParent)) {
        // SPEC §4.1: rows 5.10.x under 5.11. Kept under the row they stand under: the seed's
        // maxima (5.11 = 2,5 = the sum of the rows under it) show that is where they belong.
        parent = structural;
        misplaced = true;
        findings.push(finding(table.sheet, cell, 'code.wrongParent', { code, expectedParent, actualParent: structural.code }));
      } else {
        findings.push(finding(table.sheet, cell, 'code.orphan', { code, parent: expectedParent }));
        // Attach to the nearest row above whose code is a prefix, so totals still add up.
        for (let d = depth - 2; d >= 0 && !parent; d--) {
          const candidate = stack[d];
          if (candidate && code.startsWith(`${candidate.code}.`)) parent = candidate;
        }
      }
    }
    const first = seen.get(code);
    if (first && !misplaced) findings.push(finding(table.sheet, cell, 'code.duplicate', { code, first: first.cell }));
    else if (!misplaced) {
      // A gap among siblings: 1.1 then 1.3 (seed 000: 2.3.3 with no 2.3.2).
      const previous = parent ? parent.children[parent.children.length - 1] : depth === 1 ? stack[0] : undefined;
      const sameLevel = previous && previous.parts.length === depth;
      const expected = expectedNext(parent, sameLevel ? previous : undefined, parts);
      const gap = sameLevel ? lastPart(parts) > lastPart(previous.parts) + 1 : lastPart(parts) > 1 && (parent !== null || depth === 1);
      if (gap && !sameParts(parts, expected.split('.').map(Number)))
        findings.push(finding(table.sheet, cell, 'code.gap', { code, previous: sameLevel ? previous.code : (parent?.code ?? '—'), expected }));
    }
    const node: CodeNode = { row, code, parts, cell, section, parent, children: [], items: [], misplaced };
    if (!first) seen.set(code, node);
    if (parent) parent.children.push(node);
    else roots.push(node);
    nodes.push(node);
    stack[depth - 1] = node;
    stack.length = depth;
    current = node;
  }
  return { nodes, roots, sections, findings };
}
