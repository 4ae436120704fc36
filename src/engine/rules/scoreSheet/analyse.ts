// SPEC §4: the score sheet read into a ScoreModel (model.ts). One pass down the code tree (survey
// marks and N/A markers of parents reach their children), one pass up (sums, N/A, applicable
// maxima, final scores), then totals, index and rating. Linear in the rows (SPEC §11).
import type { Config } from '../../../report/config';
import type { AreaSummary } from '../../../report/schema';
import type { ScoreSheetTable, TableRow } from '../../detect/types';
import { a1, cellAt, type Cell, type Grid } from '../../grid';
import type { ScoreColumn } from '../../messages/catalog';
import { readText } from '../../text/read';
import { readNumericCell } from '../cells';
import { mergedCellsOf } from '../mergedCells';
import { allowedScores, isParsed, parseGuidance, type ParsedGuidance } from '../guidance';
import { buildHierarchy, type CodeNode, type Hierarchy } from '../hierarchy';
import {
  SCORE_COLUMNS,
  type CellRef,
  type ColumnNumbers,
  type ColumnStatus,
  type CriterionGuidance,
  type CriterionNode,
  type GuidanceRow,
  type MaxCell,
  type ScoreCell,
  type ScoreCells,
  type ScoreModel,
  type ScoreTotals,
  type TotalRow,
} from './model';
import { ratingOf, roundHalfUp, tidy } from './rating';
import { isExplanation, isNotApplicable, isSurveyMark, totalInLabel } from './vocab';

export interface Analysis {
  model: ScoreModel;
  hierarchy: Hierarchy;
}

type Columns = ScoreModel['columns'];

/** SPEC §4.5: rechecked wins over appraised, appraised over self-assessed. */
const CHAIN: readonly ScoreColumn[] = ['rechecked', 'appraised', 'self'];
const RANKED: readonly ScoreColumn[] = ['self', 'appraised', 'rechecked'];

function ref(row: number, col: number): CellRef {
  return { row, col, a1: a1(row, col) };
}

function textAt(grid: Grid, row: number, col: number | undefined): string {
  return col === undefined ? '' : readText(cellAt(grid, row, col)).text;
}

function readMax(grid: Grid, row: number, col: number): MaxCell {
  const read = readNumericCell(grid, row, col);
  const at = ref(row, col);
  switch (read.kind) {
    case 'empty':
      return { ref: at, read, value: { kind: 'empty' } };
    case 'number':
      return { ref: at, read, value: read.percent ? { kind: 'text', text: textAt(grid, row, col) } : { kind: 'points', value: read.value } };
    case 'plusMinus':
      return { ref: at, read, value: { kind: 'bonus', value: read.value } };
    case 'error':
      return { ref: at, read, value: { kind: 'error', error: read.error } };
    case 'text':
      return { ref: at, read, value: { kind: 'text', text: read.text } };
    default: {
      const never: never = read;
      throw new Error(`unknown cell ${String(never)}`);
    }
  }
}

function readScore(grid: Grid, row: number, col: number, column: ScoreColumn): ScoreCell {
  const read = readNumericCell(grid, row, col);
  const at = ref(row, col);
  switch (read.kind) {
    case 'empty':
      return { column, ref: at, read, value: { kind: 'empty' } };
    case 'number':
      // "95%" is not a score: a rate belongs to the guidance (scoreFromRate), not in the cell.
      if (read.percent) return { column, ref: at, read, value: { kind: 'text', text: textAt(grid, row, col) } };
      return { column, ref: at, read, value: { kind: 'number', value: read.value, fromText: read.fromText, formula: cellAt(grid, row, col)?.f ?? null } };
    case 'plusMinus':
      return { column, ref: at, read, value: { kind: 'text', text: textAt(grid, row, col) } };
    case 'error':
      return { column, ref: at, read, value: { kind: 'error', error: read.error } };
    case 'text':
      return { column, ref: at, read, value: isNotApplicable(read.text) ? { kind: 'notApplicable', text: read.text } : { kind: 'text', text: read.text } };
    default: {
      const never: never = read;
      throw new Error(`unknown cell ${String(never)}`);
    }
  }
}

