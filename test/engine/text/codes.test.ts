// SPEC §3 and §4.1: row codes (1, 1.1, 1.1.1., Roman I, II.), numbered headings, the hierarchy.
import type { Scalar } from '../../../src/engine/grid';
import {
  compareCodes,
  fromRoman,
  parentCodeText,
  readCode,
  readHeading,
  toRoman,
  type Code,
} from '../../../src/engine/text/codes';

const arabic = (text: string, fromNumber = false): Code => ({
  kind: 'arabic',
  parts: text.split('.').map(Number),
  text,
  fromNumber,
});
const roman = (text: string, value: number): Code => ({ kind: 'roman', value, text });

describe('readCode', () => {
  test.each<{ input: Scalar; expected: Code | null }>([
    // Arabic codes as text
    { input: '1', expected: arabic('1') },
    { input: '1.1', expected: arabic('1.1') },
    { input: '1.1.1', expected: arabic('1.1.1') },
    { input: '1.1.1.', expected: arabic('1.1.1') },
    { input: ' 1.1 ', expected: arabic('1.1') },
    { input: '1. 1', expected: arabic('1.1') },
    { input: '1.', expected: arabic('1') },
    { input: '5.10.2', expected: arabic('5.10.2') },
    { input: '1.10', expected: arabic('1.10') },
    { input: '01', expected: arabic('1') },
    { input: '12', expected: arabic('12') },
    { input: '\u00a02.3\u00a0', expected: arabic('2.3') },
    { input: '7.1.7 .', expected: arabic('7.1.7') },
    // Codes Excel stored as numbers (SPEC §3: code.mangledByExcel)
    { input: 1, expected: arabic('1', true) },
    { input: 2, expected: arabic('2', true) },
    { input: 1.1, expected: arabic('1.1', true) },
    { input: 1.1000000000000001, expected: arabic('1.1', true) },
    { input: 0.1 + 1.2, expected: arabic('1.3', true) },
    { input: 5.12, expected: arabic('5.12', true) },
    { input: 140, expected: arabic('140', true) },
    // Roman section numerals
    { input: 'I', expected: roman('I', 1) },
    { input: 'II', expected: roman('II', 2) },
    { input: 'II.', expected: roman('II', 2) },
    { input: 'IV', expected: roman('IV', 4) },
    { input: 'VI', expected: roman('VI', 6) },
    { input: 'VII.', expected: roman('VII', 7) },
    { input: 'IX', expected: roman('IX', 9) },
    { input: 'X', expected: roman('X', 10) },
    { input: 'XII', expected: roman('XII', 12) },
    { input: 'XXXIX', expected: roman('XXXIX', 39) },
    { input: ' III ', expected: roman('III', 3) },
    // not codes
    { input: 0, expected: null },
    { input: -1, expected: null },
    { input: -1.1, expected: null },
    { input: 0.5, expected: null },
    { input: 2019, expected: null },
    { input: 3.14159, expected: null },
    { input: Number.NaN, expected: null },
    { input: Number.POSITIVE_INFINITY, expected: null },
    { input: '0', expected: null },
    { input: '1.0', expected: null },
    { input: '-1', expected: null },
    { input: 'a)', expected: null },
    { input: '1)', expected: null },
    { input: '1.1a', expected: null },
    { input: '1..1', expected: null },
    { input: '.1', expected: null },
    { input: '1,1', expected: null },
    { input: '2019', expected: null },
    { input: '', expected: null },
    { input: '  ', expected: null },
    { input: 'IIII', expected: null },
    { input: 'VV', expected: null },
    { input: 'IIX', expected: null },
    { input: 'XL', expected: null },
    { input: 'ii', expected: null },
    { input: 'iv.', expected: null },
    { input: 'Văn', expected: null },
    { input: 'V.', expected: roman('V', 5) },
    { input: 'I.1', expected: null },
    { input: 'STT', expected: null },
    { input: true, expected: null },
    { input: null, expected: null },
    { input: { error: '#REF!' }, expected: null },
  ])('$input', ({ input, expected }) => {
    expect(readCode(input)).toEqual(expected);
  });
});

