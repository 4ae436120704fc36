// The contract between the task pane and the live workbook (STYLE.md: "Excel calls live in one
// module of async functions, passed to components as props"). The pane sees only these types;
// src/addin/excel implements them with Office.js and test/addin/fakeExcel.ts stands in for Excel.
// Types only, plus one error class: nothing here touches Office.
import type { CheckOptions, CheckResult } from '../engine/check';
import type { FillOptions } from '../engine/fill';
import type { GenerateInput, GenerateOutcome, SheetForm } from '../engine/generate';
import type { WritePlan } from '../engine/fill/plan';
import type { Grid, WorkbookGrids } from '../engine/grid';
import type { Severity } from '../report/schema';

/** Reports how far a long operation is, as done/total steps (round trips or cells). */
export type Progress = (done: number, total: number) => void;

export interface ApplyResult {
  /** Cells written. */
  written: number;
  /** Write round trips used. */
  batches: number;
  /** The undo log entry kept in the workbook for this fill (empty when nothing was written). */
  undoId: string;
}

export interface UndoEntrySummary {
  id: string;
  label: string;
  /** ISO date-time of the fill. */
  at: string;
  cells: number;
}

export interface UndoResult {
  /** Cells put back as they were. */
  restored: number;
  /** Cells edited by someone after the fill: left as they are now (no data is lost, SPEC §7). */
  skipped: Array<{ sheet: string; cell: string }>;
  /** Fills that can still be undone. */
  remaining: number;
}

export interface HighlightRequest {
  sheet: string;
  cell: string;
  severity: Severity;
  /** The note put on the cell: the finding's message. */
  message: string;
}

/** A finding the user dismissed ("Bỏ qua") with a reason, stored in the workbook (SPEC §7). */
export interface Dismissal {
  sheet: string;
  cell: string;
  code: string;
  reason: string;
  /** ISO date-time. */
  at: string;
}

export type DismissalKey = Pick<Dismissal, 'sheet' | 'cell' | 'code'>;

export interface CellChange {
  sheet: string;
  /** A1 address of the edited range, without the sheet name. */
  address: string;
}

/** Removes an event subscription. */
export type Unsubscribe = () => Promise<void>;

/** Everything the pane may ask of the workbook. Every method is one short Excel.run. */
export interface WorkbookOps {
  /** Every sheet's used range as Grids, in a constant number of round trips (SPEC §10). */
  readWorkbook(progress?: Progress): Promise<WorkbookGrids>;
  /** One sheet again, in one round trip (re-check on edit). */
  readSheet(sheet: string): Promise<Grid>;
  /** The workbook's file name, for the report. */
  fileName(): string;
  activeSheet(): Promise<string>;
  /** Applies a WritePlan whole or not at all, keeping its undo log in the workbook (SPEC §7). */
  applyPlan(plan: WritePlan, label: string, progress?: Progress): Promise<ApplyResult>;
  undoHistory(): Promise<UndoEntrySummary[]>;
  /** Restores the cells of the last fill exactly (values and formulas). */
  undoLast(progress?: Progress): Promise<UndoResult>;
  /** Fills flagged cells with a colour and a note, saving their own fill first. Values never change. */
  highlight(cells: HighlightRequest[], progress?: Progress): Promise<number>;
  /** Restores every highlighted cell's own fill and note exactly. */
  clearHighlights(progress?: Progress): Promise<number>;
  highlightCount(): Promise<number>;
  dismissals(): Promise<Dismissal[]>;
  dismiss(d: Dismissal): Promise<void>;
  undismiss(key: DismissalKey): Promise<void>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Tạo phụ lục: adds a generated form as a new sheet (a name clash gets a suffix), activated. */
  addSheet(form: SheetForm, progress?: Progress): Promise<{ name: string }>;
  /** Cells edited by the user (not by this add-in). */
  onCellsChanged(handler: (change: CellChange) => void): Promise<Unsubscribe>;
  onActiveSheetChanged(handler: (sheet: string) => void): Promise<Unsubscribe>;
}

/** The pure engine as the pane uses it, injected (the pane never imports it). */
export interface EngineOps {
  analyse(wb: WorkbookGrids, opts: CheckOptions): CheckResult;
  planFill(wb: WorkbookGrids, opts: FillOptions): WritePlan;
  /** Lays out an annex sheet for "Tạo phụ lục" (engine/generate). */
  generate(input: GenerateInput): GenerateOutcome;
}

/**
 * What went wrong with the workbook, in terms the pane can explain to a civil servant. Findings are
 * values; these are the I/O failures (STYLE.md: exceptions are for I/O failure and bugs).
 */
export type AddinErrorKind =
  /** A sheet the operation must write is protected. */
  | 'protected'
  /** Cells changed since the check the plan was made from. */
  | 'changed'
  /** Excel refused a request as too large even after splitting it. */
  | 'tooLarge'
  /** The connection to Excel was lost (or Excel refused the request) part-way. */
  | 'connection'
  /** A failed fill could not put every cell back: the undo log stays so Hoàn tác can finish. */
  | 'rollbackFailed'
  /** Nothing to undo. */
  | 'nothingToUndo'
  | 'unknown';

export class AddinError extends Error {
  readonly kind: AddinErrorKind;
  /** The sheet concerned, when there is one. */
  readonly sheet?: string;
  /** Cells concerned (A1, with the sheet), at most a few for the message. */
  readonly cells?: string[];

  constructor(kind: AddinErrorKind, message: string, extra: { sheet?: string; cells?: string[]; cause?: unknown } = {}) {
    super(message, { cause: extra.cause });
    this.name = 'AddinError';
    this.kind = kind;
    this.sheet = extra.sheet;
    this.cells = extra.cells;
  }
}