function readScores(grid: Grid, row: number, columns: Columns, present: readonly ScoreColumn[]): ScoreCells {
  const out: ScoreCells = {};
  for (const c of present) {
    const col = columns[c];
    if (col !== undefined) out[c] = readScore(grid, row, col, c);
  }
  return out;
}

const LINE_RE = /\r?\n/;

/** A guidance cell's lines: line breaks inside the cell separate options (seed 000, 9.2.1). */
function linesOf(cell: Cell | null): string[] {
  if (!cell) return [];
  if (typeof cell.v !== 'string' || !cell.v.includes('\n')) {
    const text = readText(cell).text;
    return text ? [text] : [];
  }
  return cell.v
    .split(LINE_RE)
    .map((line) => readText({ v: line, font: cell.font }).text)
    .filter(Boolean);
}

function guidanceRowOf(grid: Grid, row: number, columns: Columns, source: GuidanceRow['source']): { row: GuidanceRow; parsed: ParsedGuidance } {
  const col = columns.criterion ?? columns.code ?? 1;
  const lines = linesOf(cellAt(grid, row, col));
  let points: number | null = null;
  if (source === 'guidance' && columns.max !== undefined) {
    const m = readNumericCell(grid, row, columns.max);
    if (m.kind === 'number' && !m.percent) points = m.value;
  }
  return rowOf(row, col, source, lines, parseGuidance({ lines, points }));
}

function rowOf(row: number, col: number, source: GuidanceRow['source'], lines: string[], parsed: ParsedGuidance): { row: GuidanceRow; parsed: ParsedGuidance } {
  return {
    row: { row, ref: ref(row, col), source, text: lines.join('\n'), parsed: isParsed(parsed), options: parsed.options, rule: parsed.rule },
    parsed,
  };
}

/** The rule a criterion's own cell may hold (seed 000, 5.2.2), or null: the name is read once. */
function ownGuidance(grid: Grid, node: CriterionNode, columns: Columns): { row: GuidanceRow; parsed: ParsedGuidance } | null {
  const col = columns.criterion;
  if (col === undefined || node.name === '') return null;
  const cell = cellAt(grid, node.row, col);
  const lines = typeof cell?.v === 'string' && cell.v.includes('\n') ? linesOf(cell) : [node.name];
  const parsed = parseGuidance({ lines });
  return isParsed(parsed) ? rowOf(node.row, col, 'criterion', lines, parsed) : null;
}

function numberIn(cell: ScoreCell | undefined): number | null {
  return cell?.value.kind === 'number' ? cell.value.value : null;
}

function clampBonus(x: number, node: { bonus: boolean; maxPoints: number | null }): number {
  if (!node.bonus || node.maxPoints === null) return x;
  return Math.max(-node.maxPoints, Math.min(node.maxPoints, x));
}

/**
 * A column's figure of a child as the sum of the children reads it: its number, 0 for N/A, else
 * its own such sum. `asExcel`: as Excel's SUM reads it, skipping numbers stored as text.
 */
function sheetValue(node: CriterionNode, column: ScoreColumn, asExcel: boolean): number | null {
  const cell = node.scores[column];
  if (cell?.value.kind === 'number') return asExcel && cell.value.fromText ? 0 : cell.value.value;
  if (cell?.value.kind === 'notApplicable') return 0;
  return (asExcel ? node.excelSums : node.childSums)[column] ?? null;
}

/** The sum of the children of a column; null when no child holds anything, or one holds an Excel
 * error (the sum is then unknown, as Excel's own SUM would be). */
function sheetSum(kids: readonly CriterionNode[], column: ScoreColumn, asExcel = false): number | null {
  let sum: number | null = null;
  for (const k of kids) {
    if (k.scores[column]?.value.kind === 'error') return null;
    const v = sheetValue(k, column, asExcel);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum === null ? null : tidy(sum);
}

function sumOf(values: Array<number | null>): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum === null ? null : tidy(sum);
}

/** The first cell of the chain that holds something decides (SPEC §4.4, §4.5). */
function decisive(scores: ScoreCells, chain: readonly ScoreColumn[]): ScoreCell | null {
  for (const c of chain) {
    const cell = scores[c];
    if (cell && (cell.value.kind === 'number' || cell.value.kind === 'notApplicable')) return cell;
  }
  return null;
}

