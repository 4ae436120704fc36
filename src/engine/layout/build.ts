// Laying a sheet out: cells placed by row and column, merged ranges, the A4 page every laid-out
// sheet prints on. Pure functions over plain data; each feature's own builder (the forms'
// fixed rows, the summary's row cursor) sits on these.
import type { Rect } from '../grid';
import type { LayoutCell, PageSetup } from './types';

/** A sheet's cells and merges while it is laid out, 1-based. */
export interface SheetCells {
  rows: Array<Array<LayoutCell | undefined>>;
  merges: Rect[];
}

export function newCells(): SheetCells {
  return { rows: [], merges: [] };
}

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

export function put(sheet: SheetCells, row: number, col: number, c: LayoutCell): void {
  while (sheet.rows.length < row) sheet.rows.push([]);
  const line = sheet.rows[row - 1];
  while (line.length < col - 1) line.push(undefined);
  line[col - 1] = c;
}

export function get(sheet: Pick<SheetCells, 'rows'>, row: number, col: number): LayoutCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/**
 * Merges a range and gives every covered cell the first cell's style, never an input's (so a
 * bordered merged cell shows its border on every side, in Excel and LibreOffice alike).
 */
export function merge(sheet: SheetCells, r: Rect): void {
  if (r.top === r.bottom && r.left === r.right) return;
  sheet.merges.push(r);
  const first = get(sheet, r.top, r.left);
  const s = first?.style ?? {};
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (row === r.top && col === r.left) continue;
      put(sheet, row, col, { value: null, style: { ...s, input: false } });
    }
  }
}

/** A4, one page wide and as many tall as it takes (SPEC §9: sheets print like the official forms). */
export function a4Page(orientation: PageSetup['orientation'], margins: PageSetup['margins'], extra: Pick<PageSetup, 'printTitleRows' | 'footer'> = {}): PageSetup {
  return { orientation, paper: 'A4', fitToWidth: 1, fitToHeight: 0, ...extra, margins };
}
