// The TONG_HOP.xlsx workbook of `cchc summary` (SPEC §9.1) laid out as plain data: five sheets
// like the official forms (agency lines, title in capitals, "(…)" subtitle, bordered table with
// bold centred headers, Times New Roman), on the shared sheet layout (engine/layout), ready for
// the adapter to write (xlsx/layoutWorkbook.ts).
//
// Numbers stay live where a formula can say how they are made (SPEC §7's spirit): on "Xếp hạng",
// Điểm cuối cùng and Điểm tối đa áp dụng are SUMs over the unit's rows of "Theo lĩnh vực", the
// index is ROUND(final / applicable max × 100, 2), the rating a nested IF over the bands and the
// rank RANK(index, the set's indexes, 0) (competition ranks, as SPEC §9.1 asks). Every formula
// carries its result, computed here exactly as the formula computes it, so a reader that does not
// recalculate shows the same numbers. Where the engine's own figure would differ from what the
// formula gives (a total that is not the sum of its areas), the engine's figure is written as a
// value instead: the sheet never shows a number the report does not.
import type { RatingBand } from '../../report/config';
import { a1, colLetter } from '../grid';
import { a4Page, merge, put, rect, type SheetCells } from '../layout/build';
import { rowHeights, type HeightRule } from '../layout/heights';
import type { ConditionalShade, LayoutCell, LayoutStyle, LayoutValue, PageSetup, SheetLayout } from '../layout/types';
import { roundHalfUp, tidy } from '../rules/scoreSheet/rating';
import { formatNumber } from '../messages';
import type { CompactIssue, RankedUnit, SetRanking, Summary } from './types';

export interface SummaryLayoutOptions {
  /** Agency lines top left, e.g. ["UBND TỈNH ĐIỆN BIÊN", "SỞ NỘI VỤ"]. */
  agency: string[];
  year: number | null;
  /** As-of date, ISO. */
  today: string;
  bands: readonly RatingBand[];
  /** Files read (readable or not), for the subtitle. */
  files: number;
}

export const SHEET_NAMES = {
  ranking: 'Xếp hạng',
  areas: 'Theo lĩnh vực',
  plan: 'Kế hoạch',
  issues: 'Lỗi',
  unreadable: 'Không đọc được',
} as const;

const FONT = { name: 'Times New Roman', size: 12 } as const;
const TITLE_SIZE = 14;
const HEADER_SIZE = 12;
/** Light red, for areas under 50 % (SPEC §4.7). */
export const BELOW_50_FILL = 'FFF4CCCC';
const FLAG_FILL = 'FFFFF2CC';

const S = {
  agency: { align: 'center', size: 13 } as LayoutStyle,
  agencyBold: { align: 'center', size: 13, bold: true } as LayoutStyle,
  title: { align: 'center', bold: true, size: TITLE_SIZE, wrap: true } as LayoutStyle,
  subtitle: { align: 'center', italic: true, size: 13, wrap: true } as LayoutStyle,
  header: { align: 'center', valign: 'middle', bold: true, wrap: true, border: true, size: HEADER_SIZE } as LayoutStyle,
  section: { bold: true, border: true, valign: 'middle' } as LayoutStyle,
  subsection: { bold: true, italic: true } as LayoutStyle,
  text: { border: true, valign: 'middle', wrap: true } as LayoutStyle,
  centre: { border: true, valign: 'middle', align: 'center' } as LayoutStyle,
  points: { border: true, valign: 'middle', align: 'center', numFmt: '0.00' } as LayoutStyle,
  count: { border: true, valign: 'middle', align: 'center', numFmt: '0' } as LayoutStyle,
  note: { italic: true, wrap: true, valign: 'top' } as LayoutStyle,
};

// ---- helpers ----

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function text(value: string | null | undefined, style: LayoutStyle = S.text): LayoutCell {
  return { value: value ?? null, style };
}

function num(value: number | null | undefined, style: LayoutStyle = S.points): LayoutCell {
  return { value: value ?? null, style };
}

function formula(f: string, result: LayoutValue, style: LayoutStyle): LayoutCell {
  return { formula: f, result, style };
}

