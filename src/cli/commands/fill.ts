// cchc fill FILE.xlsx -o OUT.xlsx [--today YYYY-MM-DD] [--values] [--force] [--json] [--lang vi|en]
//   [--config FILE]                                                                  (SPEC §7, §9)
// Reads FILE once, plans the fill (engine/fill) and writes OUT through the .xlsx writer, which
// keeps every byte it does not have to change, writes a temporary file and renames it (OUT is
// complete or absent) and refuses a protected sheet or a merged cell before writing anything.
//
// Decisions (issue 10 §4):
// - FILE is never modified; OUT = FILE is refused; an existing OUT needs --force.
// - Nothing to write ("already filled"): OUT is still written, as FILE's exact copy, so a script
//   always finds its OUT; the output says so.
// - The check's errors do not stop the fill (parent sums, the usual errors, are what a fill
//   repairs): they are counted in the output, the exit code stays 0.
// - Exit 0: written (or nothing to write); 2: bad input, bad usage, or refused (OUT exists,
//   protected sheet, computed cell inside a merged range) — then OUT is not written.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fillWorkbook } from '../../engine/fill';
import { a1, type Scalar } from '../../engine/grid';
import { formatNumber, toIssue, type Lang } from '../../engine/messages';
import { FillReportSchema, type FillReport, type Issue } from '../../report/schema';
import { InputError } from '../../xlsx/errors';
import { readWorkbookBuffer } from '../../xlsx/read';
import { applyWritePlan, type ApplyResult } from '../../xlsx/write';
import { parseCommandArgs } from '../args';
import { KIND_LABEL } from '../format';
import type { Io } from '../io';
import { langOf } from '../lang';
import { loadConfig, todayOption, usageFor } from '../options';

/** FILE's bytes, read once: the plan and the write are made from the same bytes. */
async function readInput(path: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('missing', shown);
    throw new InputError(code === 'EISDIR' ? 'notWorkbook' : 'unreadable', shown, code === 'EISDIR' ? '' : code);
  }
}

/** Errors name the files as the user wrote them, not by their absolute paths. */
function renamed(err: unknown, paths: ReadonlyArray<readonly [string, string]>): unknown {
  if (!(err instanceof InputError)) return err;
  const hit = paths.find(([abs]) => err.file === abs);
  return hit ? new InputError(err.problem, hit[1], err.detail) : err;
}

function content(v: Scalar, f?: string): FillReport['written'][number]['old'] {
  return f !== undefined ? { value: v, formula: f } : { value: v };
}

function checkCounts(issues: readonly Issue[]): FillReport['check'] {
  const count = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), info: count('info') };
}

interface Run {
  file: string;
  output: string;
  today: string;
  values: boolean;
  lang: Lang;
}

function reportOf(run: Run, fill: ReturnType<typeof fillWorkbook>, applied: ApplyResult): FillReport {
  const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;
  const written = new Set(applied.written.map((w) => key(w.sheet, w.cell)));
  const report: FillReport = {
    schema: 'cchc-fill/1',
    file: run.file,
    output: run.output,
    today: run.today,
    values: run.values,
    copied: applied.copied,
    tables: fill.tables.map((t) => {
      const cells = t.writes.map((w) => a1(w.row, w.col)).filter((c) => written.has(key(t.sheet, c)));
      return { sheet: t.sheet, kind: t.kind, range: t.range, written: cells.length, cells };
    }),
    written: applied.written.map((w) => {
      const cell: FillReport['written'][number] = { sheet: w.sheet, cell: w.cell, old: content(w.old.v, w.old.f), new: content(w.value, w.formula) };
      if (w.note !== undefined) cell.note = w.note;
      return cell;
    }),
    skipped: applied.skipped.filter((s) => s.reason !== 'duplicate').map((s) => ({ sheet: s.sheet, cell: s.cell, reason: s.reason })),
    // The fill's findings, and "no CCHC table found" when the check found none (SPEC §8).
    issues: [...fill.plan.findings.map((f) => toIssue(f, run.lang)), ...fill.check.report.issues.filter((i) => i.code === 'table.notFound')],
    check: checkCounts(fill.check.report.issues),
  };
  return FillReportSchema.parse(report);
}

// ---- human output ----

function shownValue(v: Scalar, lang: Lang): string {
  if (v === null) return lang === 'en' ? '(empty)' : '(trống)';
  if (typeof v === 'number') return formatNumber(v, lang);
  if (typeof v === 'object') return v.error;
  return typeof v === 'string' ? `«${v}»` : String(v);
}

