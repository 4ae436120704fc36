// Part of npm run bench: how long applying a plan takes on a 5 000-row score sheet, and why the
// zip layer is our own (zipWrite.ts): jszip re-inflates and re-deflates every part on
// load-and-generate, where ours copies the untouched parts' compressed bytes. The same sheet edit
// on both sides; figures printed, never asserted (speed is not a test).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cellAt } from '../../src/engine/grid';
import type { CellWrite } from '../../src/engine/fill/plan';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { applyWritePlanToBuffer } from '../../src/xlsx/write';
import { editSheet, sheetXml } from '../../src/xlsx/writeSheet';
import { partText } from '../../src/xlsx/writeXml';
import { writeScoreSheet } from './workbooks';

const ROWS = 5000;
const SHEET = 'Chấm điểm';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(t);
}

async function timeAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    t.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(t);
}

/** The parents' sums in the self and appraised columns (D, E), as a fill of this sheet would plan. */
function parentsPlan(codes: string[]): CellWrite[] {
  const writes: CellWrite[] = [];
  codes.forEach((code, i) => {
    if (!code || code.split('.').length === 3) return;
    const row = i + 1;
    const kids: number[] = [];
    for (let k = i + 1; k < codes.length && codes[k].startsWith(`${code}.`); k++) if (codes[k].split('.').length === code.split('.').length + 1) kids.push(k + 1);
    if (kids.length === 0) return;
    for (const col of ['D', 'E']) {
      writes.push({ sheet: SHEET, row, col: col === 'D' ? 4 : 5, formula: `SUM(${kids.map((k) => `${col}${k}`).join(',')})`, value: 0, old: { v: null } });
    }
  });
  return writes;
}

/** Three 5 000-row sheets (the plan touches the first): the untouched parts are where copying wins. */
async function threeSheets(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of [SHEET, 'Kế hoạch', 'Thống kê']) {
    const ws = wb.addWorksheet(name);
    for (let r = 1; r <= ROWS; r++) ws.addRow([String(r), `Tiêu chí thành phần ${r} của ${name}`, 0.5, 0.25, 0.5, `Văn bản số ${r}/BC-SCT`, r % 7]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function viaJszip(data: Buffer, writes: CellWrite[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(name)?.async('nodebuffer');
  zip.file(name, sheetXml(editSheet(partText(xml as Buffer), writes)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function writeBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-speed-'));
  try {
    const file = join(dir, 'score.xlsx');
    await writeScoreSheet(file, ROWS);
    const data = readFileSync(file);
    const g = (await readWorkbookBuffer(data, file)).sheets[0];
    const codes = g.rows.map((_r, i) => String(cellAt(g, i + 1, 1)?.v ?? ''));
    const parents = parentsPlan(codes);
    const column: CellWrite[] = codes.map((_c, i) => ({ sheet: SHEET, row: i + 1, col: 8, value: `ghi chú ${i + 1}`, old: { v: null } }));
    const ours = time(() => applyWritePlanToBuffer(data, { writes: parents, findings: [] }, 'x'));
    const wide = time(() => applyWritePlanToBuffer(data, { writes: [...parents, ...column], findings: [] }, 'x'));
    const jszip = await timeAsync(() => viaJszip(data, parents));
    console.log(
      `fill writer, ${ROWS} rows (${(data.length / 1024).toFixed(0)} KB file): ${parents.length} formulas ${ours.toFixed(0)} ms; ` +
        `+ ${column.length} new text cells ${wide.toFixed(0)} ms; the same edit through jszip ${jszip.toFixed(0)} ms (ratio ${(ours / jszip).toFixed(2)})`,
    );
    const three = await threeSheets();
    const writes: CellWrite[] = Array.from({ length: 1000 }, (_x, i) => ({ sheet: SHEET, row: i * 5 + 1, col: 8, formula: `SUM(C${i * 5 + 1}:E${i * 5 + 1})`, value: 1.25, old: { v: null } }));
    const ours3 = time(() => applyWritePlanToBuffer(three, { writes, findings: [] }, 'x'));
    const jszip3 = await timeAsync(() => viaJszip(three, writes));
    console.log(`fill writer, three ${ROWS}-row sheets (${(three.length / 1024).toFixed(0)} KB file), 1 000 formulas in one: ours ${ours3.toFixed(0)} ms, jszip ${jszip3.toFixed(0)} ms (ratio ${(ours3 / jszip3).toFixed(2)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void writeBench();