function blank(style: LayoutStyle = S.text): LayoutCell {
  return { value: null, style };
}

function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function isoToDmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The band label an index falls in, as the nested IF reads it (highest `min` ≤ index). */
export function bandOf(index: number, bands: readonly RatingBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => index >= b.min) ?? sorted[sorted.length - 1]).label;
}

/** =IF(G8="","",IF(G8>=90,"Rất tốt",IF(G8>=70,"Tốt",…,"Kém"))) over the bands (SPEC §4.6). */
export function ratingFormula(cell: string, bands: readonly RatingBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const last = sorted[sorted.length - 1];
  let inner = formulaString(last.label);
  for (let i = sorted.length - 2; i >= 0; i--) inner = `IF(${cell}>=${sorted[i].min},${formulaString(sorted[i].label)},${inner})`;
  return `IF(${cell}="","",${inner})`;
}

/** A sheet under construction, row after row: cells and merges, and the heights a row is given. */
interface Builder extends SheetCells {
  heights: Record<number, number>;
  /** The next free row, 1-based. */
  next: number;
}

function builder(): Builder {
  return { rows: [], merges: [], heights: {}, next: 1 };
}

/** Writes a row of cells from column 1 at the next row; returns its row number. */
function addRow(b: Builder, cells: LayoutCell[], height?: number): number {
  const row = b.next++;
  cells.forEach((c, j) => put(b, row, j + 1, c));
  while (b.rows.length < row) b.rows.push([]);
  if (height) b.heights[row] = height;
  return row;
}

/** One cell merged across columns `from`…`to` of a new row. */
function addMergedRow(b: Builder, cell: LayoutCell, from: number, to: number, height?: number): number {
  const row = b.next++;
  put(b, row, from, cell);
  merge(b, rect(row, from, row, to));
  if (height) b.heights[row] = height;
  return row;
}

function skip(b: Builder, rows = 1): void {
  for (let i = 0; i < rows; i++) addRow(b, []);
}

/** Agency lines (top left), title and subtitle across the table, a blank row (SPEC §2). */
function titleBlock(b: Builder, width: number, opts: SummaryLayoutOptions, title: string, subtitle: string): void {
  const agencyWidth = Math.min(3, width);
  opts.agency.forEach((line, i) => addMergedRow(b, text(line, i === opts.agency.length - 1 ? S.agencyBold : S.agency), 1, agencyWidth));
  if (opts.agency.length) skip(b);
  addMergedRow(b, text(title, S.title), 1, width, 22);
  addMergedRow(b, text(subtitle, S.subtitle), 1, width);
  skip(b);
}

function yearSuffix(year: number | null): string {
  return year === null ? '' : ` NĂM ${year}`;
}

function subtitleOf(opts: SummaryLayoutOptions): string {
  return `(Tổng hợp từ ${opts.files} tệp của các đơn vị, ngày ${isoToDmy(opts.today)})`;
}

/**
 * Rows whose wrapped text takes more than one line grow by 16 points a line (12-point Times New
 * Roman, its capitals about a third wider than other letters); a row given a height keeps it.
 */
const SUMMARY_ROWS: HeightRule = {
  metrics: { capital: 1.3, other: 0.95, size: null, bold: 1, padding: 1 },
  points: (lines) => lines * 16 + 2,
  above: 16 + 2,
};

/** A4 landscape (SPEC §9.1: laid out like an official form). */
const MARGINS: PageSetup['margins'] = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

interface SheetExtras {
  freeze?: SheetLayout['freeze'];
  /** Header rows printed on every page. */
  printTitleRows?: PageSetup['printTitleRows'];
  rowBreaks?: number[];
  shades?: ConditionalShade[];
  autoFilter?: SheetLayout['autoFilter'];
}

function finish(name: string, b: Builder, widths: number[], extra: SheetExtras): SheetLayout {
  const { printTitleRows, ...rest } = extra;
  return {
    name,
    rows: b.rows,
    merges: b.merges,
    widths,
    heights: { ...rowHeights(b, widths, FONT.size, SUMMARY_ROWS), ...b.heights },
    defaultHeight: 17,
    font: { ...FONT },
    freeze: { rows: 0, cols: 0 },
    page: a4Page('landscape', MARGINS, printTitleRows ? { printTitleRows } : {}),
    rowBreaks: [],
    shades: [],
    ...rest,
  };
}

