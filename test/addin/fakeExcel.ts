// An in-memory Excel behind the Office.js API, as far as the adapter uses it (issue 7). It behaves
// like Excel where the adapter could get it wrong:
// - proxies: reading a property before `load` + `sync` throws PropertyNotLoaded; loaded values are
//   a snapshot taken at the sync; writes and method calls are queued and run in order at `sync`;
// - a batch is not a transaction: operations before a failing one stay applied;
// - cells take input as typed: "=…" is a formula, "'…" is text, "1.10" becomes 1.1, "TRUE" a
//   boolean; `formulas` reads back the value where there is no formula;
// - protected sheets refuse writes and formatting (AccessDenied);
// - every sync is counted, with the size of its request and of its response; a request over the
//   limit (5 MB, Excel on the web) is refused whole, and so is a response when a limit is set;
// - getMergedAreas fails past 512 merged areas, as documented;
// - failures can be injected: the nth sync fails, before or after applying some of its operations;
// - events: onChanged/onActivated handlers, raised by the add-in's own writes unless
//   `runtime.enableEvents` is false, and by `edit()` (the user typing).
// office-addin-mock was considered and not used: it mocks a static object tree (values set by
// hand, properties that return an error string instead of throwing, writes applied at once rather
// than at sync), and has no cells, ranges, request sizes or failure injection.
import {
  a1,
  colLetter,
  parseRectA1,
  rectA1,
  type Cell,
  type Grid,
  type Rect,
  type Scalar,
  type WorkbookGrids,
} from '../../src/engine/grid';
import { evaluateFormula } from './fakeFormula';

// ---- State -----------------------------------------------------------------------------------

export interface FakeFill {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const NO_FILL: FakeFill = { pattern: 'None', color: '#FFFFFF', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

export interface FakeCell {
  v: Scalar;
  f?: string;
  fmt?: string;
  font?: string;
  fill?: FakeFill;
  /** Typed with a leading apostrophe. */
  quotePrefix?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Formatting set through the API (Tạo phụ lục): per cell "row,col" → property → value. */
  formats: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  /** Page layout properties set (orientation, paperSize, zoom, printTitleRows, centerFooter …). */
  page: Record<string, unknown>;
  /** The options `protection.protect` was given (null: not protected through the API). */
  protectionOptions: Record<string, unknown> | null;
  /** Data validation per cell "row,col": rule, prompt, errorAlert, ignoreBlanks. */
  validations: Map<string, Record<string, unknown>>;
}

export interface FakePart {
  id: string;
  xml: string;
}

export interface SyncRecord {
  /** Estimated request size in bytes. */
  requestBytes: number;
  /** Size of the loaded data sent back. */
  responseBytes: number;
  ops: number;
  /** Cells written by this sync. */
  cellsWritten: number;
  failed: boolean;
}

export interface FakeOptions {
  /** Request limit in bytes (Excel on the web: 5 MB). */
  requestLimit?: number;
  /** Response limit in bytes; none by default (desktop Excel has none). */
  responseLimit?: number;
  /** Notes supported (ExcelApi 1.18). */
  notes?: boolean;
  /** Merged areas getMergedAreas can return (512, documented). */
  mergeLimit?: number;
}

export interface InjectedFailure {
  /** The nth sync from now fails (1 = the next one). */
  atSync: number;
  /** Operations of that sync applied before it fails (0: the request never arrived). */
  applyOps?: number;
  code?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

const key = (row: number, col: number) => `${row},${col}`;

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const encoder = new TextEncoder();

/** Bytes of a value as JSON in UTF-8, as it would travel in a request or a response. */
function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v ?? null)).length;
}

// ---- Typing into a cell ------------------------------------------------------------------------

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ERROR_LITERAL_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/** What a cell holds after the user (or `Range.formulas`) enters `input`, as Excel parses it. */
export function typeInto(cell: FakeCell | undefined, input: unknown): FakeCell | undefined {
  const keep: Omit<FakeCell, 'v' | 'f' | 'quotePrefix'> = {};
  if (cell?.fmt !== undefined) keep.fmt = cell.fmt;
  if (cell?.font !== undefined) keep.font = cell.font;
  if (cell?.fill !== undefined) keep.fill = cell.fill;
  const result = (c: FakeCell): FakeCell => ({ ...keep, ...c });
  if (input === null || input === undefined || input === '') {
    return Object.keys(keep).length ? result({ v: null }) : undefined;
  }
  if (typeof input === 'number' || typeof input === 'boolean') return result({ v: input });
  const s = String(input);
  if (s.startsWith("'")) return result({ v: s.slice(1) === '' ? null : s.slice(1), quotePrefix: true });
  // A cell formatted as Text keeps what is typed (the other way to enter "=…" as text).
  if (cell?.fmt === '@') return result({ v: s });
  if (s.startsWith('=') && s.length > 1) return result({ v: null, f: s.slice(1) });
  if (NUMBER_RE.test(s.trim())) return result({ v: Number(s.trim()) });
  if (/^(true|false)$/i.test(s.trim())) return result({ v: /^true$/i.test(s.trim()) });
  if (ERROR_LITERAL_RE.test(s)) return result({ v: { error: s } });
  return result({ v: s });
}

