// Argument parsing for every command: Node's util.parseArgs, with its English errors turned into
// one usage line in the user's language.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../engine/messages';
import { usageError } from '../xlsx/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandArgs<O extends Options> {
  command: string;
  argv: string[];
  options: O;
  lang: Lang;
  /** A correct call, shown when an option is misused. */
  example: string;
  /** Extra words for an unknown option (e.g. how to pass a text starting with a dash). */
  unknownHint?: (option: string, lang: Lang) => string;
}

function unknownOption(argv: string[], options: Options): string | undefined {
  const names = new Set(Object.keys(options));
  const short = new Set(Object.values(options).map((o) => o.short).filter(Boolean));
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).find((a) => {
    if (!a.startsWith('-') || a === '--' || a === '-') return false;
    const name = a.replace(/^--?/, '').split('=')[0];
    return a.startsWith('--') ? !names.has(name) : !short.has(name);
  });
}

export function parseCommandArgs<O extends Options>(args: CommandArgs<O>) {
  const { command, argv, options, lang, example } = args;
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    // Not `instanceof Error`: Node's own errors come from another realm under test runners.
    const code = (err as { code?: string }).code;
    const unknown = unknownOption(argv, options);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
      const hint = args.unknownHint ? `; ${args.unknownHint(unknown, lang)}` : lang === 'en' ? ' (see cchc --help)' : ' (xem cchc --help)';
      throw usageError(lang === 'en' ? `${command}: unknown option "${unknown}"${hint}` : `${command}: không có tùy chọn «${unknown}»${hint}`);
    }
    const message = (err as { message?: unknown }).message;
    const option = /'(--?[a-z-]+)/.exec(typeof message === 'string' ? message : '')?.[1] ?? '';
    throw usageError(
      lang === 'en'
        ? `${command}: option ${option} is not used that way (e.g. ${example})`
        : `${command}: tùy chọn ${option} dùng chưa đúng (ví dụ: ${example})`,
    );
  }
}
