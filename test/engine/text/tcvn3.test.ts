// SPEC §3: TCVN3 (ABC) text is detected and decoded for matching. Expected TCVN3 spellings are
// written out (checked against the TCVN 5712 VN1 table published with XFree86's TCVNtoUCS2.c),
// so a wrong entry in our table fails here rather than round-tripping silently.
import { decodeTcvn3, encodeTcvn3, isTcvn3Font, isTcvn3UpperFont, looksLikeTcvn3 } from '../../../src/engine/text/tcvn3';

interface Vector {
  unicode: string;
  tcvn3: string;
  /** Detected without any font: the text itself carries TCVN3-only letters. */
  detectedWithoutFont: boolean;
}

// Words of GLOSSARY.md and the seeds.
const VECTORS: Vector[] = [
  { unicode: 'Nhiệm vụ cụ thể', tcvn3: 'NhiÖm vô cô thÓ', detectedWithoutFont: true },
  { unicode: 'Điểm tối đa', tcvn3: '§iÓm tèi ®a', detectedWithoutFont: true },
  { unicode: 'Cải cách hành chính', tcvn3: 'C¶i c¸ch hµnh chÝnh', detectedWithoutFont: true },
  { unicode: 'Chỉ số cải cách hành chính', tcvn3: 'ChØ sè c¶i c¸ch hµnh chÝnh', detectedWithoutFont: true },
  { unicode: 'Bộ chỉ số', tcvn3: 'Bé chØ sè', detectedWithoutFont: true },
  { unicode: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', tcvn3: 'LÜnh vùc/Tiªu chÝ/Tiªu chÝ thµnh phÇn', detectedWithoutFont: true },
  { unicode: 'Điểm tự đánh giá', tcvn3: '§iÓm tù ®¸nh gi¸', detectedWithoutFont: true },
  { unicode: 'Điểm thẩm định', tcvn3: '§iÓm thÈm ®Þnh', detectedWithoutFont: true },
  { unicode: 'Điểm phúc tra', tcvn3: '§iÓm phóc tra', detectedWithoutFont: true },
  { unicode: 'Điều tra xã hội học', tcvn3: '§iÒu tra x· héi häc', detectedWithoutFont: true },
  { unicode: 'Tài liệu kiểm chứng', tcvn3: 'Tµi liÖu kiÓm chøng', detectedWithoutFont: true },
  { unicode: 'Giải trình', tcvn3: 'Gi¶i tr×nh', detectedWithoutFont: true },
  { unicode: 'Không áp dụng', tcvn3: 'Kh«ng ¸p dông', detectedWithoutFont: true },
  { unicode: 'Không chấm điểm', tcvn3: 'Kh«ng chÊm ®iÓm', detectedWithoutFont: true },
  { unicode: 'Điểm tối đa áp dụng', tcvn3: '§iÓm tèi ®a ¸p dông', detectedWithoutFont: true },
  { unicode: 'Xếp loại', tcvn3: 'XÕp lo¹i', detectedWithoutFont: true },
  { unicode: 'Rất tốt', tcvn3: 'RÊt tèt', detectedWithoutFont: true },
  { unicode: 'Trung bình', tcvn3: 'Trung b×nh', detectedWithoutFont: true },
  { unicode: 'Yếu', tcvn3: 'YÕu', detectedWithoutFont: true },
  { unicode: 'Kém', tcvn3: 'KÐm', detectedWithoutFont: true },
  { unicode: 'Điểm thưởng', tcvn3: '§iÓm th\u00adëng', detectedWithoutFont: true },
  { unicode: 'Điểm trừ', tcvn3: '§iÓm trõ', detectedWithoutFont: true },
  { unicode: 'Kế hoạch cải cách hành chính', tcvn3: 'KÕ ho¹ch c¶i c¸ch hµnh chÝnh', detectedWithoutFont: true },
  { unicode: 'Sản phẩm đầu ra', tcvn3: 'S¶n phÈm ®Çu ra', detectedWithoutFont: true },
  { unicode: 'Đơn vị chủ trì', tcvn3: '§¬n vÞ chñ tr×', detectedWithoutFont: true },
  { unicode: 'Đơn vị phối hợp', tcvn3: '§¬n vÞ phèi hîp', detectedWithoutFont: true },
  { unicode: 'Thời hạn hoàn thành', tcvn3: 'Thêi h¹n hoµn thµnh', detectedWithoutFont: true },
  { unicode: 'Thời gian thực hiện', tcvn3: 'Thêi gian thùc hiÖn', detectedWithoutFont: true },
  { unicode: 'Quá hạn', tcvn3: 'Qu¸ h¹n', detectedWithoutFont: true },
  { unicode: 'Đúng hạn', tcvn3: '§óng h¹n', detectedWithoutFont: true },
  { unicode: 'Sắp đến hạn', tcvn3: 'S¾p ®Õn h¹n', detectedWithoutFont: true },
  { unicode: 'Hoàn thành', tcvn3: 'Hoµn thµnh', detectedWithoutFont: true },
  { unicode: 'Chưa hoàn thành', tcvn3: 'Ch\u00ada hoµn thµnh', detectedWithoutFont: true },
  { unicode: 'Đang thực hiện', tcvn3: '§ang thùc hiÖn', detectedWithoutFont: true },
  { unicode: 'Chỉ tiêu thống kê', tcvn3: 'ChØ tiªu thèng kª', detectedWithoutFont: true },
  { unicode: 'Đơn vị tính', tcvn3: '§¬n vÞ tÝnh', detectedWithoutFont: true },
  { unicode: 'Bảng phân công', tcvn3: 'B¶ng ph©n c«ng', detectedWithoutFont: true },
  { unicode: 'Sở Nội vụ', tcvn3: 'Së Néi vô', detectedWithoutFont: true },
  { unicode: 'Nội dung nhiệm vụ', tcvn3: 'Néi dung nhiÖm vô', detectedWithoutFont: true },
  { unicode: 'Tổng điểm', tcvn3: 'Tæng ®iÓm', detectedWithoutFont: true },
  { unicode: 'Hiện đại hóa nền hành chính', tcvn3: 'HiÖn ®¹i hãa nÒn hµnh chÝnh', detectedWithoutFont: true },
  { unicode: 'Cải cách tài chính công', tcvn3: 'C¶i c¸ch tµi chÝnh c«ng', detectedWithoutFont: true },
  { unicode: 'Thường xuyên', tcvn3: 'Th\u00adêng xuyªn', detectedWithoutFont: true },
  { unicode: 'Hàng quý', tcvn3: 'Hµng quý', detectedWithoutFont: true },
  { unicode: 'Trước ngày 31/12/2019', tcvn3: 'Tr\u00adíc ngµy 31/12/2019', detectedWithoutFont: true },
  { unicode: 'Kết quả thống kê', tcvn3: 'KÕt qu¶ thèng kª', detectedWithoutFont: true },
  { unicode: 'Đúng thời hạn: 0,5', tcvn3: '§óng thêi h¹n: 0,5', detectedWithoutFont: true },
  { unicode: 'Văn phòng Sở', tcvn3: 'V¨n phßng Së', detectedWithoutFont: true },
  { unicode: 'Tuyển dụng, bố trí sử dụng công chức, viên chức', tcvn3: 'TuyÓn dông, bè trÝ sö dông c«ng chøc, viªn chøc', detectedWithoutFont: true },
  { unicode: 'Nghị định số 61/2018/NĐ-CP', tcvn3: 'NghÞ ®Þnh sè 61/2018/N§-CP', detectedWithoutFont: true },
  { unicode: 'Mức độ thực hiện kế hoạch CCHC', tcvn3: 'Møc ®é thùc hiÖn kÕ ho¹ch CCHC', detectedWithoutFont: true },
  { unicode: 'Sáng kiến hoặc giải pháp mới', tcvn3: 'S¸ng kiÕn hoÆc gi¶i ph¸p míi', detectedWithoutFont: true },
  { unicode: 'Chuyển đổi số', tcvn3: 'ChuyÓn ®æi sè', detectedWithoutFont: true },
  { unicode: 'Tỷ lệ hồ sơ trực tuyến', tcvn3: 'Tû lÖ hå s¬ trùc tuyÕn', detectedWithoutFont: true },
  { unicode: 'Dưới 85%: 0', tcvn3: 'D\u00adíi 85%: 0', detectedWithoutFont: true },
  { unicode: 'Không ban hành: 0', tcvn3: 'Kh«ng ban hµnh: 0', detectedWithoutFont: true },
  { unicode: 'Bảo Thắng', tcvn3: 'B¶o Th¾ng', detectedWithoutFont: true },
  { unicode: 'Bát Xát', tcvn3: 'B¸t X¸t', detectedWithoutFont: true },
  { unicode: 'Mường Khương', tcvn3: 'M\u00adêng Kh\u00ad¬ng', detectedWithoutFont: true },
  // Only letters Vietnamese Unicode also has: ambiguous without the .VnTime font ("chó" is a word).
  { unicode: 'Ghi chú', tcvn3: 'Ghi chó', detectedWithoutFont: false },
  { unicode: 'Số TT', tcvn3: 'Sè TT', detectedWithoutFont: false },
  { unicode: 'Phụ lục II', tcvn3: 'Phô lôc II', detectedWithoutFont: false },
];

describe('TCVN3 table (SPEC §3 examples)', () => {
  test.each([
    ['Ö', 'ệ'], ['ô', 'ụ'], ['Ó', 'ể'], ['§', 'Đ'], ['è', 'ố'], ['®', 'đ'],
    ['¡', 'Ă'], ['¢', 'Â'], ['£', 'Ê'], ['¤', 'Ô'], ['¥', 'Ơ'], ['¦', 'Ư'],
    ['¨', 'ă'], ['©', 'â'], ['ª', 'ê'], ['«', 'ô'], ['¬', 'ơ'], ['\u00ad', 'ư'],
    ['¸', 'á'], ['µ', 'à'], ['¶', 'ả'], ['·', 'ã'], ['¹', 'ạ'], ['Ý', 'í'], ['þ', 'ỵ'], ['ý', 'ý'],
  ])('%s decodes to %s', (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });

  test.each([
    ['combining marks of VN1 are not VN3', '±3 °C ²'],
    ['VN1-only capitals are left alone', 'ÍÙÚÛàðÿ¯'],
    ['ASCII', 'STT 1.1 (a) <= 50%'],
    ['NBSP', 'a\u00a0b'],
  ])('%s: kept as they are', (_title, text) => {
    expect(decodeTcvn3(text)).toBe(text);
  });
});

describe('decodeTcvn3 / encodeTcvn3 on words of the glossary and seeds', () => {
  test.each(VECTORS)('$unicode', ({ unicode, tcvn3 }) => {
    expect(encodeTcvn3(unicode)).toBe(tcvn3);
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });

  test('the encoder reads NFD input', () => {
    expect(encodeTcvn3('Điểm tối đa'.normalize('NFD'))).toBe('§iÓm tèi ®a');
  });

  test('decoding gives NFC', () => {
    const decoded = decodeTcvn3('NhiÖm vô cô thÓ');
    expect(decoded).toBe(decoded.normalize('NFC'));
  });

  test.each([
    // Capitals with a tone mark have no TCVN3 code point: they take the lowercase one.
    { unicode: 'Ủy ban nhân dân', tcvn3: 'ñy ban nh©n d©n', decoded: 'ủy ban nhân dân' },
    { unicode: 'Á hậu', tcvn3: '¸ hËu', decoded: 'á hậu' },
    { unicode: 'Ô nhiễm', tcvn3: '¤ nhiÔm', decoded: 'Ô nhiễm' },
    { unicode: 'ĐIỂM TỐI ĐA', tcvn3: '§IÓM TèI §A', decoded: 'ĐIểM TốI ĐA' },
  ])('capitals: $unicode', ({ unicode, tcvn3, decoded }) => {
    expect(encodeTcvn3(unicode)).toBe(tcvn3);
    expect(decodeTcvn3(tcvn3)).toBe(decoded);
    expect(decoded.toLowerCase()).toBe(unicode.toLowerCase());
  });

  test.each([
    { unicode: 'TỔNG ĐIỂM', tcvn3: 'tæng ®iÓm' },
    { unicode: 'BẢNG CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', tcvn3: 'b¶ng chÊm ®iÓm chØ sè c¶i c¸ch hµnh chÝnh' },
    { unicode: 'Ủy ban nhân dân', tcvn3: 'ñy ban nh©n d©n' },
  ])('all-caps font (.VnTimeH): $unicode', ({ unicode, tcvn3 }) => {
    expect(encodeTcvn3(unicode, { upperFont: true })).toBe(tcvn3);
    expect(decodeTcvn3(tcvn3, '.VnTimeH')).toBe(unicode.toUpperCase());
    expect(decodeTcvn3(tcvn3, '.VnTime')).toBe(unicode.toLowerCase());
  });

  test('round trip: every Vietnamese letter without a tone-marked capital', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    const text = `${letters} ${letters.toUpperCase()}`;
    const upperWithTone = /[ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ]/g;
    const expected = `${letters} ${letters.toUpperCase().replace(upperWithTone, (c) => c.toLowerCase())}`;
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(expected);
    expect(decodeTcvn3(encodeTcvn3(letters))).toBe(letters);
  });

  test('every TCVN3 letter is one Latin-1 character', () => {
    const letters = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂĐÊÔƠƯ';
    for (const ch of letters) {
      const e = encodeTcvn3(ch);
      expect(e).toHaveLength(1);
      expect(e.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(e.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
    }
  });
});

describe('looksLikeTcvn3', () => {
  test.each(VECTORS)('TCVN3 "$tcvn3" without a font: $detectedWithoutFont', ({ tcvn3, detectedWithoutFont }) => {
    expect(looksLikeTcvn3(tcvn3)).toBe(detectedWithoutFont);
    expect(looksLikeTcvn3(tcvn3, 'Times New Roman')).toBe(detectedWithoutFont);
  });

  test.each(VECTORS)('TCVN3 "$tcvn3" in .VnTime: detected', ({ tcvn3 }) => {
    expect(looksLikeTcvn3(tcvn3, '.VnTime')).toBe(true);
    expect(looksLikeTcvn3(tcvn3, '.VnArialH')).toBe(true);
  });

  test.each(VECTORS)('Unicode "$unicode" is never TCVN3 (NFC, NFD, any font)', ({ unicode }) => {
    for (const text of [unicode, unicode.normalize('NFD'), unicode.toUpperCase()]) {
      expect(looksLikeTcvn3(text)).toBe(false);
    }
    // Vietnamese Unicode letters prove the text is Unicode even in a .VnTime cell.
    if (/[\u1ea0-\u1ef9ăđơưĂĐƠƯĩũ]/.test(unicode)) expect(looksLikeTcvn3(unicode, '.VnTime')).toBe(false);
  });

  test.each([
    'Điểm tối đa', 'Ủy ban', 'Ô nhiễm', 'Á hậu', 'Thái Bình', 'Ghi chú', 'Có', 'Không', 'KHÔNG', 'Ông', 'Ý kiến',
    'Ê-đê', 'CÓ', 'TÊN', 'CHÍNH', 'Café', 'x', '', '2 × 3', '© 2020', '±3', 'Tỷ lệ <= 50%', '≤ 50%', '3 ½ điểm',
    'UBND tỉnh Điện Biên', 'Hà Nội', 'Quý II/2019', 'Thái Nguyên', 'Bình Thuận', 'ÁP DỤNG',
  ])('Unicode %j is not TCVN3', (text) => {
    expect(looksLikeTcvn3(text)).toBe(false);
    expect(looksLikeTcvn3(text.normalize('NFD'))).toBe(false);
  });

  test.each([
    ['plain ASCII in .VnTime', 'STT', '.VnTime', false],
    ['NBSP only', 'a\u00a0b', '.VnTime', false],
    ['a TCVN3 letter in .VnTime', 'Sè TT', '.VnTime', true],
    ['Vietnamese Unicode in .VnTime', 'Điểm tối đa', '.VnTime', false],
    ['NFD Vietnamese in .VnTime', 'Thái Bình'.normalize('NFD'), '.VnTime', false],
    ['TCVN3-looking text in a VNI font', '§iÓm tèi ®a', 'VNI-Times', false],
    ['VNI text in a VNI font', 'Ñieåm toái ña', 'VNI-Times', false],
    ['TCVN3 with cp1252 punctuation', '“§iÓm tèi ®a” – ghi chó…', undefined, true],
  ])('%s', (_title, text, font, expected) => {
    expect(looksLikeTcvn3(text, font)).toBe(expected);
  });
});

describe('fonts', () => {
  test.each([
    ['.VnTime', true, false],
    ['.VnTimeH', true, true],
    ['.VnArial', true, false],
    ['.VnArialH', true, true],
    ['.VnArial Narrow', true, false],
    ['.VnArial NarrowH', true, true],
    ['.VnCentury Schoolbook', true, false],
    ['.VnBook-Antiqua', true, false],
    ['VNI-Times', false, false],
    ['VNI-Helve', false, false],
    ['Times New Roman', false, false],
    ['Arial', false, false],
    ['', false, false],
    [undefined, false, false],
  ])('%j: TCVN3 %s, all caps %s', (font, tcvn3, upper) => {
    expect(isTcvn3Font(font)).toBe(tcvn3);
    expect(isTcvn3UpperFont(font)).toBe(upper);
  });
});
