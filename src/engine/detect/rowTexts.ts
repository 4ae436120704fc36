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
  cells: CellText[];
  byCol: Map<number, CellText>;
}

/** Short texts get a key (headers are short); long ones are never header text. */
const KEY_MAX = 160;

export function computeRowTexts(grid: Grid): (RowTexts | undefined)[] {
  const out: (RowTexts | undefined)[] = new Array(grid.rows.length);
  for (let r = 0; r < grid.rows.length; r++) {
    const cells: CellText[] = [];
    const src = grid.rows[r];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell || cell.v === null) continue;
      const text = readText(cell).text;
      if (!text) continue;
      cells.push({ col: grid.left + c, text, key: text.length <= KEY_MAX ? matchKey(text) : '' });
    }
    if (cells.length) out[r] = { row: grid.top + r, cells, byCol: new Map(cells.map((c) => [c.col, c])) };
  }
  return out;
}