// ---- The fake ----------------------------------------------------------------------------------

type Handler = (args: Record<string, unknown>) => Promise<unknown> | unknown;

interface QueuedOp {
  bytes: number;
  /** Runs the operation; returns the bytes of data it loads (for the response size). */
  run: () => number;
  /** Cells this operation writes (for the sync record). */
  cells?: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly parts: FakePart[] = [];
  readonly notes = new Map<string, string>();
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  enableEvents = true;
  readonly syncs: SyncRecord[] = [];
  readonly options: Required<FakeOptions>;
  private failures: Array<Required<InjectedFailure> & { at: number }> = [];
  private handlers = { changed: new Set<Handler>(), activated: new Set<Handler>() };
  private nextId = 1;
  /** Events raised and not yet delivered. */
  private pendingEvents: Array<Promise<unknown>> = [];

  constructor(wb: WorkbookGrids, options: FakeOptions = {}) {
    this.options = {
      requestLimit: options.requestLimit ?? 5 * 1024 * 1024,
      responseLimit: options.responseLimit ?? Number.POSITIVE_INFINITY,
      notes: options.notes ?? true,
      mergeLimit: options.mergeLimit ?? 512,
    };
    for (const grid of wb.sheets) this.addSheetFromGrid(grid);
    this.activeSheet = this.sheets[0]?.name ?? '';
  }

  // ---- Test controls

  /** Office's `Excel.run`, against this workbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    return batch(ctx as unknown as Excel.RequestContext);
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  failAt(failure: InjectedFailure): void {
    this.failures.push({ applyOps: 0, code: 'GeneralException', ...failure, at: this.syncs.length + failure.atSync });
  }

  addSheetFromGrid(grid: Grid): FakeSheet {
    const sheet = this.newSheet(grid.sheet);
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const fc: FakeCell = { v: cell.v };
        if (cell.f !== undefined) fc.f = cell.f;
        if (cell.fmt !== undefined) fc.fmt = cell.fmt;
        if (cell.font !== undefined) fc.font = cell.font;
        sheet.cells.set(key(grid.top + r, grid.left + c), fc);
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    grid.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
    grid.hiddenCols.forEach((c) => sheet.hiddenCols.add(c));
    sheet.protected = !!grid.protected;
    return sheet;
  }

  newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: `{00000000-0001-0000-${String(this.nextId++).padStart(4, '0')}-000000000000}`,
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      formats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      page: {},
      protectionOptions: null,
      validations: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const p = parseRectA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.sheet(sheet).cells.get(key(p.top, p.left));
  }

  /** The formatting the API set on a cell (Tạo phụ lục tests). */
  formatOf(sheet: string, address: string): Record<string, unknown> {
    const p = parseRectA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return { ...(this.sheet(sheet).formats.get(key(p.top, p.left)) ?? {}) };
  }

