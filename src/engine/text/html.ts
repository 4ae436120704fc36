// HTML left in cells by web forms and rich-text editors (seed 003: '<ul style="list-style-type:
// none"> - Ban hành kế hoạch …', '<p>bảo 100% số TTHC …</p>'). It is reported (`cell.htmlMarkup`,
// SPEC §8) and stripped before the text is read; the cell is never rewritten.

/**
 * Tag names recognised as HTML. Only real tag names count, so "a < b", "<5%", "Tỷ lệ <= 50%" and
 * template placeholders such as "<Tên đơn vị>" are text, not markup.
 */
const BLOCK_TAGS = [
  'p', 'br', 'ul', 'ol', 'li', 'div', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre', 'section', 'article', 'header',
  'footer', 'dl', 'dt', 'dd',
] as const;
/** Table cells sit side by side: a space, not a line break. */
const CELL_TAGS = ['td', 'th'] as const;
const INLINE_TAGS = [
  'span', 'b', 'i', 'u', 's', 'strong', 'em', 'font', 'sup', 'sub', 'a', 'small', 'big', 'center',
  'strike', 'del', 'ins', 'mark', 'code', 'img', 'col', 'colgroup', 'label', 'o:p',
] as const;

type Separator = '\n' | ' ' | '';
const TAG_SEPARATOR: ReadonlyMap<string, Separator> = new Map<string, Separator>([
  ...BLOCK_TAGS.map((t): [string, Separator] => [t, '\n']),
  ...CELL_TAGS.map((t): [string, Separator] => [t, ' ']),
  ...INLINE_TAGS.map((t): [string, Separator] => [t, '']),
]);

const TAG_NAMES = [...TAG_SEPARATOR.keys()].sort((a, b) => b.length - a.length).join('|');
// A known tag name followed by whitespace (attributes), "/" or ">"; attributes hold no "<" or ">".
const TAG_SOURCE = `<\\/?(${TAG_NAMES})(?=[\\s/>])[^<>]*>`;
const TAG_RE = new RegExp(TAG_SOURCE, 'i');
const TAG_GLOBAL_RE = new RegExp(TAG_SOURCE, 'gi');
const COMMENT_RE = /<!--[\s\S]*?-->/;
const COMMENT_GLOBAL_RE = /<!--[\s\S]*?-->/g;

/**
 * Named entities decoded: the XML five, typography editors produce, and the Latin-1 letters of
 * Vietnamese (CKEditor writes "&agrave;" for "à" by default).
 */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['nbsp', ' '], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'],
  ['ldquo', '“'], ['rdquo', '”'], ['laquo', '«'], ['raquo', '»'], ['bull', '•'], ['middot', '·'],
  ['deg', '°'], ['plusmn', '±'], ['times', '×'], ['divide', '÷'], ['le', '≤'], ['ge', '≥'],
  ['ne', '≠'], ['minus', '−'], ['copy', '©'], ['reg', '®'], ['trade', '™'], ['euro', '€'],
  ['shy', ''], ['zwnj', ''], ['zwj', ''],
  ['Agrave', 'À'], ['Aacute', 'Á'], ['Acirc', 'Â'], ['Atilde', 'Ã'],
  ['Egrave', 'È'], ['Eacute', 'É'], ['Ecirc', 'Ê'], ['Igrave', 'Ì'], ['Iacute', 'Í'],
  ['Ograve', 'Ò'], ['Oacute', 'Ó'], ['Ocirc', 'Ô'], ['Otilde', 'Õ'],
  ['Ugrave', 'Ù'], ['Uacute', 'Ú'], ['Yacute', 'Ý'],
  ['agrave', 'à'], ['aacute', 'á'], ['acirc', 'â'], ['atilde', 'ã'],
  ['egrave', 'è'], ['eacute', 'é'], ['ecirc', 'ê'], ['igrave', 'ì'], ['iacute', 'í'],
  ['ograve', 'ò'], ['oacute', 'ó'], ['ocirc', 'ô'], ['otilde', 'õ'],
  ['ugrave', 'ù'], ['uacute', 'ú'], ['yacute', 'ý'],
]);

// Decimal or hexadecimal character references, or a name; the name is looked up in the table.
const ENTITY_SOURCE = '&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));';
const ENTITY_GLOBAL_RE = new RegExp(ENTITY_SOURCE, 'g');

const MAX_CODE_POINT = 0x10ffff;
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;

function fromCodePoint(cp: number): string | null {
  if (cp <= 0 || cp > MAX_CODE_POINT || (cp >= SURROGATE_FIRST && cp <= SURROGATE_LAST)) return null;
  return String.fromCodePoint(cp);
}

/** The character an entity stands for, or null when it is not one we know. */
function entityValue(dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (dec !== undefined) return fromCodePoint(Number(dec));
  if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
  return NAMED_ENTITIES.get(name ?? '') ?? null;
}

/** The markup as reported: at most 60 characters. */
const MAX_SHOWN = 60;
function shown(markup: string): string {
  return markup.length <= MAX_SHOWN ? markup : `${markup.slice(0, MAX_SHOWN - 1)}…`;
}

/**
 * The first HTML tag of a text, e.g. '<ul style="list-style-type: none">' (cut to 60 characters);
 * failing a tag, the first HTML comment or known entity ("&nbsp;", "&#8230;"); else null.
 */
export function findHtmlMarkup(text: string): string | null {
  const lt = text.indexOf('<');
  if (lt >= 0) {
    const tag = TAG_RE.exec(text);
    if (tag) return shown(tag[0]);
    const comment = COMMENT_RE.exec(text);
    if (comment) return shown(comment[0]);
  }
  if (text.indexOf('&') < 0) return null;
  for (const m of text.matchAll(ENTITY_GLOBAL_RE)) {
    if (entityValue(m[1], m[2], m[3]) !== null) return shown(m[0]);
  }
  return null;
}

/** Entities decoded in one pass ("&amp;lt;" is "&lt;", not "<"); unknown ones kept. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY_GLOBAL_RE, (m, dec?: string, hex?: string, name?: string) => entityValue(dec, hex, name) ?? m);
}

// Tidying after tags become line breaks: no blanks around a break, no empty lines.
const SPACES_AROUND_BREAK_RE = /[ \t\u00a0]*\n[ \t\u00a0\n]*/g;
const SPACE_RUN_RE = /[ \t\u00a0]{2,}/g;

/**
 * The text with tags removed (block tags li/p/br/ul/div → line break, td/th → space, inline
 * tags → nothing), comments removed and entities decoded. Text that only looks like a tag
 * ("a < b", "<5%") is kept.
 */
export function stripHtml(text: string): string {
  let s = text;
  if (s.indexOf('<') >= 0) {
    s = s
      .replace(COMMENT_GLOBAL_RE, '')
      .replace(TAG_GLOBAL_RE, (_m, name: string) => TAG_SEPARATOR.get(name.toLowerCase()) ?? '');
  }
  s = decodeEntities(s);
  return s.replace(SPACES_AROUND_BREAK_RE, '\n').replace(SPACE_RUN_RE, ' ').trim();
}
