// Words of a title block (SPEC §2): the label, the subtitle, the national motto, agency lines and
// unit names. Every pattern runs on folded text (no diacritics, lower case). Vocabulary is data.

/** "Phụ lục II", "Bảng 1". */
export const LABEL_RE = /^(?:phu luc|bang)\s*[0-9ivxlc]+\b/;

/** "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo …)". */
export const SUBTITLE_RE = /^\(?\s*(?:ban hanh )?kem theo\b/;

/** Beside the agency, not it: the national motto, the rule under it, "Số: …", "Sơn La, ngày …". */
export const MOTTO_RE = /^(?:cong hoa xa hoi|doc lap\s*-\s*tu do|-{3,}|so:|[^,]{1,40}, ngay\b)/;

/** An agency line starts with what the body is; titles start with what the document is. */
export const AGENCY_RE =
  /^(?:uy ban nhan dan|ubnd|so |ban |phong |van phong|bo |cuc |chi cuc|trung tam|huyen |thi xa |thanh pho |tinh |hoi dong|truong |thanh tra|kho bac|cong an|bo chi huy|dai phat thanh|bao |chi nhanh|ban quan ly|vien |benh vien)/;

/** Agency lines are short; a longer line is a title. */
export const AGENCY_MAX_LENGTH = 80;

/** "UBND tỉnh …": the province, which issues the criteria; alone it names no unit. */
export const PROVINCE_RE = /^(?:ubnd|uy ban nhan dan)(?: tinh\b|$)/;

/** Words a unit's name starts with, where "của …" is read from a title or subtitle. */
export const UNIT_START_RE = /^(?:so|ban|van phong|thanh tra|ubnd|uy ban nhan dan|huyen|thi xa|thanh pho|cuc|chi cuc|trung tam|phong)\b/;

/** "của các huyện": many units, not one. */
export const GENERIC_UNIT_RE = /\bcac\b/;

/** A subtitle citing an act of a superior ("Kèm theo Quyết định … của UBND tỉnh") names the issuer, and its year dates the criteria. */
export const ISSUED_BY_SUPERIOR_RE = /\b(?:quyet dinh|de an|nghi quyet|thong tu|chi thi|huong dan)\b/;

/** "… NĂM 2023". */
export const YEAR_IN_TEXT_RE = /\bnam\s+((?:19|20)\d\d)\b/;

/** "ngày …/…/2024". */
export const YEAR_AFTER_SLASH_RE = /\/\s*((?:19|20)\d\d)\b/;
