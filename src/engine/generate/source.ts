// `--from` (issue 8 §1): what a new form takes from a unit's existing workbook, read through the
// engine's own models (never changing the source): the completed tasks of a plan or Phụ lục 1/I
// for Phụ lục I, last year's figures of a Phụ lục II for the N−1 column, the criteria and scores
// of a score sheet. Also the criteria of `--criteria FILE`.
//
// Decisions:
// - Phụ lục I takes the tasks the plan reports done (SPEC §5 status words; every task of a
//   Phụ lục I). Each goes to the form's section whose words its plan section's title holds
//   (data/phuLuc1.ts); a section matching none is added after VI under its own title; a task
//   under no section goes to I. Its document's day is the done date (status "Hoàn thành ngày …",
//   a done-date column), else the first day written in "Số văn bản" / "Trích yếu" (the same
//   reading as the on-time check, rules/planTasks/dates.ts); its deadline is the plan deadline's
//   last day (SPEC §5 grammar, the plan's year); one naming no day ("Theo hướng dẫn của Sở Nội
//   vụ", "Thường xuyên") is carried as its text, and that row has no on-time formula (nothing to
//   compare: the fill plans none either). "Trích yếu" takes the plan's summary, else its product.
// - Phụ lục II takes the column of year N−1 of the first statistics table that has one, row by
//   row: an indicator is matched by its text (folded) under the same code, in order (seed 004
//   has two rows "6.1"). A count with its share ("281 thủ tục = 96,9%") gives the count and the
//   share their own cells.
// - A score sheet takes the first score table: its criteria (when no --criteria is given) and its
//   leaves' self-assessed and appraised scores, evidence and notes, matched by code.
import type { Config } from '../../report/config';
import { DEFAULT_CONFIG } from '../../report/defaults';
import { analyseWorkbook } from '../check';
import type { PlanTasksTable, ScoreSheetTable, StatisticsTable, TableRow } from '../detect/types';
import { cellAt, type Grid, type Scalar, type WorkbookGrids } from '../grid';
import type { LayoutValue } from '../layout/types';
import { buildPlanModel, effectiveField, resolvePlanYear, type PlanEntry } from '../rules/planTasks';
import { dayOf } from '../rules/planTasks/dates';
import { deadlineDay, deadlineReader } from '../rules/planTasks/deadlines';
import { progressReader } from '../rules/planTasks/progress';
import { analyseScoreSheet, type CriterionNode, type ScoreValue } from '../rules/scoreSheet';
import { isSurveyMark } from '../rules/scoreSheet/vocab';
import { buildModel, type YearCell } from '../rules/statistics/model';
import { parseUnit } from '../rules/statistics/units';
import { readHeading, toRoman } from '../text/codes';
import { fold } from '../text/normalize';
import { readText } from '../text/read';
import { PHU_LUC_1_SECTION_WORDS } from './data/phuLuc1';
import { PHU_LUC_2_ROWS } from './data/phuLuc2';
import { blankSections, type CarriedSection, type CarriedTask } from './phuLuc1';
import type { CarriedFigure } from './phuLuc2';
import type { CarriedScore, CriteriaRow, CriteriaSource } from './scoreSheet';

export interface SourceOptions {
  today: string;
  config?: Config;
}

/** Where the carried data came from, for the user. */
export interface SourceTable {
  sheet: string;
  /** The title block's unit and year, when it names them. */
  unit: string | null;
  year: number | null;
}

function gridOf(wb: WorkbookGrids, sheet: string): Grid {
  const g = wb.sheets.find((s) => s.sheet === sheet);
  if (!g) throw new Error(`no sheet ${sheet}`);
  return g;
}

function sourceOf(table: { sheet: string; title: { unit?: string }; year: number | null }): SourceTable {
  return { sheet: table.sheet, unit: table.title.unit ?? null, year: table.year };
}

// ---- Phụ lục I ----

export interface CarriedTasks {
  source: SourceTable;
  sections: CarriedSection[];
  tasks: number;
  /** The plan's year (title, deadlines). */
  year: number | null;
}

const SECTION_KEYS = Object.entries(PHU_LUC_1_SECTION_WORDS).map(([code, words]) => ({ code, words: words.map(fold) }));

/** The form section a plan section's title belongs to, or null. */
export function formSectionOf(title: string): string | null {
  const f = fold(title);
  return SECTION_KEYS.find((k) => k.words.some((w) => f.includes(w)))?.code ?? null;
}

/** The sections of a plan by row: each row's section title (sections start at section rows). */
function sectionTitles(table: PlanTasksTable, grid: Grid): Array<{ row: number; title: string }> {
  const out: Array<{ row: number; title: string }> = [];
  const main = table.columns.task;
  for (const r of table.rows) {
    if (r.kind === 'section') {
      const own = r.sectionTitle ?? (main !== undefined ? readText(cellAt(grid, r.row, main)).text : '');
      out.push({ row: r.row, title: own });
    } else if (r.startsSection) out.push({ row: r.row, title: r.startsSection.title });
  }
  return out;
}

