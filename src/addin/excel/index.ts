// The Office adapter: WorkbookOps implemented with Office.js (STYLE.md: thin, decides nothing about
// CCHC). The pane's entry point builds it with `Excel.run`; tests build it with the in-memory Excel.
import { AddinError, type CellChange, type Dismissal, type DismissalKey, type Unsubscribe, type WorkbookOps } from '../ops';
import { applyPlan, type WriteDeps } from './fill';
import { addFormSheet } from './generate';
import { clearHighlights, highlight, highlightCount } from './highlight';
import { DEFAULT_READ_LIMITS, readSheet, readWorkbook, type ReadLimits, type ReadResult, type ReadWarning } from './read';
import { REQUEST_BUDGET, errorText, isPayloadError, isProtectionError, type ExcelRun } from './run';
import { readStore, writeStore } from './store';
import { undoHistory, undoLast } from './undo';

export interface ExcelDeps {
  run: ExcelRun;
  /** Notes (ExcelApi 1.18) are available: `Office.context.requirements.isSetSupported('ExcelApi', '1.18')`. */
  notes: boolean;
  fileName: () => string;
  now?: () => Date;
  readLimits?: ReadLimits;
  /** Told about sheets read only in part (the pane shows it). */
  onReadWarnings?: (warnings: ReadWarning[]) => void;
  /** Bytes per write round trip (default REQUEST_BUDGET, well under Excel on the web's 5 MB). */
  requestBudget?: number;
}

/** Any failure leaves the adapter as an AddinError the pane knows how to explain. */
export function toAddinError(error: unknown): AddinError {
  if (error instanceof AddinError) return error;
  if (isProtectionError(error)) return new AddinError('protected', errorText(error), { cause: error });
  if (isPayloadError(error)) return new AddinError('tooLarge', errorText(error), { cause: error });
  return new AddinError('connection', errorText(error), { cause: error });
}

/** Wraps every operation of the ops object so that it only ever rejects with an AddinError. */
function guarded(ops: WorkbookOps): WorkbookOps {
  const out = { ...ops } as Record<string, unknown>;
  for (const [name, value] of Object.entries(ops)) {
    if (typeof value !== 'function' || name === 'fileName') continue;
    const fn = value as (...args: unknown[]) => Promise<unknown>;
    out[name] = async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (error) {
        throw toAddinError(error);
      }
    };
  }
  return out as unknown as WorkbookOps;
}

function sameKey(a: DismissalKey, b: DismissalKey): boolean {
  return a.sheet === b.sheet && a.cell === b.cell && a.code === b.code;
}

/** Sheet ids → names, refreshed when an event names a sheet not seen yet (a new sheet). */
async function sheetNames(run: ExcelRun): Promise<Map<string, string>> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/id,items/name');
    await ctx.sync();
    return new Map(sheets.items.map((ws) => [ws.id, ws.name]));
  });
}

export function createExcelOps(deps: ExcelDeps): WorkbookOps {
  const now = deps.now ?? (() => new Date());
  const write: WriteDeps = { run: deps.run, notes: deps.notes, now, budget: deps.requestBudget ?? REQUEST_BUDGET };
  const limits = deps.readLimits ?? DEFAULT_READ_LIMITS;
  const report = (r: ReadResult) => {
    if (r.warnings.length) deps.onReadWarnings?.(r.warnings);
    return r;
  };

  const nameOf = async (ids: Map<string, string>, id: string): Promise<string> => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    for (const [k, v] of await sheetNames(deps.run)) ids.set(k, v);
    return ids.get(id) ?? '';
  };

  return guarded({
    async readWorkbook(progress) {
      let step = 0;
      const result = report(await readWorkbook(deps.run, limits, () => progress?.(++step, 2)));
      return { sheets: result.sheets };
    },
    async readSheet(sheet) {
      const result = report(await readSheet(deps.run, sheet, limits));
      return result.sheets[0];
    },
    fileName: deps.fileName,
    async activeSheet() {
      return deps.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await ctx.sync();
        return ws.name;
      });
    },
    applyPlan: (plan, label, progress) => applyPlan(write, plan, label, progress),
    undoHistory: () => undoHistory(write),
    undoLast: (progress) => undoLast(write, progress),
    highlight: (cells, progress) => highlight(write, cells, progress),
    clearHighlights: (progress) => clearHighlights(write, progress),
    highlightCount: () => highlightCount(write),
    async dismissals() {
      return (await readStore(deps.run, 'dismissals')).dismissals;
    },
    async dismiss(d: Dismissal) {
      const store = await readStore(deps.run, 'dismissals');
      const dismissals = [...store.dismissals.filter((x) => !sameKey(x, d)), d];
      await writeStore(deps.run, 'dismissals', { dismissals }, now());
    },
    async undismiss(key: DismissalKey) {
      const store = await readStore(deps.run, 'dismissals');
      await writeStore(deps.run, 'dismissals', { dismissals: store.dismissals.filter((x) => !sameKey(x, key)) }, now());
    },
    async selectCell(sheet, cell) {
      await deps.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },
    addSheet: (form, progress) => addFormSheet({ run: deps.run, budget: write.budget }, form, progress),
    async onCellsChanged(handler: (change: CellChange) => void): Promise<Unsubscribe> {
      const ids = await sheetNames(deps.run);
      // Registered on the collection (ExcelApi 1.9): one handler for every sheet, new ones too.
      const registration = await deps.run(async (ctx) => {
        const result = ctx.workbook.worksheets.onChanged.add(async (event) => {
          handler({ sheet: await nameOf(ids, event.worksheetId), address: event.address });
        });
        await ctx.sync();
        return result;
      });
      return async () => {
        registration.remove();
        await registration.context.sync();
      };
    },
    async onActiveSheetChanged(handler: (sheet: string) => void): Promise<Unsubscribe> {
      const ids = await sheetNames(deps.run);
      const registration = await deps.run(async (ctx) => {
        const result = ctx.workbook.worksheets.onActivated.add(async (event) => {
          handler(await nameOf(ids, event.worksheetId));
        });
        await ctx.sync();
        return result;
      });
      return async () => {
        registration.remove();
        await registration.context.sync();
      };
    },
  });
}

export type { ExcelRun } from './run';
export type { ReadWarning } from './read';