  /** A deep copy of everything a user could see or lose: cells, fills, notes, merges, parts. */
  state(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => [k, structuredClone(c)]),
        merges: s.merges,
      })),
      notes: [...this.notes.entries()].sort(),
    };
  }

  /** The user types into a cell: the change event fires whatever enableEvents says. */
  edit(sheetName: string, address: string, input: unknown): void {
    const sheet = this.sheet(sheetName);
    const p = parseRectA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    this.putCell(sheet, p.top, p.left, typeInto(sheet.cells.get(key(p.top, p.left)), input));
    this.recalculate(sheet);
    this.raise('changed', { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id, address: a1(p.top, p.left) });
  }

  /** The user clicks another sheet tab. */
  activate(sheetName: string): void {
    this.activeSheet = this.sheet(sheetName).name;
    this.raise('activated', { type: 'WorksheetActivated', worksheetId: this.sheet(sheetName).id });
  }

  /** Resolves once every raised event has been handled. */
  async settle(): Promise<void> {
    while (this.pendingEvents.length) {
      const pending = this.pendingEvents.splice(0);
      await Promise.all(pending);
    }
  }

  /** The workbook as Grids (what an exact reader should give). */
  toGrids(): WorkbookGrids {
    return {
      sheets: this.sheets.map((s) => {
        const used = this.usedRect(s, true);
        const rows: Array<Array<Cell | null>> = [];
        for (let r = used.top; r <= used.bottom; r++) {
          const row: Array<Cell | null> = [];
          for (let c = used.left; c <= used.right; c++) {
            const fc = s.cells.get(key(r, c));
            if (!fc || (fc.v === null && fc.f === undefined)) {
              row.push(null);
              continue;
            }
            const cell: Cell = { v: fc.v };
            if (fc.f !== undefined) cell.f = fc.f;
            if (fc.fmt !== undefined && fc.fmt !== 'General') cell.fmt = fc.fmt;
            row.push(cell);
          }
          while (row.length && row[row.length - 1] === null) row.pop();
          rows.push(row);
        }
        while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
        const grid: Grid = {
          sheet: s.name,
          top: used.top,
          left: used.left,
          width: used.right - used.left + 1,
          rows,
          merges: s.merges.map((m) => ({ ...m })),
          hiddenRows: [...s.hiddenRows].filter((r) => r >= used.top && r <= used.bottom).sort((a, b) => a - b),
          hiddenCols: [...s.hiddenCols].filter((c) => c >= used.left && c <= used.right).sort((a, b) => a - b),
        };
        if (s.protected) grid.protected = true;
        return grid;
      }),
    };
  }

  // ---- Internals used by the proxies

  putCell(sheet: FakeSheet, row: number, col: number, cell: FakeCell | undefined): void {
    if (cell === undefined) sheet.cells.delete(key(row, col));
    else sheet.cells.set(key(row, col), cell);
  }

  /** The used range: cells with a value or formula (valuesOnly), or any cell the sheet keeps. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, c] of sheet.cells) {
      if (valuesOnly && c.v === null && c.f === undefined) continue;
      const [r, col] = k.split(',').map(Number);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    // Excel gives the top-left cell for an empty sheet.
    if (top === Infinity) return { top: 1, left: 1, bottom: 1, right: 1 };
    return { top, left, bottom, right };
  }

  address(sheet: FakeSheet, rect: Rect): string {
    return `${sheetPrefix(sheet.name)}!${rectA1(rect)}`;
  }

  recalculate(sheet?: FakeSheet): void {
    const sheets = sheet ? [sheet, ...this.sheets.filter((s) => s !== sheet)] : this.sheets;
    // A few passes settle chains of formulas (a total over subtotals written in the same batch).
    for (let pass = 0; pass < 4; pass++) {
      let changed = false;
      for (const s of sheets) {
        for (const [k, c] of s.cells) {
          if (c.f === undefined) continue;
          const v = evaluateFormula(c.f, {
            value: (name, row, col) => {
              const target = name === undefined ? s : this.sheets.find((x) => x.name === name);
              const cell = target?.cells.get(key(row, col));
              return cell?.v ?? null;
            },
          });
          if (JSON.stringify(v) !== JSON.stringify(c.v)) {
            s.cells.set(k, { ...c, v });
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  raise(kind: 'changed' | 'activated', args: Record<string, unknown>): void {
    for (const h of this.handlers[kind]) {
      // Office delivers events asynchronously, after the batch that caused them.
      this.pendingEvents.push(Promise.resolve().then(() => h(args)));
    }
  }

  addHandler(kind: 'changed' | 'activated', h: Handler): void {
    this.handlers[kind].add(h);
  }

  removeHandler(kind: 'changed' | 'activated', h: Handler): void {
    this.handlers[kind].delete(h);
  }

  handlerCount(kind: 'changed' | 'activated'): number {
    return this.handlers[kind].size;
  }

  newPartId(): string {
    return `{${String(this.nextId++).padStart(8, '0')}-0000-0000-0000-000000000000}`;
  }

  /** Runs one sync: limits, injected failures, then every queued operation in order. */
  sync(queue: QueuedOp[]): void {
    const requestBytes = queue.reduce((n, op) => n + op.bytes, 0) + 200;
    const record: SyncRecord = { requestBytes, responseBytes: 0, ops: queue.length, cellsWritten: 0, failed: true };
    this.syncs.push(record);
    const n = this.syncs.length;
    const failure = this.failures.find((f) => f.at === n);
    if (requestBytes > this.options.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    let response = 0;
    let wrote = false;
    queue.forEach((op, i) => {
      if (failure && i >= failure.applyOps) throw new FakeOfficeError(failure.code, `Injected failure at sync ${n}`);
      response += op.run();
      record.cellsWritten += op.cells ?? 0;
      if (op.cells) wrote = true;
    });
    if (failure) throw new FakeOfficeError(failure.code, `Injected failure at sync ${n}`);
    record.responseBytes = response;
    if (response > this.options.responseLimit) {
      record.failed = true;
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes).`);
    }
    if (wrote) this.recalculate();
    record.failed = false;
  }
}

// ---- Proxies -----------------------------------------------------------------------------------

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  private queue: QueuedOp[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    // Office.js answers asynchronously.
    await Promise.resolve();
    this.excel.sync(queue);
  }
}

/** A proxy: loads, property reads after sync, queued writes. */
abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  private nulled: boolean | undefined;
  private children = new Map<string, FakeObject>();

  constructor(protected readonly ctx: FakeContext) {}

  /** The object behind the proxy, resolved at sync time (null for a null object). */
  protected abstract target(): unknown;
  /** A scalar property's current value. */
  protected abstract scalar(prop: string): unknown;
  /** A navigation property's proxy, if the type has one by that name. */
  protected nav(_prop: string): FakeObject | undefined {
    return undefined;
  }

  protected child<T extends FakeObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = (typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue({ bytes: 80 + list.join(',').length, run: () => this.loadNow(list) });
    return this;
  }

  /** Runs a load at sync time; returns the bytes of data loaded. */
  loadNow(paths: string[]): number {
    const t = this.target();
    this.nulled = t === null;
    let bytes = 0;
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      const nav = this.nav(head);
      if (nav) {
        bytes += nav.loadNow(rest.length ? [rest.join('/')] : []);
        continue;
      }
      if (t === null) continue;
      const v = this.scalar(head);
      this.loaded.set(head, v);
      bytes += jsonBytes(v) + head.length + 4;
    }
    return bytes;
  }

  get isNullObject(): boolean {
    if (this.nulled === undefined) throw notLoaded('isNullObject');
    return this.nulled;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => number | void): void {
    this.ctx.enqueue({
      bytes: 100 + prop.length + jsonBytes(value),
      cells: Array.isArray(value) ? value.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0) : 0,
      run: () => {
        apply();
        return 0;
      },
    });
  }

  protected call(name: string, args: unknown, apply: () => void): void {
    this.ctx.enqueue({
      bytes: 100 + name.length + jsonBytes(args),
      run: () => {
        apply();
        return 0;
      },
    });
  }
}

class FakeClientResult<T> {
  private synced = false;
  private result: T | undefined;
  constructor(ctx: FakeContext, compute: () => T) {
    ctx.enqueue({
      bytes: 100,
      run: () => {
        this.result = compute();
        this.synced = true;
        return jsonBytes(this.result);
      },
    });
  }
  get value(): T {
    if (!this.synced) throw notLoaded('value');
    return this.result as T;
  }
}

class FakeRuntime extends FakeObject {
  protected target() {
    return this.ctx.excel;
  }
  protected scalar(prop: string) {
    if (prop === 'enableEvents') return this.ctx.excel.enableEvents;
    return undefined;
  }
  get enableEvents(): boolean {
    return this.get('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.set('enableEvents', v, () => {
      this.ctx.excel.enableEvents = v;
    });
  }
}

class FakeWorkbook extends FakeObject {
  protected target() {
    return this.ctx.excel;
  }
  protected scalar() {
    return undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    return this.child('worksheets', () => new FakeWorksheetCollection(this.ctx));
  }
  get customXmlParts(): FakePartCollection {
    return this.child('customXmlParts', () => new FakePartCollection(this.ctx, null));
  }
  get notes(): FakeNoteCollection {
    if (!this.ctx.excel.options.notes) throw new FakeOfficeError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.18).');
    return this.child('notes', () => new FakeNoteCollection(this.ctx));
  }
}

class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly kind: 'changed' | 'activated',
  ) {}
  add(handler: Handler) {
    const excel = this.ctx.excel;
    const ctx = this.ctx;
    const kind = this.kind;
    ctx.enqueue({ bytes: 120, run: () => (excel.addHandler(kind, handler), 0) });
    return {
      context: ctx,
      remove() {
        ctx.enqueue({ bytes: 120, run: () => (excel.removeHandler(kind, handler), 0) });
      },
    };
  }
}

class FakeWorksheetCollection extends FakeObject {
  private itemList: FakeWorksheet[] | null = null;
  protected target() {
    return this.ctx.excel.sheets;
  }
  protected scalar() {
    return undefined;
  }
  override loadNow(paths: string[]): number {
    // "items/…" loads every sheet as of this sync.
    this.itemList = this.ctx.excel.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    let bytes = 0;
    for (const ws of this.itemList) bytes += ws.loadNow(itemPaths.length ? itemPaths : ['name']);
    return bytes;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets.find((s) => s.name === name) ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(this.ctx.excel.activeSheet));
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.call('add', name, () => {
      if (this.ctx.excel.sheets.some((s) => s.name === name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      created = this.ctx.excel.newSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => created ?? this.ctx.excel.sheet(name));
  }
  get onChanged() {
    return new FakeEventHandlers(this.ctx, 'changed');
  }
  get onActivated() {
    return new FakeEventHandlers(this.ctx, 'activated');
  }
}

class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  protected target() {
    return this.resolve();
  }
  protected scalar(prop: string) {
    const s = this.sheetNow();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.ctx.excel.sheets.indexOf(s);
      default:
        return undefined;
    }
  }
  protected override nav(prop: string) {
    return prop === 'protection' ? this.protection : undefined;
  }
  get freezePanes(): FakeFreezePanes {
    return this.child('freezePanes', () => new FakeFreezePanes(this.ctx, () => this.sheetNow()));
  }
  get pageLayout(): FakePageLayout {
    return this.child('pageLayout', () => new FakePageLayout(this.ctx, () => this.sheetNow()));
  }
  delete(): void {
    this.call('delete', null, () => {
      const s = this.sheetNow();
      const sheets = this.ctx.excel.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      if (this.ctx.excel.activeSheet === s.name) this.ctx.excel.activeSheet = sheets[0]?.name ?? '';
    });
  }
  sheetNow(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    return s;
  }
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, () => {
      this.sheetNow().visibility = v as FakeSheet['visibility'];
    });
  }
  get protection(): FakeProtection {
    return this.child('protection', () => new FakeProtection(this.ctx, () => this.sheetNow()));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => this.sheetNow(), () => {
      const rect = parseRectA1(address.replace(/\$/g, ''));
      if (!rect) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
      return rect;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => this.sheetNow(), () => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => this.sheetNow(), () => this.ctx.excel.usedRect(this.sheetNow(), !!valuesOnly));
  }
  activate(): void {
    this.call('activate', null, () => {
      this.ctx.excel.activeSheet = this.sheetNow().name;
    });
  }
}

class FakeProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected target() {
    return this.sheet();
  }
  protected scalar(prop: string) {
    return prop === 'protected' ? this.sheet().protected : undefined;
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.call('protect', options ?? null, () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', 'The sheet is already protected.');
      s.protected = true;
      s.protectionOptions = { ...(options ?? {}), ...(password ? { password } : {}) };
    });
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): only freezeRows is modelled. */
class FakeFreezePanes extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected target() {
    return this.sheet();
  }
  protected scalar() {
    return undefined;
  }
  freezeRows(count: number): void {
    this.call('freezeRows', count, () => {
      this.sheet().frozenRows = count;
    });
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): the properties a generated form sets, recorded as set. */
class FakePageLayout extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected target() {
    return this.sheet();
  }
  protected scalar(prop: string) {
    return this.sheet().page[prop];
  }
  private put(prop: string, value: unknown): void {
    this.set(prop, value, () => {
      const s = this.sheet();
      if (s.protected) throw accessDenied(s);
      s.page[prop] = value;
    });
  }
  set orientation(v: string) {
    this.put('orientation', v);
  }
  set paperSize(v: string) {
    this.put('paperSize', v);
  }
  set zoom(v: Record<string, unknown>) {
    this.put('zoom', v);
  }
  set centerHorizontally(v: boolean) {
    this.put('centerHorizontally', v);
  }
  set leftMargin(v: number) {
    this.put('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.put('rightMargin', v);
  }
  set topMargin(v: number) {
    this.put('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.put('bottomMargin', v);
  }
  set headerMargin(v: number) {
    this.put('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.put('footerMargin', v);
  }
  setPrintTitleRows(rows: string): void {
    this.put('printTitleRows', rows);
  }
  get headersFooters() {
    const put = (prop: string, v: unknown) => this.put(prop, v);
    return {
      defaultForAllPages: {
        set centerFooter(v: string) {
          put('centerFooter', v);
        },
      },
    };
  }
}

function accessDenied(sheet: FakeSheet): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

class FakeRange extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly rect: () => Rect,
  ) {
    super(ctx);
  }
  protected target() {
    return this.sheet();
  }
  private grid<T>(f: (cell: FakeCell | undefined, row: number, col: number) => T): T[][] {
    const s = this.sheet();
    const r = this.rect();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(s.cells.get(key(row, col)), row, col));
      out.push(line);
    }
    return out;
  }
  protected scalar(prop: string) {
    const r = this.rect();
    switch (prop) {
      case 'address':
        return this.ctx.excel.address(this.sheet(), r);
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'rowIndex':
        return r.top - 1;
      case 'columnIndex':
        return r.left - 1;
      case 'values':
        return this.grid((c) => {
          if (!c || c.v === null) return '';
          return typeof c.v === 'object' ? c.v.error : c.v;
        });
      case 'formulas':
        return this.grid((c) => {
          if (!c) return '';
          if (c.f !== undefined) return `=${c.f}`;
          if (c.v === null) return '';
          return typeof c.v === 'object' ? c.v.error : c.v;
        });
      case 'numberFormat':
        return this.grid((c) => c?.fmt ?? 'General');
      default:
        return undefined;
    }
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v, () => {
      const s = this.sheet();
      if (s.protected) throw accessDenied(s);
      const r = this.rect();
      v.forEach((line, i) =>
        line.forEach((fmt, j) => {
          const k = key(r.top + i, r.left + j);
          const c = s.cells.get(k) ?? { v: null };
          s.cells.set(k, { ...c, fmt: String(fmt) });
        }),
      );
    });
  }
  /** Merges the range (across: each row on its own). */
  merge(across?: boolean): void {
    this.call('merge', across ?? false, () => {
      const s = this.sheet();
      if (s.protected) throw accessDenied(s);
      const r = this.rect();
      if (s.merges.some((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left)) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that overlaps a merged range.');
      }
      const rows = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      s.merges.push(...rows);
    });
  }
  get dataValidation(): FakeDataValidation {
    return this.child('dataValidation', () => new FakeDataValidation(this.ctx, this));
  }
  private write(prop: string, input: unknown[][]): void {
    this.set(prop, input, () => {
      const s = this.sheet();
      const r = this.rect();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (input.length !== rows || input.some((row) => row.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range.`);
      }
      if (s.protected) throw accessDenied(s);
      input.forEach((row, i) =>
        row.forEach((value, j) => {
          const rr = r.top + i;
          const cc = r.left + j;
          this.ctx.excel.putCell(s, rr, cc, typeInto(s.cells.get(key(rr, cc)), value));
        }),
      );
      if (this.ctx.excel.enableEvents) {
        this.ctx.excel.raise('changed', { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: s.id, address: rectA1(r) });
      }
    });
  }
  get format(): FakeRangeFormat {
    return this.child('format', () => new FakeRangeFormat(this.ctx, this));
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, () => {
      const r = this.rect();
      const hits = this.sheet().merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
      if (hits.length > this.ctx.excel.options.mergeLimit) {
        throw new FakeOfficeError('GeneralException', 'There are too many merged areas in the range (more than 512).');
      }
      return hits.length ? hits : null;
    });
  }
  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, () => {
      if (type !== 'Visible') throw new FakeOfficeError('InvalidArgument', `special cells ${type} not supported by the fake`);
      const r = this.rect();
      const s = this.sheet();
      const runs = (from: number, to: number, hidden: Set<number>) => {
        const out: Array<[number, number]> = [];
        for (let i = from; i <= to; i++) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const rowRuns = runs(r.top, r.bottom, s.hiddenRows);
      const colRuns = runs(r.left, r.right, s.hiddenCols);
      const areas: Rect[] = [];
      for (const [top, bottom] of rowRuns) for (const [left, right] of colRuns) areas.push({ top, bottom, left, right });
      return areas.length ? areas : null;
    });
  }
  private otherRect(other: string | FakeRange): Rect {
    if (other instanceof FakeRange) return other.rect();
    const rect = parseRectA1(other.replace(/\$/g, ''));
    if (!rect) throw new FakeOfficeError('InvalidArgument', `Bad address ${other}`);
    return rect;
  }
  getBoundingRect(other: string | FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.rect();
      const b = this.otherRect(other);
      return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
    });
  }
  getIntersection(other: string | FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.rect();
      const b = this.otherRect(other);
      const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
      if (r.top > r.bottom || r.left > r.right) throw new FakeOfficeError('InvalidArgument', 'The ranges do not intersect.');
      return r;
    });
  }
  /** Per-cell properties; only the font name is modelled. */
  getCellProperties(_options: unknown): FakeClientResult<Array<Array<{ format: { font: { name: string } } }>>> {
    return new FakeClientResult(this.ctx, () => this.grid((c) => ({ format: { font: { name: c?.font ?? 'Calibri' } } })));
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const r = this.rect();
      return { top: r.top, bottom: r.bottom, left: r.left + i, right: r.left + i };
    });
  }
  select(): void {
    this.call('select', null, () => {
      const s = this.sheet();
      this.ctx.excel.activeSheet = s.name;
      this.ctx.excel.selection = { sheet: s.name, address: rectA1(this.rect()) };
    });
  }
  /** Queues a property write whose effect `apply` carries out at sync (format objects use it). */
  queueSet(prop: string, value: unknown, apply: () => void): void {
    this.set(prop, value, apply);
  }
  /** Cells of the range (for format operations). */
  eachCell(f: (sheet: FakeSheet, row: number, col: number) => void): void {
    const s = this.sheet();
    const r = this.rect();
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(s, row, col);
  }
}

