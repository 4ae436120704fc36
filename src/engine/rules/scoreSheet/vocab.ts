// Words of the score sheet (SPEC §4.4, §4.5, §4.9), as data: a new spelling is a one-line change.
// Matched on folded text (fold/matchKey: NFC/NFD, case and diacritics insensitive); TCVN3 text is
// decoded by the shared readers before it gets here.
import { fold, matchKey } from '../../text/normalize';

/** SPEC §4.4: "not applicable" in a score cell. Whole-cell words, compared by matchKey. */
const NOT_APPLICABLE_KEYS: ReadonlySet<string> = new Set(
  ['Không áp dụng', 'KAD', 'KAĐ', 'K/A/D', 'Không chấm điểm', 'Không chấm', 'KCĐ', 'KCD', 'N/A', 'NA'].map(matchKey),
);
/** Longer phrases that open an N/A cell: "Không áp dụng (đơn vị không có ĐVSN)". */
const NOT_APPLICABLE_PREFIXES: readonly string[] = ['Không áp dụng', 'Không chấm điểm'].map(fold);
/** A dash alone: "-", and what Word and Excel turn it into. */
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2212', '--']);

export function isNotApplicable(text: string): boolean {
  const t = text.trim();
  if (DASHES.has(t)) return true;
  if (NOT_APPLICABLE_KEYS.has(matchKey(t))) return true;
  const f = fold(t);
  return NOT_APPLICABLE_PREFIXES.some((p) => f.startsWith(p));
}

/** SPEC §4.5: a note (or evidence cell) saying the criterion is scored by sociological survey. */
const SURVEY_RE = /\bdtxhh\b|dieu tra xa hoi hoc/;
/** Cheap pre-checks on the lower-cased text before folding it (every row's note is read). */
const SURVEY_HINTS: readonly string[] = ['txhh', 'xã hội', 'xa hoi', 'xã hội'.normalize('NFD')];

export function isSurveyMark(text: string): boolean {
  if (text === '') return false;
  const lower = text.toLowerCase();
  return SURVEY_HINTS.some((h) => lower.includes(h)) && SURVEY_RE.test(fold(text));
}

/** SPEC §4.9: a written explanation in the note stands in for evidence. */
const EXPLANATION_RE = /giai trinh/;
const EXPLANATION_HINTS: readonly string[] = ['trình', 'trinh', 'trình'.normalize('NFD')];

export function isExplanation(text: string): boolean {
  if (text === '') return false;
  const lower = text.toLowerCase();
  return EXPLANATION_HINTS.some((h) => lower.includes(h)) && EXPLANATION_RE.test(fold(text));
}

/** "Tổng điểm : 100", "Tổng cộng (100 điểm)": the total max written in the total row's label. */
const TOTAL_IN_LABEL_RE = /(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?\s*\)?\s*$/u;

export function totalInLabel(label: string): number | null {
  const m = TOTAL_IN_LABEL_RE.exec(label);
  return m ? Number(m[1].replace(',', '.')) : null;
}

/** The code the total row goes by in messages. */
export const TOTAL_CODE = 'TỔNG ĐIỂM';
