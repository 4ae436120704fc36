// Tiny named errors for I/O failure (as prettier's CLI does): the CLI catches them, prints one line and
// sets the exit code. Anything else is a bug: it is reported in one line too, never as a stack trace.
import type { Lang } from '../engine/messages';
import { inputMessage, type InputProblem } from '../engine/messages/input';

export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly problem: InputProblem,
    readonly file: string,
    readonly detail = '',
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'InputError';
  }

  localized(lang: Lang): string {
    return inputMessage(this.problem, this.file, this.detail, lang);
  }
}

export function usageError(message: string): InputError {
  return new InputError('usage', '', message);
}
