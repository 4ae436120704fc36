// Options shared by the commands: --today, --lang, --config (validated at the boundary).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigSchema, DEFAULT_CONFIG, type Config } from '../report/config';
import { InputError, usageError } from '../xlsx/errors';
import type { Lang } from '../engine/messages';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function todayOption(value: string | undefined, fallback: string, lang: Lang): string {
  if (value === undefined) return fallback;
  if (!isValidIsoDate(value))
    throw usageError(
      lang === 'en'
        ? `--today expects a date YYYY-MM-DD, got "${value}"`
        : `--today cần một ngày dạng YYYY-MM-DD (ví dụ 2024-06-30), nhận được «${value}»`,
    );
  return value;
}

export const CONFIG_FILE = 'cchc.config.json';

/** Settings from --config, else `cchc.config.json` beside the file, else the defaults. */
export function loadConfig(explicit: string | undefined, file: string | undefined, lang: Lang = 'vi'): Config {
  const path = explicit ?? (file ? join(dirname(file), CONFIG_FILE) : undefined);
  if (!path || (!explicit && !existsSync(path))) return DEFAULT_CONFIG;
  if (!existsSync(path)) throw new InputError('missing', path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError('badConfig', path, err instanceof Error ? err.message : String(err));
  }
  // zod's own messages in the user's language.
  const parsed = ConfigSchema.safeParse(raw, { error: (lang === 'en' ? z.locales.en() : z.locales.vi()).localeError });
  if (!parsed.success) {
    const root = lang === 'en' ? '(top level)' : '(gốc)';
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || root}: ${i.message}`).join('; ');
    throw new InputError('badConfig', path, detail);
  }
  return parsed.data;
}

/** A usage mistake of a command, in the user's language: "generate: cần -o TỆP.xlsx …". */
export function usageFor(command: string, lang: Lang, vi: string, en: string): InputError {
  return usageError(`${command}: ${lang === 'en' ? en : vi}`);
}

/** --year: a year from 1990 to 2100 (the deadline grammar's range), else a usage error. */
export function yearOption(command: string, value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (/^\d{4}$/.test(value) && year >= 1990 && year <= 2100) return year;
  throw usageFor(
    command,
    lang,
    `--year cần một năm từ 1990 đến 2100 (ví dụ 2024), nhận được «${value}»`,
    `--year expects a year from 1990 to 2100 (e.g. 2024), got "${value}"`,
  );
}

/**
 * -o: an .xlsx in an existing folder, never overwritten without --force (SPEC §9: fill, generate
 * and summary alike). `what` names the file to write in the message ("TONG_HOP.xlsx").
 */
export function outputPath(command: string, given: string | undefined, force: boolean, cwd: string, lang: Lang, what = { vi: 'TỆP.xlsx', en: 'FILE.xlsx' }): string {
  if (!given) throw usageFor(command, lang, `cần -o ${what.vi} (tệp sẽ ghi)`, `give -o ${what.en} (the workbook to write)`);
  if (!/\.xlsx$/i.test(given)) throw usageFor(command, lang, `tệp kết quả phải có đuôi .xlsx: «${given}»`, `the output must be an .xlsx file: "${given}"`);
  const out = resolve(cwd, given);
  if (!existsSync(dirname(out))) throw new InputError('missing', dirname(given) || '.');
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) throw usageFor(command, lang, `«${given}» là một thư mục`, `"${given}" is a folder`);
    if (!force) throw new InputError('outputExists', given);
  }
  return out;
}