interface Working {
  node: CriterionNode;
  code: CodeNode;
  /** What the criterion is worth: its max (N for ±N), else its children's when the cell is empty. */
  max: number;
  /** Max removed by N/A below (or at) this node. */
  naMax: number;
  /** Applicable max of the survey leaves still awaiting their score. */
  awaitingMax: number;
  naInherited: boolean;
}

function emptyNode(code: CodeNode, grid: Grid, columns: Columns, present: readonly ScoreColumn[]): CriterionNode {
  const row = code.row.row;
  const max = columns.max === undefined ? null : readMax(grid, row, columns.max);
  const bonus = max?.value.kind === 'bonus';
  const maxPoints = max && (max.value.kind === 'points' || max.value.kind === 'bonus') ? max.value.value : null;
  return {
    code: code.code,
    name: textAt(grid, row, columns.criterion),
    row,
    depth: code.parts.length,
    parentCode: code.parent?.code ?? null,
    children: [],
    codeRef: columns.code === undefined ? null : ref(row, columns.code),
    misplaced: code.misplaced,
    max,
    bonus,
    maxPoints,
    scores: readScores(grid, row, columns, present),
    childSums: {},
    excelSums: {},
    values: {},
    survey: false,
    notApplicable: false,
    applicableMax: 0,
    final: null,
    finalSource: null,
    awaitingSurvey: false,
    hasEvidence: false,
    explained: false,
    guidance: NO_GUIDANCE,
  };
}

const NO_GUIDANCE_ROWS: GuidanceRow[] = [];
Object.freeze(NO_GUIDANCE_ROWS);
const NO_GUIDANCE: CriterionGuidance = Object.freeze({ rows: NO_GUIDANCE_ROWS, rule: null, allowed: Object.freeze({ kind: 'unchecked', reason: 'none' }) });

/** A code cell that starts like a code but is none ("1,2", "2..1": code.malformed, codeCells.ts). */
const LOOKS_LIKE_CODE_RE = /^\d/;

/** A guidance row: un-coded text under a criterion (a bullet "-", "a)" in the code cell is fine).
 * A row whose code cell looks like a broken code is a criterion gone astray, not a scoring rule. */
function isGuidance(grid: Grid, r: TableRow, columns: Columns): boolean {
  return r.kind === 'guidance' && !LOOKS_LIKE_CODE_RE.test(textAt(grid, r.row, columns.code));
}

/** Un-coded rows that belong to a criterion: its guidance, and rows split off by a page break. */
function isOwnItem(r: TableRow): boolean {
  return r.kind === 'guidance' || r.kind === 'continuation';
}

/**
 * The note and evidence texts of a row. Either may be a cell merged over several rows ("ĐTXHH"
 * over 1.8.1–1.8.5, one document for a group of criteria): a covered row shows the merge's text.
 */
interface SideTexts {
  note(row: number): string;
  evidence(row: number): string;
}

function sideTexts(grid: Grid, columns: Columns): SideTexts {
  const reader = (col: number | undefined) => {
    if (col === undefined) return () => '';
    const merged = mergedCellsOf(grid, col);
    return (row: number) => {
      const at = merged.get(row);
      return at ? textAt(grid, at.row, at.col) : textAt(grid, row, col);
    };
  };
  return { note: reader(columns.note), evidence: reader(columns.evidence) };
}

/** Evidence, "giải trình" and ĐTXHH marks, on the criterion's row or the rows under it (SPEC §4.9). */
function readMarks(node: CriterionNode, code: CodeNode, side: SideTexts): void {
  const note = side.note(node.row);
  const evidence = side.evidence(node.row);
  // SPEC §4.5: "ĐTXHH" in the note (seeds 001, 002), or where the evidence would go.
  node.survey = isSurveyMark(note) || isSurveyMark(evidence);
  node.hasEvidence = evidence !== '';
  node.explained = isExplanation(note) || isExplanation(evidence);
  for (const r of code.items) {
    if (!isOwnItem(r) || (node.hasEvidence && node.explained)) continue;
    const e = side.evidence(r.row);
    if (e !== '') node.hasEvidence = true;
    if (!node.explained) node.explained = isExplanation(side.note(r.row)) || isExplanation(e);
  }
}

