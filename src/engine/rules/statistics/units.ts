// SPEC §2.2, §6: what the "Đơn vị tính" cell of a statistics row says its year cells hold.
// Vocabulary as data (STYLE.md): a new template's unit word is one line of UNIT_FORMS or
// COUNT_NOUNS. Every unit of seed 004's Phụ lục II is listed in the test with its kind.
import { fold } from '../../text/normalize';

/**
 * - count: a non-negative whole number (Nhiệm vụ, Văn bản, Người …); any unit with a slash
 *   that is not a named ratio is a count (Tin/bài, TTHC/KQ giải quyết, Số tài khoản/ tổng);
 * - percent: 0–100 (%);
 * - countPercent: a count and its share in one cell, "281 thủ tục = 96,9%" (seed 004 writes the
 *   unit as "Thủ tục …= …%", "… hồ sơ = …%", "Cuộc/cuộc = …..%");
 * - yesNo: 0 or 1 ("Không = 0 Có = 1");
 * - ratio: one of the named ratio units (Cuộc/người tham gia, Số máy/Số người …): a pair of
 *   counts with no part ≤ whole, or one number;
 * - unknown: a unit not in the vocabulary (reported once as info; the value is only checked to
 *   be a number);
 * - none: no unit (group headings such as "Kế hoạch cải cách hành chính").
 */
export type UnitKind = 'count' | 'percent' | 'countPercent' | 'yesNo' | 'ratio' | 'unknown' | 'none';

export interface Unit {
  kind: UnitKind;
  /** The unit as written, whitespace collapsed. */
  text: string;
  /** Indicators the row reports, one per line of the unit (seed 004 row 56: two "… hồ sơ = …%"). */
  lines: number;
  /** A unit with a slash names the part and the whole of a pair value ("Số cơ quan, đơn vị" / "tổng"). */
  partName?: string;
  wholeName?: string;
}

type How = 'exact' | 'prefix' | 'contains';

/**
 * Whole-unit forms, tried in order, compared on the unit's shape (folded, without spaces,
 * dots and ellipses: "Không = 0\nCó = 1" → "khong=0co=1", "… hồ sơ = …%" → "hoso=%").
 */
const UNIT_FORMS: ReadonlyArray<readonly [text: string, kind: UnitKind, how: How]> = [
  ['Không = 0', 'yesNo', 'contains'], // seed 004 rows 54, 55: "Không = 0 / Có = 1"
  ['Có = 1', 'yesNo', 'contains'],
  ['Có/Không', 'yesNo', 'exact'],
  ['Không/Có', 'yesNo', 'exact'],
  ['= …%', 'countPercent', 'contains'], // "… hồ sơ = …%", "Thủ tục …= …%", "Cuộc/cuộc = …..%"
  ['%', 'percent', 'exact'],
  ['(%)', 'percent', 'exact'],
  ['Tỷ lệ %', 'percent', 'exact'],
  ['Tỷ lệ (%)', 'percent', 'exact'],
  ['Tỷ lệ', 'percent', 'exact'],
  ['Phần trăm', 'percent', 'exact'],
  // SPEC §2.2: only these named units are ratios; any other unit with a slash is a count.
  ['Cuộc/người tham gia', 'ratio', 'prefix'], // seed 004 row 53
  ['Số máy/Số người', 'ratio', 'prefix'], // seed 004 row 137 "Số máy/Số người làm việc tại bộ phận 1 cửa"
  ['Máy/người', 'ratio', 'prefix'],
];

/** "Số …", "Tổng số …", "Số lượng …" in front of a unit: a number of things, so a count. */
const QUANTIFIERS: readonly string[] = ['tổng số lượng', 'tổng số', 'số lượng', 'số'];

