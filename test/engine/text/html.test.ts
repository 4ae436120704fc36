// HTML markup left in cells (seed 003_953294b567c9f6da, Phụ lục 1 of a 2020 report): found for
// `cell.htmlMarkup` (SPEC §8) and stripped before the text is read.
import { decodeEntities, findHtmlMarkup, stripHtml } from '../../../src/engine/text/html';

const UL = '<ul style="list-style-type: none">';

interface Vector {
  title: string;
  input: string;
  markup: string | null;
  stripped: string;
}

// Cells of seed 003, verbatim.
const SEED_003: Vector[] = [
  {
    title: 'row 8: task with a list',
    input: `${UL} - Ban hành kế hoạch CCHC năm theo hướng dẫn tại văn bản số 975/SNV-CCHC ngày 18/7/2016 của Sở Nội vụ. - Hoàn thành 100% số nhiệm vụ/sản phẩm đề ra trong kế hoạch CCHC. `,
    markup: UL,
    stripped:
      '- Ban hành kế hoạch CCHC năm theo hướng dẫn tại văn bản số 975/SNV-CCHC ngày 18/7/2016 của Sở Nội vụ. - Hoàn thành 100% số nhiệm vụ/sản phẩm đề ra trong kế hoạch CCHC.',
  },
  {
    title: 'row 9: lead units',
    input: `${UL} - Văn phòng Sở - Thanh tra Sở `,
    markup: UL,
    stripped: '- Văn phòng Sở - Thanh tra Sở',
  },
  {
    title: 'row 17: deadline continued from the row above',
    input: `${UL} trong Quý I năm 2020. - Báo cáo công tác theo dõi thi hành pháp luật thực hiện trong Quý IV năm 2020. `,
    markup: UL,
    stripped: 'trong Quý I năm 2020. - Báo cáo công tác theo dõi thi hành pháp luật thực hiện trong Quý IV năm 2020.',
  },
  {
    title: 'row 22: a paragraph then a list',
    input: `<p>bảo 100% số TTHC được công bố đầy đủ, kịp thời.</p> ${UL} - Niêm yết, công khai danh mục TTHC được thực hiện tại Bộ phận tiếp nhận và trả kết quả. `,
    markup: '<p>',
    stripped: 'bảo 100% số TTHC được công bố đầy đủ, kịp thời.\n- Niêm yết, công khai danh mục TTHC được thực hiện tại Bộ phận tiếp nhận và trả kết quả.',
  },
  {
    title: 'row 42: ISO paragraph',
    input: `<p>theo tiêu chuẩn quốc gia TCVN ISO 9001:2015.</p> ${UL} - Các quyết định công bố ISO hoặc báo cáo tình hình xây dựng và áp dụng Hệ thống quản lý chất lượng của Sở. - Bản công bố Hệ thống quản lý chất lượng ISO. `,
    markup: '<p>',
    stripped:
      'theo tiêu chuẩn quốc gia TCVN ISO 9001:2015.\n- Các quyết định công bố ISO hoặc báo cáo tình hình xây dựng và áp dụng Hệ thống quản lý chất lượng của Sở. - Bản công bố Hệ thống quản lý chất lượng ISO.',
  },
  {
    title: 'row 29: a percentage in plain text',
    input: '100% đơn vị hành chính trực thuộc triển khai thực hiện cơ chế khoán biên chế',
    markup: null,
    stripped: '100% đơn vị hành chính trực thuộc triển khai thực hiện cơ chế khoán biên chế',
  },
  {
    title: 'subtitle: an ampersand that is not an entity',
    input: '(Kèm theo Báo cáo số: /BC-SKHCN ngày /11/2020 của Sở KH&CN)',
    markup: null,
    stripped: '(Kèm theo Báo cáo số: /BC-SKHCN ngày /11/2020 của Sở KH&CN)',
  },
];

