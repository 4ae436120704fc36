// SPEC §5: plan task rules. (Placeholder until the plan-task issue lands.)
import type { PlanTasksSummary } from '../../report/schema';
import type { PlanTasksTable } from '../detect/types';
import type { RuleContext, RuleResult } from './context';

export function checkPlanTasks(table: PlanTasksTable, _ctx: RuleContext): RuleResult<PlanTasksSummary> {
  const tasks = table.rows.filter((r) => r.kind === 'coded' || r.kind === 'item').length;
  return {
    findings: [],
    summary: { tasks, completed: 0, completionPercent: null, overdue: [], dueSoon: [], recurring: 0, external: 0, unparsed: 0 },
  };
}