const SEVERITY_LABEL: Record<CompactIssue[2], string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
const SEVERITY_ORDER: Record<CompactIssue[2], number> = { error: 0, warning: 1, info: 2 };

/** What the "Ghi chú" column says about a unit. */
function unitNotes(u: RankedUnit): string {
  const notes: string[] = [];
  if (u.duplicate) notes.push('Trùng đơn vị với tệp khác');
  if (u.flags.some((f) => f[3] === 'summary.criteriaMismatch')) notes.push('Bộ tiêu chí khác các đơn vị cùng cấp');
  if (u.digest.score?.provisional) notes.push('Chỉ số tạm tính (chờ điểm điều tra xã hội học)');
  if (u.digest.score && u.digest.score.index === null) notes.push('Chưa có điểm');
  if (!u.digest.score) notes.push('Không có bảng chấm điểm');
  if (u.digest.nameSource === 'file') notes.push('Tên đơn vị lấy theo tên tệp');
  return notes.join('; ');
}

// ---- "Theo lĩnh vực": per set, % of each area's applicable max, the points, the maxima ----

/** Where a unit's area rows sit on "Theo lĩnh vực", for the ranking's formulas. */
interface AreaRows {
  /** Row of the unit in the points table and in the applicable-max table. */
  points: number;
  maxima: number;
  /** Columns of the first and last area. */
  first: number;
  last: number;
}

/** The figures a unit's ranking row shows, as the formulas compute them. */
interface UnitFigures {
  final: number;
  applicableMax: number;
  index: number | null;
}

function figuresOf(u: RankedUnit): UnitFigures | null {
  const s = u.digest.score;
  if (!s) return null;
  const final = tidy(s.areas.reduce((sum, a) => sum + a.final, 0));
  const applicableMax = tidy(s.areas.reduce((sum, a) => sum + a.applicableMax, 0));
  return { final, applicableMax, index: applicableMax === 0 ? null : roundHalfUp((final / applicableMax) * 100, 2) };
}

/** Whether the formulas over the areas give the engine's own total, maximum and index. */
function formulasAgree(u: RankedUnit, f: UnitFigures | null): boolean {
  const s = u.digest.score;
  if (!s || !f || s.index === null || s.areas.length === 0) return false;
  return f.final === tidy(s.totals.final ?? NaN) && f.applicableMax === tidy(s.applicableMax) && f.index === s.index;
}

function areaHeader(a: { code: string; name: string; max: number }): string {
  return `${a.code}. ${a.name}\n(${formatNumber(a.max, 'vi')} điểm)`;
}