class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly areas: () => Rect[] | null,
  ) {
    super(ctx);
  }
  protected target() {
    return this.areas();
  }
  protected scalar(prop: string) {
    const areas = this.areas() ?? [];
    if (prop === 'address') return areas.map((a) => this.ctx.excel.address(this.sheet(), a)).join(', ');
    if (prop === 'areaCount') return areas.length;
    return undefined;
  }
  get address(): string {
    return this.get('address');
  }
}

class FakeRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar() {
    return undefined;
  }
  protected override nav(prop: string) {
    if (prop === 'fill') return this.fill;
    if (prop === 'font') return this.font;
    return undefined;
  }
  get fill(): FakeRangeFill {
    return this.child('fill', () => new FakeRangeFill(this.ctx, this.range));
  }
  get font(): FakeRangeFont {
    return this.child('font', () => new FakeRangeFont(this.ctx, this.range));
  }
  get borders(): FakeRangeBorders {
    return this.child('borders', () => new FakeRangeBorders(this.ctx, this.range));
  }
  get protection(): FakeFormatProtection {
    return this.child('protection', () => new FakeFormatProtection(this.ctx, this.range));
  }
  set horizontalAlignment(v: string) {
    setFormat(this.range, 'horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    setFormat(this.range, 'verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    setFormat(this.range, 'wrapText', v);
  }
  set columnWidth(v: number) {
    this.range.queueSet('columnWidth', v, () => {
      const s = this.range.sheet();
      if (s.protected) throw accessDenied(s);
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range.queueSet('rowHeight', v, () => {
      const s = this.range.sheet();
      if (s.protected) throw accessDenied(s);
      const r = this.range.rect();
      for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, v);
    });
  }
}

/** Sets a formatting property on every cell of a range (refused on a protected sheet). */
function setFormat(range: FakeRange, prop: string, value: unknown): void {
  range.queueSet(prop, value, () => {
    range.eachCell((s, row, col) => {
      if (s.protected) throw accessDenied(s);
      const k = key(row, col);
      s.formats.set(k, { ...(s.formats.get(k) ?? {}), [prop]: value });
    });
  });
}

class FakeRangeBorders extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar() {
    return undefined;
  }
  getItem(edge: string): FakeRangeBorder {
    return new FakeRangeBorder(this.ctx, this.range, edge);
  }
}

