// npm run bench: the speed figures of SPEC §11, medians of several runs, printed with ratios.
// Never a timed test: this prints numbers for the closing notes and the README.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { analyseWorkbook } from '../../src/engine/check';
import { readWorkbookFile } from '../../src/xlsx/read';
import { writePlan, writeScoreSheet } from './workbooks';
import { writeBench } from './writeSpeed';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test/bench/out');
const CLI = join(ROOT, 'dist/cli/cchc.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface ProcessRun {
  seconds: number;
  maxRssMb: number;
}

function timeProcess(args: string[]): ProcessRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(__dirname, 'maxrss.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const m = /CCHC_BENCH_MAXRSS_KB (\d+)/.exec(r.stderr);
  return { seconds, maxRssMb: m ? Number(m[1]) / 1024 : NaN };
}

function medianProcess(args: string[]): ProcessRun {
  timeProcess(args); // warm the file cache
  const runs = Array.from({ length: RUNS }, () => timeProcess(args));
  return { seconds: median(runs.map((r) => r.seconds)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

async function unzippedMb(path: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let bytes = 0;
  for (const f of Object.values(zip.files)) if (!f.dir) bytes += (await f.async('uint8array')).length;
  return bytes / 1024 / 1024;
}

async function engineAlone(path: string): Promise<number> {
  const grids = await readWorkbookFile(path);
  // The add-in keeps the engine warm: the first runs pay for the JIT and are not counted.
  const WARM_UP = 5;
  const times: number[] = [];
  for (let i = 0; i < RUNS + WARM_UP; i++) {
    const t0 = performance.now();
    analyseWorkbook(grids, { file: path, today: '2019-07-15' });
    times.push(performance.now() - t0);
  }
  return median(times.slice(WARM_UP));
}

const f2 = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli/cchc.js is missing: run npm run build:cli');
  mkdirSync(OUT, { recursive: true });
  const cases: Array<{ name: string; rows: number; write: (p: string, n: number) => Promise<void> }> = [
    { name: 'plan', rows: 5_000, write: writePlan },
    { name: 'score', rows: 5_000, write: writeScoreSheet },
    { name: 'plan', rows: 50_000, write: writePlan },
    { name: 'score', rows: 50_000, write: writeScoreSheet },
  ];
  const baseline = medianProcess(['-e', '0']);
  console.log(`cchc benchmark — median of ${RUNS} runs, Node ${process.version}; an empty node process: ${f2(baseline.seconds)} s, ${baseline.maxRssMb.toFixed(0)} MB`);
  console.log('file                 | size MB | unzipped MB | ExcelJS load s | cchc check s | ratio | engine ms | peak RSS MB | (RSS − node)/unzipped');
  const results: Record<string, { e2e: number; engine: number }> = {};
  for (const c of cases) {
    const path = join(OUT, `${c.name}-${c.rows}.xlsx`);
    if (!existsSync(path)) await c.write(path, c.rows);
    const size = statSync(path).size / 1024 / 1024;
    const unzipped = await unzippedMb(path);
    const load = medianProcess([join(__dirname, 'exceljsLoad.js'), path]);
    const check = medianProcess([CLI, 'check', path, '--json', '--today', '2019-07-15']);
    const engine = await engineAlone(path);
    results[`${c.name}-${c.rows}`] = { e2e: check.seconds, engine };
    console.log(
      `${`${c.name}-${c.rows}.xlsx`.padEnd(20)} | ${f2(size).padStart(7)} | ${f2(unzipped).padStart(11)} | ${f2(load.seconds).padStart(14)} | ${f2(check.seconds).padStart(12)} | ${f2(check.seconds / load.seconds).padStart(5)} | ${engine.toFixed(1).padStart(9)} | ${check.maxRssMb.toFixed(0).padStart(11)} | ${f2((check.maxRssMb - baseline.maxRssMb) / unzipped).padStart(21)}`,
    );
  }
  for (const name of ['plan', 'score']) {
    const small = results[`${name}-5000`];
    const big = results[`${name}-50000`];
    console.log(
      `scaling ${name} 5 000 → 50 000 rows (×10): engine ×${f2(big.engine / small.engine)}, cchc check ×${f2(big.e2e / small.e2e)}`,
    );
  }
  console.log('targets (SPEC §11): engine < 100 ms at 5 000 rows; ratio cchc check / ExcelJS load ≤ 1.0; scaling ≈ ×10 or less; peak memory above an empty node process < 4 × unzipped size');
}

// ---- cchc summary: a batch of unit files (issue 9) ----

/**
 * 200 unit workbooks (seed 001 Bảng 1 / Bảng 2, test/fixtures/units.ts) summarised with two
 * worker threads: total time and time per file against `cchc check` of one of those files (target:
 * per file ≤ 0.6 × one check), and peak memory for 50 vs 200 files (target: flat).
 */
async function batchBench(): Promise<void> {
  const { writeManyUnits } = await import('../fixtures/units');
  const runs = Math.max(1, Math.min(RUNS, 3));
  const all = await writeManyUnits(join(OUT, 'units-200'), 200);
  const dir50 = join(OUT, 'units-50');
  mkdirSync(dir50, { recursive: true });
  for (const f of all.slice(0, 50)) {
    const copy = join(dir50, basename(f));
    if (!existsSync(copy)) copyFileSync(f, copy);
  }
  const summaryOut = join(OUT, 'TONG_HOP.xlsx');
  const medianOf = (args: string[]): ProcessRun => {
    timeProcess(args);
    const rs = Array.from({ length: runs }, () => timeProcess(args));
    return { seconds: median(rs.map((r) => r.seconds)), maxRssMb: Math.max(...rs.map((r) => r.maxRssMb)) };
  };
  const summary = (dir: string, jobs: number): ProcessRun =>
    medianOf([CLI, 'summary', dir, '-o', summaryOut, '--force', '--json', '--today', '2024-06-30', '--jobs', String(jobs)]);
  const single = medianProcess([CLI, 'check', all[0], '--json', '--today', '2024-06-30']);
  const b200j2 = summary(join(OUT, 'units-200'), 2);
  const b200j1 = summary(join(OUT, 'units-200'), 1);
  const b50j2 = summary(dir50, 2);
  console.log('');
  console.log(`cchc summary — median of ${runs} runs; one unit file (${f2(statSync(all[0]).size / 1024)} KB): cchc check ${f2(single.seconds)} s, ${single.maxRssMb.toFixed(0)} MB`);
  console.log('batch                  | total s | per file s | per file / one check | peak RSS MB');
  for (const [name, n, r] of [
    ['200 files, --jobs 2', 200, b200j2],
    ['200 files, --jobs 1', 200, b200j1],
    ['50 files, --jobs 2', 50, b50j2],
  ] as const) {
    console.log(`${name.padEnd(22)} | ${f2(r.seconds).padStart(7)} | ${(r.seconds / n).toFixed(3).padStart(10)} | ${f2(r.seconds / n / single.seconds).padStart(20)} | ${r.maxRssMb.toFixed(0).padStart(11)}`);
  }
  console.log(`peak memory 200 / 50 files (--jobs 2): ×${f2(b200j2.maxRssMb / b50j2.maxRssMb)}`);
  console.log('targets (issue 9): per file ≤ 0.6 × one cchc check with 2 workers; peak memory flat from 50 to 200 files');
}

const only = process.env.BENCH_ONLY;
const run = only === 'batch' ? batchBench() : only === 'write' ? writeBench() : main().then(batchBench).then(() => (console.log(''), writeBench()));
run.catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
