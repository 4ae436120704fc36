// SPEC §3: the one way rules and detection read a cell as text: HTML stripped (seed 003), TCVN3
// decoded for matching, NFC, whitespace collapsed; numbers, booleans and errors as Excel shows them.
import type { Cell } from '../../../src/engine/grid';
import { cellText, readText, type TextRead } from '../../../src/engine/text/read';

const UL = '<ul style="list-style-type: none">';

const plain = (text: string): TextRead => ({ text, tcvn3: false, html: null });

describe('readText', () => {
  test.each<{ title: string; cell: Cell | null; expected: TextRead }>([
    // empty
    { title: 'no cell', cell: null, expected: plain('') },
    { title: 'empty value', cell: { v: null }, expected: plain('') },
    { title: 'empty string', cell: { v: '' }, expected: plain('') },
    { title: 'blank string', cell: { v: '  \n ' }, expected: plain('') },
    // plain text
    { title: 'ASCII', cell: { v: 'STT' }, expected: plain('STT') },
    { title: 'Vietnamese NFC', cell: { v: 'Điểm tối đa' }, expected: plain('Điểm tối đa') },
    { title: 'Vietnamese NFD', cell: { v: 'Điểm tối đa'.normalize('NFD') }, expected: plain('Điểm tối đa') },
    { title: 'line breaks and runs of spaces', cell: { v: '  Điểm   tối\nđa ' }, expected: plain('Điểm tối đa') },
    { title: 'ASCII with a line break', cell: { v: 'Ghi\r\nchu' }, expected: plain('Ghi chu') },
    { title: 'NBSP', cell: { v: 'Số\u00a0TT' }, expected: plain('Số TT') },
    { title: 'Latin-1 Vietnamese', cell: { v: 'Thái Bình' }, expected: plain('Thái Bình') },
    { title: 'symbols', cell: { v: 'Tỷ lệ <= 50% & ≥ 30%' }, expected: plain('Tỷ lệ <= 50% & ≥ 30%') },
    { title: 'a formula-like text stays text', cell: { v: '=HYPERLINK("x")' }, expected: plain('=HYPERLINK("x")') },
    // TCVN3 (SPEC §3 examples)
    { title: 'TCVN3 without font', cell: { v: 'NhiÖm vô cô thÓ' }, expected: { text: 'Nhiệm vụ cụ thể', tcvn3: true, html: null } },
    { title: 'TCVN3 in .VnTime', cell: { v: '§iÓm tèi ®a', font: '.VnTime' }, expected: { text: 'Điểm tối đa', tcvn3: true, html: null } },
    { title: 'TCVN3 only the font reveals', cell: { v: 'Ghi chó', font: '.VnTime' }, expected: { text: 'Ghi chú', tcvn3: true, html: null } },
    { title: 'ambiguous without font stays', cell: { v: 'Ghi chó' }, expected: plain('Ghi chó') },
    { title: 'all-caps font', cell: { v: 'tæng ®iÓm', font: '.VnTimeH' }, expected: { text: 'TỔNG ĐIỂM', tcvn3: true, html: null } },
    { title: 'TCVN3 with a line break', cell: { v: 'Thêi h¹n\nhoµn thµnh', font: '.VnTime' }, expected: { text: 'Thời hạn hoàn thành', tcvn3: true, html: null } },
    { title: 'Unicode in a .VnTime cell', cell: { v: 'Điểm tối đa', font: '.VnTime' }, expected: plain('Điểm tối đa') },
    { title: 'ASCII in a .VnTime cell', cell: { v: 'STT', font: '.VnTime' }, expected: plain('STT') },
    { title: 'VNI text is not TCVN3', cell: { v: 'Ñieåm toái ña', font: 'VNI-Times' }, expected: plain('Ñieåm toái ña') },
    // HTML (seed 003)
    {
      title: 'seed 003 list',
      cell: { v: `${UL} - Văn phòng Sở - Thanh tra Sở ` },
      expected: { text: '- Văn phòng Sở - Thanh tra Sở', tcvn3: false, html: UL },
    },
    {
      title: 'seed 003 paragraph and list',
      cell: { v: `<p>bảo 100% số TTHC được công bố đầy đủ, kịp thời.</p> ${UL} - Niêm yết, công khai danh mục TTHC.` },
      expected: { text: 'bảo 100% số TTHC được công bố đầy đủ, kịp thời. - Niêm yết, công khai danh mục TTHC.', tcvn3: false, html: '<p>' },
    },
    { title: 'entity', cell: { v: 'Sở KH&amp;CN' }, expected: { text: 'Sở KH&CN', tcvn3: false, html: '&amp;' } },
    { title: 'ampersand that is not markup', cell: { v: 'Sở KH&CN' }, expected: plain('Sở KH&CN') },
    { title: 'less-than that is not markup', cell: { v: '<5%' }, expected: plain('<5%') },
    {
      title: 'HTML around TCVN3',
      cell: { v: '<p>§iÓm&nbsp;tèi ®a</p>', font: '.VnTime' },
      expected: { text: 'Điểm tối đa', tcvn3: true, html: '<p>' },
    },
    // numbers: as a General cell shows them
    { title: 'integer', cell: { v: 100 }, expected: plain('100') },
    { title: 'decimal', cell: { v: 3.5 }, expected: plain('3.5') },
    { title: 'float noise', cell: { v: 0.1 + 0.2 }, expected: plain('0.3') },
    { title: 'code mangled by Excel', cell: { v: 1.1000000000000001 }, expected: plain('1.1') },
    { title: 'negative', cell: { v: -1 }, expected: plain('-1') },
    { title: 'negative zero', cell: { v: -0 }, expected: plain('0') },
    { title: 'large', cell: { v: 1e21 }, expected: plain('1000000000000000000000') },
    { title: 'small', cell: { v: 1e-7 }, expected: plain('0.0000001') },
    { title: 'date serial', cell: { v: 43831, fmt: 'dd/mm/yyyy' }, expected: plain('43831') },
    // booleans and errors
    { title: 'TRUE', cell: { v: true }, expected: plain('TRUE') },
    { title: 'FALSE', cell: { v: false }, expected: plain('FALSE') },
    { title: '#REF!', cell: { v: { error: '#REF!' } }, expected: plain('#REF!') },
    { title: '#DIV/0!', cell: { v: { error: '#DIV/0!' }, f: 'A1/0' }, expected: plain('#DIV/0!') },
  ])('$title', ({ cell, expected }) => {
    expect(readText(cell)).toEqual(expected);
    expect(cellText(cell)).toBe(expected.text);
  });

  test('a plain string is returned as it is', () => {
    const v = 'Kế hoạch cải cách hành chính năm 2024';
    expect(readText({ v }).text).toBe(v);
  });

  test('results are independent of call order (no shared mutable state)', () => {
    const a = readText({ v: '§iÓm', font: '.VnTime' });
    const b = readText({ v: 'Điểm' });
    expect(a).toEqual({ text: 'Điểm', tcvn3: true, html: null });
    expect(b).toEqual(plain('Điểm'));
  });

  test('TCVN3, NFD and Unicode spellings of a header read the same', () => {
    const header = 'Nhiệm vụ cụ thể';
    const texts = [
      readText({ v: header }).text,
      readText({ v: header.normalize('NFD') }).text,
      readText({ v: 'NhiÖm vô cô thÓ' }).text,
      readText({ v: 'NhiÖm vô cô thÓ', font: '.VnTime' }).text,
      readText({ v: ` ${header}\n` }).text,
    ];
    expect(new Set(texts)).toEqual(new Set([header]));
  });
});
