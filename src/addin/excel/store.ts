// What the add-in keeps in the workbook itself, so it survives closing the pane and reopening the
// file: the undo logs of the last fills, the highlighted cells' own fills and notes, and the
// dismissed findings (SPEC §7).
//
// Why custom XML parts (ExcelApi 1.5) and not a very hidden sheet: a part is invisible to users and
// to formulas, cannot be unhidden or edited by accident, is not touched by sheet protection or by
// "protect workbook structure" (which forbids adding a sheet), does not show up as an extra sheet
// to the CLI or to other tools, and is saved in the .xlsx (customXml/itemN.xml) where the CLI can
// read the dismissals by namespace. Each kind lives under its own namespace; a large value is cut
// into several parts (seq/of) so that no request nears Excel on the web's 5 MB limit, and a new
// generation is added before the old one is deleted, so a lost connection never loses the store.
import type { Dismissal } from '../ops';
import type { Scalar } from '../../engine/grid';
import { REQUEST_BUDGET, type ExcelRun } from './run';

export const STORE_NAMESPACES = {
  undo: 'urn:cchc-addin:undo:1',
  highlights: 'urn:cchc-addin:highlights:1',
  dismissals: 'urn:cchc-addin:dismissals:1',
} as const;

export type StoreKind = keyof typeof STORE_NAMESPACES;

/** A cell as a fill found it or wrote it. */
export interface CellState {
  v: Scalar;
  /** Formula without "=". */
  f?: string;
}

export interface UndoCell {
  sheet: string;
  row: number;
  col: number;
  old: CellState;
  wrote: CellState;
  /** The cell's note before and after, when the fill put a note on it. */
  note?: { old: string | null; wrote: string };
}

export interface UndoEntry {
  id: string;
  label: string;
  at: string;
  cells: UndoCell[];
}

/** A cell's own fill, as Office.js describes it (ExcelApi 1.9 for the pattern properties). */
export interface SavedFill {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

export interface HighlightCell {
  sheet: string;
  cell: string;
  /** The cell's own fill, restored exactly; null when the add-in left the fill alone (gradients). */
  fill: SavedFill | null;
  /** The colour the highlight set. */
  color: string;
  note: { old: string | null; wrote: string } | null;
}

export interface StoreValues {
  undo: { entries: UndoEntry[] };
  highlights: { cells: HighlightCell[] };
  dismissals: { dismissals: Dismissal[] };
}

export const EMPTY_STORE: { [K in StoreKind]: StoreValues[K] } = {
  undo: { entries: [] },
  highlights: { cells: [] },
  dismissals: { dismissals: [] },
};

/** Fills kept for Hoàn tác, newest last. */
export const UNDO_DEPTH = 5;
/** Characters of one part's text (JSON, escaped): well under the request budget even at 6 bytes/char. */
const PART_CHARS = Math.floor(REQUEST_BUDGET / 6);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

export interface PartXml {
  gen: string;
  seq: number;
  of: number;
  text: string;
}

/** One part's XML: `<cchc xmlns=… gen=… seq=… of=…>escaped JSON</cchc>`. */
export function partXml(kind: StoreKind, gen: string, seq: number, of: number, text: string): string {
  return `<cchc xmlns="${STORE_NAMESPACES[kind]}" gen="${gen}" seq="${seq}" of="${of}">${escapeXml(text)}</cchc>`;
}

const ROOT_RE = /<([A-Za-z_][\w:.-]*)\b([^>]*)>([\s\S]*)<\/\1\s*>/;
const ATTR_RE = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);
const GEN_RE = ATTR_RE('gen');
const SEQ_RE = ATTR_RE('seq');
const OF_RE = ATTR_RE('of');

/** Reads a part back; tolerant of an XML declaration or a prefix Excel may add. */
export function parsePartXml(xml: string): PartXml | null {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '');
  const m = ROOT_RE.exec(body);
  if (!m) return null;
  const attrs = m[2];
  const gen = GEN_RE.exec(attrs)?.[1];
  const seq = Number(SEQ_RE.exec(attrs)?.[1]);
  const of = Number(OF_RE.exec(attrs)?.[1]);
  if (gen === undefined || !Number.isInteger(seq) || !Number.isInteger(of)) return null;
  return { gen, seq, of, text: unescapeXml(m[3]) };
}

/** The newest complete generation's JSON, or null. */
export function joinParts(parts: PartXml[]): string | null {
  const byGen = new Map<string, PartXml[]>();
  for (const p of parts) byGen.set(p.gen, [...(byGen.get(p.gen) ?? []), p]);
  const complete = [...byGen.entries()]
    .filter(([, ps]) => ps.length > 0 && ps.length === ps[0].of && new Set(ps.map((p) => p.seq)).size === ps[0].of)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const newest = complete[complete.length - 1];
  if (!newest) return null;
  return newest[1]
    .sort((a, b) => a.seq - b.seq)
    .map((p) => p.text)
    .join('');
}

/**
 * Generations sort as text by time. Two exist only when deleting the old one failed, and then the
 * newer wins; the random tail only tells apart two writes in the same millisecond.
 */
export function newGeneration(now: Date): string {
  return `${String(now.getTime()).padStart(15, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function readStore<K extends StoreKind>(run: ExcelRun, kind: K): Promise<StoreValues[K]> {
  const texts = await run(async (ctx) => {
    const parts = ctx.workbook.customXmlParts.getByNamespace(STORE_NAMESPACES[kind]);
    parts.load('items/id');
    await ctx.sync();
    if (parts.items.length === 0) return [];
    const xmls = parts.items.map((p) => p.getXml());
    await ctx.sync();
    return xmls.map((x) => x.value);
  });
  const json = joinParts(texts.map(parsePartXml).filter((p): p is PartXml => p !== null));
  if (json === null) return structuredClone(EMPTY_STORE[kind]);
  try {
    return JSON.parse(json) as StoreValues[K];
  } catch {
    // A damaged store must not stop the pane: start afresh (the old parts are replaced on write).
    return structuredClone(EMPTY_STORE[kind]);
  }
}

/** Replaces a kind's value: the new generation first, then the old parts go. */
export async function writeStore<K extends StoreKind>(run: ExcelRun, kind: K, value: StoreValues[K], now: Date): Promise<void> {
  const json = JSON.stringify(value);
  const empty = JSON.stringify(EMPTY_STORE[kind]) === json;
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += PART_CHARS) chunks.push(json.slice(i, i + PART_CHARS));
  const gen = newGeneration(now);
  await run(async (ctx) => {
    const existing = ctx.workbook.customXmlParts.getByNamespace(STORE_NAMESPACES[kind]);
    existing.load('items/id');
    await ctx.sync();
    const old = existing.items.slice();
    if (!empty) {
      // One chunk per round trip keeps every request under the budget.
      for (let seq = 0; seq < chunks.length; seq++) {
        ctx.workbook.customXmlParts.add(partXml(kind, gen, seq, chunks.length, chunks[seq]));
        await ctx.sync();
      }
    }
    for (const p of old) p.delete();
    if (old.length) await ctx.sync();
  });
}
