// cchc check FILE|DIR… [--json] [--today YYYY-MM-DD] [--lang vi|en] [--config FILE] (SPEC §9).
// Exit 0 when no error is found, 1 when errors are found, 2 for what cannot be read.
import { analyseWorkbook } from '../../engine/check';
import { ReportSchema, type Report } from '../../report/schema';
import { InputError, usageError } from '../../xlsx/errors';
import { expandInputs } from '../../xlsx/files';
import { readWorkbookFile } from '../../xlsx/read';
import { parseCommandArgs } from '../args';
import { formatReport } from '../format';
import type { Io } from '../io';
import { langOf } from '../lang';
import { describeError } from '../main';
import { loadConfig, todayOption } from '../options';
import { relative } from 'node:path';

export async function checkFile(path: string, today: string, lang: 'vi' | 'en', configPath?: string): Promise<Report> {
  const grids = await readWorkbookFile(path);
  const config = loadConfig(configPath, path, lang);
  return ReportSchema.parse(analyseWorkbook(grids, { file: path, today, lang, config }).report);
}

export function exitCodeOf(report: Report): number {
  return report.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const { values, positionals } = parseCommandArgs({
    command: 'check',
    argv,
    lang,
    example: 'cchc check tep.xlsx --today 2024-06-30 --json',
    options: {
      json: { type: 'boolean', default: false },
      today: { type: 'string' },
      lang: { type: 'string' },
      config: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0)
    throw usageError(lang === 'en' ? 'cchc check: give at least one .xlsx file or folder' : 'cchc check: cần ít nhất một tệp .xlsx hoặc thư mục');
  const today = todayOption(values.today, io.today(), lang);
  const files = await expandInputs(positionals, io.cwd);
  const many = files.length > 1;
  let exit = 0;
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    try {
      const report = await checkFile(file, today, lang, values.config);
      report.file = shown;
      exit = Math.max(exit, exitCodeOf(report));
      if (values.json) io.stdout(many ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
      else io.stdout(formatReport(report, { lang, color: io.stdoutIsTTY && !io.env.NO_COLOR, all: values.all }));
    } catch (caught) {
      // Name the file as the user wrote it, not by its absolute path.
      const err = caught instanceof InputError && caught.file === file ? new InputError(caught.problem, shown, caught.detail) : caught;
      if (!many) throw err;
      // One unreadable file among many does not stop the rest (SPEC §9.1 does the same).
      io.stderr(`${describeError(err, lang)}\n`);
      exit = 2;
    }
  }
  return exit;
}
