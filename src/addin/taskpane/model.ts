// What the pane shows, computed from the report: findings grouped by table → rule → cells (SPEC §10:
// never a flat list of thousands of cells), the summary card, the cells to highlight. Pure
// functions, tested without React or Excel.
import { parseRectA1, type Grid, type Rect, type WorkbookGrids } from '../../engine/grid';
import type { Issue, Report, Severity, TableReport } from '../../report/schema';
import type { Dismissal, DismissalKey, HighlightRequest } from '../ops';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function issueKey(i: DismissalKey): string {
  return `${i.sheet}\u0000${i.cell}\u0000${i.code}`;
}

export interface CellItem {
  key: string;
  issue: Issue;
}

export interface RuleGroup {
  code: string;
  severity: Severity;
  rule?: string;
  items: CellItem[];
}

export interface TableGroup {
  key: string;
  /** Index into report.tables; null for findings about the whole file. */
  index: number | null;
  table: TableReport | null;
  rules: RuleGroup[];
  /** Shown (not dismissed, not filtered out) findings by severity. */
  counts: Record<Severity, number>;
}

export interface Scope {
  /** Only this sheet's tables and findings; null for the whole workbook. */
  sheet: string | null;
  severities: ReadonlySet<Severity>;
  /** Dismissed findings are listed too (as dismissed), or left out. */
  showDismissed: boolean;
}

/** The report's issues with their dismissals attached (SPEC §7: reported as dismissed, never dropped). */
export function withDismissals(issues: Issue[], dismissals: Dismissal[]): Issue[] {
  const byKey = new Map(dismissals.map((d) => [issueKey(d), d]));
  return issues.map((i) => {
    const d = byKey.get(issueKey(i));
    return d ? { ...i, dismissed: { reason: d.reason } } : i;
  });
}

function inScope(sheet: string, scope: Scope): boolean {
  return scope.sheet === null || sheet === '' || sheet === scope.sheet;
}

export function groupFindings(report: Report, dismissals: Dismissal[], scope: Scope): TableGroup[] {
  const issues = withDismissals(report.issues, dismissals);
  const groups = new Map<string, TableGroup>();
  const order: string[] = [];
  const groupFor = (index: number | null): TableGroup => {
    const key = index === null ? 'file' : `t${index}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, index, table: index === null ? null : (report.tables[index] ?? null), rules: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(key, g);
      order.push(key);
    }
    return g;
  };
  // Every table in scope is listed, even one without findings.
  report.tables.forEach((t, i) => {
    if (inScope(t.sheet, scope)) groupFor(i);
  });
  for (const issue of issues) {
    if (!inScope(issue.sheet, scope)) continue;
    if (!scope.severities.has(issue.severity)) continue;
    if (issue.dismissed && !scope.showDismissed) continue;
    const g = groupFor(issue.table ?? null);
    let rule = g.rules.find((r) => r.code === issue.code);
    if (!rule) {
      rule = { code: issue.code, severity: issue.severity, rule: issue.rule, items: [] };
      g.rules.push(rule);
    }
    rule.items.push({ key: issueKey(issue), issue });
    if (!issue.dismissed) g.counts[issue.severity]++;
  }
  const out = order.map((k) => groups.get(k) as TableGroup);
  for (const g of out) g.rules.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.code < b.code ? -1 : 1));
  // Findings about the whole file (table.notFound) come last.
  return out.sort((a, b) => (a.index === null ? 1 : 0) - (b.index === null ? 1 : 0));
}

export interface SummaryData {
  scoreSheets: Array<{ sheet: string; range: string; index: number | null; rating: string | null; provisional: boolean; areasBelow50: string[] }>;
  plans: Array<{ sheet: string; range: string; completion: number | null; overdue: number }>;
  errors: number;
  warnings: number;
}

export function summarize(report: Report, dismissals: Dismissal[], sheet: string | null): SummaryData {
  const data: SummaryData = { scoreSheets: [], plans: [], errors: 0, warnings: 0 };
  for (const t of report.tables) {
    if (sheet !== null && t.sheet !== sheet) continue;
    if (t.kind === 'scoreSheet') {
      data.scoreSheets.push({
        sheet: t.sheet,
        range: t.range,
        index: t.summary.indexPercent,
        rating: t.summary.rating,
        provisional: t.summary.provisional,
        areasBelow50: t.summary.areas.filter((a) => a.below50).map((a) => `${a.code} (${a.percent ?? 0}%)`),
      });
    } else if (t.kind === 'planTasks') {
      data.plans.push({ sheet: t.sheet, range: t.range, completion: t.summary.completionPercent, overdue: t.summary.overdue.length });
    }
  }
  for (const i of withDismissals(report.issues, dismissals)) {
    if (i.dismissed || !inScope(i.sheet, { sheet, severities: new Set(), showDismissed: false })) continue;
    if (i.severity === 'error') data.errors++;
    if (i.severity === 'warning') data.warnings++;
  }
  return data;
}

/** The cells to paint: every finding with a cell that is not dismissed. */
export function highlightRequests(report: Report, dismissals: Dismissal[]): HighlightRequest[] {
  return withDismissals(report.issues, dismissals)
    .filter((i) => !i.dismissed && i.cell !== '' && i.sheet !== '' && parseRectA1(i.cell) !== null)
    .map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity, message: i.message }));
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/**
 * Whether an edit touches a recognised table (re-check on edit, issue 7). The rows just under a
 * table count too: typing a new task or criterion there extends it.
 */
export function editTouchesTable(report: Report, sheet: string, address: string): boolean {
  const edited = parseRectA1(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
  if (!edited) return false;
  return report.tables.some((t) => {
    const r = parseRectA1(t.range);
    return t.sheet === sheet && r !== null && intersects({ ...r, bottom: r.bottom + 5 }, edited);
  });
}

/** The workbook with one sheet's Grid replaced (re-check on edit reads only that sheet). */
export function replaceSheet(wb: WorkbookGrids, grid: Grid): WorkbookGrids {
  return { sheets: wb.sheets.map((g) => (g.sheet === grid.sheet ? grid : g)) };
}

/** Today's date in the user's time zone, ISO. */
export function todayIso(now: Date): string {
  const m = now.getMonth() + 1;
  const d = now.getDate();
  return `${now.getFullYear()}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