function titleAt(sections: Array<{ row: number; title: string }>, row: number): string | null {
  let title: string | null = null;
  for (const s of sections) if (s.row <= row) title = s.title;
  return title;
}

function text(e: PlanEntry, role: 'docNumber' | 'docSummary' | 'product' | 'task'): string {
  return e.fields[role]?.text ?? '';
}

export function completedTasks(wb: WorkbookGrids, opts: SourceOptions): CarriedTasks | null {
  const { tables } = analyseWorkbook(wb, { file: '', today: opts.today, config: opts.config });
  for (const table of tables) {
    if (table.kind !== 'planTasks') continue;
    const grid = gridOf(wb, table.sheet);
    const model = buildPlanModel(table, grid);
    if (model.tasks.length === 0) continue;
    const planYear = resolvePlanYear(model, opts.today);
    const year = planYear?.year ?? null;
    const progress = progressReader(model, planYear);
    const readDeadline = deadlineReader(planYear);
    const sections = blankSections();
    const titles = sectionTitles(table, grid);
    let count = 0;
    for (const task of model.tasks) {
      const p = progress(task);
      if (!p.done) continue;
      const deadlineField = effectiveField(task, 'deadline');
      const deadline = deadlineField ? deadlineDay(readDeadline(deadlineField)) : null;
      const docNumber = task.fields.docNumber;
      const docSummary = task.fields.docSummary;
      const docDate =
        p.date ??
        (docNumber ? dayOf(docNumber.only, docNumber.text, year) : null) ??
        (docSummary ? dayOf(docSummary.only, docSummary.text, year) : null);
      const carried: CarriedTask = {
        task: text(task, 'task'),
        docNumber: text(task, 'docNumber'),
        docDate,
        docSummary: text(task, 'docSummary') || text(task, 'product'),
        deadline,
        deadlineText: deadline === null && deadlineField ? deadlineField.text : null,
        note: '',
      };
      const planSection = titleAt(titles, task.row);
      const code = planSection === null ? 'I' : formSectionOf(planSection);
      let section = code === null ? undefined : sections.find((s) => s.code === code);
      if (!section && planSection !== null) {
        const heading = readHeading(planSection);
        const title = (heading?.code.kind === 'roman' ? heading.title : planSection).trim().toLocaleUpperCase('vi');
        section = sections.find((s) => s.title === title);
        if (!section) {
          section = { code: toRoman(sections.length + 1), title, tasks: [] };
          sections.push(section);
        }
      }
      (section ?? sections[0]).tasks.push(carried);
      count++;
    }
    return { source: sourceOf(table), sections, tasks: count, year };
  }
  return null;
}

// ---- Phụ lục II ----

export interface CarriedFigures {
  source: SourceTable;
  /** By index in PHU_LUC_2_ROWS. */
  figures: Map<number, CarriedFigure>;
  /** The source column's year (N−1). */
  year: number;
}

/** A key per indicator: the code of the row (or of the coded row above an un-coded one) and its folded text. */
function keyOf(code: string, indicator: string): string {
  return `${code}|${fold(indicator).replace(/\s+/g, ' ').trim()}`;
}

function plainValue(v: Scalar): LayoutValue {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return null;
}

/** What a year cell of the source gives the form: the count and its share apart, or the value. */
function figureOf(grid: Grid, y: YearCell, split: boolean): CarriedFigure | null {
  const cell = cellAt(grid, y.row, y.col);
  const raw = plainValue(cell?.v ?? null);
  if (raw === null || raw === '') return null;
  if (!split) return { value: raw };
  const r = y.read.readings[0];
  const percentRead = y.percentCell?.read.readings[0];
  const percent = percentRead?.shape === 'number' ? percentRead.value : null;
  if (r?.shape === 'share') {
    const count = r.count?.kind === 'number' ? r.count.value : r.count?.kind === 'pair' ? `${r.count.part}/${r.count.whole}` : null;
    return { value: count, percent: r.percent?.value ?? percent };
  }
  if (r?.shape === 'number') return { value: r.value, percent };
  return { value: raw, percent };
}

function codeContext(rows: TableRow[]): Map<number, string> {
  const out = new Map<number, string>();
  let code = '';
  for (const r of rows) {
    if (r.kind === 'section') code = r.code?.text ?? '';
    else if (r.kind === 'coded') code = r.code?.text ?? code;
    out.set(r.row, code);
  }
  return out;
}

