// cchc summary FILES|DIRS… -o TONG_HOP.xlsx [--today …] [--json] [--jobs N] [--force]
//   [--year N] [--agency "…"] [--lang vi|en] [--config FILE]                         (SPEC §9.1)
// Checks every unit's file (in worker threads), reduces each report to the unit's row as it
// arrives, then ranks the units per criteria set and writes the supervisor's workbook.
// Exit 0 when no unit has an error, 1 when some unit has one, 2 only when no file could be read
// (or the command itself is misused: missing -o, an existing output without --force).
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../../engine/messages';
import { summaryLayout } from '../../engine/summary/layout';
import { summarise } from '../../engine/summary/summarise';
import type { UnitDigest, Unreadable } from '../../engine/summary/types';
import { InputError } from '../../xlsx/errors';
import { expandInputs } from '../../xlsx/files';
import { parseCommandArgs } from '../args';
import type { Io } from '../io';
import { langOf } from '../lang';
import { CONFIG_FILE, loadConfig, outputPath, todayOption, usageFor, yearOption } from '../options';
import { progress, type ProgressMode } from '../progress';
import { formatSummary, summaryJson } from '../summaryOutput';
import { runTasks } from '../summaryPool';
import { reasonOf, type SummaryTask, type TaskResult } from '../summaryTask';

/** SPEC glossary: Sở Nội vụ is the standing body of the CCHC steering committee, who ranks the units. */
const DEFAULT_AGENCY = 'SỞ NỘI VỤ';

function jobsOption(value: string | undefined, lang: Lang): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw usageFor('summary', lang, `--jobs cần một số nguyên từ 1 đến 64, nhận được «${value}»`, `--jobs expects a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Every input file, and the inputs that name nothing usable (a missing path, an empty folder). */
async function inputsOf(positionals: string[], io: Io, out: string, lang: Lang): Promise<{ files: string[]; missing: Unreadable[] }> {
  const files: string[] = [];
  const seen = new Set<string>([out]);
  const missing: Unreadable[] = [];
  for (const given of positionals) {
    try {
      for (const f of await expandInputs([given], io.cwd)) {
        // The summary itself, written into the folder it summarises, is not a unit's file.
        if (seen.has(f)) continue;
        seen.add(f);
        files.push(f);
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      missing.push({ file: given, reason: reasonOf(err, lang) });
    }
  }
  return { files, missing };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const { values, positionals } = parseCommandArgs({
    command: 'summary',
    argv,
    lang,
    example: 'cchc summary don_vi/ -o TONG_HOP.xlsx',
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      today: { type: 'string' },
      lang: { type: 'string' },
      config: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      force: { type: 'boolean', default: false },
      year: { type: 'string' },
      agency: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw usageFor('summary', lang, 'cần ít nhất một tệp .xlsx hoặc thư mục', 'give at least one .xlsx file or folder');
  const out = outputPath('summary', values.output, values.force, io.cwd, lang, { vi: 'TONG_HOP.xlsx', en: 'TONG_HOP.xlsx' });
  // SPEC §7's rule for fill holds here too: an input is never written over.
  if (positionals.some((p) => resolve(io.cwd, p) === out)) throw new InputError('sameAsInput', values.output ?? '');
  const today = todayOption(values.today, io.today(), lang);
  const jobs = jobsOption(values.jobs, lang);
  const year = yearOption('summary', values.year, lang);
  // One configuration for every file, so all units are rated on the same bands: --config, else
  // cchc.config.json in the working folder, else the defaults.
  const config = loadConfig(values.config, join(io.cwd, CONFIG_FILE));

  const { files, missing } = await inputsOf(positionals, io, out, lang);
  const tasks: SummaryTask[] = files.map((path) => ({ path, shown: relative(io.cwd, path) || path, today, lang, config }));
  const mode: ProgressMode = io.stderrIsTTY ? 'bar' : values.json ? 'off' : 'lines';
  const bar = progress(io, mode, tasks.length, lang);

  // Results arrive in completion order; kept by index so the output never depends on timing.
  const results: Array<TaskResult | undefined> = new Array(tasks.length);
  await runTasks(tasks, jobs, (i, result) => {
    results[i] = result;
    bar.step(tasks[i].shown, result.kind === 'unreadable');
  });
  bar.end();

  const digests: UnitDigest[] = [];
  const unreadable: Unreadable[] = [...missing];
  let read = 0;
  for (const r of results) {
    if (!r) continue;
    if (r.kind === 'unit') {
      digests.push(r.digest);
      read++;
    } else {
      unreadable.push({ file: r.file, reason: r.reason });
      if (r.read) read++;
    }
  }
  const summary = summarise(digests, unreadable, { lang });
  const nothingRead = read === 0;
  const given = values.output ?? '';
  if (!nothingRead) {
    const agency = values.agency !== undefined ? values.agency.split('|').map((s) => s.trim()).filter(Boolean) : [...(summary.province ? [summary.province] : []), DEFAULT_AGENCY];
    const layout = summaryLayout(summary, { agency, year: year ?? summary.year, today, bands: config.ratingBands, files: tasks.length + missing.length });
    // ExcelJS is loaded only now, once the workers are gone: loading it while they read would
    // add its 30 MB to their peak (measured), for 0.3 s saved.
    const { writeLayoutWorkbook } = await import('../../xlsx/layoutWorkbook');
    await writeLayoutWorkbook(layout, out, { creator: 'cchc summary' });
  }
  if (values.json) io.stdout(`${JSON.stringify(summaryJson(summary, today, nothingRead ? null : given), null, 2)}\n`);
  else io.stdout(formatSummary(summary, lang, nothingRead ? null : given));
  if (nothingRead) return 2;
  return summary.sets.some((s) => s.units.some((u) => u.errors > 0)) ? 1 : 0;
}
