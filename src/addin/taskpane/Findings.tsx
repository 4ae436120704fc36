// The tables found and their findings, grouped table → rule → cells (SPEC §10), with severity
// filters. A finding is a button that selects its cell; each can be dismissed with a reason. Cell
// text is rendered as React text (escaped), never as HTML.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Switch,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import type { IssueCode } from '../../engine/messages';
import type { Issue, Report, Severity } from '../../report/schema';
import { SEVERITIES, type RuleGroup, type TableGroup } from './model';
import type { Strings } from './strings';
import { useFindingStyles, usePaneStyles } from './styles';

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Cells shown per rule before "show more": a rule may flag thousands of cells. */
const PAGE = 50;
/** A rule with this few cells starts open; bigger ones start folded. */
const OPEN_UP_TO = 10;

export interface TablesProps {
  t: Strings;
  report: Report | null;
  sheet: string | null;
}

/** The tables of the sheet (or the workbook), with kind and range. */
export function Tables({ t, report, sheet }: TablesProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  const tables = report ? report.tables.filter((tb) => sheet === null || tb.sheet === sheet) : [];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {t.tables}
      </h2>
      {!report && <p className={styles.muted}>{t.noTableYet}</p>}
      {report && tables.length === 0 && <p className={styles.muted}>{t.noTableOnSheet}</p>}
      {tables.length > 0 && (
        <ul>
          {tables.map((tb) => (
            <li key={`${tb.sheet}!${tb.range}`} data-testid="table-item" data-kind={tb.kind} data-range={tb.range} data-sheet={tb.sheet}>
              <strong>{t.kinds[tb.kind]}</strong> — {tb.sheet} · {t.tableRange(tb.range, tb.rows)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface DismissFormProps {
  t: Strings;
  onSave(reason: string): void;
  onCancel(): void;
}

function DismissForm({ t, onSave, onCancel }: DismissFormProps) {
  const styles = useFindingStyles();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) onSave(reason.trim());
  };
  return (
    <form className={styles.dismissForm} onSubmit={submit}>
      <Field label={t.dismissReason} required>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} autoFocus data-testid="dismiss-reason" />
      </Field>
      <div className={styles.formButtons}>
        <Button type="submit" appearance="primary" size="small" disabled={!reason.trim()}>
          {t.dismissSave}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {t.dismissCancel}
        </Button>
      </div>
    </form>
  );
}

interface FindingItemProps {
  t: Strings;
  issue: Issue;
  onSelect(issue: Issue): void;
  onDismiss(issue: Issue, reason: string): void;
  onUndismiss(issue: Issue): void;
}

function FindingItem({ t, issue, onSelect, onDismiss, onUndismiss }: FindingItemProps) {
  const styles = useFindingStyles();
  const [open, setOpen] = useState(false);
  return (
    <li className={styles.item} data-testid="finding" data-sheet={issue.sheet} data-cell={issue.cell} data-code={issue.code} data-dismissed={issue.dismissed ? 'true' : 'false'}>
      <div className={styles.itemRow}>
        <Button
          appearance="subtle"
          className={styles.cellButton}
          disabled={!issue.cell}
          onClick={() => onSelect(issue)}
          aria-label={issue.cell ? t.cellButton(issue.cell, issue.message) : issue.message}
        >
          <span className={issue.dismissed ? styles.dismissed : undefined}>{issue.message}</span>
        </Button>
        {issue.cell &&
          (issue.dismissed ? (
            <Button size="small" onClick={() => onUndismiss(issue)}>
              {t.restore}
            </Button>
          ) : (
            <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t.dismiss}
            </Button>
          ))}
      </div>
      {issue.dismissed && <span className={styles.reason}>{t.dismissedBecause(issue.dismissed.reason)}</span>}
      {open && !issue.dismissed && (
        <DismissForm
          t={t}
          onCancel={() => setOpen(false)}
          onSave={(reason) => {
            setOpen(false);
            onDismiss(issue, reason);
          }}
        />
      )}
    </li>
  );
}

interface RuleProps {
  t: Strings;
  group: RuleGroup;
  onSelect(issue: Issue): void;
  onDismiss(issue: Issue, reason: string): void;
  onUndismiss(issue: Issue): void;
}

function RuleItems({ t, group, onSelect, onDismiss, onUndismiss }: RuleProps) {
  const styles = useFindingStyles();
  const [shown, setShown] = useState(PAGE);
  const rest = group.items.length - shown;
  return (
    <>
      {group.rule && <p className={styles.source}>{t.ruleSource(group.rule)}</p>}
      <ul className={styles.list}>
        {group.items.slice(0, shown).map((item) => (
          <FindingItem key={item.key} t={t} issue={item.issue} onSelect={onSelect} onDismiss={onDismiss} onUndismiss={onUndismiss} />
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE * 4)}>
          {t.showMore(Math.min(rest, PAGE * 4))}
        </Button>
      )}
    </>
  );
}

export interface FindingsProps {
  t: Strings;
  groups: TableGroup[];
  severities: ReadonlySet<Severity>;
  showDismissed: boolean;
  showDismissedLabel: string;
  onToggleSeverity(s: Severity): void;
  onShowDismissed(v: boolean): void;
  onSelect(issue: Issue): void;
  onDismiss(issue: Issue, reason: string): void;
  onUndismiss(issue: Issue): void;
}

export function Findings(props: FindingsProps) {
  const { t, groups } = props;
  const pane = usePaneStyles();
  const styles = useFindingStyles();
  const headingId = useId();
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const g of groups) for (const s of SEVERITIES) totals[s] += g.counts[s];
  return (
    <section className={pane.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={pane.sectionTitle}>
        {t.findings}
      </h2>
      <div role="group" aria-label={t.filterLabel} className={styles.filters}>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            label={`${t.severities[s]} (${totals[s]})`}
            checked={props.severities.has(s)}
            onChange={() => props.onToggleSeverity(s)}
            data-testid={`filter-${s}`}
          />
        ))}
        <Switch label={props.showDismissedLabel} checked={props.showDismissed} onChange={(_, d) => props.onShowDismissed(d.checked)} />
      </div>
      {groups.length === 0 && <p className={pane.muted}>{t.noFindings}</p>}
      {/* Keyed by the groups, so a new check opens its tables again. */}
      <Accordion key={groups.map((g) => g.key).join('|')} multiple collapsible defaultOpenItems={groups.map((g) => g.key)}>
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key} data-testid="table-group">
            <AccordionHeader>
              <span className={styles.tableHeader}>
                <span>{g.table ? `${t.kinds[g.table.kind]} — ${g.table.sheet} · ${g.table.range}` : t.findings}</span>
                <span className={styles.counts}>
                  {SEVERITIES.filter((s) => g.counts[s] > 0).map((s) => (
                    <Badge key={s} appearance="tint" color={BADGE_COLOR[s]}>
                      {`${t.severities[s]}: ${g.counts[s]}`}
                    </Badge>
                  ))}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {g.rules.length === 0 && <p className={pane.muted}>{t.noFindings}</p>}
              <Accordion multiple collapsible defaultOpenItems={g.rules.filter((r) => r.items.length <= OPEN_UP_TO).map((r) => r.code)}>
                {g.rules.map((r) => (
                  <AccordionItem key={r.code} value={r.code} data-testid="rule-group" data-code={r.code}>
                    <AccordionHeader data-testid="rule-header">
                      <Badge appearance="tint" color={BADGE_COLOR[r.severity]}>
                        {t.severities[r.severity]}
                      </Badge>
                      &nbsp;{t.ruleTitles[r.code as IssueCode] ?? r.code} · {t.ruleGroup(r.code, r.items.length)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <RuleItems t={t} group={r} onSelect={props.onSelect} onDismiss={props.onDismiss} onUndismiss={props.onUndismiss} />
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
