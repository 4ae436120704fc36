// How fast can an .xlsx become Grids? The measurements behind src/xlsx/read.ts (issue 3 §2,
// SPEC §11): ExcelJS readFile, ExcelJS's streaming WorkbookReader, and the direct reader,
// in-process and as whole processes (start-up included, as `cchc check` is measured).
//   node -r ./test/register.js test/bench/readSpeed.ts [--rounds N] [--quick] [--huge-rows N]
// Variants run interleaved, round after round, and each figure is a median, so a busy machine
// slows all of them alike.
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';
import { readWorkbookFile } from '../../src/xlsx/read';
import { parseXml } from '../../src/xlsx/xml';
import { indexEntries, readZipDirectory, readZipEntry } from '../../src/xlsx/zip';
import { hugeUsedRangeBytes } from '../xlsx/badInputs';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test-artifacts/bench-read');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = args.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : quick ? 3 : 5;
const hugeArg = args.indexOf('--huge-rows');
/** Styled empty rows under the data of the "1 048 576-row" sheet (1 000 000 makes a 232 MB sheet part). */
const HUGE_ROWS = hugeArg >= 0 ? Number(args[hugeArg + 1]) : quick ? 20_000 : 200_000;

// ---- Workbooks -------------------------------------------------------------------------------

const WORDS = 'ban hành kế hoạch cải cách hành chính năm thực hiện đúng hạn tổ chức kiểm tra công tác cán bộ công chức viên chức thủ tục hồ sơ đơn vị chủ trì phối hợp sở nội vụ ủy ban nhân dân tỉnh huyện xã báo cáo quý tháng'.split(' ');

