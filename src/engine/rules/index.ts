// One rule set per table kind (SPEC §4–§6); check.ts calls them through here.
import type { TableReport } from '../../report/schema';
import type { DetectedTable } from '../detect/types';
import type { Finding } from '../messages/catalog';
import { checkAssignment } from './assignment';
import type { RuleContext } from './context';
import { checkPlanTasks } from './planTasks';
import { checkScoreSheet } from './scoreSheet';
import { checkStatistics } from './statistics';

export type AnySummary = TableReport['summary'];

export function runRules(table: DetectedTable, ctx: RuleContext): { findings: Finding[]; summary: AnySummary } {
  switch (table.kind) {
    case 'scoreSheet':
      return checkScoreSheet(table, ctx);
    case 'planTasks':
      return checkPlanTasks(table, ctx);
    case 'statistics':
      return checkStatistics(table, ctx);
    case 'assignment':
      return checkAssignment(table, ctx);
    default: {
      const never: never = table;
      throw new Error(`unknown table kind ${String(never)}`);
    }
  }
}