function readNode(w: Working, grid: Grid, columns: Columns, side: SideTexts): void {
  const { node, code } = w;
  readMarks(node, code, side);
  const rows: GuidanceRow[] = [];
  const parsed: ParsedGuidance[] = [];
  const own = ownGuidance(grid, node, columns);
  if (own) {
    rows.push(own.row);
    parsed.push(own.parsed);
  }
  for (const item of code.items) {
    if (!isGuidance(grid, item, columns)) continue;
    const g = guidanceRowOf(grid, item.row, columns, 'guidance');
    rows.push(g.row);
    if (g.row.parsed) parsed.push(g.parsed);
  }
  // Most criteria have no guidance: they share one empty value.
  if (rows.length === 0) return;
  node.guidance = { rows, rule: parsed.find((p) => p.rule)?.rule ?? null, allowed: allowedScores(parsed, node.maxPoints) };
}

function presentColumns(columns: Columns): ScoreColumn[] {
  return SCORE_COLUMNS.filter((c) => columns[c] !== undefined);
}

function anyLeafScored(works: readonly Working[]): boolean {
  return works.some((w) => w.code.children.length === 0 && Object.values(w.node.scores).some((s) => s?.value.kind === 'number'));
}

/** The columns whose first filled cell decides a criterion (SPEC §4.5), for each kind of criterion. */
interface Chains {
  plain: readonly ScoreColumn[];
  survey: readonly ScoreColumn[];
}

function chainsOf(present: readonly ScoreColumn[]): Chains {
  const plain = CHAIN.filter((c) => present.includes(c));
  return { plain, survey: present.includes('survey') ? ['survey'] : plain };
}

/** Bottom-up: sums, N/A, applicable max, final score of one node whose children are done. */
function settle(w: Working, byCode: Map<CodeNode, Working>, present: readonly ScoreColumn[], chains: Chains, scored: boolean): void {
  const { node } = w;
  const kids: Working[] = [];
  for (const c of w.code.children) {
    const k = byCode.get(c);
    if (k) kids.push(k);
  }
  const chain = node.survey ? chains.survey : chains.plain;
  const marker = decisive(node.scores, chain);
  const markedNa = marker?.value.kind === 'notApplicable';

  if (kids.length === 0) {
    node.notApplicable = w.naInherited || markedNa;
    for (const c of present) {
      const cell = node.scores[c];
      const kind = cell?.value.kind;
      node.values[c] = kind === 'notApplicable' || (node.notApplicable && kind === 'number') ? 0 : numberIn(cell);
    }
    if (!node.notApplicable && marker?.value.kind === 'number') {
      node.final = marker.value.value;
      node.finalSource = marker.column;
    } else if (!node.notApplicable && node.survey && scored) {
      node.awaitingSurvey = true;
      node.final = 0;
    }
    node.applicableMax = node.notApplicable ? 0 : (node.maxPoints ?? 0);
    w.max = node.maxPoints ?? 0;
    w.naMax = node.notApplicable ? w.max : 0;
    w.awaitingMax = node.awaitingSurvey ? node.applicableMax : 0;
    return;
  }

  node.children = kids.map((k) => k.node);
  const children = node.children;
  node.notApplicable = w.naInherited || markedNa || kids.every((k) => k.node.notApplicable);
  for (const c of present) {
    const sheet = sheetSum(children, c);
    node.childSums[c] = sheet === null ? null : clampBonus(sheet, node);
    const excel = sheetSum(children, c, true);
    node.excelSums[c] = excel === null ? null : clampBonus(excel, node);
    let engine: number | null = null;
    for (const k of children) {
      const v = k.values[c];
      if (v !== null && v !== undefined) engine = (engine ?? 0) + v;
    }
    if (engine !== null) engine = tidy(engine);
    const own = node.scores[c];
    if (engine !== null) node.values[c] = node.notApplicable ? 0 : clampBonus(engine, node);
    else node.values[c] = own?.value.kind === 'notApplicable' ? 0 : numberIn(own);
  }
  const finals = sumOf(kids.map((k) => (k.node.notApplicable ? null : k.node.final)));
  node.final = node.notApplicable || finals === null ? null : clampBonus(finals, node);
  // A ±N parent's max is N whatever its children's (SPEC §4.3); N/A inside it changes nothing.
  const countedKids = node.bonus ? [] : kids.filter((k) => !k.node.bonus);
  const childNa = countedKids.reduce((s, k) => s + k.naMax, 0);
  const max = node.maxPoints ?? tidy(countedKids.reduce((s, k) => s + k.max, 0));
  w.max = max;
  w.naMax = node.notApplicable ? max : childNa;
  node.applicableMax = node.notApplicable ? 0 : tidy(max - childNa);
  w.awaitingMax = kids.reduce((s, k) => s + k.awaitingMax, 0);
}

