// SPEC §4: the findings of a score sheet, derived from its ScoreModel (analyse.ts). Every rule
// here reads the model only; each finding names the cell to fix.
import type { ScoreSheetSummary } from '../../../report/schema';
import { a1 } from '../../grid';
import { finding, type Finding, type ScoreColumn } from '../../messages/catalog';
import { numericCellFindings } from '../cells';
import { isScoreAllowed } from '../guidance';
import type { Analysis } from './analyse';
import type { CellRef, ColumnNumbers, CriterionNode, MaxCell, ScoreCell, ScoreModel } from './model';
import { roundHalfUp, sameAt2 } from './rating';
import { TOTAL_CODE } from './vocab';

/** SPEC §4.7: below these, no provincial commendation. */
export const INDEX_WARNING = 70;
export const AREA_WARNING = 50;

function maxCellFindings(sheet: string, max: MaxCell | null): Finding[] {
  if (!max) return [];
  if (max.value.kind === 'text') return [finding(sheet, max.ref.a1, 'max.notNumber', { value: max.value.text })];
  // "+/-3" can only be written as text: not a number stored as text.
  if (max.value.kind === 'bonus') return [];
  return numericCellFindings(sheet, max.read, 'max');
}

interface Bounds {
  /** The max the score is held to; null when the max is not a number. */
  max: number | null;
  bonus: boolean;
}

/** SPEC §4.3: a number, 0 ≤ score ≤ max (−N … +N for a bonus/penalty criterion). */
function scoreCellFindings(sheet: string, cell: ScoreCell, bounds: Bounds): { findings: Finding[]; inRange: boolean } {
  const v = cell.value;
  switch (v.kind) {
    case 'empty':
    case 'notApplicable':
      return { findings: [], inRange: true };
    case 'error':
      return { findings: numericCellFindings(sheet, cell.read, 'score'), inRange: false };
    case 'text':
      return { findings: [finding(sheet, cell.ref.a1, 'score.notNumber', { column: cell.column, value: v.text })], inRange: false };
    case 'number': {
      const out = numericCellFindings(sheet, cell.read, 'score');
      const value = roundHalfUp(v.value, 2);
      const max = bounds.max === null ? null : roundHalfUp(bounds.max, 2);
      if (bounds.bonus && max !== null && Math.abs(value) > max) {
        out.push(finding(sheet, cell.ref.a1, 'score.exceedsMax', { column: cell.column, value: v.value, max: bounds.max ?? 0, bonus: true }));
        return { findings: out, inRange: false };
      }
      if (!bounds.bonus && value < 0) {
        out.push(finding(sheet, cell.ref.a1, 'score.negative', { column: cell.column, value: v.value }));
        return { findings: out, inRange: false };
      }
      if (!bounds.bonus && max !== null && value > max) {
        out.push(finding(sheet, cell.ref.a1, 'score.exceedsMax', { column: cell.column, value: v.value, max: bounds.max ?? 0 }));
        return { findings: out, inRange: false };
      }
      return { findings: out, inRange: true };
    }
    default: {
      const never: never = v;
      throw new Error(`unknown score ${String(never)}`);
    }
  }
}

/**
 * SPEC §4.3: a typed parent score (or a formula's cached result) that is not its children's sum.
 * A formula is also right when it equals what Excel's SUM gives, numbers stored as text skipped:
 * those are reported on their own cell (cell.numberAsText), not as a wrong total.
 */
function sumFinding(sheet: string, cell: ScoreCell, code: string, sums: { childSums: ColumnNumbers; excelSums: ColumnNumbers }): Finding[] {
  const sum = sums.childSums[cell.column];
  if (cell.value.kind !== 'number' || sum === null || sum === undefined || sameAt2(cell.value.value, sum)) return [];
  const excel = sums.excelSums[cell.column];
  if (cell.value.formula !== null && excel !== null && excel !== undefined && sameAt2(cell.value.value, excel)) return [];
  return [finding(sheet, cell.ref.a1, 'score.sumMismatch', { column: cell.column, code, value: cell.value.value, sum })];
}

/** SPEC §4.2: a parent's max is the sum of its children's (±N children are left out). */
function maxSumFindings(sheet: string, node: CriterionNode): Finding[] {
  if (node.bonus || node.maxPoints === null || !node.max || node.children.length === 0) return [];
  const counted = node.children.filter((c) => !c.bonus);
  if (counted.length === 0 || counted.some((c) => c.maxPoints === null)) return [];
  const sum = roundHalfUp(counted.reduce((s, c) => s + (c.maxPoints ?? 0), 0), 4);
  return sameAt2(node.maxPoints, sum) ? [] : [finding(sheet, node.max.ref.a1, 'max.sumMismatch', { code: node.code, max: node.maxPoints, sum })];
}

/** SPEC §4.2: "Từ 7 sáng kiến trở lên: 8" under a max of 7 (seed 000, area 8). */
function optionFindings(sheet: string, node: CriterionNode): Finding[] {
  if (node.maxPoints === null) return [];
  const out: Finding[] = [];
  for (const row of node.guidance.rows) {
    for (const o of row.options) {
      const over = node.bonus ? Math.abs(o.value) > node.maxPoints : o.value > node.maxPoints;
      if (over) out.push(finding(sheet, row.ref.a1, 'max.optionExceeds', { code: node.code, option: o.label, value: o.value, max: node.maxPoints }));
    }
  }
  return out;
}

