// Options shared by the commands: --today, --lang, --config (validated at the boundary).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
