// SPEC §3: legacy TCVN3 (ABC) text from old templates, shown with the ".VnTime" family of fonts
// (`NhiÖm vô cô thÓ` = "Nhiệm vụ cụ thể", `§iÓm tèi ®a` = "Điểm tối đa"). It is detected and
// decoded for matching only; a cell is never rewritten.
//
// TCVN3 is the VN3 subset of TCVN 5712:1993: one byte per Vietnamese letter in 0xA1–0xFE. Excel
// stores such a cell as the Latin-1 characters of those bytes (a .VnTime font is a "Western"
// font), so "ệ" arrives as U+00D6 "Ö". VN3 has only 7 capitals with diacritics (Ă Â Ê Ô Ơ Ư Đ);
// the other capitals are written with an all-caps font (.VnTimeH, .VnArialH…) over the
// lowercase code points. VN1's extra capitals (0xAF, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0,
// 0xF0, 0xFF) and combining marks (0xB0–0xB4) are not VN3 and are left as they are: reading
// "±3" as a combining hook would break SPEC §2.3's bonus maxima.

/** TCVN3 byte → Unicode letter, in the standard's order (checked against TCVN 5712 VN1/VN3). */
const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  // capitals that VN3 has
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  // lowercase base letters
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // a, ă, â with tones
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  // e, ê
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  // i
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  // o, ô, ơ
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  // u, ư
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  // y
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

/** TCVN3 letters occupy 0xA1 (Ă) … 0xFE (ỵ); the table covers the whole byte range. */
const TCVN3_FIRST = 0xa1;
const TABLE_END = 0x100;

/** decode[code point] for 0x00–0xFF: the Unicode letter, or undefined when not a TCVN3 letter. */
const DECODE: ReadonlyArray<string | undefined> = (() => {
  const a = new Array<string | undefined>(TABLE_END).fill(undefined);
  for (const [byte, ch] of TCVN3_TABLE) a[byte] = ch;
  return a;
})();

/**
 * Unicode (NFC) letter → TCVN3 character. Capitals VN3 lacks (Ả, Ệ, Ủ…) take the lowercase code
 * point, as someone typing in a .VnTimeH font would; plain A–Z stay ASCII.
 */
const ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [byte, ch] of TCVN3_TABLE) m.set(ch, String.fromCharCode(byte));
  for (const [byte, ch] of TCVN3_TABLE) {
    const upper = ch.toUpperCase();
    if (upper !== ch && !m.has(upper)) m.set(upper, String.fromCharCode(byte));
  }
  return m;
})();

/**
 * Latin-1 characters that are TCVN3 letters but never letters of Vietnamese Unicode text (which
 * uses only À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their lowercase from Latin-1): the signature of
 * TCVN3 text when no font says so.
 */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const SIGNATURE: ReadonlyArray<boolean> = (() => {
  const a = new Array<boolean>(TABLE_END).fill(false);
  for (const [byte] of TCVN3_TABLE) a[byte] = !VIETNAMESE_LATIN1.includes(String.fromCharCode(byte));
  return a;
})();

/**
 * Letters only Vietnamese Unicode text has (precomposed, or NFD marks): their presence proves a
 * string is not TCVN3, whatever its font says.
 */
const VIETNAMESE_UNICODE_EXTRA: ReadonlySet<number> = new Set([...'ăĂđĐĩĨũŨơƠưƯ'].map((ch) => ch.charCodeAt(0)));
const VIETNAMESE_BLOCK_FIRST = 0x1ea0;
const VIETNAMESE_BLOCK_LAST = 0x1ef9;
/** Combining marks of NFD Vietnamese: grave, acute, circumflex, tilde, breve, hook, horn, dot below. */
const VIETNAMESE_MARKS: ReadonlySet<number> = new Set([0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323]);

function isVietnameseUnicode(c: number): boolean {
  if (c < 0x100) return false;
  if (c >= VIETNAMESE_BLOCK_FIRST && c <= VIETNAMESE_BLOCK_LAST) return true;
  return VIETNAMESE_MARKS.has(c) || VIETNAMESE_UNICODE_EXTRA.has(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Latin-1 lowercase letters start here; TCVN3 letters below it look like capitals (Ó = ể). */
const LOWERCASE_LATIN1_FIRST = 0xdf;
/** First TCVN3 code point of a lowercase letter (ă); 0xA1–0xA7 are the 7 capitals. */
const TCVN3_LOWER_FIRST = 0xa8;

/** A lowercase letter: ASCII a–z or a TCVN3 lowercase letter. */
function isLowerWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= TCVN3_LOWER_FIRST && c < TABLE_END && DECODE[c] !== undefined);
}

/**
 * A Latin-1 capital inside a word where Vietnamese Unicode would never put one: after a lowercase
 * letter ("thÓ" = thể) or between a letter and a lowercase letter ("YÕu" = yếu, "RÊt" = rất). In
 * TCVN3 these are lowercase letters (Ó = ể, Õ = ế, Ê = ấ); at the start of a word ("Ông", "Ý
 * kiến") they are Unicode capitals and prove nothing.
 */
