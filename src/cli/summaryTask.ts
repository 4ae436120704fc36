// One file of `cchc summary` (SPEC §9.1): read, check, reduce to the unit's digest. Runs in a
// worker thread (summaryWorker.ts) or in-process (--jobs 1, tests); the grids and the report
// are garbage the moment this returns, so memory follows the number of workers, not of files.
import { analyseWorkbook } from '../engine/check';
import type { Lang } from '../engine/messages';
import { digestFile } from '../engine/summary/digest';
import type { UnitDigest } from '../engine/summary/types';
import type { Config } from '../report/config';
import { InputError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/read';

export interface SummaryTask {
  /** Absolute path. */
  path: string;
  /** As shown to the user (relative to the working folder). */
  shown: string;
  today: string;
  lang: Lang;
  config: Config;
}

export type TaskResult =
  | { kind: 'unit'; digest: UnitDigest }
  /** `read`: the file was read but holds no CCHC table (it still counts as read for the exit code). */
  | { kind: 'unreadable'; file: string; reason: string; read: boolean };

/** An InputError's message without the "file: " it starts with (the sheet names the file in its own column). */
export function reasonOf(err: unknown, lang: Lang): string {
  if (err instanceof InputError) {
    const text = err.localized(lang);
    const prefix = `${err.file}: `;
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
  }
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return lang === 'en' ? `unexpected error (${detail}); please report it with the file` : `lỗi không mong đợi (${detail}); hãy báo lại cho nhóm phát triển kèm tệp`;
}

export async function runSummaryTask(task: SummaryTask): Promise<TaskResult> {
  let grids;
  try {
    grids = await readWorkbookFile(task.path);
  } catch (err) {
    const named = err instanceof InputError ? new InputError(err.problem, task.shown, err.detail) : err;
    return { kind: 'unreadable', file: task.shown, reason: reasonOf(named, task.lang), read: false };
  }
  try {
    const checked = analyseWorkbook(grids, { file: task.shown, today: task.today, lang: task.lang, config: task.config });
    // SPEC §8: a readable workbook without a CCHC table is not bad input; for a summary it is not
    // a unit either, and is listed with the files that could not be used (issue 9, sheet (e)).
    if (checked.tables.length === 0) {
      const message = checked.report.issues.find((i) => i.code === 'table.notFound')?.message ?? 'table.notFound';
      return { kind: 'unreadable', file: task.shown, reason: message, read: true };
    }
    return { kind: 'unit', digest: digestFile(checked, task.shown) };
  } catch (err) {
    // A bug on one file does not stop the other units (SPEC §9.1).
    return { kind: 'unreadable', file: task.shown, reason: reasonOf(err, task.lang), read: true };
  }
}
