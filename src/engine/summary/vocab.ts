// Words the summary reads unit names and criteria titles by (SPEC §9.1), as data (STYLE.md:
// vocabulary is data). Every pattern runs on folded text (normalize.fold: no diacritics, lower case).
import type { Level } from './types';

/** A unit's name starts with one of these (after "UBND" / "Ủy ban nhân dân", for districts). */
export const LEVEL_OF_NAME: ReadonlyArray<{ level: Level; re: RegExp }> = [
  { level: 'huyen', re: /^(?:ubnd |uy ban nhan dan )?(?:huyen|thi xa|thanh pho|quan)\b/ },
  {
    level: 'so',
    re: /^(?:so|ban|van phong|thanh tra|cuc|chi cuc|bo chi huy|cong an|bao|dai phat thanh|truong|trung tam|hoi)\b/,
  },
];

/** What a criteria table's title says about the units it rates (seed 001's Bảng 1 / Bảng 2 titles). */
export const LEVEL_OF_TITLE: ReadonlyArray<{ level: Level; re: RegExp }> = [
  { level: 'huyen', re: /\b(?:cac huyen|cap huyen|huyen, thi xa|ubnd huyen|uy ban nhan dan huyen)\b/ },
  { level: 'so', re: /\b(?:co quan chuyen mon|cac so|so, ban, nganh|so, ban nganh|cap tinh)\b/ },
];

/** How each level is named in a criteria set's name. */
export const LEVEL_NAME: Readonly<Record<Level, string>> = { so: 'Sở', huyen: 'huyện' };

/** Order of the rankings: provincial departments first, districts second (QĐ 1026's Bảng 1, Bảng 2). */
export const LEVEL_ORDER: Readonly<Record<Level, number>> = { so: 0, huyen: 1 };

