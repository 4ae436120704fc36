// cchc: the command line (SPEC §9). Each command lives in commands/ and returns its exit code;
// errors become one line on standard error and exit code 2, never a stack trace.
import { InputError } from '../xlsx/errors';
import type { Io } from './io';
import { langOf } from './lang';

export type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check')).run,
  deadline: async () => (await import('./commands/deadline')).run,
  generate: async () => (await import('./commands/generate')).run,
  fill: async () => (await import('./commands/fill')).run,
  summary: async () => (await import('./commands/summary')).run,
};

const USAGE_VI = `Cách dùng:
  cchc check TỆP.xlsx|THƯ_MỤC… [--json] [--today YYYY-MM-DD] [--lang vi|en] [--config cchc.config.json]
  cchc fill TỆP.xlsx -o TỆP_KẾT_QUẢ.xlsx [--values] [--force] [--json] [--today YYYY-MM-DD] [--lang vi|en] [--config cchc.config.json]
  cchc deadline "THỜI HẠN" [--year N] [--today YYYY-MM-DD] [--json] [--explain]
  cchc generate phu-luc-1|phu-luc-2|score-sheet -o TỆP.xlsx [--year N] [--unit "…"] [--criteria so|huyen|TỆP.xlsx]
               [--from TỆP.xlsx] [--force] [--json] [--today YYYY-MM-DD] [--lang vi|en]
  cchc summary TỆP.xlsx|THƯ_MỤC… -o TONG_HOP.xlsx [--force] [--json] [--today YYYY-MM-DD] [--jobs N]
               [--year N] [--agency "UBND TỈNH …|SỞ NỘI VỤ"] [--lang vi|en] [--config cchc.config.json]
`;
const USAGE_EN = `Usage:
  cchc check FILE.xlsx|DIR… [--json] [--today YYYY-MM-DD] [--lang vi|en] [--config cchc.config.json]
  cchc fill FILE.xlsx -o OUT.xlsx [--values] [--force] [--json] [--today YYYY-MM-DD] [--lang vi|en] [--config cchc.config.json]
  cchc deadline "TEXT" [--year N] [--today YYYY-MM-DD] [--json] [--explain]
  cchc generate phu-luc-1|phu-luc-2|score-sheet -o FILE.xlsx [--year N] [--unit "…"] [--criteria so|huyen|FILE.xlsx]
               [--from FILE.xlsx] [--force] [--json] [--today YYYY-MM-DD] [--lang vi|en]
  cchc summary FILE.xlsx|DIR… -o TONG_HOP.xlsx [--force] [--json] [--today YYYY-MM-DD] [--jobs N]
               [--year N] [--agency "LINE 1|LINE 2"] [--lang vi|en] [--config cchc.config.json]
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(lang === 'en' ? USAGE_EN : USAGE_VI);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(
      lang === 'en' ? `cchc: unknown command "${name}"\n${USAGE_EN}` : `cchc: không có lệnh «${name}»\n${USAGE_VI}`,
    );
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (err) {
    io.stderr(`${describeError(err, lang)}\n`);
    return 2;
  }
}

/** One line for the user, whatever went wrong. */
export function describeError(err: unknown, lang: 'vi' | 'en'): string {
  if (err instanceof InputError) return `cchc: ${err.localized(lang)}`;
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return lang === 'en'
    ? `cchc: unexpected error (${detail}); please report it with the file`
    : `cchc: lỗi không mong đợi (${detail}); hãy báo lại cho nhóm phát triển kèm tệp`;
}
