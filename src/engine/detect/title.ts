// SPEC §2: the title block above a table (agency name, "Phụ lục …", title in capitals,
// "(Kèm theo …)") gives the year, the unit and the label. The one reader of title blocks: the
// report, the summary of many units (SPEC §9.1) and the generated forms all take the unit here.
import { clean, fold } from '../text/normalize';
import type { RowTexts } from './rowTexts';
import type { TitleBlock } from './types';
import {
  AGENCY_MAX_LENGTH,
  AGENCY_RE,
  GENERIC_UNIT_RE,
  ISSUED_BY_SUPERIOR_RE,
  LABEL_RE,
  MOTTO_RE,
  PROVINCE_RE,
  SUBTITLE_RE,
  UNIT_START_RE,
  YEAR_AFTER_SLASH_RE,
  YEAR_IN_TEXT_RE,
} from './vocab/title';

// "của" as a word, in either Unicode form (the text is NFC by then).
const OF_RE = /(?:^|[\s(,])của\s+([^()]+?)[\s.…)]*$/iu;
const LETTER_RE = /\p{L}/gu;
const UPPER_RE = /\p{Lu}/gu;

/** Rows above a table that may belong to its title block. */
export const TITLE_BLOCK_ROWS = 10;

function upperRatio(text: string): number {
  const letters = text.match(LETTER_RE)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(UPPER_RE)?.length ?? 0) / letters;
}

/** Whether a row reads like a title-block line rather than table data. */
export function isTitleLike(texts: RowTexts): boolean {
  if (texts.cells.length > 2) return false;
  const text = texts.cells.map((c) => c.text).join(' ');
  const f = fold(text);
  return LABEL_RE.test(f) || SUBTITLE_RE.test(f) || MOTTO_RE.test(f) || (text.length >= 12 && upperRatio(text) >= 0.8);
}

function yearOf(text: string): number | undefined {
  const f = fold(text);
  const m = YEAR_IN_TEXT_RE.exec(f) ?? YEAR_AFTER_SLASH_RE.exec(f);
  return m ? Number(m[1]) : undefined;
}

/** "X" of "… của X)", when X reads like one unit (not "các huyện", not the province). */
function ownerIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = OF_RE.exec(clean(text));
  const owner = m?.[1].trim();
  if (!owner) return undefined;
  const f = fold(owner);
  return UNIT_START_RE.test(f) && !GENERIC_UNIT_RE.test(f) && !PROVINCE_RE.test(f) ? owner : undefined;
}

function isProvince(name: string): boolean {
  return PROVINCE_RE.test(fold(name));
}

/** The province the block names: an agency line, or "của UBND tỉnh …" in the subtitle. */
function provinceOf(agencies: string[], subtitle: string | undefined): string | undefined {
  const line = agencies.find(isProvince);
  if (line) return line;
  const issuer = subtitle ? OF_RE.exec(clean(subtitle))?.[1].trim() : undefined;
  return issuer && isProvince(issuer) ? issuer : undefined;
}

/**
 * The unit a document belongs to: "của …" in the subtitle when it names the unit's own plan or
 * report ("… của Sở Công Thương Đồng Nai", more specific than the agency line "SỞ CÔNG THƯƠNG"),
 * or "… CỦA SỞ TƯ PHÁP" in the title; else the agency line. A province alone names no unit.
 */
function unitOf(block: TitleBlock): string | undefined {
  const own =
    (block.subtitle && !ISSUED_BY_SUPERIOR_RE.test(fold(block.subtitle)) ? ownerIn(block.subtitle) : undefined) ?? ownerIn(block.title);
  const agency = block.agency && !isProvince(block.agency) ? block.agency : undefined;
  if (own && (!agency || fold(own).includes(fold(agency)))) return own;
  return agency ?? own;
}

/**
 * Reads the title block from the rows just above a table's header, top to bottom. Each row's
 * cells are read apart: the agency sits on the left of the motto ("UBND TỈNH ĐIỆN BIÊN |
 * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), a title is merged across the table.
 */
export function readTitleBlock(rows: RowTexts[]): TitleBlock {
  const block: TitleBlock = { rows: [] };
  const titleParts: string[] = [];
  const agencies: string[] = [];
  for (const r of rows) {
    let used = false;
    r.cells.forEach((cell, i) => {
      const text = cell.text.trim();
      const f = fold(text);
      if (!text || MOTTO_RE.test(f)) return;
      used = true;
      if (LABEL_RE.test(f) && text.length <= 40) block.label = text;
      else if (SUBTITLE_RE.test(f)) block.subtitle = text;
      else if (i === 0 && !block.label && titleParts.length === 0 && text.length <= AGENCY_MAX_LENGTH && AGENCY_RE.test(f))
        agencies.push(text);
      else if (i === 0 && (titleParts.length === 0 || upperRatio(text) >= 0.6)) titleParts.push(text);
    });
    if (used) block.rows.push(r.row);
  }
  if (titleParts.length) block.title = titleParts.join(' ');
  // "ỦY BAN NHÂN DÂN" over "TỈNH ĐIỆN BIÊN" or "HUYỆN MAI SƠN" is one name; else the last line is the most specific.
  const joined = agencies.length > 1 && fold(agencies[0]) === 'uy ban nhan dan' ? [`${agencies[0]} ${agencies[1]}`, ...agencies.slice(2)] : agencies;
  if (joined.length) block.agency = joined[joined.length - 1];
  const province = provinceOf(joined, block.subtitle);
  if (province) block.province = province;
  // The subtitle's year dates the unit's own report, not a superior's decision (QĐ 1026 of 2019).
  const subtitleYear = block.subtitle && !ISSUED_BY_SUPERIOR_RE.test(fold(block.subtitle)) ? yearOf(block.subtitle) : undefined;
  const year = (block.title && yearOf(block.title)) || subtitleYear;
  if (year) block.year = year;
  const unit = unitOf(block);
  if (unit) block.unit = unit;
  return block;
}
