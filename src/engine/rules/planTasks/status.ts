// SPEC §5: the status vocabulary. A status cell reads as done, not done, empty (not done) or
// unknown (reported as task.statusUnknown, counted as not done).
//
// Decisions:
// - Words are matched whole, after fold (NFC/NFD, case, diacritics, extra spaces, punctuation),
//   allowing small typos ("Hoàn thàn"); TCVN3 text is decoded by readText before it gets here.
// - "Hoàn thành 100%" is done; "Hoàn thành 80%" is read (not reported) and is not done.
// - "Hoàn thành" followed by a day ("Hoàn thành ngày 15/3/2020", "Hoàn thành (KH số 12/KH-SKHCN
//   ngày 15/01/2020)") is done, on that day; followed by other words ("Hoàn thành một phần") it
//   is unknown: we do not guess.
// - A real date cell in the status column is done, on that day; TRUE / FALSE (a check box's
//   linked cell) are done / not done.
import { cellDateIso, type Cell } from '../../grid';
import { fold } from '../../text/normalize';
import { firstDateIn } from './dates';
import { DATED_STATUS_RE, DONE_MARKS, lookUp, PERCENT_STATUS_RE, STATUS_VOCABULARY } from './vocab';

export type Status =
  | { kind: 'empty' }
  | { kind: 'done'; date: string | null }
  | { kind: 'notDone' }
  | { kind: 'unknown'; text: string };

const EMPTY: Status = { kind: 'empty' };
const DONE: Status = { kind: 'done', date: null };
const NOT_DONE: Status = { kind: 'notDone' };

export function isDone(s: Status): boolean {
  return s.kind === 'done';
}

/** Reads a status cell: `cell` when the value is one cell (booleans, dates), else its text. */
export function readStatus(cell: Cell | null, text: string, planYear: number | null): Status {
  if (cell && typeof cell.v === 'boolean') return cell.v ? DONE : NOT_DONE;
  const date = cellDateIso(cell);
  if (date !== null) return { kind: 'done', date };
  const t = text.trim();
  if (t === '') return EMPTY;
  if (DONE_MARKS.has(t)) return DONE;
  // The percentage first: "Hoàn thành 10%" is one typo away from "Hoàn thành".
  const f = fold(t);
  const percent = PERCENT_STATUS_RE.exec(f);
  if (percent) return Number(percent[1].replace(',', '.')) >= 100 ? DONE : NOT_DONE;
  const word = lookUp(STATUS_VOCABULARY, t);
  if (word === 'done') return DONE;
  if (word === 'notDone') return NOT_DONE;
  if (DATED_STATUS_RE.test(f)) {
    const day = firstDateIn(t, planYear);
    if (day !== null) return { kind: 'done', date: day };
  }
  return { kind: 'unknown', text: t };
}
