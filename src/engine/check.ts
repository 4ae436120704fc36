// The one entry point: checkWorkbook(grids, options) → Report (SPEC §8, §9).
import type { Config } from '../report/config';
import { DEFAULT_CONFIG } from '../report/defaults';
import type { Issue, Report, TableReport } from '../report/schema';
import { detectTables } from './detect';
import type { DetectedTable } from './detect/types';
import { colLetter, rectA1, type WorkbookGrids } from './grid';
import { finding, toIssue, type Finding, type Lang } from './messages';
import { runRules } from './rules';
import { htmlMarkupFindings } from './rules/cells';

export interface CheckOptions {
  /** The file name shown in the report. */
  file: string;
  /** As-of date, ISO (YYYY-MM-DD). */
  today: string;
  lang?: Lang;
  config?: Config;
}

export interface CheckResult {
  report: Report;
  /** The detected tables, in report order (for fill, generate and the add-in). */
  tables: DetectedTable[];
  findings: Finding[];
}

function columnLetters(columns: Partial<Record<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, col] of Object.entries(columns)) if (col !== undefined) out[role] = colLetter(col);
  return out;
}

export function analyseWorkbook(wb: WorkbookGrids, opts: CheckOptions): CheckResult {
  const config = opts.config ?? DEFAULT_CONFIG;
  const tables = detectTables(wb);
  const findings: Finding[] = [];
  const tableReports: TableReport[] = [];
  tables.forEach((table, index) => {
    const grid = wb.sheets.find((g) => g.sheet === table.sheet);
    if (!grid) return;
    const { findings: found, summary } = runRules(table, { grid, workbook: wb, tables, today: opts.today, config });
    for (const f of [...htmlMarkupFindings(table, grid), ...found]) findings.push({ ...f, table: index });
    const columns = columnLetters(table.columns);
    if (table.kind === 'statistics') for (const y of table.years) columns[`year${y.year}`] = colLetter(y.col);
    const base = {
      sheet: table.sheet,
      range: rectA1(table.range),
      headerRows: table.headerRows,
      columns,
      year: table.year,
      rows: table.rows.length,
      ...(table.title.title ? { title: table.title.title } : {}),
      ...(table.title.label ? { label: table.title.label } : {}),
      ...(table.title.unit ? { unit: table.title.unit } : {}),
    };
    tableReports.push({ ...base, kind: table.kind, summary } as TableReport);
  });
  if (tables.length === 0) findings.push(finding('', '', 'table.notFound', {}));
  const lang = opts.lang ?? 'vi';
  const issues: Issue[] = findings.map((f) => toIssue(f, lang));
  return {
    report: { schema: 'cchc-report/1', file: opts.file, today: opts.today, tables: tableReports, issues },
    tables,
    findings,
  };
}

export function checkWorkbook(wb: WorkbookGrids, opts: CheckOptions): Report {
  return analyseWorkbook(wb, opts).report;
}
