// Calendar arithmetic for the deadline grammar. A deadline is the last day allowed (SPEC §5), so
// every period resolves to its last day. Pure functions on plain numbers; no time zones (UTC).

/** Years a deadline may fall in: anything else is a typo or a misread, never a date (SPEC §5). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

export function inYearRange(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A real calendar day in the allowed years (31/02 and 29/02/2019 are not). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return inYearRange(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO date of a valid day, or null (out of range or not a calendar day). */
export function isoOf(y: number, m: number, d: number): string | null {
  return isValidDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

export function lastDayOfMonth(y: number, m: number): string | null {
  return m >= 1 && m <= 12 ? isoOf(y, m, daysInMonth(y, m)) : null;
}

export function lastDayOfQuarter(y: number, q: number): string | null {
  return q >= 1 && q <= 4 ? lastDayOfMonth(y, q * 3) : null;
}

export function yearOfIso(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** `iso` plus `days` calendar days, or null when it leaves the allowed years. */
export function addDays(iso: string, days: number): string | null {
  if (!Number.isSafeInteger(days) || Math.abs(days) > 200 * 366) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const [a, b, c] = from.split('-').map(Number);
  const [x, y, z] = to.split('-').map(Number);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / DAY_MS);
}

/** 2019-06-30 → 30/06/2019, as Vietnamese documents write dates. */
export function isoToDmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
