// The language of messages: --lang vi|en, else CCHC_LANG, else Vietnamese (the users' language).
import type { Lang } from '../engine/messages';
import type { Io } from './io';

export function langOf(argv: string[], io: Pick<Io, 'env'>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? io.env.CCHC_LANG : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
