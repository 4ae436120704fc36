// SPEC §3, §2.4 ("codes well formed"): a code cell that starts like a code but is not one ("1,1",
// "1.1a", "2..1") leaves its row out of the code tree; it is reported so the tree is not silently
// wrong. Bullets ("-", "+", "a)", "*") are not codes and are left alone.
import type { DetectedTable } from '../detect/types';
import { a1, cellAt, type Grid } from '../grid';
import { finding, type Finding } from '../messages/catalog';
import { readText } from '../text/read';

const STARTS_LIKE_A_CODE_RE = /^\d/;

export function malformedCodeFindings(table: DetectedTable, grid: Grid): Finding[] {
  const col = table.columns.code;
  if (col === undefined) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'item' && row.kind !== 'guidance') continue;
    const text = readText(cellAt(grid, row.row, col)).text;
    if (STARTS_LIKE_A_CODE_RE.test(text)) out.push(finding(table.sheet, a1(row.row, col), 'code.malformed', { text }));
  }
  return out;
}