class FakeRangeBorder extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    private readonly edge: string,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar() {
    return undefined;
  }
  set style(v: string) {
    setFormat(this.range, `border.${this.edge}`, v);
  }
  set weight(v: string) {
    setFormat(this.range, `borderWeight.${this.edge}`, v);
  }
  set color(v: string) {
    setFormat(this.range, `borderColor.${this.edge}`, v);
  }
}

class FakeFormatProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar() {
    return undefined;
  }
  set locked(v: boolean) {
    setFormat(this.range, 'locked', v);
  }
}

/** Range.dataValidation (ExcelApi 1.8): what was set, per cell. */
class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar() {
    return undefined;
  }
  private put(prop: string, value: unknown): void {
    this.range.queueSet(`dataValidation.${prop}`, value, () => {
      this.range.eachCell((s, row, col) => {
        if (s.protected) throw accessDenied(s);
        const k = key(row, col);
        s.validations.set(k, { ...(s.validations.get(k) ?? {}), [prop]: value });
      });
    });
  }
  set rule(v: Record<string, unknown>) {
    this.put('rule', v);
  }
  set prompt(v: Record<string, unknown>) {
    this.put('prompt', v);
  }
  set errorAlert(v: Record<string, unknown>) {
    this.put('errorAlert', v);
  }
  set ignoreBlanks(v: boolean) {
    this.put('ignoreBlanks', v);
  }
}

