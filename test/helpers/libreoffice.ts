// LibreOffice headless as the recalculation oracle of fill and generate tests (STYLE.md, Tests:
// fill → LibreOffice recalculation → the recalculated numbers equal the engine's).
//
// The recipe (NOTES.md): LibreOffice does not recalculate an .xlsx on load by default, so stale
// cached values would pass through unnoticed. Each conversion runs with a private profile
// (-env:UserInstallation) whose registrymodifications.xcu sets Calc's OOXMLRecalcMode (and
// ODFRecalcMode) to 0, "always recalculate". One profile per test process, created on first use
// and removed at exit; the conversions of a process are queued, since two soffice processes
// may not share a profile, while parallel jest workers each have their own.
//
// The workbook is converted to .xlsx and read back with the project's own reader: values keep
// their types (a text "=1+1" stays a string, numbers are numbers), which CSV would lose.
// recalculateCsv exists for the cases where the displayed text matters.
import { spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { tmpdir } from 'os';
import { delimiter, join } from 'path';
import { pathToFileURL } from 'url';
import { parseA1, type Scalar, type WorkbookGrids } from '../../src/engine/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';

export class LibreOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibreOfficeError';
  }
}

const CANDIDATES = ['soffice', 'libreoffice'];
const FIXED_PATHS = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The soffice executable ($SOFFICE, else PATH, else the usual install folders), or null. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return FIXED_PATHS.find((p) => existsSync(p)) ?? null;
}

const MISSING =
  'LibreOffice (soffice) is not installed: the fill and generate tests recalculate with it. ' +
  'Install it with `apt-get install -y libreoffice-calc-nogui` (as .ci/run does) or set SOFFICE to its path.';

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that recalculates every formula on load. */
export function recalcProfile(dir: string): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  return dir;
}

let root: string | null = null;

/** This process's work folder (profile + conversions), removed when the process exits. */
function workRoot(): string {
  if (root) return root;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
  recalcProfile(join(dir, 'profile'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  root = dir;
  return dir;
}

export interface ConvertOptions {
  /** Milliseconds before soffice is killed (default 90 s: a cold first start is slower). */
  timeoutMs?: number;
}

/** Runs soffice; resolves with its output, rejects with it on a non-zero exit or a timeout. */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout kills soffice.bin too, not only the launcher script.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new LibreOfficeError(`soffice timed out after ${timeoutMs} ms: ${out.trim()}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new LibreOfficeError(`soffice could not start: ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new LibreOfficeError(`soffice exited with ${code}: ${out.trim()}`));
    });
  });
}

/** One conversion asked for; conversions asked for together share one soffice run. */
interface Request {
  input: string;
  filter: string;
  timeoutMs: number;
  resolve: (files: string[]) => void;
  reject: (e: unknown) => void;
}

let pending: Request[] = [];
let draining = false;

/** Converts a batch of inputs (one filter) in one soffice run: start-up is most of its cost. */
async function runBatch(soffice: string, batch: Request[]): Promise<void> {
  const work = workRoot();
  const job = mkdtempSync(join(work, 'job-'));
  const inDir = join(job, 'in');
  const outDir = join(job, 'out');
  mkdirSync(inDir);
  // Copies under plain names: outputs are named after their input, and an input may sit in a
  // folder LibreOffice must not write to.
  const inputs = batch.map((r, i) => {
    const src = join(inDir, `book${i}.xlsx`);
    copyFileSync(r.input, src);
    return src;
  });
  const args = [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nodefault',
    '--nolockcheck',
    '--convert-to',
    batch[0].filter,
    '--outdir',
    outDir,
    ...inputs,
  ];
  const timeout = Math.max(...batch.map((r) => r.timeoutMs)) + 15_000 * (batch.length - 1);
  let log: string;
  try {
    log = await runSoffice(soffice, args, timeout);
  } catch (e) {
    for (const r of batch) r.reject(e);
    return;
  }
  const outputs = existsSync(outDir) ? readdirSync(outDir) : [];
  batch.forEach((r, i) => {
    // soffice exits 0 even when it could not load a file: its output is the only proof.
    const mine = outputs.filter((f) => f.startsWith(`book${i}.`) || f.startsWith(`book${i}-`)).map((f) => join(outDir, f));
    if (mine.length) r.resolve(mine);
    else r.reject(new LibreOfficeError(`soffice wrote nothing for ${r.input}: ${log.trim()}`));
  });
}

