// The issue catalogue (SPEC §8): every code with its severity, the rule it comes from and the
// parameters its message takes. vi.ts and en.ts render the messages; nothing else does.
import type { Severity } from '../../report/schema';

export type Param = string | number;

/** Score columns of a score sheet (SPEC §2.3). */
export type ScoreColumn = 'self' | 'appraised' | 'rechecked' | 'survey';
/** What a cell was expected to hold. */
export type ValueKind = 'score' | 'max' | 'count' | 'percent' | 'number' | 'date' | 'yesNo';
/** Fields a plan task must have (SPEC §5). */
export type TaskField = 'product' | 'lead' | 'deadline';

/** The parameters of each code's message. The cell itself is named by the renderer. */
export interface MessageParams {
  // ---- errors
  'cell.error': { value: string; expected: ValueKind };
  'code.orphan': { code: string; parent: string };
  'code.duplicate': { code: string; first: string };
  'code.wrongParent': { code: string; expectedParent: string; actualParent: string };
  'max.sumMismatch': { code: string; max: number; sum: number };
  'max.notNumber': { value: string };
  'total.mismatch': { found: number; expected: number };
  'score.exceedsMax': { column: ScoreColumn; value: number; max: number; bonus?: boolean };
  'score.negative': { column: ScoreColumn; value: number };
  'score.notNumber': { column: ScoreColumn; value: string };
  'score.sumMismatch': { column: ScoreColumn; code: string; value: number; sum: number };
  'stat.notCount': { value: Param; unit: string };
  'stat.notNumber': { value: string; unit: string };
  'stat.percentRange': { value: number };
  'stat.notYesNo': { value: Param };
  /** `pair`: a value written "a/b" in one cell, its part above its whole (SPEC §6). */
  'stat.partExceedsWhole': { part: string; value: number; whole: string; wholeValue: number; wholeCell: string; pair?: string };
  /** `from`: how the figures read ("D26/D25", "40/46"). */
  'stat.percentMismatch': { value: number; computed: number; from?: string };
  // ---- warnings
  'code.gap': { code: string; previous: string; expected: string };
  'code.mangledByExcel': { value: number; code: string };
  'max.optionExceeds': { code: string; option: string; value: number; max: number };
  /** `levels`: the scores the guidance allows; `from`–`to`: the range a rate rule scores in. */
  'score.notAllowed': { column: ScoreColumn; value: number; levels: number[]; from?: number; to?: number };
  'score.noEvidence': { code: string; column: ScoreColumn; value: number };
  'index.below70': { index: number };
  'area.below50': { code: string; name: string; percent: number };
  /** `code` is '' for an un-coded task (seed 003), which `name` (the start of its text) names. */
  'task.overdue': { code: string; name?: string; deadline: string; today: string };
  'task.completedLate': { code: string; name?: string; deadline: string; done: string };
  'task.deadlineBeforePlanYear': { text: string; year: number; planYear: number };
  'task.missingField': { code: string; name?: string; field: TaskField };
  'task.statusUnknown': { value: string };
  'task.onTimeMismatch': { value: string; onTime: boolean; docDate: string; deadline: string };
  'stat.partExceedsWholeSoft': { part: string; value: number; whole: string; wholeValue: number; wholeCell: string };
  'code.malformed': { text: string };
  'assignment.unassigned': { code: string };
  'assignment.unknownCode': { code: string; scoreSheet: string };
  'assignment.missingCode': { code: string; assignmentSheet: string };
  /** `old`: the typed value or "=formula"; `value`: the number written instead (values mode), else `formula`. */
  'computed.overwritten': { old: Param; formula: string; value?: Param };
  'fill.numberAsText': { cells: string };
  'fill.noRoom': { rows: string };
  /** A computed cell inside a merged range (not its top-left cell): left alone. */
  'fill.mergedCell': { range: string };
  /** A formula not written because a cell it reads holds an Excel error. */
  'fill.errorCell': { cells: string; error: string };
  /** A computed cell holding text (never overwritten, SPEC §7): left alone. */
  'fill.textKept': { value: string };
  /** The index written as the engine's value instead of a formula, and why (SPEC §7). */
  'fill.indexValue': { index: number; reason: 'laterPartial' | 'survey'; column?: ScoreColumn };
  'summary.duplicateUnit': { unit: string; files: string };
  'summary.criteriaMismatch': { criteria: string; expected: string };
  // ---- info
  'table.notFound': Record<string, never>;
  'cell.numberAsText': { value: string };
  'cell.htmlMarkup': { text: string };
  'task.dueSoon': { code: string; name?: string; deadline: string; days: number };
  'task.deadlineUnparsed': { text: string };
  'stat.yearJump': { value: number; previous: number; previousCell: string };
  'stat.unknownUnit': { unit: string };
  'guidance.unparsed': { text: string };
}

export type IssueCode = keyof MessageParams;

interface CodeSpec {
  severity: Severity;
  /** The SPEC section (or Đề án clause) the rule comes from. */
  rule: string;
}

