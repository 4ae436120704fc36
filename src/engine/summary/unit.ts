// SPEC §9.1: "the unit name comes from the title block, else the file name". The title block is
// read by detect/title.ts (DetectedTable.title.unit); here: the file-name fallback, the level a
// name says (Sở or huyện) and the key two files of one unit share.
import { fold } from '../text/normalize';
import type { Level } from './types';
import { LEVEL_OF_NAME } from './vocab';

const EXTENSION_RE = /\.xlsx$/i;
const FOLDER_RE = /^.*[\\/]/;

/** The file's own name, without its folder and extension ("units/so_tu_phap.xlsx" → "so_tu_phap"). */
export function fileUnitName(file: string): string {
  return file.replace(FOLDER_RE, '').replace(EXTENSION_RE, '');
}

/** The level a unit's name says: "Sở …" → Sở; "UBND huyện …" → huyện; else null. */
export function levelOfName(unit: string): Level | null {
  const f = fold(unit);
  return LEVEL_OF_NAME.find((l) => l.re.test(f))?.level ?? null;
}

const PUNCT_RE = /[^a-z0-9 ]+/g;
const SPACES_RE = /\s+/g;
const PEOPLES_COMMITTEE_RE = /\buy ban nhan dan\b/g;
const PROVINCE_SUFFIX_RE = /^(.+?) tinh [a-z ]+$/;

/**
 * The key two files of one unit share (summary.duplicateUnit): case, diacritics, punctuation,
 * "Ủy ban nhân dân" / "UBND" and a trailing "tỉnh …" do not matter, so "SỞ TƯ PHÁP" and "Sở Tư
 * pháp tỉnh Điện Biên" are one unit.
 */
export function unitKey(unit: string): string {
  const f = fold(unit).replace(PEOPLES_COMMITTEE_RE, 'ubnd').replace(PUNCT_RE, ' ').replace(SPACES_RE, ' ').trim();
  const short = PROVINCE_SUFFIX_RE.exec(f)?.[1];
  return short && short !== 'ubnd' ? short : f;
}
