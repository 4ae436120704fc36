// A form before its computed cells: the layouts (phuLuc1.ts, phuLuc2.ts, scoreSheet.ts) lay out
// the title block, the header and the rows; the engine's own fill then decides every formula
// (SPEC §7), so a generated form holds exactly what `cchc fill` would write there and a fill of
// it writes nothing (issue 8 §3). One piece of code decides every formula: this module never
// makes one, it takes the fill's.
//
// The fill plans a formula only where it has something to compute (a score column whose leaves
// are all empty gets none, SPEC §7; a task without dates has no on-time value). An empty form has
// nothing yet, so the fill is run over a *probe*: the same sheet with its input cells holding
// sample figures (the `probes` of the draft: full marks on every self-assessed leaf, a count in
// every count cell, two days on every task row). The formulas it plans are kept; the sample
// figures never reach the form.
import type { Config } from '../../report/config';
import type { FillOptions } from '../fill';
import type { WritePlan } from '../fill/plan';
import type { Cell, Grid, Scalar, WorkbookGrids } from '../grid';
import { get, put, type SheetCells } from '../layout/build';
import type { LayoutCell, LayoutStyle, LayoutValue, PageSetup, SheetProtection } from '../layout/types';
import { toForm } from './sheet';
import type { FormKind, FormTable, SheetForm } from './types';

/** A value the probe sheet holds in an input cell (never written to the form). */
export interface ProbeCell {
  row: number;
  col: number;
  value: Scalar;
  fmt?: string;
}

export interface Draft {
  kind: FormKind;
  name: string;
  sheet: SheetCells;
  widths: number[];
  freezeRows: number;
  page: PageSetup;
  protection: SheetProtection;
  table: FormTable;
  probes: ProbeCell[];
  /** The style of a cell the fill computes at (row, col) where the layout has none. */
  computedStyle: (row: number, col: number) => LayoutStyle;
}

/** The engine's fill (src/engine/fill planFill), passed in so the dependency stays one-way. */
export type Planner = (wb: WorkbookGrids, opts: FillOptions) => WritePlan;

function gridCell(value: Scalar, formula: string | undefined, fmt: string | undefined): Cell {
  const c: Cell = { v: value };
  if (formula !== undefined) c.f = formula;
  if (fmt !== undefined) c.fmt = fmt;
  return c;
}

/**
 * The draft as a Grid (what the .xlsx reader would give for it). With the probe (`probe`), input
 * cells hold the sample figures. For the form's own pass (`form`), a formula without a result
 * shows its cell's sample figure as a stand-in cached value: the statistics rules read a
 * percentage row under its count only once that row shows a figure (rules/statistics/model.ts),
 * so its results could not be computed otherwise. `none`: the form as it is.
 */
export function draftGrid(draft: Pick<Draft, 'name' | 'sheet' | 'probes'>, mode: 'probe' | 'form' | 'none'): Grid {
  const probes = new Map<string, { value: Scalar; fmt?: string }>();
  if (mode !== 'none') for (const p of draft.probes) probes.set(`${p.row},${p.col}`, p);
  let width = 0;
  const rows: Array<Array<Cell | null>> = draft.sheet.rows.map((line, i) => {
    const out: Array<Cell | null> = line.map((c, j) => {
      const probe = probes.get(`${i + 1},${j + 1}`);
      if (c?.formula !== undefined) {
        const standIn = mode === 'form' && (c.result === undefined || c.result === null) ? probe?.value : undefined;
        return gridCell(c.result ?? standIn ?? null, c.formula, c.style.numFmt);
      }
      if (probe && mode === 'probe') return gridCell(probe.value, undefined, probe.fmt ?? c?.style.numFmt);
      if (!c || c.value === null || c.value === undefined || c.value === '') return null;
      return gridCell(c.value, undefined, c.style.numFmt);
    });
    width = Math.max(width, out.length);
    return out;
  });
  // Probes beyond a row's last laid-out cell.
  if (mode === 'probe') {
    for (const [k, p] of probes) {
      const [r, c] = k.split(',').map(Number);
      while (rows.length < r) rows.push([]);
      const line = rows[r - 1];
      while (line.length < c) line.push(null);
      if (line[c - 1] === null) line[c - 1] = gridCell(p.value, undefined, p.fmt);
      width = Math.max(width, line.length);
    }
  }
  return { sheet: draft.name, top: 1, left: 1, width, rows, merges: draft.sheet.merges.map((m) => ({ ...m })), hiddenRows: [], hiddenCols: [] };
}

function isEmpty(c: ReturnType<typeof get>): boolean {
  return !c || ((c.value === null || c.value === undefined || c.value === '') && c.formula === undefined);
}

export interface AdoptOptions {
  today: string;
  config?: Config;
}

/**
 * Runs the fill and takes what it plans. Over the probe (`probe`): every formula, locked, and the
 * labels it writes below a score sheet's total row ("Điểm tối đa áp dụng", "Chỉ số CCHC", "Xếp
 * loại"); values computed from the sample figures are not taken. Over the form itself (`form`,
 * after the probe): each formula's result on the form's own figures (the cached value written
 * with it, so a reader that does not recalculate, and a second fill, see the right number), and
 * a value where the fill writes one instead of a formula.
 */
export function adoptComputedCells(draft: Draft, planner: Planner, opts: AdoptOptions, pass: 'probe' | 'form'): void {
  const wb: WorkbookGrids = { sheets: [draftGrid(draft, pass)] };
  const plan = planner(wb, { file: draft.name, today: opts.today, config: opts.config, values: false });
  for (const w of plan.writes) {
    if (w.sheet !== draft.name) continue;
    const existing = get(draft.sheet, w.row, w.col);
    const base = existing?.style ?? draft.computedStyle(w.row, w.col);
    const below = w.row > draft.table.range.bottom;
    const value: LayoutValue | undefined = typeof w.value === 'string' || typeof w.value === 'number' ? w.value : undefined;
    if (w.formula !== undefined) {
      const c: LayoutCell = { value: null, formula: w.formula, style: { ...base, input: false } };
      if (pass === 'form' && value !== undefined && value !== '') c.result = value;
      put(draft.sheet, w.row, w.col, c);
    } else if (value !== undefined && value !== '' && (pass === 'form' ? existing?.style.input !== true : below && typeof value === 'string' && isEmpty(existing))) {
      put(draft.sheet, w.row, w.col, { value, style: { ...(below && isEmpty(existing) ? draft.computedStyle(w.row, w.col) : base), input: false } });
    }
  }
}

/** The finished form: computed cells adopted, row heights measured. */
export function finishForm(draft: Draft, planner: Planner, opts: AdoptOptions): SheetForm {
  adoptComputedCells(draft, planner, opts, 'probe');
  adoptComputedCells(draft, planner, opts, 'form');
  const { kind, name, widths, freezeRows, page, protection, table } = draft;
  return toForm(draft.sheet, { kind, name, widths, freezeRows, page, protection, table });
}

/** A finished form as the Grid a reader of its file gives (formulas without cached values). */
export function formGrid(form: SheetForm): Grid {
  return draftGrid({ name: form.name, sheet: { rows: form.rows, merges: form.merges }, probes: [] }, 'none');
}
