// `cchc generate` and the add-in's Tạo phụ lục (SPEC §9, §10, issue 8): a form laid out like the
// official one (Phụ lục I, Phụ lục II, the score sheet), its computed cells planned by the fill,
// optionally carrying a unit's data from its existing workbook (`--from`). Pure: workbooks in as
// Grids, a SheetForm out; the adapters write it.
import type { Config } from '../../report/config';
import { planFill } from '../fill';
import type { CellWrite, WritePlan } from '../fill/plan';
import type { WorkbookGrids } from '../grid';
import { BANG_1 } from './data/bang1';
import { BANG_2 } from './data/bang2';
import type { CriteriaSet } from './data/types';
import { finishForm, type Draft, type Planner } from './draft';
import { phuLuc1Draft } from './phuLuc1';
import { phuLuc2Draft } from './phuLuc2';
import { scoreSheetDraft, seedCriteria, type CriteriaSource } from './scoreSheet';
import { completedTasks, previousFigures, scoreSheetSource, type SourceTable } from './source';
import type { CriteriaChoice, GenerateRequest, ResolvedRequest, SheetForm } from './types';

export const CRITERIA_SETS: Readonly<Record<CriteriaChoice, CriteriaSet>> = { so: BANG_1, huyen: BANG_2 };

export interface GenerateInput {
  request: GenerateRequest;
  /** `--from`: the unit's workbook to carry data from (never changed). */
  from?: WorkbookGrids | null;
  /** `--criteria FILE`: a workbook holding the criteria table of the score sheet. */
  criteria?: WorkbookGrids | null;
  config?: Config;
  /** The fill that plans the computed cells (default: the engine's planFill). */
  planner?: Planner;
}

/** What the new form took from `--from`. */
export type Carried =
  | { kind: 'none' }
  | { kind: 'tasks'; source: SourceTable; tasks: number; sections: number }
  | { kind: 'figures'; source: SourceTable; values: number; year: number }
  | { kind: 'scores'; source: SourceTable; scores: number };

/** Why a form could not be made from what was given. */
export type GenerateProblem =
  /** `--from` holds no plan task table with tasks (Phụ lục I). */
  | { kind: 'noPlanTable' }
  /** `--from` holds no statistics table with a column for year N−1 (Phụ lục II). */
  | { kind: 'noStatisticsYear'; year: number }
  /** `--from` / `--criteria` holds no criteria score table. */
  | { kind: 'noScoreTable'; option: 'from' | 'criteria' };

export type GenerateOutcome =
  | { ok: true; form: SheetForm; carried: Carried; request: ResolvedRequest }
  | { ok: false; problem: GenerateProblem };

function todayYear(today: string): number {
  return Number(today.slice(0, 4));
}

function resolve(req: GenerateRequest, source: SourceTable | null, sourceYear: number | null): ResolvedRequest {
  return { ...req, year: req.year ?? sourceYear ?? todayYear(req.today), unit: req.unit ?? source?.unit ?? null };
}

function finish(draft: Draft, input: GenerateInput, request: ResolvedRequest): SheetForm {
  return finishForm(draft, input.planner ?? planFill, { today: request.today, config: input.config });
}

export function generateForm(input: GenerateInput): GenerateOutcome {
  const req = input.request;
  const opts = { today: req.today, config: input.config };
  switch (req.kind) {
    case 'phuLuc1': {
      if (!input.from) {
        const request = resolve(req, null, null);
        return { ok: true, form: finish(phuLuc1Draft(request, null), input, request), carried: { kind: 'none' }, request };
      }
      const carried = completedTasks(input.from, opts);
      if (!carried) return { ok: false, problem: { kind: 'noPlanTable' } };
      const request = resolve(req, carried.source, carried.year);
      const form = finish(phuLuc1Draft(request, carried.sections), input, request);
      const sections = carried.sections.filter((s) => s.tasks.length > 0).length;
      return { ok: true, form, carried: { kind: 'tasks', source: carried.source, tasks: carried.tasks, sections }, request };
    }
    case 'phuLuc2': {
      const request = resolve(req, null, null);
      if (!input.from) return { ok: true, form: finish(phuLuc2Draft(request, null), input, request), carried: { kind: 'none' }, request };
      const carried = previousFigures(input.from, request.year, opts);
      if (!carried) return { ok: false, problem: { kind: 'noStatisticsYear', year: request.year - 1 } };
      const withUnit = resolve(req, carried.source, null);
      const form = finish(phuLuc2Draft(withUnit, carried.figures), input, withUnit);
      return { ok: true, form, carried: { kind: 'figures', source: carried.source, values: carried.figures.size, year: carried.year }, request: withUnit };
    }
    case 'scoreSheet': {
      let criteria: CriteriaSource = seedCriteria(CRITERIA_SETS[req.criteria]);
      if (input.criteria) {
        const table = scoreSheetSource(input.criteria, opts);
        if (!table) return { ok: false, problem: { kind: 'noScoreTable', option: 'criteria' } };
        criteria = table.criteria;
      }
      if (!input.from) {
        const request = resolve(req, null, null);
        return { ok: true, form: finish(scoreSheetDraft(request, criteria, null), input, request), carried: { kind: 'none' }, request };
      }
      const carried = scoreSheetSource(input.from, opts);
      if (!carried) return { ok: false, problem: { kind: 'noScoreTable', option: 'from' } };
      // Without --criteria, the unit's own table's criteria: its scores fit them.
      if (!input.criteria) criteria = carried.criteria;
      const request = resolve(req, carried.source, carried.source.year);
      const form = finish(scoreSheetDraft(request, criteria, carried.scores), input, request);
      return { ok: true, form, carried: { kind: 'scores', source: carried.source, scores: carried.scored }, request };
    }
    default: {
      const never: never = req.kind;
      throw new Error(`unknown form ${String(never)}`);
    }
  }
}

/**
 * The cells of a form as a WritePlan on a new sheet (every cell was empty before): what an
 * adapter writes as values and formulas, the formatting coming from the form itself.
 */
export function formWritePlan(form: SheetForm, sheet: string = form.name): WritePlan {
  const writes: CellWrite[] = [];
  form.rows.forEach((line, i) =>
    line.forEach((c, j) => {
      if (!c) return;
      if (c.formula !== undefined) writes.push({ sheet, row: i + 1, col: j + 1, formula: c.formula, value: null, old: { v: null } });
      else if (c.value !== null && c.value !== undefined && c.value !== '') writes.push({ sheet, row: i + 1, col: j + 1, value: c.value, old: { v: null } });
    }),
  );
  return { writes, findings: [] };
}

export { FORM_KINDS } from './types';
export { formGrid } from './draft';
export type { CriteriaChoice, FormKind, GenerateRequest, ResolvedRequest, SheetForm } from './types';
export type { SourceTable } from './source';