/** A property shared by the cells of a range: its value when all agree, else null (as Office.js). */
function uniform<T>(values: T[]): T | null {
  return values.length && values.every((v) => v === values[0]) ? values[0] : null;
}

class FakeRangeFill extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  private fills(): FakeFill[] {
    const out: FakeFill[] = [];
    this.range.eachCell((s, row, col) => out.push(s.cells.get(key(row, col))?.fill ?? NO_FILL));
    return out;
  }
  protected scalar(prop: string) {
    const fills = this.fills();
    switch (prop) {
      case 'color':
      case 'pattern':
      case 'patternColor':
      case 'tintAndShade':
      case 'patternTintAndShade':
        return uniform(fills.map((f) => f[prop]));
      default:
        return undefined;
    }
  }
  private update(prop: keyof FakeFill, value: string | number, change: (f: FakeFill) => FakeFill): void {
    this.set(prop, value, () => {
      this.range.eachCell((s, row, col) => {
        if (s.protected) throw accessDenied(s);
        const c = s.cells.get(key(row, col)) ?? { v: null };
        s.cells.set(key(row, col), { ...c, fill: change({ ...(c.fill ?? NO_FILL) }) });
      });
    });
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    // Setting a colour on an empty fill makes it solid, as in Excel.
    this.update('color', v, (f) => ({ ...f, color: v.toUpperCase(), pattern: f.pattern === 'None' ? 'Solid' : f.pattern }));
  }
  get pattern(): string {
    return this.get('pattern');
  }
  set pattern(v: string) {
    this.update('pattern', v, (f) => (v === 'None' ? { ...NO_FILL } : { ...f, pattern: v }));
  }
  get patternColor(): string {
    return this.get('patternColor');
  }
  set patternColor(v: string) {
    this.update('patternColor', v, (f) => ({ ...f, patternColor: v.toUpperCase() }));
  }
  get tintAndShade(): number {
    return this.get('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.update('tintAndShade', v, (f) => ({ ...f, tintAndShade: v }));
  }
  get patternTintAndShade(): number {
    return this.get('patternTintAndShade');
  }
  set patternTintAndShade(v: number) {
    this.update('patternTintAndShade', v, (f) => ({ ...f, patternTintAndShade: v }));
  }
  clear(): void {
    this.call('clear', null, () => {
      this.range.eachCell((s, row, col) => {
        if (s.protected) throw accessDenied(s);
        const c = s.cells.get(key(row, col));
        if (!c) return;
        const { fill: _fill, ...rest } = c;
        if (rest.v === null && rest.f === undefined && rest.fmt === undefined && rest.font === undefined) s.cells.delete(key(row, col));
        else s.cells.set(key(row, col), rest);
      });
    });
  }
}

