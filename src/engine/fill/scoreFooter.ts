// SPEC §7: the applicable maximum, the CCHC index and the rating of a score sheet, below its total
// row: in the cells the sheet already labels for them ("Điểm tối đa áp dụng", "Chỉ số CCHC",
// "Xếp loại", found by their text in the rows under the total), else in three labelled rows
// written into the empty rows after the total, one blank row left between (label in the criterion
// column, value in the final-score column). Rows are never inserted; where those rows are not
// empty, fill.noRoom and nothing is written there.
//
// Decisions (issue 10 §1):
// - Final-score column: the rightmost of self → appraised → rechecked holding a score for every
//   applicable leaf (complete), else the rightmost partly filled one. Nothing is written before
//   any score, nor when its total cell holds no number after the fill or its sum was refused
//   (#REF! below it).
// - Applicable max: =C60 or =C60-C12-C40 (the total's max cell less the topmost N/A criteria's
//   max cells, SPEC §4.4); the total max as a number (=100-C12) when the total row's max cell is
//   empty ("Tổng điểm : 100" in its label, seed 000); the engine's number, as a value, when such a
//   formula would not give it (a max stored as text, a typed total that is not the areas' sum).
// - Index: =ROUND(total/applicableMax*100,2). The engine's value instead, with a note saying why
//   (fill.indexValue), when a later column is only partly filled (each criterion then takes its
//   own final score, SPEC §4.5) or when survey (ĐTXHH) scores sit in a column of their own.
// - Rating: a nested IF over the configured bands, reading the index cell.
// - A labelled layout is used as found: only the labelled cells are written; a formula needing a
//   cell the sheet does not label carries its expression inline.
import type { RatingBandValue } from '../../report/defaults';
import type { ScoreSheetTable } from '../detect/types';
import { a1, cellAt, mergeAt, rightCol, type Grid, type Scalar } from '../grid';
import { finding } from '../messages';
import type { ScoreColumn, ScoreModel } from '../rules/scoreSheet';
import { roundHalfUp } from '../rules/scoreSheet/rating';
import { fold } from '../text/normalize';
import { readText } from '../text/read';
import { place, valueAfter, type AfterFill, type FillContext, type Refused, type TextPolicy } from './cells';
import { formulaNumber, ratingFormula, ratingValue, type Ref } from './formulas';
import { indexValueNote, type IndexReason } from './notes';

type FooterKind = 'applicableMax' | 'index' | 'rating';
const FOOTER_KINDS: readonly FooterKind[] = ['applicableMax', 'index', 'rating'];

/** The labels the fill writes, and the labels it recognises below a total row (vocabulary as data). */
const FOOTER_LABELS: Record<FooterKind, { write: string; match: readonly string[] }> = {
  applicableMax: { write: 'Điểm tối đa áp dụng', match: ['Điểm tối đa áp dụng', 'Tổng điểm tối đa áp dụng', 'Điểm tối đa được áp dụng'] },
  index: { write: 'Chỉ số CCHC', match: ['Chỉ số CCHC', 'Chỉ số cải cách hành chính'] },
  rating: { write: 'Xếp loại', match: ['Xếp loại'] },
};
const FOLDED_LABELS: ReadonlyArray<readonly [FooterKind, readonly string[]]> = FOOTER_KINDS.map((k) => [k, FOOTER_LABELS[k].match.map(fold)] as const);

/** How far below the total row labelled cells are looked for. */
const LABEL_LOOKAHEAD = 10;
/** One blank row, then the three labelled rows (SPEC §7). */
const BLANK_ROWS = 1;

const RANKED: readonly ScoreColumn[] = ['self', 'appraised', 'rechecked'];

interface Slot {
  value: Ref;
  /** A label to write (new rows only). */
  label?: Ref;
}

type Slots = Partial<Record<FooterKind, Slot>>;

