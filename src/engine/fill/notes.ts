// The notes a fill attaches to the cells it writes (SPEC §7): the hand-typed value a formula
// replaced (it also stays in the undo log), and why an index is a value rather than a formula.
// The note is part of the workbook the officer keeps: Vietnamese by default, English with --lang en.
import { isErrorValue, type Scalar } from '../grid';
import type { Lang } from '../messages';
import { scoreColumnEn } from '../messages/en';
import { scoreColumnVi } from '../messages/vi';
import type { ScoreColumn } from '../messages/catalog';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoToDmy(iso: string): string {
  const m = ISO_RE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A cell's value in full (a note must not round what it keeps): 18,555 in Vietnamese. */
export function showValue(v: Scalar, lang: Lang): string {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'number') return lang === 'vi' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** What the cell held, as the computed.overwritten finding names it: the value, or "=formula". */
export function oldShown(old: { v: Scalar; f?: string }, lang: Lang): string | number {
  if (old.f !== undefined) return `=${old.f}`;
  return typeof old.v === 'number' ? old.v : showValue(old.v, lang);
}

/** "Giá trị cũ nhập tay: 18,5 (thay bằng công thức ngày 30/06/2024)". */
export function overwrittenNote(old: { v: Scalar; f?: string }, formula: boolean, today: string, lang: Lang): string {
  const day = isoToDmy(today);
  const value = showValue(old.v, lang);
  if (lang === 'en') {
    const by = formula ? 'a formula' : 'the recomputed value';
    return old.f !== undefined
      ? `Old formula: =${old.f}${value ? ` (value ${value})` : ''}; replaced by ${by} on ${day}`
      : `Old hand-typed value: ${value} (replaced by ${by} on ${day})`;
  }
  const by = formula ? 'công thức' : 'giá trị tính lại';
  return old.f !== undefined
    ? `Công thức cũ: =${old.f}${value ? ` (giá trị ${value})` : ''}; thay bằng ${by} ngày ${day}`
    : `Giá trị cũ nhập tay: ${value} (thay bằng ${by} ngày ${day})`;
}

export type IndexReason = { reason: 'laterPartial'; column: ScoreColumn } | { reason: 'survey' };

/** SPEC §7: why the index cell holds the engine's value instead of a formula. */
export function indexValueNote(why: IndexReason, today: string, lang: Lang): string {
  const day = isoToDmy(today);
  if (lang === 'en') {
    const cause = why.reason === 'survey' ? 'survey (ĐTXHH) scores are in a column of their own' : `the ${scoreColumnEn[why.column]} column is only partly filled`;
    const then = why.reason === 'survey' ? '' : '; fill again once the column is complete to get a formula';
    return `CCHC index computed on ${day} from each criterion's final score (re-checked, else appraised, else self-assessed), because ${cause}${then}.`;
  }
  const cause = why.reason === 'survey' ? 'điểm ĐTXHH nằm ở cột riêng' : `cột ${scoreColumnVi[why.column]} mới chấm một phần`;
  const then = why.reason === 'survey' ? '' : '; điền lại khi cột đã chấm đủ để có công thức';
  return `Chỉ số CCHC tính ngày ${day} theo điểm cuối cùng của từng tiêu chí (phúc tra, nếu chưa có thì thẩm định, nếu chưa có thì tự đánh giá) vì ${cause}${then}.`;
}