function writtenLine(w: FillReport['written'][number], lang: Lang): string {
  const now = w.new.formula !== undefined ? `=${w.new.formula} → ${shownValue(w.new.value, lang)}` : shownValue(w.new.value, lang);
  const before = w.old.formula !== undefined ? `=${w.old.formula}` : shownValue(w.old.value, lang);
  const was = w.old.value === null && w.old.formula === undefined ? '' : lang === 'en' ? ` (was ${before})` : ` (trước: ${before})`;
  return `${w.cell}: ${now}${was}`;
}

function issueLines(issues: readonly Issue[], indent: string): string[] {
  return issues.map((i) => `${indent}${i.sheet && i.cell ? `${i.sheet}!` : ''}${i.message} [${i.code}]`);
}

export function formatFill(report: FillReport, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [`${report.file} → ${report.output}`];
  const byCell = new Map(report.written.map((w) => [`${w.sheet}!${w.cell}`, w]));
  report.tables.forEach((t, index) => {
    const n = t.written;
    lines.push(`  ${KIND_LABEL[lang][t.kind]} — ${t.sheet}!${t.range}: ${vi ? `ghi ${n} ô` : `${n} cell${n === 1 ? '' : 's'} written`}`);
    for (const c of t.cells) {
      const w = byCell.get(`${t.sheet}!${c}`);
      if (w) lines.push(`    ${writtenLine(w, lang)}`);
    }
    lines.push(...issueLines(report.issues.filter((i) => i.table === index), '    '));
  });
  lines.push(...issueLines(report.issues.filter((i) => i.table === undefined), '  '));
  const total = report.written.length;
  const formulas = report.written.filter((w) => w.new.formula !== undefined).length;
  const notes = report.written.filter((w) => w.note !== undefined).length;
  if (report.copied) {
    lines.push(vi ? `  Không có ô nào cần ghi (đã điền đủ): ${report.output} là bản sao nguyên vẹn của ${report.file}.` : `  Nothing to write (already filled): ${report.output} is an exact copy of ${report.file}.`);
  } else {
    lines.push(
      vi
        ? `  Đã ghi ${total} ô (${formulas} công thức, ${total - formulas} giá trị, ${notes} ghi chú) vào ${report.output}; ${report.file} không bị sửa.`
        : `  Wrote ${total} cells (${formulas} formulas, ${total - formulas} values, ${notes} notes) to ${report.output}; ${report.file} is unchanged.`,
    );
  }
  for (const s of report.skipped) lines.push(vi ? `  Bỏ qua ${s.sheet}!${s.cell} (${s.reason})` : `  Skipped ${s.sheet}!${s.cell} (${s.reason})`);
  const c = report.check;
  if (c.errors + c.warnings > 0) {
    lines.push(
      vi
        ? `  Kiểm tra tệp gốc: ${c.errors} lỗi, ${c.warnings} cảnh báo (xem chi tiết: cchc check ${report.file})`
        : `  Check of the input: ${c.errors} errors, ${c.warnings} warnings (details: cchc check ${report.file})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// ---- the command ----

export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const { values, positionals } = parseCommandArgs({
    command: 'fill',
    argv,
    lang,
    example: 'cchc fill bang_diem.xlsx -o bang_diem_da_dien.xlsx',
    options: {
      output: { type: 'string', short: 'o' },
      today: { type: 'string' },
      values: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      config: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw usageFor('fill', lang, 'cần đúng một tệp .xlsx để điền', 'give exactly one .xlsx file to fill');
  if (!values.output) throw usageFor('fill', lang, 'cần -o TỆP_KẾT_QUẢ.xlsx (tệp gốc không bao giờ bị sửa)', 'give -o OUT.xlsx (the input is never modified)');
  if (!/\.xlsx$/i.test(values.output)) throw usageFor('fill', lang, `tệp kết quả phải có đuôi .xlsx: «${values.output}»`, `the output must be an .xlsx file: "${values.output}"`);
  const today = todayOption(values.today, io.today(), lang);
  const file = positionals[0];
  const output = values.output;
  const input = resolve(io.cwd, file);
  const out = resolve(io.cwd, output);
  const names = [[input, file], [out, output]] as const;
  // Refused before any work; the writer checks again when it writes (atomically).
  if (input === out) throw new InputError('sameAsInput', output);
  if (existsSync(out) && !values.force) throw new InputError('outputExists', output);

  try {
    const data = await readInput(input, file);
    const grids = await readWorkbookBuffer(data, file);
    const config = loadConfig(values.config, input, lang);
    const shownFile = relative(io.cwd, input) || file;
    const fill = fillWorkbook(grids, { file: shownFile, today, lang, config, values: values.values });
    const applied = await applyWritePlan(input, fill.plan, out, { force: values.force, inputData: data });
    const report = reportOf({ file, output, today, values: values.values, lang }, fill, applied);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFill(report, lang));
    return 0;
  } catch (err) {
    throw renamed(err, names);
  }
}