/** A score-sheet-like table: code, criterion text, two scores, a formula, a date, a note. */
async function scoreSheet(rows: number, path: string): Promise<void> {
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const text = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tổng', 'Ngày', 'Ghi chú']);
  for (let i = 2; i <= rows; i++) {
    const r = ws.addRow([
      `${i % 10}.${i % 7}.${i}`,
      text(12),
      Math.round(rnd() * 100) / 10,
      Math.round(rnd() * 100) / 10,
      { formula: `C${i}+D${i}`, result: 1 },
      new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      text(4),
    ]);
    r.getCell(6).numFmt = 'dd/mm/yyyy';
  }
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

// ---- The direct reader as plain JavaScript (no TypeScript in the measured process) -----------

const IMPORT_RE = /^import\s+(?!type\b)[^'"]*from\s+'(\.[^']+)'/gm;

/** Transpiles a module and the project modules it imports into OUT/js, mirroring the tree. */
function transpileTree(entry: string, done = new Set<string>()): void {
  if (done.has(entry)) return;
  done.add(entry);
  const source = readFileSync(entry, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: entry,
  });
  const out = join(OUT, 'js', relative(ROOT, entry)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  for (const m of source.matchAll(IMPORT_RE)) transpileTree(resolve(dirname(entry), `${m[1]}.ts`), done);
}

// ---- Measuring -----------------------------------------------------------------------------------

interface Sample {
  ms: number;
  rssMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A whole `node` process: its wall time and its peak resident memory. */
function runProcess(script: string, file: string): Sample {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', `${script}\n;process.on('exit',()=>console.error('RSS '+process.resourceUsage().maxRSS))`, file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  const rss = /RSS (\d+)/.exec(r.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

const PROCESSES: Record<string, string> = {
  'node -e 0': '',
  "require('exceljs') only": "require('exceljs')",
  'ExcelJS readFile': "(async()=>{const E=require('exceljs');const wb=new E.Workbook();await wb.xlsx.readFile(process.argv[1]);})()",
  'ExcelJS streaming reader':
    "(async()=>{const E=require('exceljs');const r=new E.stream.xlsx.WorkbookReader(process.argv[1],{sharedStrings:'cache',styles:'cache',worksheets:'emit',hyperlinks:'ignore'});for await(const ws of r)for await(const row of ws){void row}})()",
  'direct reader (src/xlsx)': `(async()=>{await require(${JSON.stringify(join(OUT, 'js/src/xlsx/read.js'))}).readWorkbookFile(process.argv[1]);})()`,
};

async function inProcess(name: string, file: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  if (name === 'ExcelJS readFile') await new ExcelJS.Workbook().xlsx.readFile(file);
  else if (name === 'ExcelJS streaming reader') {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
    for await (const ws of reader) for await (const row of ws) void row;
  } else await readWorkbookFile(file);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Tokenizing the sheet part alone: saxes (ExcelJS's parser) against src/xlsx/xml.ts. */
async function tokenizers(file: string): Promise<Record<string, number>> {
  // saxes is there as ExcelJS's dependency; only this script uses it.
  const { SaxesParser } = await import('saxes');
  const data = readFileSync(file);
  const entry = indexEntries(readZipDirectory(data)).get('xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet1.xml');
  const xml = readZipEntry(data, entry);
  const times: Record<string, number[]> = { saxes: [], 'src/xlsx/xml.ts': [] };
  for (let round = 0; round < ROUNDS; round++) {
    let t0 = process.hrtime.bigint();
    const p = new SaxesParser();
    let n = 0;
    p.on('opentag', () => n++);
    const dec = new TextDecoder();
    for (let off = 0; off < xml.length; off += 1 << 20) p.write(dec.decode(xml.subarray(off, off + (1 << 20)), { stream: true }));
    p.close();
    times.saxes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    parseXml(xml, { open: () => n++ });
    times['src/xlsx/xml.ts'].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  transpileTree(join(ROOT, 'src/xlsx/read.ts'));
  const files: Array<[string, string]> = [['5 000 rows × 7', join(OUT, 'rows5k.xlsx')]];
  await scoreSheet(5000, files[0][1]);
  if (!quick) {
    files.push(['50 000 rows × 7', join(OUT, 'rows50k.xlsx')]);
    await scoreSheet(50000, files[1][1]);
  }
  const huge = join(OUT, 'huge.xlsx');
  writeFileSync(huge, await hugeUsedRangeBytes({ emptyRows: HUGE_ROWS }));

  console.log(`node ${process.version}, ${ROUNDS} rounds, medians\n`);
  for (const [label, file] of files) {
    const size = readFileSync(file).length;
    console.log(`## ${label} (${(size / 1024).toFixed(0)} KB)`);
    const samples: Record<string, Sample[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, script] of Object.entries(PROCESSES)) (samples[name] ??= []).push(runProcess(script, file));
    }
    console.log('whole process                 time       peak RSS');
    for (const [name, s] of Object.entries(samples)) {
      console.log(`  ${name.padEnd(28)}${fmtMs(median(s.map((x) => x.ms))).padStart(8)}  ${median(s.map((x) => x.rssMb)).toFixed(0).padStart(6)} MB`);
    }
    const inProc: Record<string, number[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['ExcelJS readFile', 'ExcelJS streaming reader', 'direct reader (src/xlsx)']) (inProc[name] ??= []).push(await inProcess(name, file));
    }
    console.log('in process (modules loaded)');
    for (const [name, t] of Object.entries(inProc)) console.log(`  ${name.padEnd(28)}${fmtMs(median(t)).padStart(8)}`);
    console.log('tokenizing xl/worksheets/sheet1.xml');
    for (const [name, t] of Object.entries(await tokenizers(file))) console.log(`  ${name.padEnd(28)}${fmtMs(t).padStart(8)}`);
    console.log('');
  }
  const hugeSize = readFileSync(huge).length;
  const hugeTimes: number[] = [];
  let rows = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = process.hrtime.bigint();
    rows = (await readWorkbookFile(huge)).sheets[0].rows.length;
    hugeTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`## a sheet claiming 1 048 576 rows (${HUGE_ROWS} styled empty rows of 8 cells, ${(hugeSize / 1024).toFixed(0)} KB)`);
  const hugeProcess = Array.from({ length: ROUNDS }, () => runProcess(PROCESSES['direct reader (src/xlsx)'], huge));
  console.log(`  direct reader, in process     ${fmtMs(median(hugeTimes)).padStart(8)}   (${rows} data rows)`);
  console.log(`  direct reader, whole process  ${fmtMs(median(hugeProcess.map((x) => x.ms))).padStart(8)}  ${median(hugeProcess.map((x) => x.rssMb)).toFixed(0).padStart(6)} MB`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
