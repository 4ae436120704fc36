// The XML layer of the .xlsx reader: a small pull tokenizer for the machine-written XML of
// OOXML parts. It replaced saxes (an ExcelJS dependency) after measuring (test/bench/readSpeed.ts:
// about 4 times faster on a sheet part): saxes builds an attribute object for every element,
// while here a tag's attributes are read only when a handler asks (`tag.get('r')`), so the
// million styled empty cells of a "1 048 576-row" sheet cost a scan to their '>' each.
// Element and attribute names are matched without their namespace prefix (some producers write
// <x:c>; Strict OOXML uses other namespace URIs). Nesting is checked, so a damaged part is an
// XmlError, never silently half-read. Bytes are decoded piece by piece (xmlParser), so a large
// sheet is never held as one string. Not supported, as OOXML forbids them: DTDs and custom
// entities.

export type Attributes = Record<string, string>;

/** The XML is not well formed. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** A start tag, valid only during the `open` call that receives it (the object is reused). */
export interface Tag {
  /** Local name: the prefix of `x:c` is dropped. */
  readonly name: string;
  readonly selfClosing: boolean;
  /** An attribute's value (entities decoded) by exact name, else by local name (`id` finds `r:id`). */
  get(attr: string): string | undefined;
  /** Every attribute, by name as written. */
  all(): Attributes;
}

export interface XmlHandlers {
  open(tag: Tag): void;
  close?(name: string): void;
  /** Character data between tags and in CDATA sections, entities decoded. */
  text?(text: string): void;
}

const CHUNK = 1 << 20;
const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

const ENTITY_RE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z]+));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NEWLINE_RE = /\r\n?/g;
const ATTR_SPACE_RE = /[\t\n\r]/g;
const HAS_ATTR_SPACE_RE = /[\t\n\r]/;

function decodeEntities(raw: string): string {
  return raw.replace(ENTITY_RE, (m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named !== undefined) {
      const ch = NAMED_ENTITIES[named];
      if (ch === undefined) throw new XmlError(`unknown entity ${m}`);
      return ch;
    }
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    if (code > 0x10ffff) throw new XmlError(`bad character reference ${m}`);
    return String.fromCodePoint(code);
  });
}

/** Character data as XML defines it: line ends normalised to \n, references decoded. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(NEWLINE_RE, '\n');
  return s.includes('&') ? decodeEntities(s) : s;
}

/** An attribute value as XML defines it: tab and line ends become spaces, references decoded. */
function decodeAttr(raw: string): string {
  let s = raw;
  if (HAS_ATTR_SPACE_RE.test(s)) s = s.replace(NEWLINE_RE, ' ').replace(ATTR_SPACE_RE, ' ');
  return s.includes('&') ? decodeEntities(s) : s;
}

/** The reused start tag: src[from, to) holds the attributes. */
class TagView implements Tag {
  name = '';
  selfClosing = false;
  src = '';
  from = 0;
  to = 0;
  // The attribute found by the last `next` call: name [ns, ne), value [vs, ve).
  private ns = 0;
  private ne = 0;
  private vs = 0;
  private ve = 0;

  /** Reads the attribute at or after `at`; returns the index after it, or -1 when none is left. */
  private next(at: number): number {
    const s = this.src;
    let i = at;
    while (i < this.to && (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === SLASH)) i++;
    if (i >= this.to) return -1;
    const eq = s.indexOf('=', i);
    if (eq < 0 || eq >= this.to) throw new XmlError(`bad attribute in <${this.name}>`);
    let ne = eq;
    while (ne > i && isSpace(s.charCodeAt(ne - 1))) ne--;
    let q = eq + 1;
    while (isSpace(s.charCodeAt(q))) q++;
    const quote = s.charCodeAt(q);
    if (quote !== QUOT && quote !== APOS) throw new XmlError(`unquoted attribute in <${this.name}>`);
    const close = s.indexOf(quote === QUOT ? '"' : "'", q + 1);
    if (close < 0 || close >= this.to) throw new XmlError(`unterminated attribute in <${this.name}>`);
    this.ns = i;
    this.ne = ne;
    this.vs = q + 1;
    this.ve = close;
    return close + 1;
  }

