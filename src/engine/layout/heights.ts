// Row heights for wrapped text. Excel does not fit a row to its text when it opens a file, so a
// layout estimates each row's height from its texts and the widths of the columns they wrap in.
// The measure (how wide a letter is, how tall a line) belongs to each feature: the forms' was
// measured on LibreOffice's PDF of their font, the summary's is a rougher one; the counting is one.
import type { Rect } from '../grid';
import type { SheetCells } from './build';

/** How wide text is, in column-width units (a unit is the width of a digit of the default font, Calibri 11). */
export interface TextMetrics {
  /** Units of a capital letter and of any other character, at `size`. */
  capital: number;
  other: number;
  /** The size these were measured at: text of another size scales with it (null: sizes and bold not told apart). */
  size: number | null;
  /** How much wider bold text is (with `size`). */
  bold: number;
  /** Units of a column's width its padding takes. */
  padding: number;
}

export interface HeightRule {
  metrics: TextMetrics;
  /** Points a cell needs for `lines` lines of `size`-point text spread over `rows` merged rows. */
  points: (lines: number, size: number, rows: number) => number;
  /** A row needing no more points than this keeps the sheet's default height. */
  above: number;
}

const UPPER_RE = /\p{Lu}/u;

function textWidth(text: string, m: TextMetrics, bold: boolean, size: number): number {
  let w = 0;
  for (const ch of text) w += UPPER_RE.test(ch) ? m.capital : m.other;
  return m.size === null ? w : (w * (bold ? m.bold : 1) * size) / m.size;
}

/** Lines a wrapped text takes in a column (or merged range) `width` characters wide. */
function linesOf(text: string, width: number, m: TextMetrics, bold: boolean, size: number): number {
  const room = Math.max(1, width - m.padding);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part, m, bold, size) / room)), 0);
}

/**
 * Each row's height from its texts: a merged cell's text flows over the merged width and is
 * spread over the rows it covers; a text that does not wrap takes one line. `fontSize` is the
 * size of a cell whose style sets none. Rows that need no more than `rule.above` are left out.
 */
export function rowHeights(sheet: SheetCells, widths: readonly number[], fontSize: number, rule: HeightRule): Record<number, number> {
  const spans = new Map<string, Rect>();
  for (const m of sheet.merges) spans.set(`${m.top},${m.left}`, m);
  const heights: Record<number, number> = {};
  sheet.rows.forEach((line, i) => {
    const row = i + 1;
    let points = 0;
    line.forEach((c, j) => {
      if (!c || typeof c.value !== 'string' || c.value === '') return;
      const m = spans.get(`${row},${j + 1}`);
      const left = j + 1;
      const right = m ? m.right : left;
      let w = 0;
      for (let k = left; k <= right; k++) w += widths[k - 1] ?? 9;
      const size = c.style.size ?? fontSize;
      const lines = c.style.wrap ? linesOf(c.value, w, rule.metrics, c.style.bold ?? false, size) : 1;
      points = Math.max(points, rule.points(lines, size, m ? m.bottom - m.top + 1 : 1));
    });
    if (points > rule.above) heights[row] = Math.round(points * 4) / 4;
  });
  return heights;
}
