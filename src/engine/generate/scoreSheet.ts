// The self-assessment score sheet of the CCHC index: the criteria of Bảng 1 (Sở, ban, ngành) or
// Bảng 2 (huyện) of seed 001 (QĐ 1026/QĐ-UBND Điện Biên 2019), or of a criteria table read from a
// file, with Điểm tối đa, Điểm tự đánh giá, Điểm thẩm định, Tài liệu kiểm chứng and Ghi chú.
//
// Decisions:
// - Every computed cell is the fill's (draft.ts): the parents' and the total's =SUM(children)
//   (a ±N area clamped), and below the total row "Điểm tối đa áp dụng", "Chỉ số CCHC" and
//   "Xếp loại" (SPEC §7). The probe scores every self-assessed leaf at its maximum, so the
//   formulas are those of a complete self-assessment: the index reads the self-assessed total.
// - The appraisal column gets no formulas: it is empty until the appraisal council scores, and a
//   0 there would read as a score (SPEC §7). Its cells are inputs; Điền công thức (or cchc fill)
//   adds its sums once it is scored.
// - Maxima are the criteria set's: written as numbers (a ±N bonus/penalty as "+/-N"), locked.
// - Guidance rows of a criteria table read from a file ("Đúng thời hạn: 0,5") are kept, in
//   italics, under their criterion: they are the scoring rules (SPEC §2.3).
// - Bảng 2's four criteria numbered 5.10.x under 5.11 are numbered 5.11.x (data/bang2.ts).
// - Survey criteria keep their "ĐTXHH" note (SPEC §2.3): the table has no survey column, so
//   their score is typed in the self-assessment column once the survey result is known (§4.5).
import { newCells, put, rect } from '../layout/build';
import type { LayoutStyle, LayoutValue } from '../layout/types';
import { readNumber } from '../text/numbers';
import type { CriteriaSet } from './data/types';
import type { Draft, ProbeCell } from './draft';
import {
  agencyLine,
  borderTable,
  cell,
  pageSetup,
  PROTECTION,
  STYLES,
  style,
  subtitleLine,
  titleBlock,
} from './sheet';
import type { ResolvedRequest } from './types';

export type CriteriaRow =
  | { kind: 'criterion'; code: string; name: string; max: string | number; note: string }
  | { kind: 'guidance'; text: string };

/** A criteria set as the score sheet lays it out: seed 001's, or one read from a file. */
export interface CriteriaSource {
  /** The criteria table's own title ("CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH"). */
  title: string;
  total: { name: string; max: string | number };
  rows: CriteriaRow[];
}

/** A unit's scores carried into the sheet (`--from`), by criterion code. */
export interface CarriedScore {
  self?: LayoutValue;
  appraised?: LayoutValue;
  evidence?: string;
  note?: string;
}

export type CarriedScores = ReadonlyMap<string, CarriedScore>;

export const SCORE_SHEET_NAME = 'Bảng chấm điểm';
export const SCORE_SHEET_LABEL = 'Phụ lục III';

type Role = 'code' | 'criterion' | 'max' | 'self' | 'appraised' | 'evidence' | 'note';

const COLUMNS: ReadonlyArray<{ role: Role; header: string; width: number }> = [
  { role: 'code', header: 'STT', width: 7 },
  { role: 'criterion', header: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', width: 58 },
  { role: 'max', header: 'Điểm tối đa', width: 9 },
  { role: 'self', header: 'Điểm tự đánh giá', width: 10 },
  { role: 'appraised', header: 'Điểm thẩm định', width: 10 },
  { role: 'evidence', header: 'Tài liệu kiểm chứng', width: 28 },
  { role: 'note', header: 'Ghi chú', width: 12 },
];

const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.role, i + 1])) as Record<Role, number>;

const INPUT_SCORE: LayoutStyle = style(STYLES.number, { input: true });
const INPUT_TEXT: LayoutStyle = style(STYLES.text, { input: true });
const INPUT_NOTE: LayoutStyle = style(STYLES.center, { input: true });
const GUIDANCE: LayoutStyle = style(STYLES.text, { italic: true });
/** Cells the fill adds below the total row: its labels and the index and rating. */
const BELOW_LABEL: LayoutStyle = { bold: true, align: 'right', valign: 'middle' };
const BELOW_VALUE: LayoutStyle = { bold: true, align: 'center', valign: 'middle', border: true };

/** Seed 001's criteria as the score sheet lays them out. */
export function seedCriteria(set: CriteriaSet): CriteriaSource {
  return {
    title: set.title,
    total: set.total,
    rows: set.criteria.map((c, i) => ({ kind: 'criterion', code: set.codeFixes?.[i] ?? c.code, name: c.name, max: c.max, note: c.note })),
  };
}

