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

/** Reads a row's texts on demand. */
export type TextsAt = (row: number) => RowTexts | undefined;

/** Rows kept behind the furthest row read: detection looks back at most a title block (10 rows). */
const WINDOW = 32;

function readRow(grid: Grid, r: number, keys: Map<string, string>): RowTexts | undefined {
  const cells: CellText[] = [];
  const src = grid.rows[r];
  if (!src) return undefined;
  for (let c = 0; c < src.length; c++) {
    const cell = src[c];
    if (!cell || cell.v === null) continue;
    const text = readText(cell).text;
    if (!text) continue;
    // Only text can name a header; numbers get no key.
    let key = '';
    if (typeof cell.v === 'string' && text.length <= KEY_MAX) {
      const known = keys.get(text);
      if (known === undefined) keys.set(text, (key = matchKey(text)));
      else key = known;
    }
    cells.push({ col: grid.left + c, text, key });
  }
  return cells.length ? { row: grid.top + r, cells } : undefined;
}

/**
 * A row reader over a sheet that keeps only a window of rows behind the furthest one read, so
 * memory stays flat however long the sheet (SPEC §11: 50 000-row sheets).
 */
export function rowTextsOf(grid: Grid): TextsAt {
  // Columns repeat their words (units, statuses, "Văn phòng Sở"): each distinct text keyed once.
  const keys = new Map<string, string>();
  const cache = new Map<number, RowTexts | undefined>();
  let furthest = -Infinity;
  return (row) => {
    if (cache.has(row)) return cache.get(row);
    const texts = readRow(grid, row - grid.top, keys);
    cache.set(row, texts);
    if (row > furthest) {
      furthest = row;
      for (const r of cache.keys()) {
        if (r >= furthest - WINDOW) break;
        cache.delete(r);
      }
    }
    return texts;
  };
}

/** Every row's texts at once (tests and small sheets). */
export function computeRowTexts(grid: Grid): (RowTexts | undefined)[] {
  const keys = new Map<string, string>();
  return grid.rows.map((_, r) => readRow(grid, r, keys));
}
