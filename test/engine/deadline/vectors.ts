// Shared helpers of the deadline tests: a vector's expected result in short form.
import type { Deadline } from '../../../src/engine/deadline';
import { cleanDeadlineText } from '../../../src/engine/deadline/tokens';

/** An ISO date, milestones, a kind, or a relative deadline's days (null: no day count). */
export type Expected = string | string[] | 'recurring' | 'external' | 'unparsed' | { relative: number | null };

export interface Vector {
  /** Where the phrase comes from (seed and column, or SPEC §5). */
  source: string;
  text: string;
  /** The plan's year (null: none known). */
  year: number | null;
  expected: Expected;
}

/** The full Deadline a short expectation stands for; `text` is the cleaned input. */
export function deadlineOf(input: string, expected: Expected): Deadline {
  const text = cleanDeadlineText(input);
  if (Array.isArray(expected)) return { kind: 'milestones', milestones: expected, date: expected[expected.length - 1], text };
  if (typeof expected === 'object') return expected.relative === null ? { kind: 'relative', text } : { kind: 'relative', text, days: expected.relative };
  if (expected === 'recurring' || expected === 'external' || expected === 'unparsed') return { kind: expected, text };
  return { kind: 'date', date: expected, text };
}
