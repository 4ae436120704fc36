// Builds Grids from plain 2-D arrays, so rule tests are table-driven without Excel or files
// (STYLE.md: `[{title, rows, expectedIssues}]`).
import type { Cell, Grid, Rect, Scalar, WorkbookGrids } from '../../src/engine/grid';
import { parseRectA1 } from '../../src/engine/grid';

/** A cell in a test grid: a plain value, or a full Cell (formula, format, font). */
export type TestCell = Scalar | undefined | Cell;

function isCell(x: TestCell): x is Cell {
  return typeof x === 'object' && x !== null && 'v' in x;
}

export interface GridOptions {
  sheet?: string;
  /** 1-based row of rows[0] (default 1). */
  top?: number;
  /** 1-based column of rows[r][0] (default 1). */
  left?: number;
  merges?: Array<string | Rect>;
  hiddenRows?: number[];
  hiddenCols?: number[];
  protected?: boolean;
  /** Font name for every text cell (e.g. ".VnTime"). */
  font?: string;
}

export function gridOf(rows: TestCell[][], opts: GridOptions = {}): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    sheet: opts.sheet ?? 'Sheet1',
    top: opts.top ?? 1,
    left: opts.left ?? 1,
    width,
    rows: rows.map((r) =>
      r.map((x): Cell | null => {
        if (x === undefined || x === null || x === '') return null;
        if (isCell(x)) return x;
        const cell: Cell = { v: x };
        if (opts.font && typeof x === 'string') cell.font = opts.font;
        return cell;
      }),
    ),
    merges: (opts.merges ?? []).map((m) => (typeof m === 'string' ? (parseRectA1(m) as Rect) : m)),
    hiddenRows: opts.hiddenRows ?? [],
    hiddenCols: opts.hiddenCols ?? [],
    protected: opts.protected,
  };
}

export function workbookOf(...sheets: Grid[]): WorkbookGrids {
  return { sheets };
}
