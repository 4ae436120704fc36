// Byte-level comparison of two .xlsx packages for the write tests (SPEC §7): every part's
// uncompressed bytes, which parts differ, and worksheet XML with the planned cells taken out so
// that "only the planned cells differ" is one string comparison.
import { readZipDirectory, readZipEntry } from '../../src/xlsx/zip';

/** Every part of a package: name → uncompressed bytes. */
export function partsOf(data: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readZipDirectory(data)) out.set(e.name, readZipEntry(data, e));
  return out;
}

export interface PartsDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export function diffParts(a: Map<string, Buffer>, b: Map<string, Buffer>): PartsDiff {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [name, bytes] of a) {
    const other = b.get(name);
    if (!other) removed.push(name);
    else if (!other.equals(bytes)) changed.push(name);
  }
  const added = [...b.keys()].filter((n) => !a.has(n));
  return { changed: changed.sort(), added: added.sort(), removed: removed.sort() };
}

export function text(parts: Map<string, Buffer>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString('utf8');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sheet XML without the given cells (<c r="D8" …/> or <c r="D8" …>…</c>, any prefix), without
 * rows left holding nothing but their number (rows the write created), with the two hints a new
 * cell may widen (<dimension ref>, a row's spans) blanked, and without <legacyDrawing> (added
 * with a sheet's first note). What remains must be identical between input and output.
 */
export function withoutCells(xml: string, refs: Iterable<string>): string {
  let out = xml;
  for (const ref of refs) {
    const re = new RegExp(`<(\\w+:)?c r="${escapeRe(ref)}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</\\1?c>)`, 'g');
    out = out.replace(re, '');
  }
  return out
    .replace(/<(\w+:)?row r="\d+">(?:<\/\1?row>)/g, '')
    .replace(/<(\w+:)?row r="\d+"\/>/g, '')
    .replace(/(<(?:\w+:)?dimension ref=")[^"]*"/, '$1*"')
    .replace(/ spans="[^"]*"/g, ' spans="*"')
    .replace(/<(\w+:)?legacyDrawing [^>]*\/>/g, '');
}