describe('readHeading', () => {
  test.each<{ input: string; expected: { code: Code; title: string } | null }>([
    { input: 'I. Cải cách thể chế', expected: { code: roman('I', 1), title: 'Cải cách thể chế' } },
    { input: 'II. Cải cách thủ tục hành chính', expected: { code: roman('II', 2), title: 'Cải cách thủ tục hành chính' } },
    {
      input: 'V.Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
      expected: { code: roman('V', 5), title: 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức' },
    },
    { input: 'VI CẢI CÁCH TÀI CHÍNH CÔNG', expected: { code: roman('VI', 6), title: 'CẢI CÁCH TÀI CHÍNH CÔNG' } },
    { input: 'II CẢI CÁCH THỂ CHẾ', expected: { code: roman('II', 2), title: 'CẢI CÁCH THỂ CHẾ' } },
    { input: 'VII. Hiện đại hóa nền hành chính', expected: { code: roman('VII', 7), title: 'Hiện đại hóa nền hành chính' } },
    { input: 'IV - Cải cách tổ chức bộ máy', expected: { code: roman('IV', 4), title: 'Cải cách tổ chức bộ máy' } },
    { input: 'IV– Cải cách tổ chức bộ máy', expected: { code: roman('IV', 4), title: 'Cải cách tổ chức bộ máy' } },
    { input: 'III) Cải cách', expected: { code: roman('III', 3), title: 'Cải cách' } },
    { input: 'III: Cải cách', expected: { code: roman('III', 3), title: 'Cải cách' } },
    { input: 'I. - Cải cách thể chế', expected: { code: roman('I', 1), title: 'Cải cách thể chế' } },
    { input: 'I. công tác chỉ đạo', expected: { code: roman('I', 1), title: 'công tác chỉ đạo' } },
    { input: '  X.  Kinh phí  ', expected: { code: roman('X', 10), title: 'Kinh phí' } },
    { input: 'I. MỤC TIÊU,\nYÊU CẦU', expected: { code: roman('I', 1), title: 'MỤC TIÊU, YÊU CẦU' } },
    { input: 'I. Cải cách thể chế'.normalize('NFD'), expected: { code: roman('I', 1), title: 'Cải cách thể chế' } },
    { input: '1. Mục tiêu', expected: { code: arabic('1'), title: 'Mục tiêu' } },
    { input: '1.1. Mục tiêu chung', expected: { code: arabic('1.1'), title: 'Mục tiêu chung' } },
    { input: '1.1 Mục tiêu chung', expected: { code: arabic('1.1'), title: 'Mục tiêu chung' } },
    { input: '1.1.1. Ban hành kế hoạch', expected: { code: arabic('1.1.1'), title: 'Ban hành kế hoạch' } },
    { input: '2.Yêu cầu', expected: { code: arabic('2'), title: 'Yêu cầu' } },
    { input: '3) Phạm vi', expected: { code: arabic('3'), title: 'Phạm vi' } },
    { input: '3/ Phạm vi', expected: { code: arabic('3'), title: 'Phạm vi' } },
    { input: '4. đối tượng', expected: { code: arabic('4'), title: 'đối tượng' } },
    // not headings
    { input: 'Văn phòng Sở', expected: null },
    { input: 'Việc chức', expected: null },
    { input: 'Việc kết nối, liên thông', expected: null },
    { input: 'X quang', expected: null },
    { input: 'XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN', expected: null },
    { input: 'XÁC ĐỊNH CHỈ SỐ', expected: null },
    { input: 'Xử lý các vấn đề', expected: null },
    { input: 'Vị trí việc làm', expected: null },
    { input: 'VỀ VIỆC BAN HÀNH', expected: null },
    { input: 'I', expected: null },
    { input: 'II.', expected: null },
    { input: '1', expected: null },
    { input: '1.', expected: null },
    { input: 'I.1', expected: null },
    { input: 'I. 2020', expected: null },
    { input: '5 năm', expected: null },
    { input: '2 báo cáo quý', expected: null },
    { input: '100% văn bản', expected: null },
    { input: '30 ngày kể từ', expected: null },
    { input: '2020 Kế hoạch', expected: null },
    { input: '1.234 hồ sơ', expected: null },
    { input: '1.1Xây dựng', expected: null },
    { input: '0. Mục tiêu', expected: null },
    { input: '. Mục tiêu', expected: null },
    { input: 'ii. Mục tiêu', expected: null },
    { input: 'a) Mục tiêu', expected: null },
    { input: 'Phần I. Mục tiêu', expected: null },
    { input: '', expected: null },
  ])('$input', ({ input, expected }) => {
    expect(readHeading(input)).toEqual(expected);
  });
});

describe('parentCodeText', () => {
  test.each([
    ['1.2.3', '1.2'],
    ['1.2', '1'],
    ['1', null],
    ['1.2.3.', '1.2'],
    ['5.10.1', '5.10'],
    [' 2.1 ', '2'],
    ['II', null],
    ['', null],
  ])('%j → %j', (code, expected) => {
    expect(parentCodeText(code)).toBe(expected);
  });
});

describe('compareCodes', () => {
  const c = (text: string): Code => {
    const code = readCode(text);
    if (!code) throw new Error(`not a code: ${text}`);
    return code;
  };

  test.each([
    ['1.2', '1.10', -1],
    ['1.10', '1.2', 1],
    ['1', '1.1', -1],
    ['1.1', '1.1.1', -1],
    ['1.1.1', '1.2', -1],
    ['2', '10', -1],
    ['1.1', '1.1.', 0],
    ['II', 'X', -1],
    ['IX', 'IV', 1],
    ['I', '1', -1],
    ['1', 'I', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareCodes(c(a), c(b)))).toBe(sign);
  });

  test('sorts a shuffled score sheet', () => {
    const texts = ['2', '1.10', '1.2', 'I', '1', '1.1.2', '1.1', '1.1.1', 'II', '10'];
    expect(texts.map(c).sort(compareCodes).map((x) => x.text)).toEqual(['I', 'II', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.10', '2', '10']);
  });
});

describe('Roman numerals', () => {
  test.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [6, 'VI'], [7, 'VII'], [8, 'VIII'], [9, 'IX'],
    [10, 'X'], [12, 'XII'], [14, 'XIV'], [19, 'XIX'], [39, 'XXXIX'], [40, 'XL'], [90, 'XC'], [400, 'CD'],
    [1994, 'MCMXCIV'], [2024, 'MMXXIV'], [3999, 'MMMCMXCIX'],
  ])('%d ⇄ %s', (n, s) => {
    expect(toRoman(n)).toBe(s);
    expect(fromRoman(s)).toBe(n);
  });

  test('every numeral from 1 to 3999 round-trips', () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });

  test.each(['', 'IIII', 'VV', 'IIX', 'IC', 'ii', 'iv', 'I.', ' I', 'MMMM', 'A'])('fromRoman(%j) is null', (s) => {
    expect(fromRoman(s)).toBeNull();
  });

  test.each([0, -1, 1.5, 4000, Number.NaN])('toRoman(%p) throws', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});
