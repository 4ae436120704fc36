// The score sheet as the engine understands it (SPEC §4): the criterion tree with every max and
// score cell, per-column sums, N/A and survey flags, final scores, applicable maxima, totals, the
// index and the rating, and the guidance rules. checkScoreSheet turns it into findings; the fill
// (parent SUM formulas, index and rating cells) and the add-in read it directly.
import type { AreaSummary } from '../../../report/schema';
import type { ScoreColumn } from '../../messages/catalog';
import type { AllowedScores, GuidanceOption, RateRule } from '../guidance';
import type { NumericCell } from '../cells';

export type { ScoreColumn } from '../../messages/catalog';

/** A cell of the sheet: 1-based row and column, and its A1 reference. */
export interface CellRef {
  row: number;
  col: number;
  a1: string;
}

/** The score columns, left to right in the order SPEC §4.5 ranks them (rechecked wins). */
export const SCORE_COLUMNS: readonly ScoreColumn[] = ['self', 'appraised', 'rechecked', 'survey'];

/** A max cell read (SPEC §2.3): points, a ±N bonus/penalty, or something that is not a max. */
export type MaxValue =
  | { kind: 'points'; value: number }
  | { kind: 'bonus'; value: number }
  | { kind: 'empty' }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string };

export interface MaxCell {
  ref: CellRef;
  value: MaxValue;
  /** The cell as the shared reader saw it (cell.error, cell.numberAsText come from it). */
  read: NumericCell;
}

/** A score cell read (SPEC §4.3, §4.4). A formula's cached result counts as its value. */
export type ScoreValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; fromText: boolean; formula: string | null }
  | { kind: 'notApplicable'; text: string }
  | { kind: 'error'; error: string }
  /** Text that is neither a number nor an N/A marker ("đạt", "±3", "95%"). */
  | { kind: 'text'; text: string };

export interface ScoreCell {
  column: ScoreColumn;
  ref: CellRef;
  value: ScoreValue;
  read: NumericCell;
}

export type ScoreCells = Partial<Record<ScoreColumn, ScoreCell>>;
export type ColumnNumbers = Partial<Record<ScoreColumn, number | null>>;

/** One guidance text of a criterion: an un-coded row under it, or the criterion's own cell when
 * it holds a rule (seed 000, 5.2.2: "…:\nĐạt từ 85-100% thì … công thức …"). */
export interface GuidanceRow {
  row: number;
  /** The criterion-column cell holding the text. */
  ref: CellRef;
  source: 'guidance' | 'criterion';
  text: string;
  /** Options or a rule were read from it. */
  parsed: boolean;
  options: GuidanceOption[];
  rule: RateRule | null;
}

export interface CriterionGuidance {
  rows: GuidanceRow[];
  /** The first rate rule of the criterion, for scoreFromRate. */
  rule: RateRule | null;
  /** The scores the guidance allows (score.notAllowed), or why they are not checked. */
  allowed: AllowedScores;
}