function readTotal(grid: Grid, table: ScoreSheetTable, columns: Columns, present: readonly ScoreColumn[], areas: readonly CriterionNode[]): TotalRow | null {
  const totalRow = [...table.rows].reverse().find((r) => r.kind === 'total');
  if (!totalRow) return null;
  const row = totalRow.row;
  let labelCol = table.range.left;
  for (let c = table.range.left; c <= table.range.right; c++) {
    if (textAt(grid, row, c) !== '') {
      labelCol = c;
      break;
    }
  }
  const label = textAt(grid, row, labelCol);
  const max = columns.max === undefined ? null : readMax(grid, row, columns.max);
  let typedMax: number | null = null;
  let typedMaxRef: CellRef | null = null;
  if (max && (max.value.kind === 'points' || max.value.kind === 'bonus')) {
    typedMax = max.value.value;
    typedMaxRef = max.ref;
  } else if (labelCol !== columns.max) {
    // Seed 000: "Tổng điểm : 100" written in the label, the max cell empty.
    typedMax = totalInLabel(label);
    typedMaxRef = typedMax === null ? null : ref(row, labelCol);
  }
  const childSums: ColumnNumbers = {};
  const excelSums: ColumnNumbers = {};
  for (const c of present) {
    childSums[c] = sheetSum(areas, c);
    excelSums[c] = sheetSum(areas, c, true);
  }
  return { row, labelRef: ref(row, labelCol), label, max, typedMax, typedMaxRef, scores: readScores(grid, row, columns, present), childSums, excelSums };
}

function columnStatus(nodes: readonly CriterionNode[], column: ScoreColumn, present: readonly ScoreColumn[]): ColumnStatus {
  if (!present.includes(column)) return 'absent';
  // Survey criteria are scored in the survey column; the others in the rest (SPEC §4.5).
  const leaves = nodes.filter((n) => n.children.length === 0 && !n.notApplicable && (column === 'survey') === n.survey);
  let numbers = 0;
  let filled = 0;
  for (const n of leaves) {
    const kind = n.scores[column]?.value.kind;
    if (kind === 'number') numbers++;
    if (kind === 'number' || kind === 'notApplicable') filled++;
  }
  if (numbers === 0) return 'empty';
  return filled === leaves.length ? 'complete' : 'partial';
}

function finalColumnOf(status: Record<ScoreColumn, ColumnStatus>): ScoreColumn | null {
  const ranked = [...RANKED].reverse();
  return (
    ranked.find((c) => status[c] === 'complete') ??
    ranked.find((c) => status[c] === 'partial') ??
    (status.survey === 'complete' || status.survey === 'partial' ? 'survey' : null)
  );
}

function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? roundHalfUp((part / whole) * 100, 2) : null;
}

