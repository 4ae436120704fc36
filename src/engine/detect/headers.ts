// SPEC §2: a table is found by its header row(s). Header text is matched after normalisation
// (case, diacritics, whitespace, line breaks), tolerating small typos, headers split over two rows
// or merged cells, and any column order.
import type { TableKind } from '../../report/schema';
import { mergeAt, type Grid } from '../grid';
import { fold, matchKey, similarKeys, typoTolerance } from '../text/normalize';
import { textAt, type RowTexts, type TextsAt } from './rowTexts';
import type { YearColumn } from './types';
import { VOCABULARIES, type AnyVocabulary } from './vocab';

/** How well a header text fits a role: exact key, small typo, or the variant followed by a short rest. */
const EXACT = 3;
const FUZZY = 2;
const PREFIX = 1;

interface VariantEntry {
  kind: TableKind;
  role: string;
  key: string;
}

interface Hit {
  role: string;
  quality: number;
  /** Length of the variant matched: longer variants are more specific. */
  length: number;
}

const ENTRIES: readonly VariantEntry[] = VOCABULARIES.flatMap((v) =>
  Object.entries(v.roles as Record<string, readonly string[]>).flatMap(([role, variants]) =>
    variants.map((text) => ({ kind: v.kind, role, key: matchKey(text) })),
  ),
);

/** Exact keys of every variant of every kind: a row is a header candidate only with one of these. */
const EXACT_KEYS: ReadonlySet<string> = new Set(ENTRIES.map((e) => e.key));

const GROUP_KEYS: ReadonlySet<string> = new Set(
  VOCABULARIES.flatMap((v) => (v.groupHeaders ?? []).map((t) => matchKey(t))),
);

const YEAR_RE = /^(?:nam\s*)?((?:19|20)\d\d)(?:\s*\(.*\))?$/;
const NUMBERING_CELL_RE = /^\(?(\d{1,2}|[A-Z])\)?$/;

/** The year of a "Năm 2023" header, or null. */
export function yearOfHeader(text: string): number | null {
  const m = YEAR_RE.exec(fold(text));
  return m ? Number(m[1]) : null;
}

function bestHit(kind: TableKind, key: string): Hit | null {
  let best: Hit | null = null;
  for (const e of ENTRIES) {
    if (e.kind !== kind) continue;
    let quality = 0;
    if (e.key === key) quality = EXACT;
    else if (Math.abs(e.key.length - key.length) <= typoTolerance(e.key.length) && similarKeys(e.key, key)) quality = FUZZY;
    else if (e.key.length >= 8 && key.startsWith(e.key) && key.length - e.key.length <= Math.max(6, e.key.length / 2))
      quality = PREFIX;
    if (quality === 0) continue;
    if (!best || quality > best.quality || (quality === best.quality && e.key.length > best.length))
      best = { role: e.role, quality, length: e.key.length };
  }
  return best;
}

export interface HeaderMatch {
  kind: TableKind;
  headerRows: number[];
  columns: Record<string, number>;
  years: YearColumn[];
  left: number;
  right: number;
  /** Sum of match qualities: the better fit wins when two readings are possible. */
  score: number;
}

interface ColumnTexts {
  col: number;
  /** Candidate header texts for the column, most specific first. */
  texts: string[];
}