/** A max as a cell holds it: 22, 9.5 ("9,5"), or the text "+/-3" of a bonus/penalty criterion. */
function maxValue(max: string | number): { value: LayoutValue; points: number | null } {
  const n = readNumber(max);
  if (n?.kind === 'number') return { value: n.value, points: n.value };
  if (n?.kind === 'plusMinus') return { value: `+/-${n.value}`, points: 0 };
  return { value: typeof max === 'number' ? max : max.trim() || null, points: null };
}

/** Codes that have a child code below them ("1.1" over "1.1.1"): SPEC §4.1, by prefix. */
function parentCodes(rows: readonly CriteriaRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'criterion') continue;
    const dot = r.code.lastIndexOf('.');
    if (dot > 0) out.add(r.code.slice(0, dot));
  }
  return out;
}

function isArea(code: string): boolean {
  return /^\d+$/.test(code);
}

export function scoreSheetDraft(req: ResolvedRequest, source: CriteriaSource, carried: CarriedScores | null): Draft {
  const sheet = newCells();
  const widths = COLUMNS.map((c) => c.width);
  const width = widths.length;
  const title = `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM ${source.title.toLocaleUpperCase('vi')} NĂM ${req.year}`;
  const headerRow = titleBlock(sheet, { agency: agencyLine(req.unit), label: SCORE_SHEET_LABEL, title: [title], subtitle: subtitleLine(req.year, req.unit) }, widths);
  COLUMNS.forEach((c, i) => put(sheet, headerRow, i + 1, cell(c.header, STYLES.header)));

  const parents = parentCodes(source.rows);
  const probes: ProbeCell[] = [];
  let row = headerRow + 1;
  for (const r of source.rows) {
    if (r.kind === 'guidance') {
      put(sheet, row, COL.criterion, cell(r.text, GUIDANCE));
      row++;
      continue;
    }
    const strong = isArea(r.code);
    const max = maxValue(r.max);
    const leaf = !parents.has(r.code);
    const scores = carried?.get(r.code);
    put(sheet, row, COL.code, cell(r.code, style(STYLES.code, strong ? { bold: true } : {})));
    put(sheet, row, COL.criterion, cell(r.name, style(STYLES.text, strong ? { bold: true } : {})));
    put(sheet, row, COL.max, cell(max.value, style(STYLES.number, strong ? { bold: true } : {})));
    put(sheet, row, COL.self, cell(leaf ? (scores?.self ?? null) : null, style(INPUT_SCORE, strong ? { bold: true } : {})));
    put(sheet, row, COL.appraised, cell(leaf ? (scores?.appraised ?? null) : null, style(INPUT_SCORE, strong ? { bold: true } : {})));
    put(sheet, row, COL.evidence, cell(scores?.evidence ?? null, INPUT_TEXT));
    put(sheet, row, COL.note, cell(scores?.note ?? (r.note || null), INPUT_NOTE));
    // Full marks on every self-assessed leaf not carried: the fill then plans the formulas of a
    // complete self-assessment (draft.ts).
    if (leaf && (scores?.self === undefined || scores.self === null)) probes.push({ row, col: COL.self, value: max.points ?? 0 });
    row++;
  }
  const totalRow = row;
  const totalMax = maxValue(source.total.max);
  put(sheet, totalRow, COL.criterion, cell(source.total.name, style(STYLES.center, { bold: true })));
  put(sheet, totalRow, COL.max, cell(totalMax.value, style(STYLES.number, { bold: true })));
  put(sheet, totalRow, COL.self, cell(null, style(STYLES.number, { bold: true })));
  put(sheet, totalRow, COL.appraised, cell(null, style(INPUT_SCORE, { bold: true })));
  borderTable(sheet, rect(headerRow, 1, totalRow, width));
  return {
    kind: 'scoreSheet',
    name: SCORE_SHEET_NAME,
    sheet,
    widths,
    freezeRows: headerRow,
    page: pageSetup('landscape', [headerRow]),
    protection: PROTECTION,
    table: {
      kind: 'scoreSheet',
      headerRows: [headerRow],
      range: rect(headerRow, 1, totalRow, width),
      columns: Object.fromEntries(COLUMNS.map((c, i) => [c.role, i + 1])),
    },
    probes,
    computedStyle: (_row, col) => (col === COL.criterion || col === COL.code ? BELOW_LABEL : BELOW_VALUE),
  };
}
