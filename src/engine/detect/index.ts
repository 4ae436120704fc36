// Table detection (SPEC §2): every CCHC table on every sheet, found by its header row(s), with its
// column roles, its title block and its rows classified. Several tables may share a sheet.
import { bottomRow, type Grid, type WorkbookGrids } from '../grid';
import { fold } from '../text/normalize';
import { matchHeaderAt, type HeaderMatch } from './headers';
import { classifyRow, type RowLayout } from './rows';
import { rowTextsOf, textAt, type RowTexts, type TextsAt } from './rowTexts';
import { isTitleLike, readTitleBlock, TITLE_BLOCK_ROWS } from './title';
import type { DetectedTable, TableRow, TitleBlock } from './types';
import { VOCABULARIES } from './vocab';

// Lines under a table that end it: notes, signatures, "Nơi nhận".
const FOOTER_RE = /^(ghi chu\s*:|luu y\s*:|noi nhan|nguoi lap|thu truong|xac nhan|tm\.|kt\.|giam doc\b|chu tich\b|\*\s*ghi chu)/;
const PHU_LUC_RE = /^phu luc\s*[0-9ivx]+\b/;
/** Empty rows after which an un-coded row no longer belongs to the table. */
const MAX_EMPTY_RUN = 3;

interface OpenTable {
  header: HeaderMatch;
  title: TitleBlock;
  layout: RowLayout;
  rows: TableRow[];
  /** The texts of the table's last rows, for trimTitleRows (a title block is at most 10 rows). */
  texts: Map<number, RowTexts>;
  emptyRun: number;
  /** The last data row, and the last row a continuation can belong to. */
  previous?: TableRow;
  owner?: TableRow;
}

function layoutOf(header: HeaderMatch): RowLayout {
  const vocab = VOCABULARIES.find((v) => v.kind === header.kind);
  const main = vocab ? header.columns[vocab.mainText] : undefined;
  return {
    kind: header.kind,
    code: header.columns.code,
    mainText: main,
    group: header.columns.group,
    left: header.left,
    right: header.right,
  };
}

/** The same header again (repeated on a new printed page): same kind, same columns. */
function isRepeat(a: HeaderMatch, b: HeaderMatch): boolean {
  if (a.kind !== b.kind) return false;
  const same = Object.entries(b.columns).filter(([role, col]) => a.columns[role] === col).length;
  return same >= 2 && same >= Object.keys(b.columns).length - 1;
}

function titleRows(texts: TextsAt, from: number, to: number): RowTexts[] {
  const out: RowTexts[] = [];
  for (let r = Math.max(from, to - TITLE_BLOCK_ROWS + 1); r <= to; r++) {
    const t = texts(r);
    if (t) out.push(t);
  }
  return out;
}

function closeTable(grid: Grid, open: OpenTable): DetectedTable {
  const { header, rows } = open;
  const last = rows.length ? rows[rows.length - 1].row : header.headerRows[header.headerRows.length - 1];
  const range = { top: header.headerRows[0], left: header.left, bottom: last, right: header.right };
  const yearFromColumns = header.years.length ? Math.max(...header.years.map((y) => y.year)) : null;
  const year = open.title.year ?? yearFromColumns ?? null;
  const base = { sheet: grid.sheet, headerRows: header.headerRows, range, title: open.title, year, rows };
  // The vocabulary guarantees the roles belong to the kind; the record is narrowed here once.
  switch (header.kind) {
    case 'statistics':
      return { ...base, kind: 'statistics', columns: header.columns, years: header.years };
    case 'scoreSheet':
      return { ...base, kind: 'scoreSheet', columns: header.columns };
    case 'planTasks':
      return { ...base, kind: 'planTasks', columns: header.columns };
    case 'assignment':
      return { ...base, kind: 'assignment', columns: header.columns };
    default: {
      const never: never = header.kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

/** Drops trailing rows that are really the next table's title block; returns the first dropped row. */
function trimTitleRows(open: OpenTable): void {
  while (open.rows.length) {
    const last = open.rows[open.rows.length - 1];
    const t = open.texts.get(last.row);
    if (last.kind === 'coded' || last.kind === 'section' || last.kind === 'total' || !t || !isTitleLike(t)) break;
    open.rows.pop();
  }
}

function detectInGrid(grid: Grid): DetectedTable[] {
  const texts = rowTextsOf(grid);
  const tables: DetectedTable[] = [];
  let open: OpenTable | null = null;
  let freeFrom = grid.top;
  const bottom = bottomRow(grid);

  const close = () => {
    if (!open) return;
    const table = closeTable(grid, open);
    tables.push(table);
    freeFrom = table.range.bottom + 1;
    open = null;
  };

  for (let row = grid.top; row <= bottom; row++) {
    const t = texts(row);
    if (!t) {
      if (open) open.emptyRun++;
      continue;
    }
    const header = matchHeaderAt(grid, row, texts);
    if (header) {
      const headerEnd = header.headerRows[header.headerRows.length - 1];
      if (open && isRepeat(open.header, header)) {
        for (const r of header.headerRows) open.rows.push({ row: r, kind: 'header' });
        open.emptyRun = 0;
        row = headerEnd;
        continue;
      }
      if (open) {
        trimTitleRows(open);
        close();
      }
      const title = readTitleBlock(titleRows(texts, freeFrom, header.headerRows[0] - 1));
      open = { header, title, layout: layoutOf(header), rows: [], texts: new Map(), emptyRun: 0 };
      row = headerEnd;
      continue;
    }
    if (!open) continue;
    const current: OpenTable = open;
    const f = fold(t.cells[0].text);
    const coded = /^[0-9IVX]/.test(textAt(t, current.layout.code));
    if ((!coded && FOOTER_RE.test(f)) || (PHU_LUC_RE.test(f) && isTitleLike(t)) || (current.emptyRun >= MAX_EMPTY_RUN && !coded)) {
      close();
      continue;
    }
    const classified = classifyRow(grid, t, current.layout, current.previous);
    if (!classified) continue;
    current.emptyRun = 0;
    current.texts.set(row, t);
    if (current.texts.size > TITLE_BLOCK_ROWS) current.texts.delete(current.texts.keys().next().value as number);
    if (classified.kind === 'continuation') {
      if (current.owner) (current.owner.continuations ??= []).push(row);
    } else current.owner = classified;
    current.previous = classified;
    current.rows.push(classified);
    if (classified.kind === 'total') close();
  }
  close();
  return tables;
}

export function detectTables(wb: WorkbookGrids): DetectedTable[] {
  return wb.sheets.flatMap((grid) => detectInGrid(grid));
}

export { matchHeaderAt, yearOfHeader } from './headers';
export { computeRowTexts, rowTextsOf } from './rowTexts';
