// The engine the add-in tests run: the real one, with stand-ins only where it is still a
// placeholder. While the score-sheet rules return no finding, two SPEC §4.3 checks on the self
// column are added (score.exceedsMax, score.sumMismatch); while planFill plans nothing, parent
// scores get `=SUM(children)` (SPEC §7). As soon as the real rules or fill produce something for a
// table, the real output is used as it is, and the tests (which compare the pane with whatever
// this returns) then exercise the real engine.
import { analyseWorkbook, type CheckOptions, type CheckResult } from '../../src/engine/check';
import type { ScoreSheetTable } from '../../src/engine/detect/types';
import { planFill, type FillOptions } from '../../src/engine/fill';
import type { CellWrite, WritePlan } from '../../src/engine/fill/plan';
import { a1, cellAt, colLetter, type Grid, type WorkbookGrids } from '../../src/engine/grid';
import { finding, toIssue, type Finding } from '../../src/engine/messages';
import type { EngineOps } from '../../src/addin/ops';

export interface TestEngineUse {
  /** Findings were added by the stand-in rules. */
  findings: boolean;
  /** The fill plan came from the stand-in. */
  fill: boolean;
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^[+-]?\d+([.,]\d+)?$/.test(v.trim())) return Number(v.trim().replace(',', '.'));
  return null;
}

interface ScoreRow {
  row: number;
  code: string;
}

function scoreRows(table: ScoreSheetTable): ScoreRow[] {
  return table.rows.filter((r) => r.kind === 'coded' && r.code?.kind === 'arabic').map((r) => ({ row: r.row, code: r.code?.text ?? '' }));
}

function childrenOf(parent: ScoreRow, rows: ScoreRow[]): ScoreRow[] {
  const depth = parent.code.split('.').length;
  return rows.filter((r) => r.code.startsWith(`${parent.code}.`) && r.code.split('.').length === depth + 1);
}

function standInFindings(table: ScoreSheetTable, grid: Grid): Finding[] {
  const col = table.columns.self;
  const maxCol = table.columns.max;
  if (col === undefined || maxCol === undefined) return [];
  const rows = scoreRows(table);
  const out: Finding[] = [];
  for (const r of rows) {
    const value = toNumber(cellAt(grid, r.row, col)?.v);
    const max = toNumber(cellAt(grid, r.row, maxCol)?.v);
    if (value === null) continue;
    if (max !== null && value > max) out.push(finding(table.sheet, a1(r.row, col), 'score.exceedsMax', { column: 'self', value, max }));
    const kids = childrenOf(r, rows);
    if (kids.length) {
      const sum = kids.reduce((n, k) => n + (toNumber(cellAt(grid, k.row, col)?.v) ?? 0), 0);
      if (Math.abs(sum - value) > 1e-9) out.push(finding(table.sheet, a1(r.row, col), 'score.sumMismatch', { column: 'self', code: r.code, value, sum }));
    }
  }
  return out;
}

export function analyseForTests(wb: WorkbookGrids, opts: CheckOptions, use?: TestEngineUse): CheckResult {
  const result = analyseWorkbook(wb, opts);
  const extra: Finding[] = [];
  result.tables.forEach((table, index) => {
    if (table.kind !== 'scoreSheet') return;
    if (result.findings.some((f) => f.table === index)) return;
    const grid = wb.sheets.find((g) => g.sheet === table.sheet);
    if (grid) for (const f of standInFindings(table, grid)) extra.push({ ...f, table: index });
  });
  if (extra.length === 0) return result;
  if (use) use.findings = true;
  const findings = [...result.findings, ...extra];
  return { ...result, findings, report: { ...result.report, issues: findings.map((f) => toIssue(f, opts.lang ?? 'vi')) } };
}

function standInPlan(wb: WorkbookGrids, opts: FillOptions): WritePlan {
  const { tables } = analyseWorkbook(wb, opts);
  const writes: CellWrite[] = [];
  for (const table of tables) {
    if (table.kind !== 'scoreSheet' || table.columns.self === undefined) continue;
    const grid = wb.sheets.find((g) => g.sheet === table.sheet);
    if (!grid) continue;
    const col = table.columns.self;
    const rows = scoreRows(table);
    const valueOf = (row: number): number => toNumber(cellAt(grid, row, col)?.v) ?? 0;
    // Children first, so a parent's value is the sum of its children's new values.
    const computed = new Map<number, number>();
    const total = (r: ScoreRow): number => {
      const kids = childrenOf(r, rows);
      if (kids.length === 0) return valueOf(r.row);
      const cached = computed.get(r.row);
      if (cached !== undefined) return cached;
      const sum = kids.reduce((n, k) => n + total(k), 0);
      computed.set(r.row, sum);
      return sum;
    };
    for (const r of rows) {
      const kids = childrenOf(r, rows);
      if (kids.length === 0) continue;
      const cell = cellAt(grid, r.row, col);
      const formula = `SUM(${kids.map((k) => `${colLetter(col)}${k.row}`).join(',')})`;
      const value = total(r);
      if (cell?.f !== undefined && cell.f.replace(/\s/g, '').toUpperCase() === formula) continue; // a second fill writes nothing
      const write: CellWrite = { sheet: table.sheet, row: r.row, col, value, old: cell?.f !== undefined ? { v: cell.v, f: cell.f } : { v: cell?.v ?? null } };
      if (opts.values) write.value = value;
      else write.formula = formula;
      const old = toNumber(cell?.v);
      if (cell?.f === undefined && old !== null && Math.abs(old - value) > 1e-9) write.note = `Giá trị nhập tay trước khi điền: ${String(cell?.v)}`;
      writes.push(write);
    }
  }
  return { writes, findings: [] };
}

export function planFillForTests(wb: WorkbookGrids, opts: FillOptions, use?: TestEngineUse): WritePlan {
  const real = planFill(wb, opts);
  if (real.writes.length) return real;
  const plan = standInPlan(wb, opts);
  if (use && plan.writes.length) use.fill = true;
  return plan;
}

/** The EngineOps the test pane runs with; `use` records which stand-ins were needed. */
export function testEngine(use: TestEngineUse = { findings: false, fill: false }): EngineOps & { use: TestEngineUse } {
  return {
    use,
    analyse: (wb, opts) => analyseForTests(wb, opts, use),
    planFill: (wb, opts) => planFillForTests(wb, opts, use),
    generateAvailable: false,
  };
}