/** The engine's reading of a score sheet (SPEC §4), for the rules, the fill and the add-in. */
export function analyse(table: ScoreSheetTable, grid: Grid, config: Pick<Config, 'ratingBands'>): Analysis {
  const columns: Columns = { ...table.columns };
  const present = presentColumns(columns);
  const hierarchy = buildHierarchy(table, grid);
  const byCode = new Map<CodeNode, Working>();
  const works: Working[] = hierarchy.nodes.map((code) => {
    const w: Working = { node: emptyNode(code, grid, columns, present), code, max: 0, naMax: 0, awaitingMax: 0, naInherited: false };
    byCode.set(code, w);
    return w;
  });

  // Down the tree (parents stand above their children): survey marks and N/A markers of a
  // parent reach every child (Bảng 2: 5.11 is ĐTXHH, the 5.10.1 under it has no note).
  const chains = chainsOf(present);
  const side = sideTexts(grid, columns);
  for (const w of works) {
    readNode(w, grid, columns, side);
    const parent = w.code.parent ? byCode.get(w.code.parent) : undefined;
    if (!parent) continue;
    if (parent.node.survey) w.node.survey = true;
    const parentMarker = decisive(parent.node.scores, w.node.survey ? chains.survey : chains.plain);
    if (parent.naInherited || (parent.code.children.length > 0 && parentMarker?.value.kind === 'notApplicable')) w.naInherited = true;
  }

  const scored = anyLeafScored(works);
  for (let i = works.length - 1; i >= 0; i--) settle(works[i], byCode, present, chains, scored);

  const nodes = works.map((w) => w.node);
  const areaWorks = works.filter((w) => w.code.parent === null);
  const areas = areaWorks.map((w) => w.node);
  const total = readTotal(grid, table, columns, present, areas);

  const maxTotal = tidy(areaWorks.reduce((s, w) => s + w.max, 0));
  const applicableMax = tidy(maxTotal - areaWorks.reduce((s, w) => s + w.naMax, 0));
  const totals: ScoreTotals = { self: null, appraised: null, rechecked: null, survey: null, final: null };
  for (const c of present) totals[c] = sumOf(areas.map((a) => a.values[c] ?? null));
  totals.final = sumOf(areas.map((a) => (a.notApplicable ? null : a.final)));
  const awaitingMax = areaWorks.reduce((s, w) => s + w.awaitingMax, 0);
  const index = totals.final === null ? null : percentOf(totals.final, applicableMax);
  const indexCeiling = index === null ? null : percentOf((totals.final ?? 0) + awaitingMax, applicableMax);

  const areaSummaries: AreaSummary[] = areaWorks.map((w) => {
    const a = w.node;
    const final = a.final ?? 0;
    const percent = a.bonus || a.final === null ? null : percentOf(final, a.applicableMax);
    const ceiling = percent === null ? null : percentOf(final + w.awaitingMax, a.applicableMax);
    // Below 50 % only when the pending survey scores can no longer lift it (SPEC §4.7).
    const below50 = percent !== null && ceiling !== null && ceiling < 50;
    return { code: a.code, name: a.name, max: w.max, applicableMax: a.applicableMax, final, percent, below50 };
  });

  // The topmost N/A criteria: a parent whose children are all N/A stands for them (SPEC §4.4).
  const notApplicable = works
    .filter((w) => w.node.notApplicable && !(w.code.parent && byCode.get(w.code.parent)?.node.notApplicable))
    .map((w) => w.node);
  const awaitingSurvey = nodes.filter((n) => n.awaitingSurvey);

  const status = {} as Record<ScoreColumn, ColumnStatus>;
  for (const c of SCORE_COLUMNS) status[c] = columnStatus(nodes, c, present);

  const guidanceRows: GuidanceRow[] = [];
  const attached = new Map<number, GuidanceRow>();
  for (const n of nodes) for (const g of n.guidance.rows) if (g.source === 'guidance') attached.set(g.row, g);
  for (const r of table.rows) {
    if (!isGuidance(grid, r, columns)) continue;
    guidanceRows.push(attached.get(r.row) ?? guidanceRowOf(grid, r.row, columns, 'guidance').row);
  }
  const parsedCount = guidanceRows.filter((g) => g.parsed).length;

  const model: ScoreModel = {
    sheet: table.sheet,
    columns,
    scoreColumns: present,
    columnStatus: status,
    finalColumn: finalColumnOf(status),
    scored,
    areas,
    nodes,
    total,
    maxTotal,
    applicableMax,
    totals,
    index,
    indexCeiling,
    rating: ratingOf(index, config.ratingBands),
    provisional: awaitingSurvey.length > 0,
    areaSummaries,
    notApplicable,
    awaitingSurvey,
    guidance: { parsed: parsedCount, unparsed: guidanceRows.length - parsedCount, rows: guidanceRows },
  };
  return { model, hierarchy };
}
