// Every non-empty cell of a row read once as text (TCVN3 decoded, HTML stripped, NFC), with its
// matching key: detection looks at each row several times and must stay fast on 50 000 rows.
import type { Grid } from '../grid';
import { matchKey } from '../text/normalize';
import { readText } from '../text/read';

export interface CellText {
  col: number;
  text: string;
  key: string;
}

export interface RowTexts {
  row: number;
  /** Left to right. */
  cells: CellText[];
}

/** Header texts are short; a longer text is never a header and gets no key. */
const KEY_MAX = 90;

/** The text of a column in a row ('' when empty): rows hold a handful of cells, a scan is cheapest. */
export function textAt(texts: RowTexts | undefined, col: number | undefined): string {
  if (!texts || col === undefined) return '';
  for (const c of texts.cells) if (c.col === col) return c.text;
  return '';
}

export function hasTextAt(texts: RowTexts, col: number | undefined): boolean {
  return col !== undefined && texts.cells.some((c) => c.col === col);
}

export function computeRowTexts(grid: Grid): (RowTexts | undefined)[] {
  const out: (RowTexts | undefined)[] = new Array(grid.rows.length);
  // Columns repeat their words (units, statuses, "Văn phòng Sở"): each distinct text keyed once.
  const keys = new Map<string, string>();
  for (let r = 0; r < grid.rows.length; r++) {
    const cells: CellText[] = [];
    const src = grid.rows[r];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell || cell.v === null) continue;
      const text = readText(cell).text;
      if (!text) continue;
      let key = '';
      if (text.length <= KEY_MAX) {
        const known = keys.get(text);
        if (known === undefined) keys.set(text, (key = matchKey(text)));
        else key = known;
      }
      cells.push({ col: grid.left + c, text, key });
    }
    if (cells.length) out[r] = { row: grid.top + r, cells };
  }
  return out;
}