export const CODES: { readonly [K in IssueCode]: CodeSpec } = {
  'cell.error': { severity: 'error', rule: 'SPEC §4.3' },
  'code.orphan': { severity: 'error', rule: 'SPEC §4.1' },
  'code.duplicate': { severity: 'error', rule: 'SPEC §4.1' },
  'code.wrongParent': { severity: 'error', rule: 'SPEC §4.1' },
  'max.sumMismatch': { severity: 'error', rule: 'SPEC §4.2' },
  'max.notNumber': { severity: 'error', rule: 'SPEC §4.2' },
  'total.mismatch': { severity: 'error', rule: 'SPEC §4.2' },
  'score.exceedsMax': { severity: 'error', rule: 'SPEC §4.3' },
  'score.negative': { severity: 'error', rule: 'SPEC §4.3' },
  'score.notNumber': { severity: 'error', rule: 'SPEC §4.3' },
  'score.sumMismatch': { severity: 'error', rule: 'SPEC §4.3' },
  'stat.notCount': { severity: 'error', rule: 'SPEC §6' },
  'stat.notNumber': { severity: 'error', rule: 'SPEC §6' },
  'stat.percentRange': { severity: 'error', rule: 'SPEC §6' },
  'stat.notYesNo': { severity: 'error', rule: 'SPEC §6' },
  'stat.partExceedsWhole': { severity: 'error', rule: 'SPEC §6' },
  'stat.percentMismatch': { severity: 'error', rule: 'SPEC §6' },
  'code.gap': { severity: 'warning', rule: 'SPEC §4.1' },
  'code.mangledByExcel': { severity: 'warning', rule: 'SPEC §3' },
  'max.optionExceeds': { severity: 'warning', rule: 'SPEC §4.2' },
  'score.notAllowed': { severity: 'warning', rule: 'SPEC §4.8' },
  'score.noEvidence': { severity: 'warning', rule: 'SPEC §4.9' },
  'index.below70': { severity: 'warning', rule: 'SPEC §4.7' },
  'area.below50': { severity: 'warning', rule: 'SPEC §4.7' },
  'task.overdue': { severity: 'warning', rule: 'SPEC §5' },
  'task.completedLate': { severity: 'warning', rule: 'SPEC §5' },
  'task.deadlineBeforePlanYear': { severity: 'warning', rule: 'SPEC §5' },
  'task.missingField': { severity: 'warning', rule: 'SPEC §5' },
  'task.statusUnknown': { severity: 'warning', rule: 'SPEC §5' },
  'task.onTimeMismatch': { severity: 'warning', rule: 'SPEC §5' },
  'stat.partExceedsWholeSoft': { severity: 'warning', rule: 'SPEC §6' },
  'code.malformed': { severity: 'warning', rule: 'SPEC §3' },
  'assignment.unassigned': { severity: 'warning', rule: 'SPEC §2.4' },
  'assignment.unknownCode': { severity: 'warning', rule: 'SPEC §2.4' },
  'assignment.missingCode': { severity: 'warning', rule: 'SPEC §2.4' },
  'computed.overwritten': { severity: 'warning', rule: 'SPEC §7' },
  'fill.numberAsText': { severity: 'warning', rule: 'SPEC §7' },
  'fill.noRoom': { severity: 'warning', rule: 'SPEC §7' },
  'fill.mergedCell': { severity: 'warning', rule: 'SPEC §7' },
  'fill.errorCell': { severity: 'warning', rule: 'SPEC §7' },
  'fill.textKept': { severity: 'warning', rule: 'SPEC §7' },
  'fill.indexValue': { severity: 'info', rule: 'SPEC §7' },
  'summary.duplicateUnit': { severity: 'warning', rule: 'SPEC §9.1' },
  'summary.criteriaMismatch': { severity: 'warning', rule: 'SPEC §9.1' },
  'table.notFound': { severity: 'info', rule: 'SPEC §8' },
  'cell.numberAsText': { severity: 'info', rule: 'SPEC §3' },
  'cell.htmlMarkup': { severity: 'info', rule: 'SPEC §3' },
  'task.dueSoon': { severity: 'info', rule: 'SPEC §5' },
  'task.deadlineUnparsed': { severity: 'info', rule: 'SPEC §5' },
  'stat.yearJump': { severity: 'info', rule: 'SPEC §6' },
  'stat.unknownUnit': { severity: 'info', rule: 'SPEC §6' },
  'guidance.unparsed': { severity: 'info', rule: 'SPEC §4.8' },
};

/** A finding as rules produce it: a value, not an exception (STYLE.md). */
export type Finding = {
  [K in IssueCode]: {
    sheet: string;
    /** A1 reference; empty for a finding about the whole file. */
    cell: string;
    code: K;
    params: MessageParams[K];
    /** Index of the table in the report, set by check.ts. */
    table?: number;
  };
}[IssueCode];

export function finding<K extends IssueCode>(sheet: string, cell: string, code: K, params: MessageParams[K]): Finding {
  return { sheet, cell, code, params } as Finding;
}

/** Formatting a catalogue needs: numbers and dates in the reader's language. */
export interface Formatter {
  num(n: number): string;
  /** ISO date → the language's date (31/12/2019 in both). */
  date(iso: string): string;
}

export type Catalogue = { readonly [K in IssueCode]: (p: MessageParams[K], fmt: Formatter) => string };