class FakeRangeFont extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected target() {
    return this.range.sheet();
  }
  protected scalar(prop: string) {
    if (prop !== 'name') return undefined;
    const names: string[] = [];
    this.range.eachCell((s, row, col) => names.push(s.cells.get(key(row, col))?.font ?? 'Calibri'));
    return uniform(names);
  }
  get name(): string | null {
    return this.get('name');
  }
  set name(v: string | null) {
    this.range.queueSet('font.name', v, () => {
      this.range.eachCell((s, row, col) => {
        if (s.protected) throw accessDenied(s);
        const k = key(row, col);
        const c = s.cells.get(k) ?? { v: null };
        s.cells.set(k, { ...c, font: v ?? undefined });
        s.formats.set(k, { ...(s.formats.get(k) ?? {}), 'font.name': v });
      });
    });
  }
  set size(v: number) {
    setFormat(this.range, 'font.size', v);
  }
  set bold(v: boolean) {
    setFormat(this.range, 'font.bold', v);
  }
  set italic(v: boolean) {
    setFormat(this.range, 'font.italic', v);
  }
}

/** "'Sheet 1'!A1" or a Range → the sheet and cell a note key names. */
function noteKey(excel: FakeExcel, address: string | FakeRange): string {
  if (address instanceof FakeRange) {
    const r = address.rect();
    return `${address.sheet().name}!${a1(r.top, r.left)}`;
  }
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new FakeOfficeError('InvalidArgument', 'A note address needs its sheet');
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const rect = parseRectA1(address.slice(bang + 1).replace(/\$/g, ''));
  if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError('InvalidArgument', 'A note belongs to one cell');
  return `${excel.sheet(sheet).name}!${a1(rect.top, rect.left)}`;
}