const MARKUP: Vector[] = [
  { title: 'list items', input: '<ul><li>Kế hoạch</li><li>Báo cáo</li></ul>', markup: '<ul>', stripped: 'Kế hoạch\nBáo cáo' },
  { title: 'line breaks', input: 'Quý I<br>Quý II<br/>Quý III<br />Quý IV', markup: '<br>', stripped: 'Quý I\nQuý II\nQuý III\nQuý IV' },
  { title: 'upper-case tags', input: '<P>Điểm</P>', markup: '<P>', stripped: 'Điểm' },
  { title: 'inline tags vanish', input: '<b>Điểm</b> tối <i>đa</i>', markup: '<b>', stripped: 'Điểm tối đa' },
  { title: 'span with style', input: '<span style="font-weight: bold">Tổng điểm</span>', markup: '<span style="font-weight: bold">', stripped: 'Tổng điểm' },
  { title: 'closing tag first', input: 'a</p>b', markup: '</p>', stripped: 'a\nb' },
  { title: 'table cells side by side', input: '<tr><td>1</td><td>Kế hoạch</td></tr>', markup: '<tr>', stripped: '1 Kế hoạch' },
  { title: 'div', input: '<div>Thời hạn</div><div>Quý II/2020</div>', markup: '<div>', stripped: 'Thời hạn\nQuý II/2020' },
  { title: 'Word markup', input: 'Ghi chú<o:p></o:p>', markup: '<o:p>', stripped: 'Ghi chú' },
  { title: 'comment', input: '<!-- x -->Ghi chú', markup: '<!-- x -->', stripped: 'Ghi chú' },
  { title: 'entities only', input: 'Sở KH&amp;CN', markup: '&amp;', stripped: 'Sở KH&CN' },
  { title: 'nbsp', input: 'Điểm&nbsp;tối&nbsp;đa', markup: '&nbsp;', stripped: 'Điểm tối đa' },
  { title: 'escaped tag stays text', input: '&lt;b&gt;', markup: '&lt;', stripped: '<b>' },
  { title: 'one pass only', input: '&amp;lt;', markup: '&amp;', stripped: '&lt;' },
  { title: 'decimal reference', input: 'v.v&#8230;', markup: '&#8230;', stripped: 'v.v…' },
  { title: 'hexadecimal reference', input: 'v.v&#x2026;', markup: '&#x2026;', stripped: 'v.v…' },
  { title: 'quotes', input: '&quot;Một cửa&quot;', markup: '&quot;', stripped: '"Một cửa"' },
  { title: 'CKEditor Latin-1 letters', input: '<p>Ho&agrave;n th&agrave;nh</p>', markup: '<p>', stripped: 'Hoàn thành' },
  { title: 'unknown entity kept', input: '<p>a &foo; b</p>', markup: '<p>', stripped: 'a &foo; b' },
  { title: 'invalid code point kept', input: '&#0; &#xD800; &#99999999;', markup: null, stripped: '&#0; &#xD800; &#99999999;' },
];

const NOT_MARKUP: Vector[] = [
  { title: 'less than', input: 'a < b', markup: null, stripped: 'a < b' },
  { title: 'below a percentage', input: '<5%', markup: null, stripped: '<5%' },
  { title: 'less or equal sign', input: '≤ 50%', markup: null, stripped: '≤ 50%' },
  { title: 'typed less or equal', input: 'Tỷ lệ <= 50%', markup: null, stripped: 'Tỷ lệ <= 50%' },
  { title: 'both comparisons', input: 'Từ 50% < tỷ lệ > 30%', markup: null, stripped: 'Từ 50% < tỷ lệ > 30%' },
  { title: 'template placeholder', input: 'ỦY BAN NHÂN DÂN <Tên đơn vị>', markup: null, stripped: 'ỦY BAN NHÂN DÂN <Tên đơn vị>' },
  { title: 'unknown tag name', input: '<abc>', markup: null, stripped: '<abc>' },
  { title: 'tag name prefix only', input: '<pre-check> <bold>', markup: null, stripped: '<pre-check> <bold>' },
  { title: 'arrow', input: '=> kết quả', markup: null, stripped: '=> kết quả' },
  { title: 'empty', input: '', markup: null, stripped: '' },
];

describe('findHtmlMarkup and stripHtml', () => {
  test.each([...SEED_003, ...MARKUP, ...NOT_MARKUP])('$title', ({ input, markup, stripped }) => {
    expect(findHtmlMarkup(input)).toBe(markup);
    expect(stripHtml(input)).toBe(stripped);
  });

  test('a long tag is cut to 60 characters', () => {
    const tag = `<span style="${'x'.repeat(100)}">`;
    const found = findHtmlMarkup(`${tag}Điểm</span>`);
    expect(found).toHaveLength(60);
    expect(found).toBe(`${tag.slice(0, 59)}…`);
    expect(stripHtml(`${tag}Điểm</span>`)).toBe('Điểm');
  });

  test('the first tag is reported, not a later one', () => {
    expect(findHtmlMarkup('a &amp; b <p>c</p>')).toBe('<p>');
    expect(findHtmlMarkup('x <b>y</b> <ul>')).toBe('<b>');
  });
});

describe('decodeEntities', () => {
  test.each([
    ['&nbsp;&amp;&lt;&gt;&quot;&apos;', ' &<>"\''],
    ['&ndash; &hellip; &ldquo;x&rdquo;', '– … “x”'],
    ['&Agrave;&Eacute;&ocirc;&yacute;', 'ÀÉôý'],
    ['&#273;&#x0111;', 'đđ'],
    ['no entity', 'no entity'],
    ['R&D; KH&CN', 'R&D; KH&CN'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