/** SPEC §4.8: a score the guidance cannot give (survey scores have no guidance). */
function allowedFinding(sheet: string, node: CriterionNode, cell: ScoreCell): Finding[] {
  const allowed = node.guidance.allowed;
  if (cell.column === 'survey' || allowed.kind === 'unchecked' || cell.value.kind !== 'number') return [];
  if (isScoreAllowed(allowed, cell.value.value)) return [];
  const range = allowed.kind === 'rate' ? { from: roundHalfUp(allowed.from, 2), to: allowed.to } : {};
  return [finding(sheet, cell.ref.a1, 'score.notAllowed', { column: cell.column, value: cell.value.value, levels: allowed.levels, ...range })];
}

/**
 * SPEC §4.9: a leaf scored above 0 with no evidence and no "giải trình". The unit's own claim is
 * what needs evidence: the self-assessed score (else the score the final comes from); survey
 * criteria need none. Reported on the empty evidence cell, where the fix goes.
 */
function evidenceFinding(model: ScoreModel, node: CriterionNode): Finding[] {
  const col = model.columns.evidence;
  if (col === undefined || node.children.length > 0 || node.survey || node.notApplicable || node.hasEvidence || node.explained) return [];
  const column: ScoreColumn | null = model.scoreColumns.includes('self') ? 'self' : node.finalSource;
  const cell = column ? node.scores[column] : undefined;
  if (!column || cell?.value.kind !== 'number' || cell.value.value <= 0) return [];
  return [finding(model.sheet, a1(node.row, col), 'score.noEvidence', { code: node.code, column, value: cell.value.value })];
}

function nodeFindings(model: ScoreModel, node: CriterionNode): Finding[] {
  const sheet = model.sheet;
  const out: Finding[] = [...maxCellFindings(sheet, node.max), ...maxSumFindings(sheet, node), ...optionFindings(sheet, node)];
  for (const column of model.scoreColumns) {
    const cell = node.scores[column];
    if (!cell) continue;
    const checked = scoreCellFindings(sheet, cell, { max: node.maxPoints, bonus: node.bonus });
    out.push(...checked.findings);
    if (node.children.length > 0) out.push(...sumFinding(sheet, cell, node.code, node));
    if (checked.inRange && !node.notApplicable) out.push(...allowedFinding(sheet, node, cell));
  }
  out.push(...evidenceFinding(model, node));
  return out;
}

function totalFindings(model: ScoreModel): Finding[] {
  const total = model.total;
  if (!total) return [];
  const sheet = model.sheet;
  const out: Finding[] = [...maxCellFindings(sheet, total.max)];
  // SPEC §4.2: the table's total max is the sum of its areas. Only a total written on the sheet
  // is compared: "usually 100" is a habit, not a rule (a criteria set may total otherwise).
  if (total.typedMax !== null && total.typedMaxRef && !sameAt2(total.typedMax, model.maxTotal)) {
    out.push(finding(sheet, total.typedMaxRef.a1, 'total.mismatch', { found: total.typedMax, expected: model.maxTotal }));
  }
  for (const column of model.scoreColumns) {
    const cell = total.scores[column];
    if (!cell) continue;
    out.push(...scoreCellFindings(sheet, cell, { max: total.typedMax ?? model.maxTotal, bonus: false }).findings);
    out.push(...sumFinding(sheet, cell, TOTAL_CODE, total));
  }
  return out;
}

/** Where the index and an area's share are reported: the final-score cell of the row. */
function finalCell(model: ScoreModel, row: number, fallback: CellRef | null): string {
  const col = (model.finalColumn && model.columns[model.finalColumn]) ?? model.columns.max;
  if (col !== undefined) return a1(row, col);
  return fallback?.a1 ?? '';
}

/**
 * SPEC §4.7: index < 70 %, an area < 50 % of its applicable max. While survey scores are pending
 * (the index is provisional), only when even full survey marks could not lift it over the line.
 */
function consequenceFindings(model: ScoreModel): Finding[] {
  const out: Finding[] = [];
  const lastArea = model.areas[model.areas.length - 1];
  if (model.index !== null && (model.indexCeiling ?? model.index) < INDEX_WARNING) {
    const row = model.total?.row ?? lastArea?.row;
    if (row !== undefined) out.push(finding(model.sheet, finalCell(model, row, model.total?.labelRef ?? null), 'index.below70', { index: model.index }));
  }
  model.areaSummaries.forEach((a, i) => {
    const node = model.areas[i];
    if (!a.below50 || a.percent === null) return;
    out.push(finding(model.sheet, finalCell(model, node.row, node.codeRef), 'area.below50', { code: a.code, name: a.name, percent: a.percent }));
  });
  return out;
}

export function scoreSheetFindings({ model, hierarchy }: Analysis): Finding[] {
  return [...hierarchy.findings, ...model.nodes.flatMap((n) => nodeFindings(model, n)), ...totalFindings(model), ...consequenceFindings(model)];
}

export function summaryOf(model: ScoreModel): ScoreSheetSummary {
  return {
    maxTotal: model.maxTotal,
    applicableMax: model.applicableMax,
    totals: { ...model.totals },
    indexPercent: model.index,
    rating: model.rating,
    provisional: model.provisional,
    areas: model.areaSummaries,
    naCriteria: model.notApplicable.map((n) => n.code),
    awaitingSurvey: model.awaitingSurvey.map((n) => n.code),
    guidance: { parsed: model.guidance.parsed, unparsed: model.guidance.unparsed },
  };
}