function areaSheet(summary: Summary, opts: SummaryLayoutOptions): { sheet: SheetLayout; rowsOf: Map<RankedUnit, AreaRows> } {
  const sets = summary.sets.filter((s) => s.set !== null);
  const maxAreas = Math.max(1, ...sets.map((s) => s.set?.info.areas.length ?? 0));
  const width = 2 + maxAreas + 1;
  const b = builder();
  titleBlock(
    b,
    width,
    opts,
    `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH THEO TỪNG LĨNH VỰC${yearSuffix(opts.year)}`,
    '(Tỷ lệ % điểm đạt so với điểm tối đa áp dụng của từng lĩnh vực; ô dưới 50 % được tô màu)',
  );
  const rowsOf = new Map<RankedUnit, AreaRows>();
  const shades: ConditionalShade[] = [];
  const rowBreaks: number[] = [];
  let firstHeader = 0;
  if (sets.length === 0) addMergedRow(b, text('Không có đơn vị nào có bảng chấm điểm.', S.note), 1, width);

  sets.forEach((ranking, k) => {
    const set = ranking.set;
    if (!set) return;
    if (k > 0) rowBreaks.push(b.next - 1);
    const areas = set.info.areas;
    const n = areas.length;
    const first = 3;
    const last = first + n - 1;
    addMergedRow(b, text(`${roman(k + 1)}. ${set.name}`, S.section), 1, last + 1);
    const units = ranking.units;
    // Row numbers of the three tables are known before writing: each is a title row, a header
    // row and one row per unit, with a blank row between tables.
    const pctTop = b.next + 2;
    const ptsTop = pctTop + units.length + 3;
    const maxTop = ptsTop + units.length + 3;
    units.forEach((u, i) => rowsOf.set(u, { points: ptsTop + i, maxima: maxTop + i, first, last }));

    // 1. percentages
    addMergedRow(b, text('1. Tỷ lệ điểm đạt so với điểm tối đa áp dụng của lĩnh vực (%)', S.subsection), 1, last + 1);
    const header = addRow(b, [text('STT', S.header), text('Đơn vị', S.header), ...areas.map((a) => text(areaHeader(a), S.header)), text('Chỉ số (%)', S.header)], 96);
    if (k === 0) firstHeader = header;
    units.forEach((u, i) => {
      const rows = rowsOf.get(u) as AreaRows;
      const s = u.digest.score;
      const scored = s !== null && s.index !== null;
      const cells: LayoutCell[] = [num(i + 1, S.count), text(u.digest.unit)];
      areas.forEach((_, j) => {
        const col = first + j;
        const area = s?.areas[j];
        if (!scored || !area) {
          cells.push(blank(S.points));
          return;
        }
        const p = a1(rows.points, col);
        const m = a1(rows.maxima, col);
        const result = area.applicableMax === 0 ? '' : roundHalfUp((area.final / area.applicableMax) * 100, 2);
        cells.push(formula(`IF(${m}=0,"",ROUND(${p}/${m}*100,2))`, result, S.points));
      });
      const f = figuresOf(u);
      const total = a1(rows.points, last + 1);
      const totalMax = a1(rows.maxima, last + 1);
      cells.push(scored && f && formulasAgree(u, f) ? formula(`IF(${totalMax}=0,"",ROUND(${total}/${totalMax}*100,2))`, f.index, S.points) : num(s?.index ?? null));
      const row = addRow(b, cells);
      if (row !== pctTop + i) throw new Error('layout: area rows out of step');
    });
    if (units.length) {
      const tl = a1(pctTop, first);
      shades.push({ range: rect(pctTop, first, pctTop + units.length - 1, last), formula: `AND(ISNUMBER(${tl}),${tl}<50)`, fill: BELOW_50_FILL });
    }
    skip(b);

    // 2. points and 3. applicable maxima, values, each with its total
    const table = (titleText: string, top: number, valueOf: (u: RankedUnit, j: number) => number | null): void => {
      addMergedRow(b, text(titleText, S.subsection), 1, last + 1);
      addRow(b, [text('STT', S.header), text('Đơn vị', S.header), ...areas.map((a) => text(a.code, S.header)), text('Tổng', S.header)]);
      units.forEach((u, i) => {
        const values = areas.map((_, j) => valueOf(u, j));
        const filled = values.filter((v): v is number => v !== null);
        const sum = `SUM(${a1(top + i, first)}:${a1(top + i, last)})`;
        const row = addRow(b, [
          num(i + 1, S.count),
          text(u.digest.unit),
          ...values.map((v) => num(v)),
          filled.length ? formula(sum, tidy(filled.reduce((x, y) => x + y, 0)), S.points) : blank(S.points),
        ]);
        if (row !== top + i) throw new Error('layout: area rows out of step');
      });
      skip(b);
    };
    const scoredArea = (u: RankedUnit, j: number): number | null => (u.digest.score?.index === null ? null : (u.digest.score?.areas[j]?.final ?? null));
    table('2. Điểm đạt được của từng lĩnh vực (điểm cuối cùng)', ptsTop, scoredArea);
    table('3. Điểm tối đa áp dụng của từng lĩnh vực (đã trừ tiêu chí không áp dụng)', maxTop, (u, j) => u.digest.score?.areas[j]?.applicableMax ?? null);
  });

  const widths = [6, 30, ...Array.from({ length: maxAreas }, () => 15), 12];
  const sheet = finish(SHEET_NAMES.areas, b, widths, {
    freeze: sets.length === 1 && firstHeader ? { rows: firstHeader, cols: 2 } : { rows: 0, cols: 2 },
    printTitleRows: sets.length === 1 && firstHeader ? { from: firstHeader, to: firstHeader } : undefined,
    rowBreaks,
    shades,
  });
  return { sheet, rowsOf };
}