class FakeNoteCollection extends FakeObject {
  protected target() {
    return this.ctx.excel.notes;
  }
  protected scalar() {
    return undefined;
  }
  add(cellAddress: string | FakeRange, content: string): FakeNote {
    let k = '';
    this.call('add', content, () => {
      k = noteKey(this.ctx.excel, cellAddress);
      const sheet = this.ctx.excel.sheet(k.slice(0, k.lastIndexOf('!')));
      if (sheet.protected) throw accessDenied(sheet);
      if (this.ctx.excel.notes.has(k)) throw new FakeOfficeError('InvalidArgument', `The cell ${k} already has a note.`);
      this.ctx.excel.notes.set(k, content);
    });
    return new FakeNote(this.ctx, () => k);
  }
  getItem(keyAddress: string): FakeNote {
    return new FakeNote(this.ctx, () => {
      const k = noteKey(this.ctx.excel, keyAddress);
      if (!this.ctx.excel.notes.has(k)) throw new FakeOfficeError('ItemNotFound', `No note at ${k}`);
      return k;
    });
  }
  getItemOrNullObject(keyAddress: string): FakeNote {
    return new FakeNote(this.ctx, () => {
      const k = noteKey(this.ctx.excel, keyAddress);
      return this.ctx.excel.notes.has(k) ? k : null;
    });
  }
}

class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly noteKeyOf: () => string | null,
  ) {
    super(ctx);
  }
  protected target() {
    return this.noteKeyOf();
  }
  protected scalar(prop: string) {
    const k = this.noteKeyOf();
    return prop === 'content' && k !== null ? this.ctx.excel.notes.get(k) : undefined;
  }
  private existing(): string {
    const k = this.noteKeyOf();
    if (k === null) throw new FakeOfficeError('ItemNotFound', 'No note there');
    const sheet = this.ctx.excel.sheet(k.slice(0, k.lastIndexOf('!')));
    if (sheet.protected) throw accessDenied(sheet);
    return k;
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.set('content', v, () => {
      this.ctx.excel.notes.set(this.existing(), v);
    });
  }
  delete(): void {
    this.call('delete', null, () => {
      this.ctx.excel.notes.delete(this.existing());
    });
  }
}

const NS_RE = /<[A-Za-z_][\w:.-]*\b[^>]*\bxmlns="([^"]*)"/;

class FakePartCollection extends FakeObject {
  private itemList: FakePartProxy[] | null = null;
  constructor(
    ctx: FakeContext,
    private readonly namespace: string | null,
  ) {
    super(ctx);
  }
  protected target() {
    return this.ctx.excel.parts;
  }
  protected scalar() {
    return undefined;
  }
  private matching(): FakePart[] {
    return this.ctx.excel.parts.filter((p) => this.namespace === null || NS_RE.exec(p.xml)?.[1] === this.namespace);
  }
  override loadNow(paths: string[]): number {
    this.itemList = this.matching().map((p) => new FakePartProxy(this.ctx, () => p));
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    let bytes = 0;
    for (const item of this.itemList) bytes += item.loadNow(itemPaths.length ? itemPaths : ['id']);
    return bytes;
  }
  get items(): FakePartProxy[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  getByNamespace(ns: string): FakePartCollection {
    return new FakePartCollection(this.ctx, ns);
  }
  add(xml: string): FakePartProxy {
    let created: FakePart | null = null;
    this.call('add', xml, () => {
      if (!NS_RE.test(xml)) throw new FakeOfficeError('InvalidArgument', 'A custom XML part needs a namespace');
      created = { id: this.ctx.excel.newPartId(), xml };
      this.ctx.excel.parts.push(created);
    });
    return new FakePartProxy(this.ctx, () => created);
  }
}

class FakePartProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly part: () => FakePart | null,
  ) {
    super(ctx);
  }
  protected target() {
    return this.part();
  }
  protected scalar(prop: string) {
    const p = this.part();
    if (!p) return undefined;
    if (prop === 'id') return p.id;
    if (prop === 'namespaceUri') return NS_RE.exec(p.xml)?.[1] ?? '';
    return undefined;
  }
  private existing(): FakePart {
    const p = this.part();
    if (!p || !this.ctx.excel.parts.includes(p)) throw new FakeOfficeError('ItemNotFound', 'The custom XML part does not exist');
    return p;
  }
  get id(): string {
    return this.get('id');
  }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => this.existing().xml);
  }
  setXml(xml: string): void {
    this.call('setXml', xml, () => {
      this.existing().xml = xml;
    });
  }
  delete(): void {
    this.call('delete', null, () => {
      const p = this.existing();
      this.ctx.excel.parts.splice(this.ctx.excel.parts.indexOf(p), 1);
    });
  }
}

/** A column letter for tests that build addresses. */
export { colLetter };
