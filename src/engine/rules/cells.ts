// Reading a cell where a number is expected (SPEC §3, §4.3, §6): one way for every rule, so
// errors (#REF!), numbers stored as text and text where a number belongs read the same everywhere.
import type { DetectedTable } from '../detect/types';
import { a1, cellAt, isErrorValue, type Grid } from '../grid';
import { finding, type Finding, type ValueKind } from '../messages/catalog';
import { findHtmlMarkup } from '../text/html';
import { readNumber, type NumberContext } from '../text/numbers';
import { readText } from '../text/read';

export type NumericCell =
  | { kind: 'empty'; cell: string }
  | { kind: 'number'; value: number; fromText: boolean; percent: boolean; cell: string; raw: string }
  | { kind: 'plusMinus'; value: number; fromText: boolean; cell: string; raw: string }
  | { kind: 'error'; error: string; cell: string }
  | { kind: 'text'; text: string; cell: string };

export function readNumericCell(grid: Grid, row: number, col: number, context: NumberContext = 'decimal'): NumericCell {
  const ref = a1(row, col);
  const c = cellAt(grid, row, col);
  const v = c?.v ?? null;
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { kind: 'empty', cell: ref };
  if (isErrorValue(v)) return { kind: 'error', error: v.error, cell: ref };
  const n = readNumber(v, context);
  // The text as typed ("0,5"), for messages about a number stored as text.
  const raw = typeof v === 'string' ? v.trim() : String(v);
  if (n?.kind === 'number') return { kind: 'number', value: n.value, fromText: n.fromText, percent: n.percent ?? false, cell: ref, raw };
  if (n?.kind === 'plusMinus') return { kind: 'plusMinus', value: n.value, fromText: n.fromText, cell: ref, raw };
  return { kind: 'text', text: readText(c).text, cell: ref };
}

/** The findings every rule shares for a numeric cell: an Excel error, a number stored as text. */
export function numericCellFindings(sheet: string, cell: NumericCell, expected: ValueKind): Finding[] {
  if (cell.kind === 'error') return [finding(sheet, cell.cell, 'cell.error', { value: cell.error, expected })];
  if ((cell.kind === 'number' || cell.kind === 'plusMinus') && cell.fromText) {
    return [finding(sheet, cell.cell, 'cell.numberAsText', { value: cell.raw })];
  }
  return [];
}

/** SPEC §3: HTML markup pasted from the web (seed 003) is read as text and reported once per cell. */
export function htmlMarkupFindings(table: DetectedTable, grid: Grid): Finding[] {
  const out: Finding[] = [];
  const { top, bottom, left, right } = table.range;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const v = cellAt(grid, r, c)?.v;
      if (typeof v !== 'string' || v.indexOf('<') < 0) continue;
      const markup = findHtmlMarkup(v);
      if (markup) out.push(finding(table.sheet, a1(r, c), 'cell.htmlMarkup', { text: markup }));
    }
  }
  return out;
}
