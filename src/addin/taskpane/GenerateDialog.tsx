// Tạo phụ lục (SPEC §10, issue 8): a dialog to pick the annex (Phụ lục I, Phụ lục II, the score
// sheet with Bảng 1 or Bảng 2), the report year, the agency, and whether to take the data from
// the open workbook. State in a hook, rendering plain; what happens on "Tạo" is the pane's
// (usePane's generate action), so nothing here touches Excel.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FORM_KINDS, type CriteriaChoice, type FormKind } from '../../engine/generate/types';
import type { Lang } from '../../engine/messages';
import { GENERATE_STRINGS } from './generateStrings';
import { usePaneStyles } from './styles';

/** What the officer chose. */
export interface GenerateChoice {
  kind: FormKind;
  criteria: CriteriaChoice;
  year: number;
  /** '' leaves the form's "…". */
  unit: string;
  fromWorkbook: boolean;
}

const CRITERIA: readonly CriteriaChoice[] = ['so', 'huyen'];
const YEAR_RE = /^(19|20)\d\d$/;

export interface GenerateDialogProps {
  lang: Lang;
  /** The label of the pane's button. */
  label: string;
  disabled: boolean;
  /** The as-of date's year: the default report year. */
  year: number;
  onCreate: (choice: GenerateChoice) => void;
}

function useGenerateDialog(props: GenerateDialogProps) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<FormKind>('phuLuc1');
  const [criteria, setCriteria] = useState<CriteriaChoice>('so');
  const [year, setYear] = useState(String(props.year));
  const [unit, setUnit] = useState('');
  const [fromWorkbook, setFromWorkbook] = useState(false);
  const yearValid = YEAR_RE.test(year.trim());
  const create = () => {
    if (!yearValid) return;
    setOpen(false);
    props.onCreate({ kind, criteria, year: Number(year.trim()), unit: unit.trim(), fromWorkbook });
  };
  return { open, setOpen, kind, setKind, criteria, setCriteria, year, setYear, yearValid, unit, setUnit, fromWorkbook, setFromWorkbook, create };
}

export function GenerateDialog(props: GenerateDialogProps) {
  const s = useGenerateDialog(props);
  const styles = usePaneStyles();
  const g = GENERATE_STRINGS[props.lang];
  return (
    <Dialog open={s.open} onOpenChange={(_, d) => s.setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DocumentAddRegular />} disabled={props.disabled} data-testid="generate">
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            s.create();
          }}
        >
          <DialogBody>
            <DialogTitle>{g.title}</DialogTitle>
            <DialogContent className={styles.options}>
              <p className={styles.muted}>{g.intro}</p>
              <Field label={g.kind}>
                <RadioGroup value={s.kind} onChange={(_, d) => s.setKind(d.value as FormKind)} data-testid="generate-kind">
                  {FORM_KINDS.map((k) => (
                    <Radio key={k} value={k} label={g.kinds[k]} />
                  ))}
                </RadioGroup>
              </Field>
              {s.kind === 'scoreSheet' && (
                <Field label={g.criteria}>
                  <RadioGroup value={s.criteria} onChange={(_, d) => s.setCriteria(d.value as CriteriaChoice)} data-testid="generate-criteria">
                    {CRITERIA.map((c) => (
                      <Radio key={c} value={c} label={g.criteriaSets[c]} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
              <Field label={g.year} validationState={s.yearValid ? 'none' : 'error'} validationMessage={s.yearValid ? undefined : g.badYear}>
                <Input type="number" value={s.year} onChange={(_, d) => s.setYear(d.value)} data-testid="generate-year" />
              </Field>
              <Field label={g.unit}>
                <Input value={s.unit} placeholder={g.unitPlaceholder} onChange={(_, d) => s.setUnit(d.value)} data-testid="generate-unit" />
              </Field>
              <Checkbox label={g.fromWorkbook[s.kind]} checked={s.fromWorkbook} onChange={(_, d) => s.setFromWorkbook(d.checked === true)} data-testid="generate-from" />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{g.cancel}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabled={!s.yearValid} data-testid="generate-create">
                {g.create}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
