// Tạo phụ lục (SPEC §10, issue 8): a generated form (engine/generate: SheetForm) added to the open
// workbook as a new sheet. Thin: the form decides every value, formula and format; this only
// turns it into Office.js calls. In order:
// 1. one round trip for the sheet names: the form's name, or with a suffix on a clash ("Phụ lục I
//    (2)", as Excel names a copy), never over an existing sheet;
// 2. the sheet added, its values and formulas written by rows, then formats grouped into
//    rectangles of one style, merges, widths and heights, date validations, frozen header rows,
//    the printed page (A4, one page wide, header rows on every page, "Trang &P/&N"), protection
//    without a password last; in batches under the request budget, one sync per batch, never one
//    per row (SPEC §10), events off so the pane does not take its own writes for the user's;
// 3. should a batch fail, the new sheet is deleted: nothing half-made is left behind.
// It takes the shared sheet layout (engine/layout) as a form has it: rows frozen, never columns;
// no shading, page breaks or auto-filter (SheetForm's type says so); no fills (no form has
// one); Excel keeps its own default row height.
// ExcelApi 1.9 (page layout, which the manifest's 1.13 includes), 1.8 (data validation), 1.7
// (freeze panes), 1.2 (protection).
import { formWritePlan } from '../../engine/generate';
import type { SheetForm } from '../../engine/generate/types';
import { a1, colLetter, rectA1, type Rect } from '../../engine/grid';
import type { LayoutCell, LayoutStyle } from '../../engine/layout/types';
import { cellInput, inputBytes, type CellInput } from './cellInput';
import { REQUEST_BUDGET, type ExcelRun } from './run';

export interface GenerateDeps {
  run: ExcelRun;
  /** Bytes per write round trip (REQUEST_BUDGET; smaller in tests to force several batches). */
  budget?: number;
}

export interface AddedSheet {
  /** The new sheet's name (the form's, or with a suffix). */
  name: string;
  /** Write round trips used. */
  batches: number;
}

/** Excel's longest sheet name. */
const MAX_NAME = 31;

