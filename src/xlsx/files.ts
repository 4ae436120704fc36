// Input discovery for `cchc check|summary FILES|DIRS…` (SPEC §9, §9.1): a supervisor points
// the tool at the folder of files the units sent.
import type { Dirent } from 'fs';
import { readdir, stat } from 'fs/promises';
import { join, resolve } from 'path';
import { InputError } from './errors';

const XLSX_RE = /\.xlsx$/i;

/** Excel's owner files (~$Book.xlsx) exist while a workbook is open; dot-files are hidden. */
function isSkipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

// Numeric-aware so "Đơn vị 2" comes before "Đơn vị 10"; ties broken by code points so the
// order never depends on the collator alone.
const collator = new Intl.Collator('vi', { numeric: true });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** The .xlsx files under a folder, depth first, each folder's entries in name order. */
async function collect(dir: string, shown: string, out: string[]): Promise<void> {
  // `shown` is the folder as the user wrote it, for the one-line error.
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError('unreadable', shown, errnoOf(e));
  }
  const names = entries.filter((e) => !isSkipped(e.name)).sort((a, b) => compareNames(a.name, b.name));
  for (const entry of names) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await collect(full, join(shown, entry.name), out);
    else if (XLSX_RE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(full))))) out.push(full);
  }
}

/**
 * Whether a symbolic link leads to a file. Linked folders are not followed (as find and git do
 * not): a link back up the tree would list files twice or loop.
 */
async function isFileLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link is not an input
  }
}

/**
 * The input files named by the command line, as absolute paths (resolved against `cwd`, so
 * they open from anywhere; show them relative to `cwd`). A file is taken as given, whatever
 * its extension: the reader then says what it is. A folder is searched recursively for *.xlsx
 * (any case), skipping Excel lock files "~$…", hidden dot-files and dot-folders, and linked
 * folders; its files come in Vietnamese name order (numbers by value). Arguments keep their
 * order and a file named twice is listed once. Throws InputError 'missing' for a path that does
 * not exist and 'emptyFolder' for a folder without any .xlsx, naming the path as written.
 */
export async function expandInputs(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const listed = new Set<string>();
  for (const given of paths) {
    const full = resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch (e) {
      const code = errnoOf(e);
      throw code === 'ENOENT' || code === 'ENOTDIR' ? new InputError('missing', given) : new InputError('unreadable', given, code);
    }
    const found: string[] = [];
    if (info.isDirectory()) {
      await collect(full, given, found);
      if (found.length === 0) throw new InputError('emptyFolder', given);
    } else found.push(full);
    for (const f of found) {
      if (listed.has(f)) continue;
      listed.add(f);
      out.push(f);
    }
  }
  return out;
}
