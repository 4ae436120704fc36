// SPEC §2: rows of a table are classified: section (Roman), coded, continuation (belongs to the
// row above), guidance (score sheet), total, or an un-coded item.
import type { TableKind } from '../../report/schema';
import { cellAt, type Grid } from '../grid';
import { readCode, readHeading, type Code } from '../text/codes';
import { fold } from '../text/normalize';
import { textAt, type RowTexts } from './rowTexts';
import type { TableRow } from './types';

// "TỔNG ĐIỂM", "Tổng điểm : 100", "Tổng cộng", "Cộng" close a score sheet.
const TOTAL_RE = /^(tong diem|tong cong|tong so diem|cong)\b/;

export interface RowLayout {
  kind: TableKind;
  code?: number;
  mainText?: number;
  /** Plan tables whose first column holds the section titles (seed 003). */
  group?: number;
  left: number;
  right: number;
}


function hasContent(texts: RowTexts, layout: RowLayout): boolean {
  return texts.cells.some((c) => c.col >= layout.left && c.col <= layout.right);
}

export function isTotalRow(texts: RowTexts, layout: RowLayout): boolean {
  if (layout.kind !== 'scoreSheet') return false;
  const first = texts.cells.find((c) => c.col >= layout.left && c.col <= layout.right);
  return first !== undefined && TOTAL_RE.test(fold(first.text));
}

/** Classifies one non-empty row of a table, given the row before it. */
export function classifyRow(grid: Grid, texts: RowTexts, layout: RowLayout, previous: TableRow | undefined): TableRow | null {
  if (!hasContent(texts, layout)) return null;
  const row = texts.row;
  if (isTotalRow(texts, layout)) return { row, kind: 'total' };

  let code: Code | null = null;
  if (layout.code !== undefined) {
    const cell = cellAt(grid, row, layout.code);
    code = cell ? readCode(cell.v) : null;
    if (code) return { row, kind: code.kind === 'roman' ? 'section' : 'coded', code };
    // A section title written in the code column ("I. Cải cách thể chế", seed 000).
    const heading = readHeading(textAt(texts, layout.code));
    if (heading?.code.kind === 'roman') return { row, kind: 'section', code: heading.code, sectionTitle: heading.title };
  }
  const main = textAt(texts, layout.mainText);
  const mainHeading = main ? readHeading(main) : null;
  if (mainHeading?.code.kind === 'roman') return { row, kind: 'section', code: mainHeading.code, sectionTitle: mainHeading.title };

  // Seed 003: the first column holds the section title (a merged cell), beside the section's first task.
  const groupHeading = layout.group !== undefined ? readHeading(textAt(texts, layout.group)) : null;
  if (groupHeading?.code.kind === 'roman' && !main) {
    return { row, kind: 'section', code: groupHeading.code, sectionTitle: groupHeading.title };
  }
  if (!main && previous) return { row, kind: 'continuation' };
  const item: TableRow = { row, kind: layout.kind === 'scoreSheet' ? 'guidance' : 'item' };
  if (groupHeading?.code.kind === 'roman') item.startsSection = { code: groupHeading.code, title: groupHeading.title };
  return item;
}
