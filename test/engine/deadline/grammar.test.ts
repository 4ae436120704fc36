// The deadline grammar beyond the seeds: the decisions where SPEC §5 is silent, the inputs that are
// not text, NFC/NFD, the explanation, and the pieces (tokens, parts).
import { deadlineDates, deadlineYear, explainDeadline, parseDeadline, type Deadline } from '../../../src/engine/deadline';
import { cleanDeadlineText, splitParts, tokenize } from '../../../src/engine/deadline/tokens';
import { deadlineOf, type Vector } from './vectors';

const EDGE_VECTORS: Vector[] = [
  // ---- readings the grammar supports
  { source: 'long form', text: 'trước ngày 20 tháng 5 năm 2019', year: 2019, expected: '2019-05-20' },
  { source: 'dotted date', text: '31.12.2019', year: 2019, expected: '2019-12-31' },
  { source: 'upper case', text: 'QUÝ II/2019', year: 2019, expected: '2019-06-30' },
  { source: 'old tone placement', text: 'Qúy II/2019', year: 2019, expected: '2019-06-30' },
  { source: 'typed without accents', text: 'truoc ngay 31/12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'typed without accents', text: 'Quy II/2019', year: 2019, expected: '2019-06-30' },
  { source: 'month range', text: 'Tháng 10-12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'month/year without "tháng"', text: '10/2019', year: 2019, expected: '2019-10-31' },
  { source: '"T" for tháng', text: 'T10/2019', year: 2019, expected: '2019-10-31' },
  { source: 'before "T3"', text: 'Trước T3/2024', year: 2024, expected: '2024-02-29' },
  { source: 'month list', text: 'tháng 10 và tháng 11/2019', year: 2019, expected: '2019-11-30' },
  { source: 'month, dash year', text: 'Tháng 10-2019', year: 2019, expected: '2019-10-31' },
  { source: 'quarter list', text: 'quý I, II năm 2020', year: 2019, expected: '2020-06-30' },
  { source: 'end of quarter', text: 'cuối quý II/2019', year: 2019, expected: '2019-06-30' },
  { source: 'end of quarter', text: 'Hết quý II năm 2019', year: 2019, expected: '2019-06-30' },
  { source: 'end of year', text: 'cuối năm 2020', year: 2019, expected: '2020-12-31' },
  { source: 'end of the plan year', text: 'cuối năm', year: 2019, expected: '2019-12-31' },
  { source: 'within the plan year', text: 'Trong năm', year: 2021, expected: '2021-12-31' },
  { source: 'year range', text: 'Năm 2019-2020', year: 2019, expected: '2020-12-31' },
  { source: 'hạ tuần', text: 'hạ tuần tháng 2/2020', year: 2019, expected: '2020-02-29' },
  { source: 'range end', text: 'Từ tháng 10 đến hết tháng 12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'range end', text: 'từ nay đến cuối năm', year: 2019, expected: '2019-12-31' },
  { source: 'range end', text: 'từ ngày 01/3/2019 đến ngày 30/6/2019', year: 2019, expected: '2019-06-30' },
  // "trước" a period: the day before it starts (what the words say)
  { source: 'before a month', text: 'trước tháng 10/2019', year: 2019, expected: '2019-09-30' },
  { source: 'before January', text: 'Trước tháng 1/2020', year: 2019, expected: '2019-12-31' },
  { source: 'before a quarter', text: 'Trước quý III/2019', year: 2019, expected: '2019-06-30' },
  { source: 'before a year', text: 'trước năm 2020', year: 2019, expected: '2019-12-31' },
  { source: 'markers', text: 'Hạn chót: 30/6/2019', year: 2019, expected: '2019-06-30' },
  { source: 'markers', text: 'Đến 30/6/2019', year: 2019, expected: '2019-06-30' },
  { source: 'markers', text: 'không quá ngày 15/12/2019', year: 2019, expected: '2019-12-15' },
  { source: 'weekday', text: 'Thứ hai, ngày 20/5/2019', year: 2019, expected: '2019-05-20' },
  // a period named before an exact day is the report's period
  { source: 'label', text: 'Quý II/2019 (chậm nhất 15/6/2019)', year: 2019, expected: '2019-06-15' },
  { source: 'label', text: 'Quý II/2019, trước ngày 15/06/2019', year: 2019, expected: '2019-06-15' },
  { source: 'label', text: 'Báo cáo CCHC năm 2020 trước ngày 15/12', year: 2019, expected: '2020-12-15' },
  { source: 'label only', text: 'Kế hoạch CCHC năm 2020', year: 2019, expected: 'unparsed' },
  { source: 'milestones', text: 'Quý IV/2019 - Quý I/2020', year: 2019, expected: ['2019-12-31', '2020-03-31'] },
  { source: 'milestones', text: 'Quý II/2019; Quý IV/2019', year: 2019, expected: ['2019-06-30', '2019-12-31'] },
  { source: 'milestones, same day once', text: 'Quý IV/2019; trước ngày 31/12/2019', year: 2019, expected: '2019-12-31' },
  { source: 'relative from a written day (BLDS Điều 147)', text: 'Trong thời hạn 30 ngày kể từ ngày 01/3/2020', year: 2019, expected: '2020-03-31' },
  { source: 'relative, working days', text: 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ', year: 2019, expected: { relative: null } },
  { source: 'relative, months', text: 'trong 6 tháng', year: 2019, expected: { relative: null } },
  { source: 'relative, weeks', text: 'trong vòng 2 tuần kể từ khi có kết quả', year: 2019, expected: { relative: 14 } },
  { source: 'relative, no count', text: 'Sau khi UBND tỉnh phê duyệt', year: 2019, expected: { relative: null } },
  { source: 'months, not relative', text: 'Trong 6 tháng đầu năm 2024', year: 2019, expected: '2024-06-30' },
  { source: 'recurring day', text: 'Hàng tháng, trước ngày 25', year: 2019, expected: 'recurring' },
  { source: 'recurring day', text: 'ngày 25 hàng tháng', year: 2019, expected: 'recurring' },
  { source: 'recurring day', text: 'Định kỳ hàng quý, trước ngày 15 của tháng cuối quý', year: 2019, expected: 'recurring' },
  { source: 'recurring', text: 'Hằng năm', year: 2019, expected: 'recurring' },
  { source: 'external', text: 'Theo Kế hoạch số 12/KH-UBND ngày 20/01/2024 của UBND tỉnh', year: 2024, expected: 'external' },
  { source: 'external', text: 'Sau khi có hướng dẫn của Bộ Nội vụ', year: 2024, expected: 'external' },
  { source: 'external then a date', text: 'Theo tiến độ Kế hoạch, trước ngày 30/6/2019', year: 2019, expected: '2019-06-30' },
  { source: '"Tư pháp" is not "từ"', text: 'Sở Tư pháp trước ngày 15/02/2021', year: 2020, expected: '2021-02-15' },
  { source: '"theo dõi" is not "theo …"', text: 'Báo cáo theo dõi thi hành pháp luật trước ngày 05/10/2020', year: 2020, expected: '2020-10-05' },
  // ---- never a wrong date
  { source: 'onwards', text: 'Tháng 10/2019 trở đi', year: 2019, expected: 'unparsed' },
  { source: 'and before', text: 'năm 2018 về trước', year: 2019, expected: 'unparsed' },
  { source: 'after', text: 'sau ngày 15/3/2019', year: 2019, expected: 'unparsed' },
  { source: 'open range', text: 'từ tháng 10/2019', year: 2019, expected: 'unparsed' },
  { source: 'about', text: 'khoảng tháng 10/2019', year: 2019, expected: 'unparsed' },
  { source: 'a guidance rule', text: 'Cập nhật trình công bố từ 2,5 đến 3 tháng so với Bộ TTHC Trung ương: 0,5', year: 2019, expected: 'unparsed' },
  { source: 'a week of a month', text: 'tuần 1 tháng 10', year: 2019, expected: 'unparsed' },
  { source: 'not a month', text: '13/2019', year: 2019, expected: 'unparsed' },
  { source: 'a school year', text: 'Năm học 2019-2020', year: 2019, expected: 'unparsed' },
  { source: 'vague', text: 'đầu năm 2020', year: 2019, expected: 'unparsed' },
  { source: 'vague', text: 'giữa năm', year: 2019, expected: 'unparsed' },
  { source: 'vague', text: 'đầu quý II', year: 2019, expected: 'unparsed' },
  { source: 'no number', text: 'Trong quý', year: 2019, expected: 'unparsed' },
  { source: 'day without month', text: 'trước ngày 25', year: 2019, expected: 'unparsed' },
  { source: 'not a leap year', text: '29/02/2019', year: 2019, expected: 'unparsed' },
  { source: 'leap year', text: '29/02/2020', year: 2019, expected: '2020-02-29' },
  { source: '29/02 in a year that has none', text: 'trước ngày 29/02', year: 2019, expected: 'unparsed' },
  { source: '29/02 in a year that has one', text: 'trước ngày 29/02', year: 2020, expected: '2020-02-29' },
  { source: 'quarter V', text: 'quý V/2019', year: 2019, expected: 'unparsed' },
  { source: 'quarter 5', text: 'Quý 5', year: 2019, expected: 'unparsed' },
  { source: 'broken quarter range', text: 'Quý II-V/2019', year: 2019, expected: 'unparsed' },
  { source: 'day 32', text: 'ngày 32/1/2019', year: 2019, expected: 'unparsed' },
  { source: 'short year after a month', text: 'tháng 10/19', year: 2019, expected: 'unparsed' },
  { source: 'three-digit year', text: '31/12/201', year: 2019, expected: 'unparsed' },
  { source: 'year before 1990', text: 'Tháng 10/1975', year: 2019, expected: 'unparsed' },
  { source: 'year after 2100', text: 'Năm 2101', year: 2019, expected: 'unparsed' },
  { source: 'plan year out of range', text: 'Quý I', year: 1200, expected: 'unparsed' },
  { source: 'next year out of range', text: 'trước ngày 20/01 năm sau', year: 2100, expected: 'unparsed' },
  { source: 'one bad part spoils the cell', text: 'Quý I/2019; trước ngày 31/02/2019', year: 2019, expected: 'unparsed' },
  { source: 'six (sáu) is not after (sau)', text: 'sáu tháng đầu năm', year: 2019, expected: 'unparsed' },
  { source: 'a fraction is not a date', text: 'Hoàn thành 14/14 đơn vị', year: 2019, expected: 'unparsed' },
  { source: 'a decree number is not a date', text: 'Nghị định số 61/2018/NĐ-CP', year: 2019, expected: 'unparsed' },
  { source: 'status word', text: 'Đang thực hiện', year: 2019, expected: 'unparsed' },
];

describe('deadline grammar: decisions and edge cases', () => {
  it.each(EDGE_VECTORS.map((v) => [v.source, v.text, v] as const))('%s: %j', (_s, _t, v) => {
    expect(parseDeadline(v.text, { year: v.year })).toEqual(deadlineOf(v.text, v.expected));
  });
});

describe('NFC and NFD read the same', () => {
  const texts = ['Chậm nhất trong quý III/2018', 'Trước ngày 31/7 của năm', 'Sở Tư pháp trước ngày 15/02/2021', 'Trong thời hạn 30 ngày kể từ ngày ký', 'đầu tháng 10', 'báo cáo năm gửi ngày 25/11 hằng năm'];
  it.each(texts)('%s', (t) => {
    const nfc = parseDeadline(t.normalize('NFC'), { year: 2020 });
    const nfd = parseDeadline(t.normalize('NFD'), { year: 2020 });
    expect(nfd).toEqual(nfc);
    expect(nfd.text).toBe(t.normalize('NFC'));
  });
});

describe('inputs that are not text', () => {
  const cases: Array<[string, Parameters<typeof parseDeadline>[0], Deadline]> = [
    ['a real date cell', { v: 43830, fmt: 'dd/mm/yyyy' }, { kind: 'date', date: '2019-12-31', text: '31/12/2019' }],
    ['a date cell with a time', { v: 43830.75, fmt: 'dd/mm/yyyy hh:mm' }, { kind: 'date', date: '2019-12-31', text: '31/12/2019' }],
    ['an Excel serial', 43830, { kind: 'date', date: '2019-12-31', text: '31/12/2019' }],
    ['a serial in a General cell', { v: 43830 }, { kind: 'date', date: '2019-12-31', text: '31/12/2019' }],
    ['a serial before 1990', 25000, { kind: 'unparsed', text: '11/06/1968' }],
    ['a date cell in 1900 (a number typed into a date cell)', { v: 100, fmt: 'dd/mm/yyyy' }, { kind: 'unparsed', text: '09/04/1900' }],
    ['a date cell Excel cannot show', { v: 1e12, fmt: 'dd/mm/yyyy' }, { kind: 'unparsed', text: '1000000000000' }],
    ['a small number', 5, { kind: 'unparsed', text: '5' }],
    ['not a number', Number.NaN, { kind: 'unparsed', text: 'NaN' }],
    ['a number cell', { v: 2, fmt: '0.00' }, { kind: 'unparsed', text: '2' }],
    ['a text cell', { v: 'Quý I' }, { kind: 'date', date: '2020-03-31', text: 'Quý I' }],
    ['an error cell', { v: { error: '#REF!' } }, { kind: 'unparsed', text: '#REF!' }],
    ['an error value', { error: '#VALUE!' }, { kind: 'unparsed', text: '#VALUE!' }],
    ['an empty cell', null, { kind: 'unparsed', text: '' }],
    ['a boolean', true, { kind: 'unparsed', text: 'true' }],
  ];
  it.each(cases)('%s', (_title, input, expected) => {
    expect(parseDeadline(input, { year: 2020 })).toEqual(expected);
  });

  it('takes no options', () => {
    expect(parseDeadline('Quý II/2019')).toEqual({ kind: 'date', date: '2019-06-30', text: 'Quý II/2019' });
    expect(parseDeadline('Quý II')).toEqual({ kind: 'unparsed', text: 'Quý II' });
    expect(parseDeadline('Quý II', { year: null })).toEqual({ kind: 'unparsed', text: 'Quý II' });
  });
});

describe('deadlineYear and deadlineDates', () => {
  it('give the (last) date', () => {
    const m = parseDeadline('Xây dựng Kế hoạch Tháng 01/2019, thực hiện Quý II-III/2019', { year: 2020 });
    expect(deadlineYear(m)).toBe(2019);
    expect(deadlineDates(m)).toEqual(['2019-01-31', '2019-09-30']);
    expect(deadlineYear(parseDeadline('Quý I/2018'))).toBe(2018);
    expect(deadlineDates(parseDeadline('Quý I/2018'))).toEqual(['2018-03-31']);
  });
  it.each(['Thường xuyên', 'Theo hướng dẫn của Sở Nội vụ', 'Trong thời hạn 30 ngày kể từ ngày ký', 'ngày …'])('none for %s', (t) => {
    expect(deadlineYear(parseDeadline(t, { year: 2019 }))).toBeNull();
    expect(deadlineDates(parseDeadline(t, { year: 2019 }))).toEqual([]);
  });
});

describe('explainDeadline', () => {
  it('says how each part was read', () => {
    const { deadline, steps } = explainDeadline('Báo cáo quý 1, trước ngày 25/02; năm, trước 10/11/2019', { year: 2020 });
    expect(deadline).toEqual({ kind: 'milestones', milestones: ['2019-02-25', '2019-11-10'], date: '2019-11-10', text: 'Báo cáo quý 1, trước ngày 25/02; năm, trước 10/11/2019' });
    expect(steps.map((s) => s.text)).toEqual(['quý 1', 'trước ngày 25/02', 'trước 10/11/2019', 'Báo cáo quý 1, trước ngày 25/02; năm, trước 10/11/2019']);
    expect(steps[0].vi).toContain('kỳ báo cáo');
    expect(steps[1].vi).toBe('ngày 25/02, không ghi năm: lấy năm 2019, năm ghi sau cùng trong ô → 25/02/2019');
    expect(steps[1].en).toBe('day 25/02, no year written: 2019, the last year written in the cell → 25/02/2019');
    expect(steps[3].vi).toBe('Kết quả: các mốc 25/02/2019, 10/11/2019; thời hạn là mốc cuối 10/11/2019');
  });

  it('names the plan year, the year after it, and the labels', () => {
    expect(explainDeadline('Trước ngày 31/7 của năm', { year: 2020 }).steps[0].vi).toBe('ngày 31/07, theo năm kế hoạch 2020 → 31/07/2020');
    expect(explainDeadline('trước ngày 20/01 năm sau', { year: 2020 }).steps[0].en).toBe('day 20/01, the year after the plan year: 2021 → 20/01/2021');
    expect(explainDeadline('Kế hoạch CCHC năm 2020', { year: 2020 }).steps[0].vi).toContain('không phải thời hạn');
  });

  it('says why nothing was read, and guesses no date', () => {
    const { deadline, steps } = explainDeadline('31/02/2019', { year: 2019 });
    expect(deadline.kind).toBe('unparsed');
    expect(steps[0]).toEqual({ text: '31/02/2019', vi: 'không phải một ngày có thật trên lịch', en: 'not a real calendar day' });
    expect(steps[1].vi).toBe('Kết quả: không đọc được thời hạn (không phải một ngày có thật trên lịch); không đoán ngày');
    expect(explainDeadline('trước 20/5').steps.at(-1)?.en).toContain('no plan year known');
  });

  it('explains a date cell', () => {
    expect(explainDeadline({ v: 43830, fmt: 'd/m/yyyy' }).steps).toEqual([
      { text: '31/12/2019', vi: 'ô có định dạng ngày của Excel → 31/12/2019', en: 'an Excel date cell → 31/12/2019' },
    ]);
  });

  it('notes the parts that are not deadlines', () => {
    const texts = explainDeadline('Thường xuyên; Theo hướng dẫn của Sở Nội vụ; Hoàn thành', { year: 2019 }).steps.map((s) => [s.text, s.en]);
    expect(texts).toEqual([
      ['Thường xuyên', 'a regular or periodic task'],
      ['Theo hướng dẫn của Sở Nội vụ', 'the deadline is set by another body or document'],
      ['Hoàn thành', 'no date or period, skipped'],
      ['Thường xuyên; Theo hướng dẫn của Sở Nội vụ; Hoàn thành', 'Result: the deadline is set by another body or document'],
    ]);
  });
});

describe('tokens and parts', () => {
  it('reads words, numbers and punctuation', () => {
    expect(tokenize('Quý II-III/2019').map((t) => (t.kind === 'word' ? t.fold : t.kind === 'num' ? t.value : t.ch))).toEqual(['quy', 'ii', '-', 'iii', '/', 2019]);
  });
  it('keeps the diacritics apart from the folded word', () => {
    const [tu, tu2] = tokenize('từ Tư');
    expect(tu.kind === 'word' && tu2.kind === 'word' && tu.fold === tu2.fold && tu.marks !== tu2.marks).toBe(true);
  });
  it('splits parts at ; : sentence dots and bullets, not inside dates or ranges', () => {
    const parts = (s: string) => splitParts(tokenize(s)).map((p) => s.slice(p.start, p.end));
    expect(parts('a; b: c. - d + e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(parts('31.12.2019')).toEqual(['31.12.2019']);
    expect(parts('Quý II - III/2019')).toEqual(['Quý II - III/2019']);
    expect(parts('Quý IV/2019 - Quý I/2020')).toEqual(['Quý IV/2019', 'Quý I/2020']);
  });
  it('drops HTML markup, keeps what only looks like it', () => {
    expect(cleanDeadlineText('<ul style="x"> - a</ul>&nbsp;b &amp; c')).toBe('- a b & c');
    expect(cleanDeadlineText('3 < 5, <Tên đơn vị>')).toBe('3 < 5, <Tên đơn vị>');
  });
});
