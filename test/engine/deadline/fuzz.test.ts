// 10 000 random texts built from the grammar's own words, numbers and punctuation (a seeded PRNG,
// so every run reads the same texts): the parser never throws and never returns a date that is not
// a real calendar day in 1990–2100 (SPEC §5: never a wrong date).
import { explainDeadline, parseDeadline, type Deadline } from '../../../src/engine/deadline';
import { isValidDay } from '../../../src/engine/deadline/calendar';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'ngày', 'tháng', 'quý', 'Quý', 'năm', 'Năm', 'NĂM', 'trước', 'Trước', 'chậm nhất', 'trong', 'vào', 'đến', 'hết', 'từ', 'sau', 'khoảng',
  'cuối', 'đầu', 'giữa', 'thượng tuần', 'hạ tuần', 'hàng', 'hằng', 'mỗi', 'của', 'kể từ', 'khi', 'theo', 'tiến độ', 'hướng dẫn',
  'thường xuyên', 'định kỳ', 'liền kề', 'báo cáo', 'kế hoạch', 'giai đoạn', 'tuần', 'làm việc', 'thời hạn', 'và', 'nay', 'cả',
  'trở đi', 'về', 'so với', 'số', 'UBND', 'Sở Tư pháp', 'gửi', 'ban hành', 'cùng', 'là', 'hạn', 'I', 'II', 'III', 'IV', 'V', 'VI', 'x',
];
const SYMBOLS = ['/', '/', '/', '-', '–', ',', ';', '.', ':', '(', ')', '…', '...', '+', '<ul style="a">', '&nbsp;', '%'];

function numberToken(r: () => number): string {
  switch (Math.floor(r() * 7)) {
    case 0:
      return String(Math.floor(r() * 40));
    case 1:
      return String(1 + Math.floor(r() * 12)).padStart(r() < 0.5 ? 2 : 1, '0');
    case 2:
      return String(1985 + Math.floor(r() * 125));
    case 3:
      return String(Math.floor(r() * 100)).padStart(2, '0');
    case 4:
      return String(Math.floor(r() * 1e6));
    case 5:
      return `${1 + Math.floor(r() * 31)}/${1 + Math.floor(r() * 13)}/${1989 + Math.floor(r() * 114)}`;
    default:
      return String(2095 + Math.floor(r() * 10));
  }
}

function randomText(r: () => number): string {
  const n = 1 + Math.floor(r() * 12);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const pick = r();
    const token = pick < 0.45 ? WORDS[Math.floor(r() * WORDS.length)] : pick < 0.8 ? numberToken(r) : SYMBOLS[Math.floor(r() * SYMBOLS.length)];
    out.push(r() < 0.3 && out.length > 0 ? token : ` ${token}`);
  }
  const text = out.join('');
  return r() < 0.2 ? text.normalize('NFD') : text;
}

function datesOf(d: Deadline): string[] {
  return d.kind === 'date' ? [d.date] : d.kind === 'milestones' ? d.milestones : [];
}

function isGoodDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

const PLAN_YEARS = [null, 1989, 1990, 2019, 2020, 2024, 2100, 2101];

describe('deadline grammar fuzz (10 000 texts)', () => {
  const r = prng(20240630);
  const texts = Array.from({ length: 10_000 }, () => ({ text: randomText(r), year: PLAN_YEARS[Math.floor(r() * PLAN_YEARS.length)] }));

  it('never throws and returns only real days in 1990–2100', () => {
    const wrong: Array<{ text: string; year: number | null; result: Deadline }> = [];
    let dated = 0;
    for (const { text, year } of texts) {
      const result = parseDeadline(text, { year });
      const dates = datesOf(result);
      if (dates.length > 0) dated++;
      const sorted = dates.every((d, k) => k === 0 || dates[k - 1] < d);
      const lastIsDate = result.kind !== 'milestones' || (result.milestones.length > 1 && result.date === result.milestones[result.milestones.length - 1]);
      if (!dates.every(isGoodDate) || !sorted || !lastIsDate) wrong.push({ text, year, result });
    }
    expect(wrong).toEqual([]);
    // the texts do exercise the date forms, not only the failures
    expect(dated).toBeGreaterThan(500);
  });

  it('explains every text without throwing', () => {
    for (const { text, year } of texts.slice(0, 2000)) {
      const { deadline, steps } = explainDeadline(text, { year });
      expect(steps.length).toBeGreaterThan(0);
      expect(deadline).toEqual(parseDeadline(text, { year }));
    }
  });
});