export function previousFigures(wb: WorkbookGrids, year: number, opts: SourceOptions): CarriedFigures | null {
  const { tables } = analyseWorkbook(wb, { file: '', today: opts.today, config: opts.config });
  const table = tables.find((t): t is StatisticsTable => t.kind === 'statistics' && t.years.some((y) => y.year === year - 1));
  if (!table) return null;
  const grid = gridOf(wb, table.sheet);
  const model = buildModel(table, grid);
  const yearIndex = table.years.findIndex((y) => y.year === year - 1);
  const context = codeContext(table.rows);
  const byKey = new Map<string, YearCell[]>();
  for (const ind of model.indicators) {
    const key = keyOf(context.get(ind.row) ?? '', ind.label);
    const list = byKey.get(key) ?? [];
    list.push(ind.years[yearIndex]);
    byKey.set(key, list);
  }
  const figures = new Map<number, CarriedFigure>();
  let code = '';
  PHU_LUC_2_ROWS.forEach((r, index) => {
    if (r.code) code = r.code;
    const cells = byKey.get(keyOf(code, r.indicator));
    const y = cells?.shift();
    if (!y) return;
    const unit = parseUnit(r.unit);
    const f = figureOf(grid, y, unit.kind === 'countPercent' && unit.lines === 1);
    if (f && (f.value !== null || (f.percent ?? null) !== null)) figures.set(index, f);
  });
  return { source: sourceOf(table), figures, year: year - 1 };
}

// ---- score sheet ----

export interface CarriedScoreSheet {
  source: SourceTable;
  criteria: CriteriaSource;
  scores: Map<string, CarriedScore>;
  /** Leaves with a score carried. */
  scored: number;
}

const CHI_SO_RE = /chỉ số/iu;
const DEFAULT_TITLE = 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH';

/** "BẢNG TIÊU CHÍ … CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ CÔNG THƯƠNG" → "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ CÔNG THƯƠNG". */
function criteriaTitle(title: string | undefined): string {
  const t = (title ?? '').normalize('NFC');
  const m = CHI_SO_RE.exec(t);
  return m ? t.slice(m.index).toLocaleUpperCase('vi') : DEFAULT_TITLE;
}

function maxOf(n: CriterionNode): string | number {
  const v = n.max?.value;
  switch (v?.kind) {
    case 'points':
      return v.value;
    case 'bonus':
      return `+/-${v.value}`;
    case 'text':
      return v.text;
    default:
      return '';
  }
}

function scoreOf(v: ScoreValue | undefined): LayoutValue | undefined {
  switch (v?.kind) {
    case 'number':
      return v.value;
    case 'notApplicable':
      return v.text;
    case 'text':
      return v.text;
    default:
      return undefined;
  }
}

function textIn(grid: Grid, row: number, col: number | undefined): string {
  return col === undefined ? '' : readText(cellAt(grid, row, col)).text;
}

function criteriaOf(table: ScoreSheetTable, grid: Grid, nodes: CriterionNode[], guidance: Array<{ row: number; text: string }>, total: { name: string; max: number }): CriteriaSource {
  const rows: Array<{ row: number; r: CriteriaRow }> = [];
  for (const n of nodes) {
    const note = textIn(grid, n.row, table.columns.note);
    rows.push({ row: n.row, r: { kind: 'criterion', code: n.code, name: n.name, max: maxOf(n), note: isSurveyMark(note) ? note : '' } });
  }
  for (const g of guidance) rows.push({ row: g.row, r: { kind: 'guidance', text: g.text } });
  rows.sort((a, b) => a.row - b.row);
  return { title: criteriaTitle(table.title.title), total, rows: rows.map((x) => x.r) };
}

export function scoreSheetSource(wb: WorkbookGrids, opts: SourceOptions): CarriedScoreSheet | null {
  const { tables } = analyseWorkbook(wb, { file: '', today: opts.today, config: opts.config });
  const table = tables.find((t): t is ScoreSheetTable => t.kind === 'scoreSheet');
  if (!table) return null;
  const grid = gridOf(wb, table.sheet);
  const model = analyseScoreSheet(table, grid, opts.config ?? DEFAULT_CONFIG);
  if (model.nodes.length === 0) return null;
  const guidance = model.guidance.rows.filter((g) => g.source === 'guidance').map((g) => ({ row: g.row, text: g.text }));
  const total = { name: model.total?.label || 'TỔNG ĐIỂM', max: model.total?.typedMax ?? model.maxTotal };
  const criteria = criteriaOf(table, grid, model.nodes, guidance, total);
  const scores = new Map<string, CarriedScore>();
  let scored = 0;
  for (const n of model.nodes) {
    const s: CarriedScore = {};
    if (n.children.length === 0) {
      const self = scoreOf(n.scores.self?.value);
      const appraised = scoreOf(n.scores.appraised?.value);
      if (self !== undefined) s.self = self;
      if (appraised !== undefined) s.appraised = appraised;
      if (self !== undefined || appraised !== undefined) scored++;
    }
    const evidence = textIn(grid, n.row, table.columns.evidence);
    const note = textIn(grid, n.row, table.columns.note);
    if (evidence) s.evidence = evidence;
    if (note) s.note = note;
    if (Object.keys(s).length) scores.set(n.code, s);
  }
  return { source: sourceOf(table), criteria, scores, scored };
}
