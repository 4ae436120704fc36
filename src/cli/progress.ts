// Progress of a long run on standard error (SPEC §9.1): a bar redrawn in place when standard error
// is a terminal, one plain line per file otherwise (logs, CI), nothing when switched off.
import type { Io } from './io';
import type { Lang } from '../engine/messages';

export interface Progress {
  /** A file is done; `failed` when it could not be used. */
  step(file: string, failed: boolean): void;
  /** Clears the bar (the lines stay). */
  end(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'off';

const BAR_WIDTH = 24;
/** Columns the bar line may take: a file name is cut from the left to fit. */
const LINE_WIDTH = 79;

/** "[██████░░░░░░] 12/30 units/so_tu_phap.xlsx", at most LINE_WIDTH columns. */
export function barLine(done: number, total: number, file: string): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
  const room = LINE_WIDTH - head.length;
  const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
  return head + name;
}

export function progress(io: Io, mode: ProgressMode, total: number, lang: Lang): Progress {
  let done = 0;
  let drawn = 0;
  const failedWord = lang === 'en' ? 'not used' : 'không dùng được';
  return {
    step(file, failed) {
      done++;
      if (mode === 'lines') io.stderr(`cchc summary: ${done}/${total} ${file}${failed ? ` (${failedWord})` : ''}\n`);
      else if (mode === 'bar') {
        const line = barLine(done, total, file);
        io.stderr(`\r${line}${' '.repeat(Math.max(0, drawn - line.length))}`);
        drawn = line.length;
      }
    },
    end() {
      if (mode === 'bar' && drawn > 0) io.stderr(`\r${' '.repeat(drawn)}\r`);
    },
  };
}
