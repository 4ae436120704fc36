// Days written inside a cell (SPEC §3, §5): the date of a document in "Số văn bản" / "Trích yếu"
// ("… ngày 20/01/2024", "số 12/KH-UBND ngày 5/3/2024", "ngày 5 tháng 3 năm 2024"), a done date
// ("15/3/2020", a real date cell). Not the deadline grammar: a deadline is a period's last day,
// these are exact days, and a cited document's date ("số 975/SNV-CCHC ngày 18/7/2016"), which the
// grammar skips, is exactly what is wanted here.
import { cellDateIso, type Cell } from '../../grid';
import { isoOf } from '../../deadline/calendar';
import { fold } from '../../text/normalize';

// On folded text (no diacritics, lower case). A day and month then a four-digit year, with the
// same separator twice: 20/01/2024, 5-3-2024, 05.03.2024; not inside a longer number or a
// document number ("61/2018/NĐ-CP" has no day).
const NUMERIC_DATE_RE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/g;
/** "ngày 5 tháng 3 năm 2024". */
const WORDS_DATE_RE = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam\s*(\d{4}))?/g;
/** "ngày 20/01" with no year: the plan's year. */
const DAY_MONTH_RE = /ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d)/g;

const DIGIT_RE = /\d/;

interface Found {
  index: number;
  iso: string;
}

function collect(re: RegExp, text: string, toIso: (m: RegExpExecArray) => string | null, out: Found[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const iso = toIso(m);
    if (iso !== null) out.push({ index: m.index, iso });
  }
}

/**
 * The first exact day written in a text, in reading order. Decisions:
 * - Only four-digit years, or "ngày dd/mm" with the plan's year (20/01/24 is too often a number).
 * - With a plan year known, days before the year before it are skipped: a document that completes
 *   a 2024 task is issued in 2024 (or late 2023); "Nghị định 61/2018/NĐ-CP ngày 23/4/2018" in
 *   the same text is a cited document.
 */
export function firstDateIn(text: string, planYear: number | null): string | null {
  if (text === '' || !DIGIT_RE.test(text)) return null;
  const f = fold(text);
  const found: Found[] = [];
  collect(NUMERIC_DATE_RE, f, (m) => isoOf(Number(m[4]), Number(m[3]), Number(m[1])), found);
  collect(WORDS_DATE_RE, f, (m) => {
    const year = m[3] === undefined ? planYear : Number(m[3]);
    return year === null ? null : isoOf(year, Number(m[2]), Number(m[1]));
  }, found);
  if (planYear !== null) collect(DAY_MONTH_RE, f, (m) => isoOf(planYear, Number(m[2]), Number(m[1])), found);
  found.sort((a, b) => a.index - b.index);
  const minYear = planYear === null ? null : planYear - 1;
  const first = found.find((d) => minYear === null || Number(d.iso.slice(0, 4)) >= minYear);
  return first ? first.iso : null;
}

/** A day read from a cell: a real date cell, else the first day written in its text. */
export function dayOf(cell: Cell | null, text: string, planYear: number | null): string | null {
  const iso = cellDateIso(cell);
  if (iso !== null) return iso;
  return firstDateIn(text, planYear);
}