export interface CriterionNode {
  code: string;
  name: string;
  row: number;
  /** 1 = area (lĩnh vực), 2 = criterion (tiêu chí), 3 = component (tiêu chí thành phần) … */
  depth: number;
  parentCode: string | null;
  children: CriterionNode[];
  codeRef: CellRef | null;
  /** Numbered for another parent but kept where it stands (Bảng 2: 5.10.x under 5.11). */
  misplaced: boolean;
  max: MaxCell | null;
  /** A ±N bonus/penalty criterion (SPEC §2.3): scores −N … +N, sums clamped to ±N. */
  bonus: boolean;
  /** What the criterion is worth: its max, N for ±N; null when the max is not a number. */
  maxPoints: number | null;
  scores: ScoreCells;
  /**
   * Per column, what =SUM(children) gives on the sheet as it is: each child's own number (typed or
   * a formula's cached value), else its own such sum; N/A counts 0; clamped to ±N for a bonus
   * parent. null for a leaf, or when no child holds anything in that column.
   */
  childSums: ColumnNumbers;
  /** The same as Excel's =SUM(children) computes it: numbers stored as text are skipped (SPEC §7,
   * fill.numberAsText). A formula's cached value is compared with this one. */
  excelSums: ColumnNumbers;
  /** Per column, the engine's value: leaves' numbers summed up the tree (N/A 0, bonus clamped);
   * a parent with no scored child keeps its own typed number; null when nothing is known. */
  values: ColumnNumbers;
  /** Scored by sociological survey (ĐTXHH): its own note, or inherited from a marked parent. */
  survey: boolean;
  /** Not applicable (SPEC §4.4): an N/A marker decides it, or all its children are N/A. */
  notApplicable: boolean;
  /** max − the max of its N/A descendants (0 when N/A itself). */
  applicableMax: number;
  /** SPEC §4.5: the final score (awaiting survey counts 0); null when nothing is scored. */
  final: number | null;
  /** The column the final score of a leaf comes from. */
  finalSource: ScoreColumn | null;
  /** A survey criterion with no score yet (SPEC §4.5). */
  awaitingSurvey: boolean;
  /** A "Tài liệu kiểm chứng" entry on the row or the rows under it (SPEC §4.9). */
  hasEvidence: boolean;
  /** "giải trình" in its note. */
  explained: boolean;
  guidance: CriterionGuidance;
}

export interface TotalRow {
  row: number;
  /** The label cell ("TỔNG ĐIỂM", "Tổng điểm : 100"). */
  labelRef: CellRef;
  label: string;
  max: MaxCell | null;
  /** The total max written on the row: its max cell, else the number in its label. */
  typedMax: number | null;
  typedMaxRef: CellRef | null;
  scores: ScoreCells;
  /** Per column, the sum of the areas' cells (see CriterionNode.childSums, .excelSums). */
  childSums: ColumnNumbers;
  excelSums: ColumnNumbers;
}

/** How much of a score column is filled (SPEC §7: the fill's final column, "no 0 in an empty column"). */
export type ColumnStatus = 'absent' | 'empty' | 'partial' | 'complete';

export interface ScoreTotals {
  self: number | null;
  appraised: number | null;
  rechecked: number | null;
  survey: number | null;
  final: number | null;
}

export interface ScoreModel {
  sheet: string;
  /** Column numbers of the roles the rules use. */
  columns: {
    code?: number;
    criterion?: number;
    max?: number;
    evidence?: number;
    note?: number;
  } & Partial<Record<ScoreColumn, number>>;
  /** Score columns the table has, in SPEC §4.5 order. */
  scoreColumns: ScoreColumn[];
  columnStatus: Record<ScoreColumn, ColumnStatus>;
  /** The column a reader takes the final scores from: the rightmost of self → appraised →
   * rechecked that is complete, else the rightmost holding any score; null before scoring. */
  finalColumn: ScoreColumn | null;
  /** Any leaf holds a score: the sheet is being scored (not a blank criteria set). */
  scored: boolean;
  /** The areas (lĩnh vực), each with its sub-tree. */
  areas: CriterionNode[];
  /** Every criterion in sheet order. */
  nodes: CriterionNode[];
  total: TotalRow | null;
  /** Σ area maxima, a ±N area counting +N (seed 000: 97 + 3 = 100). */
  maxTotal: number;
  /** maxTotal less the max of the N/A criteria (SPEC §4.4). */
  applicableMax: number;
  totals: ScoreTotals;
  /** SPEC §4.6: final total / applicable max × 100, rounded half up to 2 decimals. */
  index: number | null;
  /** The best index the pending survey scores could still give (index + their max share). */
  indexCeiling: number | null;
  rating: string | null;
  /** Survey scores are pending: the index is provisional. */
  provisional: boolean;
  areaSummaries: AreaSummary[];
  /** The topmost N/A criteria (their max cells are what the applicable max subtracts). */
  notApplicable: CriterionNode[];
  awaitingSurvey: CriterionNode[];
  guidance: {
    parsed: number;
    unparsed: number;
    /** Every guidance row (un-coded text under a criterion), parsed or not, in sheet order. */
    rows: GuidanceRow[];
  };
}