  get(attr: string): string | undefined {
    const s = this.src;
    const n = attr.length;
    for (let i = this.next(this.from); i >= 0; i = this.next(i)) {
      const len = this.ne - this.ns;
      const exact = len === n && s.startsWith(attr, this.ns);
      const local = len > n && s.charCodeAt(this.ne - n - 1) === COLON && s.startsWith(attr, this.ne - n);
      if (exact || local) return decodeAttr(s.slice(this.vs, this.ve));
    }
    return undefined;
  }

  all(): Attributes {
    const out: Attributes = {};
    for (let i = this.next(this.from); i >= 0; i = this.next(i)) {
      out[this.src.slice(this.ns, this.ne)] = decodeAttr(this.src.slice(this.vs, this.ve));
    }
    return out;
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** xsd:boolean: "1" and "true" are true. */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Index of the '>' closing the tag opened at `lt`, skipping quoted attribute values; -1 if not in `s`. */
function tagEnd(s: string, lt: number): number {
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return i;
    if (c === QUOT || c === APOS) {
      const close = s.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === LT) throw new XmlError("'<' inside a tag");
  }
  return -1;
}

/** The tokenizer's state across chunks. */
interface Scanner {
  handlers: XmlHandlers;
  tag: TagView;
  /** Names of the open elements, as written (with prefix), for the nesting check … */
  stack: string[];
  /** … and their local names, handed to `close`. */
  locals: string[];
  rootSeen: boolean;
}

const INCOMPLETE = -1;

/** A comment, CDATA section, processing instruction or declaration at `lt`; returns the index after it. */
function scanSpecial(st: Scanner, s: string, lt: number): number {
  const end = specialEnd(s, lt);
  if (end < 0) return INCOMPLETE;
  if (s.startsWith('<![CDATA[', lt)) {
    if (st.stack.length === 0) fail('CDATA outside the root element');
    st.handlers.text?.(s.slice(lt + 9, end - 3));
  }
  return end;
}

/** An end tag at `lt`; returns the index after it. */
function scanEndTag(st: Scanner, s: string, lt: number): number {
  // An end tag has no attributes, so no quoted '>': compare it with the open element's name
  // in place rather than slicing a string per element.
  const gt = s.indexOf('>', lt);
  if (gt < 0) return INCOMPLETE;
  const open = st.stack.pop();
  const local = st.locals.pop();
  if (open === undefined || local === undefined || !closes(s, lt + 2, gt, open)) {
    fail(`</${s.slice(lt + 2, gt).trim()}> closes <${open ?? 'nothing'}>`);
  }
  st.handlers.close?.(local);
  return gt + 1;
}

/** A start tag at `lt`; returns the index after it. */
function scanStartTag(st: Scanner, s: string, lt: number): number {
  const gt = tagEnd(s, lt);
  if (gt < 0) return INCOMPLETE;
  let ne = lt + 1;
  while (ne < gt && !isSpace(s.charCodeAt(ne)) && s.charCodeAt(ne) !== SLASH) ne++;
  const name = s.slice(lt + 1, ne);
  if (name === '') fail('empty tag name');
  if (st.stack.length === 0 && st.rootSeen) fail('content after the root element');
  st.rootSeen = true;
  const tag = st.tag;
  tag.name = localName(name);
  tag.selfClosing = s.charCodeAt(gt - 1) === SLASH;
  tag.src = s;
  tag.from = ne;
  tag.to = tag.selfClosing ? gt - 1 : gt;
  st.handlers.open(tag);
  if (tag.selfClosing) st.handlers.close?.(tag.name);
  else {
    st.stack.push(name);
    st.locals.push(tag.name);
  }
  return gt + 1;
}

/**
 * Scans `s` from its start, calling the handlers, and returns where it stopped: the start of a
 * construct that `s` does not hold whole (unless `final`, where that is an error).
 */
function scan(st: Scanner, s: string, final: boolean): number {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      if (!final) return i; // the text may continue in the next chunk
      emitText(st, s, i, n);
      return n;
    }
    if (lt > i) emitText(st, s, i, lt);
    const c = s.charCodeAt(lt + 1);
    const next =
      lt + 1 >= n ? INCOMPLETE : c === BANG || c === QUESTION ? scanSpecial(st, s, lt) : c === SLASH ? scanEndTag(st, s, lt) : scanStartTag(st, s, lt);
    if (next === INCOMPLETE) return final ? fail(`unexpected end of document at <${s.slice(lt + 1, lt + 20)}`) : lt;
    i = next;
  }
  return n;
}