/** Nouns counted in Phụ lục II and its kin (seed 004, every unit word, and common variants). */
const COUNT_NOUNS: readonly string[] = [
  'nhiệm vụ', 'văn bản', 'người', 'cuộc', 'tin', 'bài', 'cơ quan', 'đơn vị', 'vấn đề', 'hồ sơ',
  'thủ tục', 'TTHC', 'KQ giải quyết', 'kết quả', 'quy trình', 'tài khoản', 'TB', 'thiết bị', 'máy',
  'lượt', 'lớp', 'đợt', 'buổi', 'hội nghị', 'sáng kiến', 'doanh nghiệp', 'tổ chức', 'xã', 'phòng',
  'cán bộ', 'công chức', 'viên chức', 'biên chế', 'dịch vụ', 'DVC', 'kiến nghị', 'phản ánh',
  'phản ảnh', 'ý kiến', 'đề án', 'kế hoạch', 'báo cáo', 'chương trình', 'cái', 'chiếc', 'bộ',
  'trang', 'chứng thư', 'cuộc họp',
];

const SHAPE_NOISE_RE = /[\s.…,;:]+/g;
const SPACE_SLASH_RE = /\s*\/\s*/g;
const LINE_BREAK_RE = /\r?\n/;
const SPACE_RE = /\s+/g;
const LETTER_OR_DIGIT_RE = /[a-z0-9]/;

function shapeOf(s: string): string {
  return fold(s).replace(SHAPE_NOISE_RE, '');
}

const FORMS = UNIT_FORMS.map(([text, kind, how]) => ({ shape: shapeOf(text), kind, how }));
const QUANTIFIER_KEYS = QUANTIFIERS.map((q) => `${fold(q)} `);
const NOUN_KEYS = COUNT_NOUNS.map((n) => fold(n));

function formMatches(shape: string, form: { shape: string; how: How }): boolean {
  switch (form.how) {
    case 'exact':
      return shape === form.shape;
    case 'prefix':
      return shape.startsWith(form.shape);
    case 'contains':
      return shape.includes(form.shape);
    default: {
      const never: never = form.how;
      return never;
    }
  }
}

/** Whether `text` starts with the word(s) `word` (not merely a longer word that begins so). */
function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (text.length === word.length || !LETTER_OR_DIGIT_RE.test(text[word.length]));
}

/** The head of a count unit: its first slash segment, without "Số"/"Tổng số"; and whether a quantifier was there. */
function countHead(folded: string): { head: string; quantified: boolean } {
  const first = folded.split('/')[0].trim();
  for (const q of QUANTIFIER_KEYS) if (first.startsWith(q)) return { head: first.slice(q.length).trim(), quantified: true };
  return { head: first, quantified: false };
}

function kindOf(text: string): UnitKind {
  if (text === '') return 'none';
  const shape = shapeOf(text);
  for (const form of FORMS) if (formMatches(shape, form)) return form.kind;
  const { head, quantified } = countHead(fold(text).replace(SPACE_SLASH_RE, '/'));
  if (NOUN_KEYS.some((n) => startsWithWord(head, n))) return 'count';
  return quantified ? 'count' : 'unknown';
}

/** The unit of a statistics row, read from the text of its "Đơn vị tính" cell. */
export function parseUnit(raw: string): Unit {
  const lines = raw.split(LINE_BREAK_RE).filter((l) => l.trim() !== '');
  const text = raw.replace(SPACE_RE, ' ').trim();
  // Several lines of the same form (seed 004 row 56) report several indicators; "Không = 0 / Có = 1"
  // is one unit written on two lines.
  const lineKinds = lines.map(kindOf);
  const several = lines.length > 1 && lineKinds.every((k) => k === lineKinds[0]) && lineKinds[0] !== 'yesNo';
  const kind = several ? lineKinds[0] : kindOf(text);
  const unit: Unit = { kind, text, lines: several ? lines.length : 1 };
  const slash = text.indexOf('/');
  if (slash > 0 && (kind === 'count' || kind === 'ratio')) {
    unit.partName = text.slice(0, slash).trim();
    unit.wholeName = text.slice(slash + 1).trim();
  }
  return unit;
}