/** The form's name, or "name (2)", "name (3)" … where a sheet already has it (Excel ignores case). */
export function freeSheetName(name: string, existing: readonly string[]): string {
  const wanted = name.slice(0, MAX_NAME).trimEnd();
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  if (!taken.has(wanted.toLocaleLowerCase())) return wanted;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${wanted.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** One queued Office.js call and its estimated request size. */
interface Op {
  bytes: number;
  apply: (ws: Excel.Worksheet) => void;
}

const OP_BYTES = 160;

/** Excel column width in characters → points (a character of Calibri 11 is 7 px, plus 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN: Record<NonNullable<LayoutStyle['align']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};
const V_ALIGN: Record<NonNullable<LayoutStyle['valign']>, Excel.VerticalAlignment> = {
  top: 'Top' as Excel.VerticalAlignment,
  middle: 'Center' as Excel.VerticalAlignment,
  bottom: 'Bottom' as Excel.VerticalAlignment,
};
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Values and formulas, one block per row from its first to its last non-empty cell. */
function valueOps(form: SheetForm): Op[] {
  const byRow = new Map<number, Map<number, CellInput>>();
  for (const w of formWritePlan(form).writes) {
    const line = byRow.get(w.row) ?? new Map<number, CellInput>();
    line.set(w.col, cellInput(w.formula, w.value));
    byRow.set(w.row, line);
  }
  const ops: Op[] = [];
  for (const [row, line] of byRow) {
    const cols = [...line.keys()];
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    const inputs: CellInput[] = [];
    for (let c = left; c <= right; c++) inputs.push(line.get(c) ?? '');
    const address = rectA1({ top: row, left, bottom: row, right });
    ops.push({ bytes: OP_BYTES + inputs.reduce<number>((n, i) => n + inputBytes(i), 0), apply: (ws) => (ws.getRange(address).formulas = [inputs]) });
  }
  return ops;
}

function styleKey(c: LayoutCell | undefined): string {
  return c ? JSON.stringify(c.style) : '';
}

/** Rectangles of cells sharing one style: runs along each row, then equal runs of neighbouring rows joined. */
export function styleRects(form: SheetForm): Array<{ rect: Rect; style: LayoutStyle }> {
  const open = new Map<string, { rect: Rect; style: LayoutStyle }>();
  const done: Array<{ rect: Rect; style: LayoutStyle }> = [];
  form.rows.forEach((line, i) => {
    const row = i + 1;
    const runs: Array<{ left: number; right: number; key: string; style: LayoutStyle }> = [];
    line.forEach((c, j) => {
      if (!c) return;
      const key = styleKey(c);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.right === j) last.right = j + 1;
      else runs.push({ left: j + 1, right: j + 1, key, style: c.style });
    });
    const seen = new Set<string>();
    for (const r of runs) {
      const id = `${r.left},${r.right},${r.key}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.rect.bottom === row - 1) prev.rect.bottom = row;
      else {
        if (prev) done.push(prev);
        open.set(id, { rect: { top: row, left: r.left, bottom: row, right: r.right }, style: r.style });
      }
    }
    for (const [id, o] of open) {
      if (!seen.has(id)) {
        done.push(o);
        open.delete(id);
      }
    }
  });
  done.push(...open.values());
  return done.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

function formatOps(form: SheetForm): Op[] {
  const ops: Op[] = [];
  for (const { rect, style } of styleRects(form)) {
    const address = rectA1(rect);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    ops.push({
      bytes: OP_BYTES * 6,
      apply: (ws) => {
        const f = ws.getRange(address).format;
        f.font.name = form.font.name;
        f.font.size = style.size ?? form.font.size;
        f.font.bold = style.bold ?? false;
        f.font.italic = style.italic ?? false;
        f.verticalAlignment = V_ALIGN[style.valign ?? 'middle'];
        if (style.align) f.horizontalAlignment = H_ALIGN[style.align];
        f.wrapText = style.wrap ?? false;
        // New cells are locked: only input cells are opened.
        if (style.input) f.protection.locked = false;
      },
    });
    if (style.numFmt) {
      const fmt = style.numFmt;
      ops.push({ bytes: OP_BYTES + rows * cols * (fmt.length + 4), apply: (ws) => (ws.getRange(address).numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(fmt))) });
    }
    if (style.border) {
      ops.push({
        bytes: OP_BYTES * EDGES.length,
        apply: (ws) => {
          const borders = ws.getRange(address).format.borders;
          for (const edge of EDGES) {
            if ((edge === 'InsideVertical' && cols === 1) || (edge === 'InsideHorizontal' && rows === 1)) continue;
            const b = borders.getItem(edge);
            b.style = 'Continuous' as Excel.BorderLineStyle;
            b.weight = 'Thin' as Excel.BorderWeight;
            b.color = '#000000';
          }
        },
      });
    }
  }
  return ops;
}

function layoutOps(form: SheetForm): Op[] {
  const ops: Op[] = [];
  for (const m of form.merges) {
    const address = rectA1(m);
    ops.push({ bytes: OP_BYTES, apply: (ws) => ws.getRange(address).merge(false) });
  }
  form.widths.forEach((w, j) => {
    const address = `${colLetter(j + 1)}1`;
    ops.push({ bytes: OP_BYTES, apply: (ws) => (ws.getRange(address).format.columnWidth = widthPoints(w)) });
  });
  for (const [row, height] of Object.entries(form.heights)) {
    const address = `A${row}`;
    ops.push({ bytes: OP_BYTES, apply: (ws) => (ws.getRange(address).format.rowHeight = height) });
  }
  form.rows.forEach((line, i) =>
    line.forEach((c, j) => {
      const v = c?.validation;
      if (!v) return;
      const address = a1(i + 1, j + 1);
      ops.push({
        bytes: OP_BYTES * 3 + inputBytes(v.prompt) + inputBytes(v.error),
        apply: (ws) => {
          const dv = ws.getRange(address).dataValidation;
          dv.rule = { date: { formula1: v.after, operator: 'GreaterThan' as Excel.DataValidationOperator } };
          dv.ignoreBlanks = true;
          dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
          dv.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: v.errorTitle, message: v.error };
        },
      });
    }),
  );
  return ops;
}

function sheetOps(form: SheetForm): Op[] {
  const p = form.page;
  const inch = 72;
  return [
    { bytes: OP_BYTES, apply: (ws) => ws.freezePanes.freezeRows(form.freeze.rows) },
    {
      bytes: OP_BYTES * 10,
      apply: (ws) => {
        const page = ws.pageLayout;
        page.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
        page.paperSize = 'A4' as Excel.PaperType;
        page.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
        page.centerHorizontally = true;
        page.leftMargin = p.margins.left * inch;
        page.rightMargin = p.margins.right * inch;
        page.topMargin = p.margins.top * inch;
        page.bottomMargin = p.margins.bottom * inch;
        page.headerMargin = p.margins.header * inch;
        page.footerMargin = p.margins.footer * inch;
        if (p.printTitleRows) page.setPrintTitleRows(`$${p.printTitleRows.from}:$${p.printTitleRows.to}`);
        if (p.footer) page.headersFooters.defaultForAllPages.centerFooter = p.footer;
      },
    },
  ];
}

function protectOp(form: SheetForm): Op {
  const prot = form.protection;
  return {
    bytes: OP_BYTES * 2,
    apply: (ws) => {
      // No password (issue 8): a guard against typing over a formula by accident.
      ws.protection.protect({
        allowInsertRows: prot.insertRows,
        allowDeleteRows: prot.deleteRows,
        allowFormatRows: prot.formatRows,
        allowFormatColumns: prot.formatColumns,
      });
      ws.activate();
    },
  };
}

function toBatches(ops: Op[], budget: number): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length && size + op.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

async function sheetNamesNow(run: ExcelRun): Promise<string[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Adds the form as a new sheet of the open workbook; on failure, leaves no sheet behind. */
export async function addFormSheet(deps: GenerateDeps, form: SheetForm, progress?: (done: number, total: number) => void): Promise<AddedSheet> {
  const name = freeSheetName(form.name, await sheetNamesNow(deps.run));
  const ops = [...valueOps(form), ...formatOps(form), ...layoutOps(form), ...sheetOps(form), protectOp(form)];
  const batches = toBatches(ops, deps.budget ?? REQUEST_BUDGET);
  let added = false;
  try {
    await deps.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      try {
        const ws = ctx.workbook.worksheets.add(name);
        await ctx.sync();
        added = true;
        let done = 0;
        for (const batch of batches) {
          for (const op of batch) op.apply(ws);
          await ctx.sync();
          progress?.(++done, batches.length);
        }
      } finally {
        ctx.runtime.enableEvents = true;
        await ctx.sync().catch(() => undefined);
      }
    });
  } catch (error) {
    if (added) {
      await deps
        .run(async (ctx) => {
          ctx.workbook.worksheets.getItem(name).delete();
          await ctx.sync();
        })
        .catch(() => undefined);
    }
    throw error;
  }
  return { name, batches: batches.length + 1 };
}
