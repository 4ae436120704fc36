// A small, strict XML parser for checking the manifest offline: it refuses what an XML parser
// must refuse (unclosed or crossed tags, unquoted or repeated attributes, stray "<" or "&",
// unknown entities, text or a second element outside the root) and keeps line numbers for errors.

export interface XmlElement {
  /** The qualified name as written ("bt:Image"). */
  name: string;
  /** The local name ("Image"). */
  local: string;
  /** The namespace URI the prefix (or the default namespace) resolves to. */
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlError extends Error {}

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTR_RE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const OPEN_RE = new RegExp(`<(${NAME})`, 'y');
const CLOSE_RE = new RegExp(`</(${NAME})\\s*>`, 'y');
const ENTITY_RE = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, lineOf: (offset: number) => number, base: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '&') {
      out += ch;
      continue;
    }
    ENTITY_RE.lastIndex = i;
    const m = ENTITY_RE.exec(raw);
    if (!m) throw new XmlError(`line ${lineOf(base + i)}: "&" that starts no entity`);
    out += m[1] ? NAMED[m[1]] : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3], 16));
    i = ENTITY_RE.lastIndex - 1;
  }
  return out;
}

export function parseXml(src: string): XmlElement {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let pos = 0;
  const stack: Array<{ el: XmlElement; nsMap: Record<string, string> }> = [];
  let root: XmlElement | null = null;
  const fail = (msg: string): never => {
    throw new XmlError(`line ${lineOf(pos)}: ${msg}`);
  };
  if (src.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < src.length) {
    if (src.startsWith('<?', pos)) {
      const end = src.indexOf('?>', pos);
      if (end < 0) fail('unterminated processing instruction');
      if (src.startsWith('<?xml', pos) && pos > 1) fail('XML declaration not at the start');
      pos = end + 2;
      continue;
    }
    if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end < 0) fail('unterminated comment');
      if (src.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
      pos = end + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', pos)) {
      if (!stack.length) fail('CDATA outside the root element');
      const end = src.indexOf(']]>', pos);
      if (end < 0) fail('unterminated CDATA');
      stack[stack.length - 1].el.text += src.slice(pos + 9, end);
      pos = end + 3;
      continue;
    }
    if (src.startsWith('<!', pos)) fail('DOCTYPE and declarations are not allowed in a manifest');
    if (src.startsWith('</', pos)) {
      CLOSE_RE.lastIndex = pos;
      const m = CLOSE_RE.exec(src);
      if (!m) fail('malformed end tag');
      const top = stack.pop();
      if (!top) fail(`end tag </${m?.[1]}> without a start tag`);
      if (top?.el.name !== m?.[1]) fail(`end tag </${m?.[1]}> does not match <${top?.el.name}>`);
      pos = CLOSE_RE.lastIndex;
      continue;
    }
    if (src[pos] === '<') {
      OPEN_RE.lastIndex = pos;
      const m = OPEN_RE.exec(src);
      if (!m) fail('malformed start tag');
      if (!stack.length && root) fail('a second root element');
      const line = lineOf(pos);
      pos = OPEN_RE.lastIndex;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR_RE.lastIndex = pos;
        const a = ATTR_RE.exec(src);
        if (!a) break;
        if (a[1] in attrs) fail(`attribute ${a[1]} repeated`);
        attrs[a[1]] = decode(a[2] ?? a[3] ?? '', lineOf, pos);
        pos = ATTR_RE.lastIndex;
      }
      while (/\s/.test(src[pos] ?? '')) pos++;
      const selfClosing = src.startsWith('/>', pos);
      if (!selfClosing && src[pos] !== '>') fail(`malformed attributes in <${m?.[1]}>`);
      pos += selfClosing ? 2 : 1;
      const parentNs = stack.length ? stack[stack.length - 1].nsMap : { xml: 'http://www.w3.org/XML/1998/namespace' };
      const nsMap = { ...parentNs };
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'xmlns') nsMap[''] = v;
        else if (k.startsWith('xmlns:')) nsMap[k.slice(6)] = v;
      }
      const name = m?.[1] as string;
      const colon = name.indexOf(':');
      const prefix = colon >= 0 ? name.slice(0, colon) : '';
      if (prefix && !(prefix in nsMap)) fail(`undeclared namespace prefix "${prefix}"`);
      const el: XmlElement = { name, local: colon >= 0 ? name.slice(colon + 1) : name, ns: nsMap[prefix] ?? '', attrs, children: [], text: '', line };
      if (stack.length) stack[stack.length - 1].el.children.push(el);
      else root = el;
      if (!selfClosing) stack.push({ el, nsMap });
      continue;
    }
    // Text up to the next markup.
    const next = src.indexOf('<', pos);
    const end = next < 0 ? src.length : next;
    const raw = src.slice(pos, end);
    if (!stack.length) {
      if (raw.trim()) fail('text outside the root element');
    } else {
      if (raw.includes(']]>')) fail('"]]>" in text');
      stack[stack.length - 1].el.text += decode(raw, lineOf, pos);
    }
    pos = end;
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].el.name}> (line ${stack[stack.length - 1].el.line}) is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

/** The xsi:type of an element, without its prefix. */
export function xsiType(el: XmlElement): string | undefined {
  const entry = Object.entries(el.attrs).find(([k]) => k === 'xsi:type' || k.endsWith(':type'));
  return entry ? entry[1].replace(/^.*:/, '') : undefined;
}
