// SPEC §6: statistics annex rules. (Placeholder until the statistics issue lands.)
import type { StatisticsSummary } from '../../report/schema';
import type { StatisticsTable } from '../detect/types';
import type { RuleContext, RuleResult } from './context';

export function checkStatistics(table: StatisticsTable, _ctx: RuleContext): RuleResult<StatisticsSummary> {
  return {
    findings: [],
    summary: {
      indicators: table.rows.filter((r) => r.kind === 'coded' || r.kind === 'item').length,
      filled: 0,
      computed: 0,
      years: table.years.map((y) => y.year),
    },
  };
}