function isCapitalInWord(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (isLowerWordChar(before)) return true;
  return isWordChar(before) && isLowerWordChar(text.charCodeAt(i + 1));
}

/** A letter of a TCVN3 word: ASCII or a TCVN3 code point. */
function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c < TABLE_END && DECODE[c] !== undefined);
}

// ".VnTime", ".VnTimeH", ".VnArial", ".VnArial NarrowH", ".VnCentury Schoolbook"… all ABC
// (TCVN3) fonts carry the ".Vn" prefix; VNI fonts ("VNI-Times") are another encoding.
const TCVN3_FONT_RE = /^\s*\.vn/i;
// The all-caps variants end in a capital H: ".VnTimeH", ".VnArialH", ".VnBlackH".
const TCVN3_UPPER_FONT_RE = /^\s*\.[vV][nN].*H\s*$/;

/** Whether a font is a TCVN3 (ABC) font: ".VnTime", ".VnArialH"… ("VNI-…" is not). */
export function isTcvn3Font(font: string | undefined): boolean {
  return font !== undefined && TCVN3_FONT_RE.test(font);
}

/** Whether a font is an all-caps TCVN3 font (".VnTimeH"): its text reads in capitals. */
export function isTcvn3UpperFont(font: string | undefined): boolean {
  return font !== undefined && TCVN3_UPPER_FONT_RE.test(font);
}

/** A text of at most 4 words may be recognised by one signature letter ("Tæng", "Tæng sè"). */
const SHORT_TEXT_WORDS = 4;
const SPACE_CODE = 0x20;

/**
 * Whether a text is TCVN3. With a TCVN3 font any TCVN3 letter is enough: the font is the evidence
 * ("Sè TT" in .VnTime reads "Số TT"). Without one, the text needs signature letters next to
 * other letters: two of them, or one inside a word, or one in a text of at most 4 words. A
 * signature letter is a TCVN3 letter no Vietnamese Unicode text uses (Ö, ®, §, ¸, the soft
 * hyphen that is TCVN3's ư…) or a Latin-1 capital inside a lowercase word ("thÓ", "YÕu").
 * Any letter of Vietnamese Unicode (ệ, đ, ư, NFD marks) means the text is Unicode whatever the
 * font, so "Điểm tối đa" and "Ủy ban" never decode; a VNI font means another encoding.
 */
export function looksLikeTcvn3(text: string, font?: string): boolean {
  if (isVniFont(font)) return false;
  const withFont = isTcvn3Font(font);
  let letters = 0;
  let signature = 0;
  let inner = 0;
  let spaces = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < TCVN3_FIRST) {
      if (c === SPACE_CODE) spaces++;
      continue;
    }
    if (c >= TABLE_END) {
      if (isVietnameseUnicode(c)) return false;
      continue;
    }
    if (DECODE[c] === undefined) continue;
    letters++;
    if (SIGNATURE[c]) {
      const before = isWordChar(text.charCodeAt(i - 1));
      const after = isWordChar(text.charCodeAt(i + 1));
      if (before || after) signature++;
      if (before && after) inner++;
    } else if (c < LOWERCASE_LATIN1_FIRST && isCapitalInWord(text, i)) {
      signature++;
      if (isWordChar(text.charCodeAt(i + 1))) inner++;
    }
  }
  if (withFont) return letters > 0;
  return signature >= 2 || (signature === 1 && (inner === 1 || spaces < SHORT_TEXT_WORDS));
}

const VNI_FONT_RE = /^\s*vni[-\s]/i;

function isVniFont(font: string | undefined): boolean {
  return font !== undefined && VNI_FONT_RE.test(font);
}

/**
 * TCVN3 → Unicode NFC. Characters that are not TCVN3 letters are kept. With an all-caps font
 * (".VnTimeH") the text reads in capitals, as the user sees it.
 */
export function decodeTcvn3(text: string, font?: string): string {
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < TCVN3_FIRST || c >= TABLE_END) continue;
    const ch = DECODE[c];
    if (ch === undefined) continue;
    out += text.slice(from, i) + ch;
    from = i + 1;
  }
  const decoded = from === 0 ? text : out + text.slice(from);
  const nfc = decoded.normalize('NFC');
  return isTcvn3UpperFont(font) ? nfc.toUpperCase() : nfc;
}

export interface EncodeOptions {
  /** Write for an all-caps font (.VnTimeH): every letter takes its lowercase code point. */
  upperFont?: boolean;
}

/**
 * Unicode → TCVN3, precomposed wherever TCVN3 has the letter (fixtures use it to make TCVN3
 * variants of the seeds). Capitals with diacritics that VN3 lacks are written with the
 * lowercase code point, so decodeTcvn3(encodeTcvn3(s)) equals s up to the case of those letters.
 */
export function encodeTcvn3(unicode: string, options: EncodeOptions = {}): string {
  const src = options.upperFont ? unicode.normalize('NFC').toLowerCase() : unicode.normalize('NFC');
  let out = '';
  for (const ch of src) out += ENCODE.get(ch) ?? ch;
  return out;
}