// ---- "Xếp hạng" ----

const RANKING_HEADER = [
  'STT',
  'Đơn vị',
  'Tổng điểm tự đánh giá',
  'Điểm thẩm định',
  'Điểm cuối cùng',
  'Điểm tối đa áp dụng',
  'Chỉ số (%)',
  'Xếp loại',
  'Thứ hạng',
  'Lĩnh vực < 50 %',
  'Số lỗi',
  'Tệp',
  'Ghi chú',
];
const RANKING_WIDTHS = [6, 32, 12, 12, 12, 12, 11, 12, 9, 12, 8, 30, 28];
const COL = { final: 5, max: 6, index: 7, rating: 8, rank: 9 };

function rankingRows(b: Builder, ranking: SetRanking, areaRows: Map<RankedUnit, AreaRows>, opts: SummaryLayoutOptions): void {
  const top = b.next;
  const ranked = ranking.units.filter((u) => u.rank !== null).length;
  const rankRange = `$${colLetter(COL.index)}$${top}:$${colLetter(COL.index)}$${top + Math.max(ranked, 1) - 1}`;
  const areasSheet = quoteSheet(SHEET_NAMES.areas);
  for (const u of ranking.units) {
    const row = b.next;
    const s = u.digest.score;
    const rows = areaRows.get(u);
    const f = figuresOf(u);
    const live = rows !== undefined && formulasAgree(u, f);
    const indexCell = a1(row, COL.index);
    const cells: LayoutCell[] = [num(u.order, S.count), text(u.digest.unit), num(s?.totals.self ?? null), num(s?.totals.appraised ?? null)];
    if (live && rows && f) {
      cells.push(formula(`SUM(${areasSheet}!${a1(rows.points, rows.first)}:${a1(rows.points, rows.last)})`, f.final, S.points));
      cells.push(formula(`SUM(${areasSheet}!${a1(rows.maxima, rows.first)}:${a1(rows.maxima, rows.last)})`, f.applicableMax, S.points));
      cells.push(formula(`IF(${a1(row, COL.max)}=0,"",ROUND(${a1(row, COL.final)}/${a1(row, COL.max)}*100,2))`, f.index, S.points));
    } else {
      const scored = s !== null && s.index !== null;
      cells.push(num(scored ? s.totals.final : null), num(s ? s.applicableMax : null), num(s?.index ?? null));
    }
    const index = s?.index ?? null;
    if (index !== null && u.rank !== null) {
      cells.push(formula(ratingFormula(indexCell, opts.bands), bandOf(index, opts.bands), S.centre));
      cells.push(formula(`RANK(${indexCell},${rankRange},0)`, u.rank, S.count));
    } else {
      cells.push(blank(S.centre), blank(S.count));
    }
    const below = s?.areas.filter((a) => a.below50).map((a) => a.code) ?? [];
    cells.push(text(below.join(', '), S.centre), num(u.errors, S.count), text(u.digest.file), text(unitNotes(u)));
    if (u.flags.length) cells[1] = { ...cells[1], style: { ...S.text, fill: FLAG_FILL } };
    addRow(b, cells);
  }
}

