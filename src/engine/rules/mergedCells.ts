// Merged cells read the Excel way: only the top-left cell of a merged range holds the value, so a
// rule that wants "what this row shows in column C" asks for the merge's first cell (SPEC §2.4:
// an owner cell merged over a group's rows; a unit cell merged over two rows).
import type { Grid } from '../grid';

export interface CellPos {
  row: number;
  col: number;
}

/**
 * For column `col`: every row whose cell in that column is covered by a merged range but is not
 * its top-left cell → the top-left cell, which holds the value. Built once per rule run, linear
 * in the merged cells (no per-row search of the merge list).
 */
export function mergedCellsOf(grid: Grid, col: number): Map<number, CellPos> {
  const out = new Map<number, CellPos>();
  for (const m of grid.merges) {
    if (col < m.left || col > m.right) continue;
    const origin = { row: m.top, col: m.left };
    for (let r = m.top; r <= m.bottom; r++) if (r !== m.top || col !== m.left) out.set(r, origin);
  }
  return out;
}
