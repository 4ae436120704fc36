// The statistics annex read once (SPEC §2.2): every indicator row with its unit, its year cells
// and its group. Checks (statistics.ts) and computed percentages (computations.ts) share it.
import type { StatisticsTable, TableRow } from '../../detect/types';
import { a1, cellAt, type Cell, type Grid } from '../../grid';
import { readText } from '../../text/read';
import { buildHierarchy, type CodeNode, type Hierarchy } from '../hierarchy';
import { mergedCellsOf } from '../mergedCells';
import { parseUnit, type Unit, type UnitKind } from './units';
import { cellLines, readStatCell, type CellRead } from './values';
import { wordsOf } from './pairs';

export interface YearCell {
  year: number;
  row: number;
  col: number;
  cell: string;
  read: CellRead;
  /**
   * The two-cell layout of a count with its percentage: the row below (a continuation row, its
   * indicator and unit cells blank or merged with the row above) holds the percentage.
   */
  percentCell?: { row: number; col: number; cell: string; read: CellRead };
}

export interface Indicator {
  row: number;
  /** The indicator text, cleaned. */
  label: string;
  /** Folded words for the pairing vocabulary (pairs.ts wordsOf). */
  words: string;
  /** May be a part or a whole (pairs.ts): one counted indicator on the row. */
  pairable: boolean;
  /** May be a pair's rate row: its unit is "%". */
  isRate: boolean;
  unit: Unit;
  /** A1 of the unit cell (where stat.unknownUnit points). */
  unitCell: string;
  years: YearCell[];
  /** Rows sharing a parent code (a node's un-coded sub-indicators and its coded children). */
  group: number;
  /** Rows under one top-level code (seed 004: area 6 "Xây dựng … chính quyền số"). */
  area: number;
}

export interface StatModel {
  table: StatisticsTable;
  grid: Grid;
  hierarchy: Hierarchy;
  indicators: Indicator[];
  /** Indicators by group, and by area, in sheet order. */
  groups: Map<number, Indicator[]>;
  areas: Map<number, Indicator[]>;
}

/** The unit of a cell; a sheet has a few dozen distinct unit cells, each read once. */
function unitOf(cell: Cell | null, cache: Map<Cell['v'], Unit>): Unit {
  const key = cell?.v ?? null;
  const cached = typeof key === 'object' ? undefined : cache.get(key);
  if (cached) return cached;
  const unit = parseUnit(cellLines(cell).join('\n'));
  if (typeof key !== 'object' || key === null) cache.set(key, unit);
  return unit;
}

function rootOf(node: CodeNode): CodeNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/**
 * The group (its parent node's row) and area (its top-level node's row) of every row; rows with
 * no node above them in a Roman section: that section, as −1 − its index.
 */
function groupsOf(table: StatisticsTable, hierarchy: Hierarchy): { group: Map<number, number>; area: Map<number, number> } {
  const group = new Map<number, number>();
  const area = new Map<number, number>();
  for (const node of hierarchy.nodes) {
    const root = rootOf(node).row.row;
    group.set(node.row.row, node.parent ? node.parent.row.row : -1 - node.section);
    area.set(node.row.row, root);
    for (const item of node.items) {
      group.set(item.row, node.row.row);
      area.set(item.row, root);
    }
  }
  let section = 0;
  for (const row of table.rows) {
    if (row.kind === 'section' || row.startsSection) section++;
    if (!group.has(row.row)) {
      group.set(row.row, -1 - section);
      area.set(row.row, -1 - section);
    }
  }
  return { group, area };
}

function add(map: Map<number, Indicator[]>, key: number, ind: Indicator): void {
  const list = map.get(key);
  if (list) list.push(ind);
  else map.set(key, [ind]);
}

const PAIRABLE_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['count', 'countPercent', 'unknown']);

function isIndicatorRow(row: TableRow): boolean {
  return row.kind === 'coded' || row.kind === 'item';
}

export function buildModel(table: StatisticsTable, grid: Grid): StatModel {
  const hierarchy = buildHierarchy(table, grid);
  const groupOf = groupsOf(table, hierarchy);
  const unitCol = table.columns.unit;
  const indicatorCol = table.columns.indicator;
  const unitMerges = unitCol === undefined ? new Map() : mergedCellsOf(grid, unitCol);
  const indicators: Indicator[] = [];
  const groups = new Map<number, Indicator[]>();
  const areas = new Map<number, Indicator[]>();
  /** A sheet has a few dozen distinct units: each is parsed once. */
  const units = new Map<Cell['v'], Unit>();
  for (const row of table.rows) {
    if (!isIndicatorRow(row)) continue;
    let unitPos = unitCol === undefined ? undefined : { row: row.row, col: unitCol };
    if (unitPos && unitMerges.has(row.row)) unitPos = unitMerges.get(row.row);
    const unit = unitOf(unitPos ? cellAt(grid, unitPos.row, unitPos.col) : null, units);
    const years: YearCell[] = [];
    let filled = false;
    const percentRow = unit.kind === 'countPercent' ? row.continuations?.[0] : undefined;
    for (const y of table.years) {
      const read = readStatCell(grid, row.row, y.col, unit.kind, unit.lines);
      const cell: YearCell = { year: y.year, row: row.row, col: y.col, cell: read.numeric.cell, read };
      if (percentRow !== undefined) {
        cell.percentCell = { row: percentRow, col: y.col, cell: a1(percentRow, y.col), read: readStatCell(grid, percentRow, y.col, 'percent', 1) };
      }
      if (read.numeric.kind !== 'empty' || (cell.percentCell && cell.percentCell.read.numeric.kind !== 'empty')) filled = true;
      years.push(cell);
    }
    if (unit.kind === 'none' && !filled) continue; // a heading ("Kế hoạch cải cách hành chính")
    const label = indicatorCol === undefined ? '' : readText(cellAt(grid, row.row, indicatorCol)).text;
    const indicator: Indicator = {
      row: row.row,
      label,
      words: wordsOf(label),
      pairable: unit.lines === 1 && PAIRABLE_KINDS.has(unit.kind),
      isRate: unit.kind === 'percent',
      unit,
      unitCell: unitPos ? a1(unitPos.row, unitPos.col) : '',
      years,
      group: groupOf.group.get(row.row) ?? 0,
      area: groupOf.area.get(row.row) ?? 0,
    };
    indicators.push(indicator);
    add(groups, indicator.group, indicator);
    add(areas, indicator.area, indicator);
  }
  return { table, grid, hierarchy, indicators, groups, areas };
}
