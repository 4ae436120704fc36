// What every rule gets besides its table.
import type { Config } from '../../report/config';
import type { DetectedTable } from '../detect/types';
import type { Grid, WorkbookGrids } from '../grid';
import type { Finding } from '../messages/catalog';

export interface RuleContext {
  /** The sheet the table is on. */
  grid: Grid;
  workbook: WorkbookGrids;
  /** Every table of the workbook, for checks across tables (assignment ↔ score sheet). */
  tables: readonly DetectedTable[];
  /** As-of date, ISO (YYYY-MM-DD). */
  today: string;
  config: Config;
}

export interface RuleResult<S> {
  findings: Finding[];
  summary: S;
}