function mapColumns(vocab: AnyVocabulary, columns: ColumnTexts[], headerRows: number[]): HeaderMatch | null {
  const byRole = new Map<string, { col: number; hit: Hit }>();
  const years: YearColumn[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (const { col, texts } of columns) {
    let best: Hit | null = null;
    let year: number | null = null;
    for (const text of texts) {
      const key = matchKey(text);
      if (!key) continue;
      if (vocab.kind === 'statistics' && year === null) year = yearOfHeader(text);
      const hit = bestHit(vocab.kind, key);
      if (hit && (!best || hit.quality > best.quality)) best = hit;
    }
    if (year !== null && (!best || best.quality < EXACT)) {
      years.push({ col, year });
    } else if (best) {
      const prev = byRole.get(best.role);
      // Two columns for one role: the better fit keeps it, the leftmost on a tie.
      if (!prev || best.quality > prev.hit.quality) byRole.set(best.role, { col, hit: best });
    } else continue;
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  for (const role of vocab.required) if (!byRole.has(role)) return null;
  const distinctive = vocab.distinctive.filter((r) => byRole.has(r)).length + (vocab.kind === 'statistics' ? Math.min(years.length, 1) : 0);
  if (distinctive < vocab.minDistinctive) return null;
  if (vocab.kind === 'statistics' && years.length === 0 && !byRole.has('unit')) return null;
  const columnsOut: Record<string, number> = {};
  let score = 0;
  for (const [role, { col, hit }] of byRole) {
    columnsOut[role] = col;
    score += hit.quality;
  }
  score += years.length * EXACT;
  // Every column of the table counts toward its extent, matched or not (an unnamed column inside).
  return { kind: vocab.kind, headerRows, columns: columnsOut, years, left, right, score };
}

/**
 * Whether two cells of the row name known headers exactly: cheap, so every row can be asked. One
 * is not enough: a data cell may read like a header ("Nhiệm vụ" is a unit in Phụ lục II), and
 * every real header has at least two names spelled right (STT and its neighbours).
 */
export function mayBeHeader(texts: RowTexts): boolean {
  if (texts.cells.length < 2) return false;
  let exact = 0;
  for (const c of texts.cells) {
    if (c.text.length > 120) return false;
    if (EXACT_KEYS.has(c.key) || GROUP_KEYS.has(c.key)) exact++;
  }
  return exact >= 2;
}

/**
 * A row of column numbers under a header: "(1) (2) (3)…", "1 2 3 …" or "A B 1 2 3": letters then
 * numbers, each one more than the cell before it.
 */
export function isNumberingRow(texts: RowTexts | undefined): boolean {
  if (!texts || texts.cells.length < 3) return false;
  let previous: number | null = null;
  let letters = true;
  for (const c of texts.cells) {
    const m = NUMBERING_CELL_RE.exec(c.text.trim());
    if (!m) return false;
    const isLetter = /[A-Z]/.test(m[1]);
    if (isLetter && !letters) return false;
    const value = isLetter ? m[1].charCodeAt(0) - 64 : Number(m[1]);
    if (!isLetter && letters) {
      letters = false;
      previous = null;
    }
    if (previous !== null && value !== previous + 1) return false;
    if (previous === null && !isLetter && value !== 1) return false;
    previous = value;
  }
  return true;
}

function headerText(rowTexts: TextsAt, grid: Grid, row: number, col: number): string {
  const direct = textAt(rowTexts(row), col);
  if (direct) return direct;
  // A cell inside a merged range shows the merge's top-left text.
  const m = mergeAt(grid, row, col);
  return m && m.top === row ? textAt(rowTexts(m.top), m.left) : '';
}

function hasVerticalMerge(grid: Grid, row: number, left: number, right: number): boolean {
  return grid.merges.some((m) => m.top === row && m.bottom > row && m.left >= left && m.right <= right + 1);
}

/** The best header reading starting at `row`, over one or two rows, or null. */
export function matchHeaderAt(grid: Grid, row: number, rowTexts: TextsAt): HeaderMatch | null {
  const first = rowTexts(row);
  if (!first || !mayBeHeader(first)) return null;
  const second = rowTexts(row + 1);
  const cols = new Set<number>();
  for (const c of first.cells) cols.add(c.col);
  for (const c of second?.cells ?? []) cols.add(c.col);
  const sorted = [...cols].sort((a, b) => a - b);

  const single: ColumnTexts[] = first.cells.map((c) => ({ col: c.col, texts: [c.text] }));
  const double: ColumnTexts[] = sorted.map((col) => {
    const t1 = headerText(rowTexts, grid, row, col);
    const t2 = textAt(second, col);
    const texts = [t2, t1, t1 && t2 ? `${t1} ${t2}` : ''].filter((t) => t);
    return { col, texts };
  });

  let best: HeaderMatch | null = null;
  for (const vocab of VOCABULARIES) {
    const one = mapColumns(vocab, single, [row]);
    const two = second && !isNumberingRow(second) ? mapColumns(vocab, double, [row, row + 1]) : null;
    const merged = one ? hasVerticalMerge(grid, row, one.left, one.right) : false;
    const pick = two && (merged || !one || two.score > one.score) ? two : one;
    if (pick && (!best || pick.score > best.score)) best = pick;
  }
  if (!best) return null;
  const after = best.headerRows[best.headerRows.length - 1] + 1;
  if (isNumberingRow(rowTexts(after))) best.headerRows.push(after);
  return best;
}
