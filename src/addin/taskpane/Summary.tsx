// The summary card (SPEC §10): index and rating, areas below 50 %, plan completion and overdue
// tasks, from the report's table summaries.
import type { Lang } from '../../engine/messages';
import type { SummaryData } from './model';
import type { Strings } from './strings';
import { useSummaryStyles } from './styles';

function percent(n: number | null, lang: Lang): string {
  if (n === null) return '—';
  const s = String(Math.round(n * 100) / 100);
  return `${lang === 'vi' ? s.replace('.', ',') : s}%`;
}

export interface SummaryProps {
  t: Strings;
  lang: Lang;
  summary: SummaryData;
}

export function Summary({ t, lang, summary }: SummaryProps) {
  const styles = useSummaryStyles();
  return (
    <section className={styles.root} aria-label={t.summary}>
      <dl className={styles.card}>
        <dt className={styles.term}>{t.findings}</dt>
        <dd className={styles.value} data-testid="summary-counts">
          {t.errorsWarnings(summary.errors, summary.warnings)}
        </dd>
        {summary.scoreSheets.map((s) => (
          <div key={`s-${s.sheet}-${s.range}`} className={styles.group}>
            <dt className={styles.heading}>
              {s.sheet} · {s.range}
            </dt>
            <dt className={styles.term}>{t.index}</dt>
            <dd className={styles.value} data-testid="summary-index">
              {percent(s.index, lang)} {s.provisional ? t.provisional : ''}
            </dd>
            <dt className={styles.term}>{t.rating}</dt>
            <dd className={styles.value}>{s.rating ?? '—'}</dd>
            <dt className={styles.term}>{t.areasBelow50}</dt>
            <dd className={styles.value}>{s.areasBelow50.length ? s.areasBelow50.join(', ') : t.none}</dd>
          </div>
        ))}
        {summary.plans.map((p) => (
          <div key={`p-${p.sheet}-${p.range}`} className={styles.group}>
            <dt className={styles.heading}>
              {p.sheet} · {p.range}
            </dt>
            <dt className={styles.term}>{t.completion}</dt>
            <dd className={styles.value}>{percent(p.completion, lang)}</dd>
            <dt className={styles.term}>{t.overdue}</dt>
            <dd className={styles.value}>{p.overdue}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