/** Runs the queued conversions, one soffice at a time (a profile may not be shared). */
async function drain(soffice: string): Promise<void> {
  draining = true;
  while (pending.length) {
    const filter = pending[0].filter;
    const batch = pending.filter((r) => r.filter === filter);
    pending = pending.filter((r) => r.filter !== filter);
    await runBatch(soffice, batch).catch((e: unknown) => batch.forEach((r) => r.reject(e)));
  }
  draining = false;
}

/**
 * Converts a workbook with LibreOffice (recalculating it) into a fresh folder and returns the
 * files written. `filter` is a --convert-to argument ("xlsx", "csv:…"). Calls made together
 * (Promise.all) are converted by one soffice run.
 */
export function convertWithLibreOffice(input: string, filter: string, opts: ConvertOptions = {}): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) return Promise.reject(new LibreOfficeError(MISSING));
  return new Promise((resolvePromise, reject) => {
    pending.push({ input, filter, timeoutMs: opts.timeoutMs ?? 90_000, resolve: resolvePromise, reject });
    // Started on the next turn, so that the calls of one Promise.all share a run.
    if (!draining) {
      draining = true;
      setImmediate(() => void drain(soffice));
    }
  });
}

/** The workbook as LibreOffice recalculated it, read back by the project's reader (formulas and values). */
export async function recalculatedGrids(xlsxPath: string, opts: ConvertOptions = {}): Promise<WorkbookGrids> {
  const [out] = await convertWithLibreOffice(xlsxPath, 'xlsx:Calc MS Excel 2007 XML', opts);
  return readWorkbookBuffer(await readFile(out), out);
}

/** Recalculated values: sheet name → values[row - 1][col - 1] (absolute positions, A1 at [0][0]). */
export type RecalculatedValues = Map<string, Scalar[][]>;

/**
 * Recalculates a workbook with LibreOffice headless and returns every sheet's values. Throws
 * LibreOfficeError when soffice is missing, fails or times out.
 */
export async function recalculate(xlsxPath: string, opts: ConvertOptions = {}): Promise<RecalculatedValues> {
  const wb = await recalculatedGrids(xlsxPath, opts);
  const out: RecalculatedValues = new Map();
  for (const g of wb.sheets) {
    const rows: Scalar[][] = [];
    g.rows.forEach((line, i) => {
      const values: Scalar[] = new Array<Scalar>(g.left - 1).fill(null);
      for (const cell of line) values.push(cell ? cell.v : null);
      rows[g.top - 1 + i] = values;
    });
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    out.set(g.sheet, rows);
  }
  return out;
}

/** A recalculated value by sheet and A1 reference (null when empty). */
export function valueOf(values: RecalculatedValues, sheet: string, ref: string): Scalar {
  const p = parseA1(ref);
  const rows = values.get(sheet);
  if (!rows) throw new Error(`no sheet ${sheet} in the recalculated workbook (${[...values.keys()].join(', ')})`);
  if (!p) throw new Error(`not a cell reference: ${ref}`);
  return rows[p.row - 1]?.[p.col - 1] ?? null;
}

/**
 * CSV export options (Text - txt - csv (StarCalc)): comma, double quote, UTF-8 (76), from line 1,
 * default cell formats, language 0, quoted text not forced, special numbers detected, values not
 * "as shown", no formulas, spaces kept, and the 12th token -1: every sheet, one file each
 * (LibreOffice ≥ 7.2; without it only the first sheet is exported).
 */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Recalculates and exports every sheet as CSV text (sheet name → rows of fields). LibreOffice
 * names each file "<book>-<sheet>.csv".
 */
export async function recalculateCsv(xlsxPath: string, opts: ConvertOptions = {}): Promise<Map<string, string[][]>> {
  const files = await convertWithLibreOffice(xlsxPath, CSV_FILTER, opts);
  const out = new Map<string, string[][]>();
  for (const f of files.sort()) {
    const name = /book\d+-(.*)\.csv$/.exec(f)?.[1] ?? f;
    out.set(name, parseCsv((await readFile(f, 'utf8')).replace(/^\ufeff/, '')));
  }
  return out;
}