function rankingSheet(summary: Summary, areaRows: Map<RankedUnit, AreaRows>, opts: SummaryLayoutOptions): SheetLayout {
  const width = RANKING_HEADER.length;
  const b = builder();
  titleBlock(b, width, opts, `BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${yearSuffix(opts.year)}`, subtitleOf(opts));
  const header = addRow(b, RANKING_HEADER.map((h) => text(h, S.header)), 48);
  summary.sets.forEach((ranking, k) => {
    const name = ranking.set ? ranking.set.name : 'Đơn vị không có bảng chấm điểm (không xếp hạng)';
    addMergedRow(b, text(`${roman(k + 1)}. ${name}`, S.section), 1, width);
    rankingRows(b, ranking, areaRows, opts);
  });
  if (summary.sets.length === 0) addMergedRow(b, text('Không có đơn vị nào.', S.text), 1, width);
  skip(b);
  const bands = [...opts.bands].sort((a, b2) => b2.min - a.min);
  const bandText = bands
    .map((band, i) => (i === 0 ? `≥ ${band.min}: ${band.label}` : band.min === 0 ? `< ${bands[i - 1].min}: ${band.label}` : `${band.min} – < ${bands[i - 1].min}: ${band.label}`))
    .join('; ');
  addMergedRow(
    b,
    text(
      `Ghi chú: Chỉ số (%) = Điểm cuối cùng / Điểm tối đa áp dụng × 100, làm tròn 2 chữ số thập phân. Xếp loại: ${bandText}. ` +
        'Các đơn vị bằng chỉ số thì đồng hạng; đơn vị chưa có điểm không xếp hạng. Mỗi bộ tiêu chí xếp hạng riêng. ' +
        'Điểm cuối cùng của tiêu chí: điểm phúc tra, nếu không có thì điểm thẩm định, nếu không có thì điểm tự đánh giá.',
      S.note,
    ),
    1,
    width,
    48,
  );
  return finish(SHEET_NAMES.ranking, b, RANKING_WIDTHS, { freeze: { rows: header, cols: 2 }, printTitleRows: { from: header, to: header } });
}

// ---- "Kế hoạch" ----

function planSheet(summary: Summary, opts: SummaryLayoutOptions): SheetLayout {
  const headerText = ['STT', 'Đơn vị', 'Số nhiệm vụ', 'Đã hoàn thành', 'Tỷ lệ hoàn thành (%)', 'Quá hạn', 'Sắp đến hạn', 'Tệp', 'Ghi chú'];
  const width = headerText.length;
  const b = builder();
  titleBlock(b, width, opts, `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${yearSuffix(opts.year)}`, `(Tình trạng nhiệm vụ tính đến ngày ${isoToDmy(opts.today)})`);
  const header = addRow(b, headerText.map((h) => text(h, S.header)), 36);
  const top = b.next;
  summary.byName.forEach((u, i) => {
    const row = b.next;
    const p = u.digest.plan;
    const note = !p ? 'Không có bảng kế hoạch' : p.completionPercent === null ? 'Bảng kế hoạch không ghi tình trạng hoàn thành' : '';
    const pct =
      p && p.completionPercent !== null
        ? formula(`IF(${a1(row, 3)}=0,"",ROUND(${a1(row, 4)}/${a1(row, 3)}*100,2))`, p.tasks === 0 ? '' : roundHalfUp((p.completed / p.tasks) * 100, 2), S.points)
        : blank(S.points);
    addRow(b, [
      num(i + 1, S.count),
      text(u.digest.unit),
      num(p?.tasks ?? null, S.count),
      num(p && p.completionPercent !== null ? p.completed : null, S.count),
      pct,
      num(p?.overdue ?? null, S.count),
      num(p?.dueSoon ?? null, S.count),
      text(u.digest.file),
      text(note),
    ]);
  });
  const bottom = b.next - 1;
  if (bottom >= top) {
    const withPlan = summary.byName.filter((u) => u.digest.plan);
    const sum = (col: number, values: number[]): LayoutCell => formula(`SUM(${a1(top, col)}:${a1(bottom, col)})`, values.reduce((x, y) => x + y, 0), { ...S.count, bold: true });
    const known = withPlan.filter((u) => u.digest.plan?.completionPercent !== null);
    const tasks = withPlan.reduce((s, u) => s + (u.digest.plan?.tasks ?? 0), 0);
    const knownTasks = known.reduce((s, u) => s + (u.digest.plan?.tasks ?? 0), 0);
    const done = known.reduce((s, u) => s + (u.digest.plan?.completed ?? 0), 0);
    const row = b.next;
    // The total rate only when every plan says what is done: otherwise its tasks would count as not done.
    const totalPct =
      withPlan.length > 0 && known.length === withPlan.length
        ? formula(`IF(${a1(row, 3)}=0,"",ROUND(${a1(row, 4)}/${a1(row, 3)}*100,2))`, tasks === 0 ? '' : roundHalfUp((done / tasks) * 100, 2), { ...S.points, bold: true })
        : blank(S.points);
    addRow(b, [
      blank(),
      text('Tổng cộng', { ...S.text, bold: true }),
      sum(3, withPlan.map((u) => u.digest.plan?.tasks ?? 0)),
      sum(4, known.map((u) => u.digest.plan?.completed ?? 0)),
      totalPct,
      sum(6, withPlan.map((u) => u.digest.plan?.overdue ?? 0)),
      sum(7, withPlan.map((u) => u.digest.plan?.dueSoon ?? 0)),
      blank(),
      text(knownTasks < tasks ? 'Tỷ lệ chung chỉ tính khi mọi bảng kế hoạch ghi tình trạng' : ''),
    ]);
  } else {
    addMergedRow(b, text('Không có đơn vị nào.', S.text), 1, width);
  }
  return finish(SHEET_NAMES.plan, b, [6, 32, 11, 11, 12, 10, 10, 30, 30], { freeze: { rows: header, cols: 2 }, printTitleRows: { from: header, to: header } });
}

