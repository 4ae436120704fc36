// The task pane's state and actions (Fluent v9 shape: state in a hook, rendering plain). Excel is
// reached only through the WorkbookOps it is given, the engine only through EngineOps.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../engine/check';
import type { WorkbookGrids } from '../../engine/grid';
import { toIssue, type Lang } from '../../engine/messages';
import type { Issue, Report, Severity } from '../../report/schema';
import { AddinError, type Dismissal, type EngineOps, type Unsubscribe, type WorkbookOps } from '../ops';
import { editTouchesTable, groupFindings, highlightRequests, replaceSheet, SEVERITIES, summarize, type SummaryData, type TableGroup } from './model';
import type { GenerateChoice } from './GenerateDialog';
import { GENERATE_STRINGS } from './generateStrings';
import { STRINGS, type Strings } from './strings';

export type WorkKind = keyof Strings['working'];

export interface Busy {
  kind: WorkKind;
  done: number;
  total: number;
}

export interface Notice {
  id: number;
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

export interface PaneProps {
  ops: WorkbookOps;
  engine: EngineOps;
  lang: Lang;
  /** Today, ISO (the default as-of date). */
  today: string;
  /** Re-check after an edit waits this long for the typing to stop (ms). */
  recheckDelay?: number;
}

export interface PaneState {
  t: Strings;
  lang: Lang;
  report: Report | null;
  groups: TableGroup[];
  summary: SummaryData | null;
  dismissals: Dismissal[];
  activeSheet: string | null;
  wholeWorkbook: boolean;
  severities: ReadonlySet<Severity>;
  showDismissed: boolean;
  asOf: string;
  valuesOnly: boolean;
  highlightOnCheck: boolean;
  busy: Busy | null;
  notices: Notice[];
  undoCount: number;
  highlightCount: number;
}

export interface PaneActions {
  check(): Promise<void>;
  fill(): Promise<void>;
  undo(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Tạo phụ lục: lays out the annex and adds it as a new sheet. */
  generate(choice: GenerateChoice): Promise<void>;
  select(issue: Issue): Promise<void>;
  dismiss(issue: Issue, reason: string): Promise<void>;
  undismiss(issue: Issue): Promise<void>;
  setAsOf(iso: string): void;
  setValuesOnly(v: boolean): void;
  setHighlightOnCheck(v: boolean): void;
  setWholeWorkbook(v: boolean): void;
  toggleSeverity(s: Severity): void;
  setShowDismissed(v: boolean): void;
  closeNotice(id: number): void;
}

function errorText(t: Strings, error: unknown): string {
  if (error instanceof AddinError) return t.errors[error.kind](error.sheet ?? '', (error.cells ?? []).join(', '));
  return t.errors.unknown('', '');
}

export function usePane(props: PaneProps): [PaneState, PaneActions] {
  const { ops, engine, lang } = props;
  const t = STRINGS[lang];
  const [result, setResult] = useState<CheckResult | null>(null);
  const [extraIssues, setExtraIssues] = useState<Issue[]>([]);
  const [dismissals, setDismissals] = useState<Dismissal[]>([]);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [wholeWorkbook, setWholeWorkbook] = useState(false);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [showDismissed, setShowDismissed] = useState(true);
  const [asOf, setAsOf] = useState(props.today);
  const [valuesOnly, setValuesOnly] = useState(false);
  const [highlightOnCheck, setHighlightOnCheck] = useState(true);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [undoCount, setUndoCount] = useState(0);
  const [highlightCount, setHighlightCount] = useState(0);

  // The latest values, for callbacks that outlive a render (events, timers).
  const wbRef = useRef<WorkbookGrids | null>(null);
  const resultRef = useRef<CheckResult | null>(null);
  const asOfRef = useRef(asOf);
  asOfRef.current = asOf;
  const busyRef = useRef(false);
  const noticeId = useRef(0);
  const editSubscription = useRef<Unsubscribe | null>(null);
  const recheckTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const notify = useCallback((intent: Notice['intent'], text: string) => {
    noticeId.current++;
    const id = noticeId.current;
    // The newest first; a few at most, so the pane does not fill with old news.
    setNotices((list) => [{ id, intent, text }, ...list].slice(0, 3));
  }, []);

  const progress = useCallback(
    (kind: WorkKind) => (done: number, total: number) => {
      setBusy({ kind, done, total });
    },
    [],
  );

  const analyse = useCallback(
    (wb: WorkbookGrids): CheckResult => {
      const r = engine.analyse(wb, { file: ops.fileName(), today: asOfRef.current, lang });
      wbRef.current = wb;
      resultRef.current = r;
      setResult(r);
      return r;
    },
    [engine, ops, lang],
  );

  /** Runs one action with the busy state set and every failure turned into a notice. */
  const run = useCallback(
    async (kind: WorkKind, action: () => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy({ kind, done: 0, total: 0 });
      try {
        await action();
      } catch (error) {
        notify('error', errorText(t, error));
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [notify, t],
  );

  const refreshCounts = useCallback(async () => {
    const [history, highlighted] = await Promise.all([ops.undoHistory(), ops.highlightCount()]);
    setUndoCount(history.length);
    setHighlightCount(highlighted);
  }, [ops]);

  const recheckSheet = useCallback(
    async (sheet: string): Promise<void> => {
      const wb = wbRef.current;
      if (!wb) return;
      if (busyRef.current) {
        // Another action is running: try again once it is done, the edit must not be lost.
        recheckTimers.current.set(
          sheet,
          setTimeout(() => void recheckSheet(sheet), props.recheckDelay ?? 500),
        );
        return;
      }
      busyRef.current = true;
      setBusy({ kind: 'recheck', done: 0, total: 1 });
      try {
        const grid = await ops.readSheet(sheet);
        analyse(replaceSheet(wb, grid));
        notify('info', t.recheckedOnEdit(sheet));
      } catch (error) {
        notify('error', errorText(t, error));
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [analyse, notify, ops, props.recheckDelay, t],
  );

  const subscribeEdits = useCallback(async () => {
    if (editSubscription.current) return;
    editSubscription.current = await ops.onCellsChanged((change) => {
      const current = resultRef.current;
      if (!current || !editTouchesTable(current.report, change.sheet, change.address)) return;
      // Debounced per sheet: one read once the typing stops.
      const timers = recheckTimers.current;
      const pending = timers.get(change.sheet);
      if (pending) clearTimeout(pending);
      timers.set(
        change.sheet,
        setTimeout(() => {
          timers.delete(change.sheet);
          void recheckSheet(change.sheet);
        }, props.recheckDelay ?? 500),
      );
    });
  }, [ops, props.recheckDelay, recheckSheet]);

  // The active sheet, kept current.
  useEffect(() => {
    let unsubscribe: Unsubscribe | null = null;
    let live = true;
    void (async () => {
      try {
        const name = await ops.activeSheet();
        if (live) setActiveSheet(name);
        const registered = await ops.onActiveSheetChanged((sheet) => setActiveSheet(sheet));
        // Unmounted while registering: let go at once rather than leak the handler.
        if (!live) await registered();
        else unsubscribe = registered;
        if (live) await refreshCounts();
      } catch {
        // The pane still works on the whole workbook without it.
      }
    })();
    const timers = recheckTimers.current;
    return () => {
      live = false;
      void unsubscribe?.();
      void editSubscription.current?.();
      editSubscription.current = null;
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, [ops, refreshCounts]);

  const checkNow = useCallback(
    async (kind: WorkKind) => {
      setBusy({ kind: 'read', done: 0, total: 2 });
      const wb = await ops.readWorkbook(progress('read'));
      setBusy({ kind, done: 0, total: 0 });
      const r = analyse(wb);
      const stored = await ops.dismissals();
      setDismissals(stored);
      if (highlightOnCheck) {
        const requests = highlightRequests(r.report, stored);
        setBusy({ kind: 'highlight', done: 0, total: 0 });
        const n = requests.length ? await ops.highlight(requests, progress('highlight')) : await ops.clearHighlights();
        if (requests.length) notify('info', t.highlighted(n));
      }
      await refreshCounts();
      await subscribeEdits();
      return r;
    },
    [analyse, highlightOnCheck, notify, ops, progress, refreshCounts, subscribeEdits, t],
  );

  const check = useCallback(
    () =>
      run('check', async () => {
        setExtraIssues([]);
        await checkNow('check');
      }),
    [checkNow, run],
  );

  const fill = useCallback(
    () =>
      run('fill', async () => {
        // Highlights off first: the fill's notes and the highlight notes must not mix.
        if ((await ops.highlightCount()) > 0) await ops.clearHighlights(progress('clear'));
        setBusy({ kind: 'read', done: 0, total: 2 });
        const wb = await ops.readWorkbook(progress('read'));
        const plan = engine.planFill(wb, { file: ops.fileName(), today: asOfRef.current, lang, values: valuesOnly });
        if (plan.writes.length === 0) {
          notify('info', t.nothingToFill);
          analyse(wb);
        } else {
          setBusy({ kind: 'fill', done: 0, total: 0 });
          const applied = await ops.applyPlan(plan, `${t.fill}${valuesOnly ? ` (${t.valuesOnly})` : ''}`, progress('fill'));
          notify('success', t.filled(applied.written, applied.batches));
          await checkNow('check');
        }
        // What the fill itself found (computed.overwritten, fill.numberAsText) stays listed.
        setExtraIssues(plan.findings.map((f) => toIssue(f, lang)));
      }),
    [analyse, checkNow, engine, lang, notify, ops, progress, run, t, valuesOnly],
  );

  const undo = useCallback(
    () =>
      run('undo', async () => {
        if ((await ops.highlightCount()) > 0) await ops.clearHighlights(progress('clear'));
        const r = await ops.undoLast(progress('undo'));
        notify(r.skipped.length ? 'warning' : 'success', t.undone(r.restored, r.skipped.length));
        setExtraIssues([]);
        if (wbRef.current) await checkNow('check');
        else await refreshCounts();
      }),
    [checkNow, notify, ops, progress, refreshCounts, run, t],
  );

  const clearHighlights = useCallback(
    () =>
      run('clear', async () => {
        const n = await ops.clearHighlights(progress('clear'));
        notify('success', t.cleared(n));
        await refreshCounts();
      }),
    [notify, ops, progress, refreshCounts, run, t],
  );

  const generate = useCallback(
    (choice: GenerateChoice) =>
      run('generate', async () => {
        const make = engine.generate;
        const g = GENERATE_STRINGS[lang];
        let from: WorkbookGrids | null = null;
        if (choice.fromWorkbook) {
          setBusy({ kind: 'read', done: 0, total: 2 });
          from = await ops.readWorkbook(progress('read'));
        }
        const request = { kind: choice.kind, year: choice.year, unit: choice.unit || null, criteria: choice.criteria, today: asOfRef.current };
        const outcome = make({ request, from });
        if (!outcome.ok) {
          notify('warning', g.problem(outcome.problem));
          return;
        }
        setBusy({ kind: 'generate', done: 0, total: 0 });
        const added = await ops.addSheet(outcome.form, progress('generate'));
        const carried = outcome.carried.kind === 'none' ? '' : ` ${g.carried(outcome.carried)}`;
        notify('success', `${g.created(added.name)}${carried}`);
      }),
    [engine, lang, notify, ops, progress, run],
  );

  const select = useCallback(
    async (issue: Issue) => {
      if (!issue.cell || !issue.sheet) return;
      try {
        await ops.selectCell(issue.sheet, issue.cell);
      } catch (error) {
        notify('error', errorText(t, error));
      }
    },
    [notify, ops, t],
  );

  const dismiss = useCallback(
    (issue: Issue, reason: string) =>
      run('save', async () => {
        await ops.dismiss({ sheet: issue.sheet, cell: issue.cell, code: issue.code, reason, at: new Date().toISOString() });
        setDismissals(await ops.dismissals());
      }),
    [ops, run],
  );

  const undismiss = useCallback(
    (issue: Issue) =>
      run('save', async () => {
        await ops.undismiss({ sheet: issue.sheet, cell: issue.cell, code: issue.code });
        setDismissals(await ops.dismissals());
      }),
    [ops, run],
  );

  const report = useMemo<Report | null>(
    () => (result ? { ...result.report, issues: [...result.report.issues, ...extraIssues] } : null),
    [result, extraIssues],
  );
  const scopeSheet = wholeWorkbook ? null : activeSheet;
  const groups = useMemo(
    () => (report ? groupFindings(report, dismissals, { sheet: scopeSheet, severities, showDismissed }) : []),
    [report, dismissals, scopeSheet, severities, showDismissed],
  );
  const summary = useMemo(() => (report ? summarize(report, dismissals, scopeSheet) : null), [report, dismissals, scopeSheet]);

  const state: PaneState = {
    t,
    lang,
    report,
    groups,
    summary,
    dismissals,
    activeSheet,
    wholeWorkbook,
    severities,
    showDismissed,
    asOf,
    valuesOnly,
    highlightOnCheck,
    busy,
    notices,
    undoCount,
    highlightCount,
  };
  const actions: PaneActions = {
    check,
    fill,
    undo,
    clearHighlights,
    generate,
    select,
    dismiss,
    undismiss,
    setAsOf,
    setValuesOnly,
    setHighlightOnCheck,
    setWholeWorkbook,
    toggleSeverity: (s) =>
      setSeverities((current) => {
        const next = new Set(current);
        if (next.has(s)) next.delete(s);
        else next.add(s);
        return next;
      }),
    setShowDismissed,
    closeNotice: (id) => setNotices((list) => list.filter((n) => n.id !== id)),
  };
  return [state, actions];
}
