// SPEC §2.4: assignment table rules. (Placeholder until the assignment issue lands.)
import type { AssignmentSummary } from '../../report/schema';
import type { AssignmentTable } from '../detect/types';
import type { RuleContext, RuleResult } from './context';

export function checkAssignment(table: AssignmentTable, _ctx: RuleContext): RuleResult<AssignmentSummary> {
  return {
    findings: [],
    summary: { criteria: table.rows.filter((r) => r.kind === 'coded').length, unassigned: [], owners: {} },
  };
}