// ---- "Lỗi" ----

function issueSheet(summary: Summary, opts: SummaryLayoutOptions): SheetLayout {
  const headerText = ['STT', 'Đơn vị', 'Tệp', 'Trang tính', 'Ô', 'Mức độ', 'Mã', 'Nội dung'];
  const width = headerText.length;
  const b = builder();
  titleBlock(b, width, opts, 'DANH SÁCH LỖI, CẢNH BÁO TRONG TỆP CỦA CÁC ĐƠN VỊ', subtitleOf(opts));
  const header = addRow(b, headerText.map((h) => text(h, S.header)), 30);
  let n = 0;
  for (const u of summary.byName) {
    // Errors first, then warnings, then information; each in the report's order.
    const issues = [...u.flags, ...u.digest.issues].map((issue, i) => ({ issue, i })).sort((x, y) => SEVERITY_ORDER[x.issue[2]] - SEVERITY_ORDER[y.issue[2]] || x.i - y.i);
    for (const { issue } of issues) {
      const [sheet, cell, severity, code, message] = issue;
      addRow(b, [num(++n, S.count), text(u.digest.unit), text(u.digest.file), text(sheet), text(cell, S.centre), text(SEVERITY_LABEL[severity], S.centre), text(code), text(message)]);
    }
  }
  if (n === 0) addMergedRow(b, text('Không có lỗi hay cảnh báo nào.', S.text), 1, width);
  return finish(SHEET_NAMES.issues, b, [6, 28, 26, 14, 8, 11, 26, 80], {
    freeze: { rows: header, cols: 0 },
    printTitleRows: { from: header, to: header },
    autoFilter: n > 0 ? rect(header, 1, header + n, width) : undefined,
  });
}

// ---- "Không đọc được" ----

function unreadableSheet(summary: Summary, opts: SummaryLayoutOptions): SheetLayout {
  const width = 3;
  const b = builder();
  titleBlock(b, width, opts, 'DANH SÁCH TỆP KHÔNG ĐỌC ĐƯỢC HOẶC KHÔNG CÓ BẢNG CẢI CÁCH HÀNH CHÍNH', subtitleOf(opts));
  const header = addRow(b, ['STT', 'Tệp', 'Lý do'].map((h) => text(h, S.header)), 24);
  summary.unreadable.forEach((u, i) => addRow(b, [num(i + 1, S.count), text(u.file), text(u.reason)]));
  if (summary.unreadable.length === 0) addMergedRow(b, text('Mọi tệp đều đọc được.', S.text), 1, width);
  return finish(SHEET_NAMES.unreadable, b, [6, 40, 90], { freeze: { rows: header, cols: 0 }, printTitleRows: { from: header, to: header } });
}

/** The five sheets of TONG_HOP.xlsx, in order. */
export function summaryLayout(summary: Summary, opts: SummaryLayoutOptions): SheetLayout[] {
  const areas = areaSheet(summary, opts);
  return [rankingSheet(summary, areas.rowsOf, opts), areas.sheet, planSheet(summary, opts), issueSheet(summary, opts), unreadableSheet(summary, opts)];
}
