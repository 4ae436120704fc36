// SPEC §2: the title block above a table (agency name, "Phụ lục …", title in capitals,
// "(Kèm theo …)") gives the year, the unit and the label.
import { fold } from '../text/normalize';
import type { RowTexts } from './rowTexts';
import type { TitleBlock } from './types';

const LABEL_RE = /^(phu luc|bang)\s*[0-9ivxlc]+\b/;
const SUBTITLE_RE = /^\(?\s*(ban hanh )?kem theo\b/;
const MOTTO_RE = /^(cong hoa xa hoi|doc lap\s*-\s*tu do|-{3,}|so:|\S+, ngay \S+ thang)/;
const YEAR_IN_TEXT_RE = /\bnam\s+((?:19|20)\d\d)\b/;
const YEAR_AFTER_SLASH_RE = /\/\s*((?:19|20)\d\d)\b/;
const UNIT_RE = /\bcủa\s+([^()]+?)\s*\)?\s*$/iu;
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

function unitOf(subtitle: string): string | undefined {
  const m = UNIT_RE.exec(subtitle);
  if (!m) return undefined;
  const unit = m[1].replace(/[.…\s]+$/u, '').trim();
  // "của ….)" in a blank form names no unit.
  return /\p{L}{2}/u.test(unit) ? unit : undefined;
}

// "(Kèm theo Quyết định số 1026/QĐ-UBND … của UBND tỉnh)" names who issued the criteria, not the unit.
const ISSUED_BY_SUPERIOR_RE = /\b(quyet dinh|de an|nghi quyet|thong tu|chi thi)\b/;

/**
 * The unit a document belongs to: the agency line, or "của …" in the subtitle when that names the
 * unit's own plan or report ("… của Sở Công Thương Đồng Nai", more specific than "SỞ CÔNG THƯƠNG").
 */
function unitOfBlock(block: TitleBlock): string | undefined {
  const own = block.subtitle && !ISSUED_BY_SUPERIOR_RE.test(fold(block.subtitle)) ? unitOf(block.subtitle) : undefined;
  if (own && (!block.agency || fold(own).includes(fold(block.agency)))) return own;
  return block.agency ?? own;
}

/** Agency lines ("UBND TỈNH ĐỒNG NAI", "SỞ CÔNG THƯƠNG") as opposed to titles ("KẾ HOẠCH …"). */
const AGENCY_RE = /^(uy ban nhan dan|ubnd|so |ban |phong |van phong|bo |cuc |chi cuc|trung tam|huyen |thi xa |thanh pho |tinh |hoi dong|truong )/;
const TITLE_WORD_RE = /\b(ke hoach|thong ke|bang|chi so|nhiem vu|danh muc|phan cong|tieu chi|bao cao|du toan|cham diem)\b/;

/** Reads the title block from the rows just above a table's header, top to bottom. */
export function readTitleBlock(rows: RowTexts[]): TitleBlock {
  const block: TitleBlock = { rows: [] };
  const titleParts: string[] = [];
  const agencies: string[] = [];
  for (const r of rows) {
    const text = r.cells.map((c) => c.text).join(' ').trim();
    if (!text) continue;
    const f = fold(text);
    block.rows.push(r.row);
    if (MOTTO_RE.test(f)) continue;
    if (LABEL_RE.test(f) && text.length <= 40) block.label = text;
    else if (SUBTITLE_RE.test(f)) block.subtitle = text;
    else if (!block.label && titleParts.length === 0 && text.length <= 60 && AGENCY_RE.test(f) && !TITLE_WORD_RE.test(f))
      agencies.push(text);
    else if (titleParts.length === 0 || upperRatio(text) >= 0.6) titleParts.push(text);
  }
  if (titleParts.length) block.title = titleParts.join(' ');
  // "ỦY BAN NHÂN DÂN" over "TỈNH ĐIỆN BIÊN" is one agency; else the last line is the most specific.
  if (agencies.length) block.agency = agencies.length > 1 && fold(agencies[0]) === 'uy ban nhan dan' ? agencies.join(' ') : agencies[agencies.length - 1];
  const year = (block.title && yearOf(block.title)) || (block.subtitle && yearOf(block.subtitle)) || undefined;
  if (year) block.year = year;
  const unit = unitOfBlock(block);
  if (unit) block.unit = unit;
  return block;
}
