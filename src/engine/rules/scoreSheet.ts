// SPEC §4: score sheet rules. (Placeholder until the score-sheet issue lands.)
import type { ScoreSheetSummary } from '../../report/schema';
import type { ScoreSheetTable } from '../detect/types';
import type { RuleContext, RuleResult } from './context';

export function checkScoreSheet(table: ScoreSheetTable, _ctx: RuleContext): RuleResult<ScoreSheetSummary> {
  return {
    findings: [],
    summary: {
      maxTotal: 0,
      applicableMax: 0,
      totals: { self: null, appraised: null, rechecked: null, survey: null, final: null },
      indexPercent: null,
      rating: null,
      provisional: false,
      areas: [],
      naCriteria: [],
      awaitingSurvey: [],
      guidance: { parsed: 0, unparsed: table.rows.filter((r) => r.kind === 'guidance').length },
    },
  };
}
