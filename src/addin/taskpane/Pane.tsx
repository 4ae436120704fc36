// The task pane (SPEC §10): actions, options, progress, notices, summary, tables, findings. State
// lives in usePane; this renders it. Every control is a native button, checkbox, switch or input
// with a visible label, so it is reachable by keyboard and named for screen readers.
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Switch,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, EraserRegular, MathFormulaRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { Findings, Tables } from './Findings';
import { GenerateDialog } from './GenerateDialog';
import { Summary } from './Summary';
import { usePaneStyles } from './styles';
import { usePane, type PaneProps } from './usePane';

export function Pane(props: PaneProps) {
  const [state, actions] = usePane(props);
  const styles = usePaneStyles();
  const titleId = useId();
  const { t, busy } = state;
  const isBusy = busy !== null;
  const scopeSheet = state.wholeWorkbook ? null : state.activeSheet;
  return (
    <main className={styles.root} aria-labelledby={titleId} aria-busy={isBusy}>
      <h1 id={titleId} className={styles.title}>
        {t.title}
      </h1>

      <div role="toolbar" aria-label={t.actions} className={styles.toolbar}>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} onClick={() => void actions.check()} disabled={isBusy} data-testid="check">
          {t.check}
        </Button>
        <Button icon={<MathFormulaRegular />} onClick={() => void actions.fill()} disabled={isBusy} data-testid="fill">
          {t.fill}
        </Button>
        <Tooltip content={t.undoAvailable(state.undoCount)} relationship="description">
          <Button icon={<ArrowUndoRegular />} onClick={() => void actions.undo()} disabledFocusable={isBusy || state.undoCount === 0} data-testid="undo">
            {t.undo}
          </Button>
        </Tooltip>
        <Button
          icon={<EraserRegular />}
          onClick={() => void actions.clearHighlights()}
          disabledFocusable={isBusy || state.highlightCount === 0}
          data-testid="clear"
        >
          {t.clearHighlights}
        </Button>
        <GenerateDialog
          lang={state.lang}
          label={t.generate}
          disabled={isBusy}
          year={Number(state.asOf.slice(0, 4))}
          onCreate={(choice) => void actions.generate(choice)}
        />
      </div>

      <div role="group" aria-label={t.options} className={styles.options}>
        <Field label={t.asOf}>
          <Input type="date" value={state.asOf} onChange={(_, d) => d.value && actions.setAsOf(d.value)} data-testid="as-of" />
        </Field>
        <Checkbox label={t.valuesOnly} checked={state.valuesOnly} onChange={(_, d) => actions.setValuesOnly(d.checked === true)} />
        <Checkbox label={t.highlightOnCheck} checked={state.highlightOnCheck} onChange={(_, d) => actions.setHighlightOnCheck(d.checked === true)} />
        <Switch
          label={state.wholeWorkbook || !state.activeSheet ? t.wholeWorkbook : t.activeSheetOnly(state.activeSheet)}
          checked={!state.wholeWorkbook}
          onChange={(_, d) => actions.setWholeWorkbook(!d.checked)}
          data-testid="scope"
        />
      </div>

      {busy && (
        <Field label={t.working[busy.kind]} validationState="none">
          <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} aria-label={t.progressLabel} data-testid="progress" />
        </Field>
      )}

      <div className={styles.notices} aria-live="polite">
        {state.notices.map((n) => (
          <MessageBar key={n.id} intent={n.intent} data-testid={`notice-${n.intent}`}>
            <MessageBarBody>{n.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t.dismissCancel} onClick={() => actions.closeNotice(n.id)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        ))}
      </div>

      {state.summary && <Summary t={t} lang={state.lang} summary={state.summary} />}
      <Tables t={t} report={state.report} sheet={scopeSheet} />
      {state.report && (
        <Findings
          t={t}
          groups={state.groups}
          severities={state.severities}
          showDismissed={state.showDismissed}
          showDismissedLabel={t.showDismissed}
          onToggleSeverity={actions.toggleSeverity}
          onShowDismissed={actions.setShowDismissed}
          onSelect={(issue) => void actions.select(issue)}
          onDismiss={(issue, reason) => void actions.dismiss(issue, reason)}
          onUndismiss={(issue) => void actions.undismiss(issue)}
        />
      )}
    </main>
  );
}
