// The XML tokenizer under the reader: events in document order, XML's decoding rules, and the
// same events whatever the chunk boundaries (a tag, an entity or a UTF-8 character split in two).
import { parseXml, XmlError, type Attributes } from '../../src/xlsx/xml';

type Event = ['open', string, Attributes] | ['close', string] | ['text', string];

function events(xml: string | Uint8Array, chunkSize?: number): Event[] {
  const out: Event[] = [];
  const data = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  parseXml(
    data,
    {
      open: (tag) => out.push(['open', tag.name, tag.all()]),
      close: (name) => out.push(['close', name]),
      text: (t) => {
        const last = out[out.length - 1];
        // Text may arrive in pieces (around CDATA): compare it joined.
        if (last && last[0] === 'text') last[1] += t;
        else out.push(['text', t]);
      },
    },
    chunkSize,
  );
  return out;
}

const SAMPLE =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<!-- made by hand -->\n' +
  '<x:root xmlns:x="urn:x" a = \'1\' b="x > y &amp; &lt;z&gt;">' +
  '<x:c r="A1" t="s"><x:v>12</x:v></x:c>' +
  '<t xml:space="preserve"> Điểm tối đa &#8805; 3 &#x1F600;\r\nhết </t>' +
  '<e/><e  k="v"  /><![CDATA[<not a tag> & raw]]><?pi data?>' +
  '</x:root>\n';

describe('parseXml', () => {
  it('gives local names, decoded attributes and text, skipping comments and instructions', () => {
    expect(events(SAMPLE)).toEqual<Event[]>([
      ['open', 'root', { 'xmlns:x': 'urn:x', a: '1', b: 'x > y & <z>' }],
      ['open', 'c', { r: 'A1', t: 's' }],
      ['open', 'v', {}],
      ['text', '12'],
      ['close', 'v'],
      ['close', 'c'],
      ['open', 't', { 'xml:space': 'preserve' }],
      ['text', ' Điểm tối đa ≥ 3 😀\nhết '],
      ['close', 't'],
      ['open', 'e', {}],
      ['close', 'e'],
      ['open', 'e', { k: 'v' }],
      ['close', 'e'],
      ['text', '<not a tag> & raw'],
      ['close', 'root'],
    ]);
  });

  it.each([1, 2, 3, 5, 7, 64])('gives the same events with %i-byte chunks', (size) => {
    expect(events(SAMPLE, size)).toEqual(events(SAMPLE));
  });

  it('finds attributes by local name and normalises whitespace in values', () => {
    const seen: Array<string | undefined> = [];
    parseXml(Buffer.from('<sheet name="A &amp; B" sheetId="7" r:id="rId3" note="a\tb\r\nc"/>'), {
      open: (tag) => seen.push(tag.get('name'), tag.get('id'), tag.get('sheetId'), tag.get('note'), tag.get('missing')),
    });
    expect(seen).toEqual(['A & B', 'rId3', '7', 'a b c', undefined]);
  });

  it('reads UTF-16 parts', () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a><b>Việt</b></a>', 'utf16le')]);
    expect(events(data)).toEqual([['open', 'a', {}], ['open', 'b', {}], ['text', 'Việt'], ['close', 'b'], ['close', 'a']]);
  });

  it.each([
    ['mismatched end tag', '<a><b></a>'],
    ['unclosed element', '<a><b></b>'],
    ['cut inside a tag', '<a><b x="1'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['document type declaration', '<!DOCTYPE a [<!ENTITY x "y">]><a/>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', 'junk<a/>'],
    ['no root element', '<?xml version="1.0"?>'],
    ['unquoted attribute', '<a x=1/>'],
  ])('rejects %s', (_title, xml) => {
    expect(() => events(xml)).toThrow(XmlError);
  });
});