/** Whether the end tag's name in s[from, gt) is `open` (trailing spaces allowed). */
function closes(s: string, from: number, gt: number, open: string): boolean {
  if (!s.startsWith(open, from)) return false;
  for (let k = from + open.length; k < gt; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

function emitText(st: Scanner, s: string, from: number, to: number): void {
  if (st.stack.length === 0) {
    if (s.slice(from, to).trim() !== '') fail('text outside the root element');
    return;
  }
  if (st.handlers.text) st.handlers.text(decodeText(s.slice(from, to)));
}

/** End (exclusive) of a comment, CDATA section, processing instruction or declaration at `lt`. */
function specialEnd(s: string, lt: number): number {
  const close = (marker: string, from: number) => {
    const at = s.indexOf(marker, from);
    return at < 0 ? -1 : at + marker.length;
  };
  if (s.startsWith('<!--', lt)) return close('-->', lt + 4);
  if (s.startsWith('<![CDATA[', lt)) return close(']]>', lt + 9);
  if (s.charCodeAt(lt + 1) === QUESTION) return close('?>', lt + 2);
  if (s.length < lt + 9) return -1;
  // OOXML forbids document type declarations (and with them custom entities).
  if (s.startsWith('<!DOCTYPE', lt)) fail('document type declarations are not allowed');
  return fail('unknown markup declaration');
}

function fail(message: string): never {
  throw new XmlError(message);
}

function decoderFor(data: Uint8Array): TextDecoder {
  // OPC allows UTF-16 parts (rare); TextDecoder drops the byte-order mark itself.
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le');
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** An incremental parser: bytes in as they come (a part being inflated), events out. */
export interface XmlParser {
  write(bytes: Uint8Array): void;
  /** Ends the document. Throws XmlError when it is incomplete. */
  close(): void;
}

export function xmlParser(handlers: XmlHandlers): XmlParser {
  const st: Scanner = { handlers, tag: new TagView(), stack: [], locals: [], rootSeen: false };
  let decoder: TextDecoder | null = null;
  let head: Uint8Array = new Uint8Array(0); // the first byte, while the encoding is not known
  let carry = '';
  const feed = (dec: TextDecoder, bytes: Uint8Array) => {
    // A streaming decoder keeps a multi-byte character split between two writes whole.
    const s = carry + dec.decode(bytes, { stream: true });
    carry = s.slice(scan(st, s, false));
  };
  return {
    write(bytes) {
      if (decoder) return feed(decoder, bytes);
      const joined = head.length ? Buffer.concat([head, bytes]) : bytes;
      if (joined.length < 2) {
        head = joined;
        return;
      }
      decoder = decoderFor(joined);
      feed(decoder, joined);
    },
    close() {
      const dec = decoder ?? decoderFor(head);
      if (!decoder && head.length) feed(dec, head);
      scan(st, carry + dec.decode(), true);
      if (st.stack.length > 0) fail(`unexpected end of document: <${st.stack[st.stack.length - 1]}> is not closed`);
      if (!st.rootSeen) fail('no root element');
    },
  };
}

/**
 * Parses XML bytes held whole, calling the handlers in document order. Throws XmlError.
 * `chunkSize` (bytes decoded at a time) is there for tests of constructs split between chunks.
 */
export function parseXml(data: Uint8Array, handlers: XmlHandlers, chunkSize = CHUNK): void {
  const parser = xmlParser(handlers);
  for (let off = 0; off < data.length; off += chunkSize) parser.write(data.subarray(off, off + chunkSize));
  parser.close();
}

/** Bytes of a part: whole, or in pieces as they are inflated. */
export type PartBytes = Uint8Array | AsyncIterable<Uint8Array>;

/** Feeds a part to an XML parser, piece by piece when it comes in pieces. */
export async function feedXml(bytes: PartBytes, parser: XmlParser): Promise<void> {
  if (bytes instanceof Uint8Array) parser.write(bytes);
  else for await (const piece of bytes) parser.write(piece);
  parser.close();
}