export function finalScoreColumn(model: ScoreModel): { column: ScoreColumn; later: ScoreColumn | null } | null {
  const status = model.columnStatus;
  const present = RANKED.filter((c) => status[c] !== 'absent');
  const complete = [...present].reverse().find((c) => status[c] === 'complete');
  if (complete) {
    const later = present.slice(present.indexOf(complete) + 1).find((c) => status[c] === 'partial') ?? null;
    return { column: complete, later };
  }
  const partial = [...present].reverse().find((c) => status[c] === 'partial');
  return partial ? { column: partial, later: null } : null;
}

function labelKind(text: string): FooterKind | null {
  const t = fold(text);
  for (const [kind, phrases] of FOLDED_LABELS) if (phrases.some((p) => t.startsWith(p))) return kind;
  return null;
}

/** Where a label's value goes: the final-score column on its row, else the first cell right of
 * the label (and of the merged range the label spans). */
function valueCellOf(grid: Grid, row: number, col: number, finalCol: number): Ref {
  const m = mergeAt(grid, row, col);
  const end = m && m.top === row && m.left === col ? m.right : col;
  return { row, col: finalCol > end ? finalCol : end + 1 };
}

/** Labelled cells under the total row, or null when the sheet labels none. */
function labelledSlots(grid: Grid, totalRow: number, finalCol: number): Slots | null {
  const slots: Slots = {};
  let found = false;
  const last = Math.min(totalRow + LABEL_LOOKAHEAD, grid.top + grid.rows.length - 1);
  for (let row = totalRow + 1; row <= last; row++) {
    for (let col = grid.left; col <= rightCol(grid); col++) {
      const cell = cellAt(grid, row, col);
      if (typeof cell?.v !== 'string') continue;
      const kind = labelKind(readText(cell).text);
      if (kind === null || slots[kind]) continue;
      slots[kind] = { value: valueCellOf(grid, row, col, finalCol) };
      found = true;
    }
  }
  return found ? slots : null;
}

function rowIsFree(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const cell = cellAt(grid, row, col);
    if (cell && (cell.f !== undefined || !(cell.v === null || (typeof cell.v === 'string' && cell.v.trim() === '')))) return false;
  }
  return !grid.merges.some((m) => m.top <= row && m.bottom >= row && m.left <= right && m.right >= left);
}

/** Three new labelled rows after one blank row, or null (fill.noRoom) when those rows are taken. */
function newSlots(ctx: FillContext, model: ScoreModel, table: ScoreSheetTable, totalRow: number, finalCol: number): Slots | null {
  const labelCol = model.columns.criterion ?? model.columns.code ?? table.range.left;
  const first = totalRow + 1;
  const last = totalRow + BLANK_ROWS + FOOTER_KINDS.length;
  const left = Math.min(table.range.left, labelCol, finalCol);
  const right = Math.max(table.range.right, labelCol, finalCol);
  for (let row = first; row <= last; row++) {
    if (!rowIsFree(ctx.grid, row, left, right)) {
      ctx.findings.push(finding(ctx.sheet, a1(first, labelCol), 'fill.noRoom', { rows: `${first}–${last}` }));
      return null;
    }
  }
  const slots: Slots = {};
  FOOTER_KINDS.forEach((kind, i) => {
    const row = first + BLANK_ROWS + i;
    slots[kind] = { value: { row, col: finalCol }, label: { row, col: labelCol } };
  });
  return slots;
}

/** The applicable max as a formula (or null) giving the engine's number. */
function applicableMaxFormula(model: ScoreModel): string | null {
  const total = model.total;
  const maxCell = total?.max;
  const plain = (m: NonNullable<typeof maxCell>) => m.value.kind === 'points' && m.read.kind === 'number' && !m.read.fromText;
  const na = model.notApplicable.map((n) => n.max);
  if (na.some((m) => !m || !plain(m))) return null;
  const naRefs = na.map((m) => (m as NonNullable<typeof m>).ref.a1);
  const naSum = na.reduce((s, m) => s + (m && m.value.kind === 'points' ? m.value.value : 0), 0);
  let head: string;
  let headValue: number;
  if (maxCell && plain(maxCell) && maxCell.value.kind === 'points') {
    head = maxCell.ref.a1;
    headValue = maxCell.value.value;
  } else {
    if (naRefs.length === 0) return null; // the engine's total max, as a plain value
    head = formulaNumber(model.maxTotal);
    headValue = model.maxTotal;
  }
  if (Math.abs(headValue - naSum - model.applicableMax) > 1e-9) return null;
  return [head, ...naRefs].join('-');
}

function sameLabel(expected: string): TextPolicy {
  const key = fold(expected);
  return { same: (typed) => fold(typed) === key, replaceable: () => false };
}

/** A typed rating in the rating cell is a rating: it may be replaced (and is reported). */
function ratingPolicy(expected: string): TextPolicy {
  const key = fold(expected);
  return { same: (typed) => fold(typed) === key, replaceable: () => true };
}

function indexReason(model: ScoreModel, later: ScoreColumn | null): IndexReason | null {
  if (later) return { reason: 'laterPartial', column: later };
  const survey = model.columnStatus.survey;
  return survey === 'partial' || survey === 'complete' ? { reason: 'survey' } : null;
}

/** SPEC §7: applicable max, index and rating of a score sheet. */
export function planFooter(
  ctx: FillContext,
  model: ScoreModel,
  table: ScoreSheetTable,
  after: AfterFill,
  refused: Refused,
  bands: readonly RatingBandValue[],
): void {
  const total = model.total;
  const final = finalScoreColumn(model);
  const finalCol = final ? model.columns[final.column] : undefined;
  if (!total || !final || finalCol === undefined || model.applicableMax <= 0) return;
  const totalRef: Ref = { row: total.row, col: finalCol };
  const totalValue = valueAfter(ctx, after, totalRef);
  if (typeof totalValue !== 'number' || refused.has(a1(totalRef.row, totalRef.col))) return;
  const slots = labelledSlots(ctx.grid, total.row, finalCol) ?? newSlots(ctx, model, table, total.row, finalCol);
  if (!slots) return;
  for (const kind of FOOTER_KINDS) {
    const label = slots[kind]?.label;
    if (label) place(ctx, label.row, label.col, { formula: null, value: FOOTER_LABELS[kind].write, text: sameLabel(FOOTER_LABELS[kind].write) });
  }

  // Applicable max.
  const amExpr = applicableMaxFormula(model);
  const am = model.applicableMax;
  let denominator = amExpr === null ? formulaNumber(am) : `(${amExpr})`;
  if (slots.applicableMax) {
    const s = slots.applicableMax.value;
    const got: Scalar = place(ctx, s.row, s.col, { formula: amExpr, value: am });
    if (typeof got === 'number' && Math.abs(got - am) < 1e-9) denominator = a1(s.row, s.col);
  }

  // Index.
  const why = indexReason(model, final.later);
  const index = why ? model.index : roundHalfUp((totalValue / am) * 100, 2);
  if (index === null) return;
  const indexFormula = why ? null : `ROUND(${a1(totalRef.row, totalRef.col)}/${denominator}*100,2)`;
  let indexRef = indexFormula ?? formulaNumber(index);
  if (slots.index) {
    const s = slots.index.value;
    const before = ctx.writes.length;
    const got = place(ctx, s.row, s.col, { formula: indexFormula, value: index, note: why ? indexValueNote(why, ctx.today, ctx.lang) : undefined });
    if (why && ctx.writes.length > before) {
      ctx.findings.push(finding(ctx.sheet, a1(s.row, s.col), 'fill.indexValue', { index, ...why }));
    }
    if (typeof got === 'number' && Math.abs(got - index) < 1e-9) indexRef = a1(s.row, s.col);
  }

  // Rating.
  if (slots.rating) {
    const s = slots.rating.value;
    const rating = ratingValue(index, bands);
    place(ctx, s.row, s.col, { formula: ratingFormula(indexRef, bands), value: rating, text: ratingPolicy(rating) });
  }
}
