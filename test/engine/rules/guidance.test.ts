// SPEC §4.8: guidance rows read into options and rate rules; the scores they allow.
import { detectTables } from '../../../src/engine/detect';
import { DEFAULT_CONFIG } from '../../../src/report/config';
import {
  allowedScores,
  isScoreAllowed,
  parseGuidance,
  scoreFromRate,
  type AllowedScores,
  type GuidanceOption,
  type RateRule,
} from '../../../src/engine/rules/guidance';
import { analyseScoreSheet, type GuidanceRow } from '../../../src/engine/rules/scoreSheet';
import { gridOf, workbookOf } from '../../helpers/grid';
import criteria2019 from '../../fixtures/seeds/dongnai_criteria_2019.json';

const num = (n: number) => String(n).replace('.', ',');

function describeOptions(options: GuidanceOption[], rule: RateRule | null): string {
  const parts = options.map((o) => `${o.special ? '*' : ''}${num(o.value)}`);
  if (rule) parts.unshift(`rate ${num(rule.threshold)}%→${num(rule.below)}`);
  return parts.join(' | ');
}

function parse(text: string, points?: number): string {
  const g = parseGuidance({ lines: text.split('\n'), points });
  return describeOptions(g.options, g.rule) || 'unparsed';
}

function describeAllowed(a: AllowedScores): string {
  switch (a.kind) {
    case 'unchecked':
      return `unchecked: ${a.reason}`;
    case 'rate':
      return `0 or ${num(a.from)}–${num(a.to)}; ${a.levels.map(num).join(' ')}`;
    case 'levels':
      return `${a.combination}: ${a.levels.map(num).join(' ')}`;
    default: {
      const never: never = a;
      return String(never);
    }
  }
}

describe('parseGuidance: the forms of the seeds', () => {
  test.each<[string, string, string]>([
    ['label: points', 'Đúng thời hạn: 0,5', '0,5'],
    ['zero', 'Không ban hành: 0', '0'],
    ['a dot as decimal point', 'Tuyên truyền CCHC thông qua các hình thức khác: 0.25', '0,25'],
    ['bonus and penalty', '01 nhiệm vụ đảm bảo theo yêu cầu/không đảm bảo theo yêu cầu: +1/-1', '1 | -1'],
    ['points in brackets', 'Có hồ sơ thực hiện trực tuyến mức độ 4: (0,5đ)', '0,5'],
    ['points in brackets, no colon', '- Đạt từ 95% trở lên số chỉ tiêu tăng (1đ);', '1'],
    ['bulleted lines, no space after the colon', '- Đạt điểm tối đa theo quy định: +3;\n- Trừ từ 10% đến dưới 20% số điểm lĩnh vực:-1;', '3 | -1'],
    ['several options in one line', 'Số lượng hồ sơ tăng 30% so với năm trước: 1; tăng dưới 30%: 0,5; không tăng: 0', '1 | 0,5 | 0'],
    ['options after a comma, a short label, "bằng"', 'Chỉ đạo, đôn đốc: hàng tuần: 0,25, hàng tháng: 0,25; hàng quý 0,25; không thực hiện thì điểm đánh giá bằng 0.', '0,25 | 0,25 | 0,25 | 0'],
    ['a special case', 'Trường hợp đơn vị không triển khai do không có quy định thì điểm TC 4.2: 3', '*3'],
    ['a special case after an option', '100% hồ sơ trễ hẹn có văn bản xin lỗi: 1; Trường hợp 100% hồ sơ đúng hẹn: 1', '1 | *1'],
    ['a digit before the colon and a space after ("mức độ 3: 0,5")', 'Có cung cấp dịch vụ công trực tuyến ở mức độ 3: 0,5', '0,5'],
    ['the threshold-proportional rule', 'Hoàn thành từ 85% - 100% kế hoạch thì điểm đánh giá được tính theo công thức:\n(Tỷ lệ % đạt được × điểm tối đa) / 100%\nHoàn thành dưới 85% kế hoạch: 0', 'rate 85%→0'],
    ['the rule written in one line', 'Đạt từ 85-100% thì điểm đánh giá xác định theo công thức: (Tỷ lệ % đạt được × điểm tối đa) / 100% Dưới 85%: 0', 'rate 85%→0'],
    ['the rule without its formula line, "đến"', 'Tỷ lệ hồ sơ trả đúng hạn từ 85% đến 100% thì điểm đánh giá được tính theo công thức:\n Dưới 85% trả đúng hạn: 0', 'rate 85%→0'],
    ['the rule and a special case', 'Đạt từ 80% - 100% thì điểm đánh giá được tính theo công thức:\n Dưới 80%: 0\nTrường hợp địa phương không có phản ánh, kiến nghị: 1,5', 'rate 80%→0 | *1,5'],
    ['a ladder of rates is no rate rule (no formula)', 'Từ 95% đến dưới 100% tổng số: 0,5', '0,5'],
    ['a heading', 'Ban hành Kế hoạch rà soát, kiến nghị đơn giản hóa quy định hành chính', 'unparsed'],
    ['an option whose points are missing', 'Có ban hành kế hoạch kiểm tra; có tổ chức kiểm tra; có kết luận chỉ đạo:', 'unparsed'],
    ['a standard number is no option', 'Công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', 'unparsed'],
    ['a year is no option', 'Tỷ lệ giảm biên chế so với năm 2015', 'unparsed'],
    ['a list after a colon is no option', 'đối với các sở: Nội vụ, Tư pháp, Tài chính', 'unparsed'],
  ])('%s', (_t, text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  test('points written in the max column of a guidance row', () => {
    expect(parse('Đúng thời hạn', 0.5)).toBe('0,5');
    expect(parse('Đúng thời hạn: 0,5', 1)).toBe('0,5'); // the text wins
  });

  test('labels are kept for messages; the below clause joins its rule', () => {
    const g = parseGuidance({ lines: ['Rà soát kết quả giải quyết hồ sơ định kỳ hàng tuần: 0,25; không thực hiện: 0.'] });
    expect(g.options.map((o) => o.label)).toEqual(['Rà soát kết quả giải quyết hồ sơ định kỳ hàng tuần', 'không thực hiện']);
    const r = parseGuidance({ lines: ['Hoàn thành từ 85% - 100% kế hoạch thì … theo công thức:', 'Dưới 85%: 0,5'] });
    expect(r).toEqual({ options: [], rule: { kind: 'rate', threshold: 85, below: 0.5 } });
  });
});

describe('allowedScores: how options add up', () => {
  const p = (...texts: string[]) => texts.map((t) => parseGuidance({ lines: t.split('\n') }));
  test.each<[string, string[], number, string]>([
    ['independent rows (seed 000, 1.1.1)', ['Đúng thời hạn: 0,5', 'Đạt yêu cầu nội dung kế hoạch: 0,5', 'Không ban hành: 0'], 1, 'rowsAdd: 0 0,5 1'],
    ['a ladder (seed 000, 3.1.5)', ['Trong thời hạn 01 tháng: 2', 'Từ 1 đến 2 tháng: 1,5', 'Từ 2 đến 2,5 tháng: 1', 'Sau 3 tháng: 0'], 2, 'alternatives: 0 1 1,5 2'],
    ['independent options inside a row (seed 000, 1.5)', ['Rà soát: 0,25; không: 0.', 'Chỉ đạo: hàng tuần: 0,25, hàng tháng: 0,25; hàng quý 0,25', 'Nhắc: 0,25; đôn đốc: 0,25.'], 1.5, 'allAdd: 0 0,25 0,5 0,75 1 1,25 1,5'],
    ['a special case stands for the whole criterion (seed 000, 4.2)', ['Xây dựng kế hoạch: 0,25', 'Báo cáo: 0,25', 'Kết quả đạt yêu cầu: 2,5; không đạt: 0', 'Trường hợp không phải triển khai: 3'], 3, 'rowsAdd: 0 0,25 0,5 2,5 2,75 3'],
    ['a special case as the top level (seed 000, 3.2.2)', ['Thực hiện đầy đủ: 1,5; chưa: 0', 'Không có điều kiện liên thông: 1,5', 'Trường hợp chủ động liên thông: 2.'], 2, 'alternatives: 0 1,5 2'],
    ['±N levels (seed 000, 9.1)', ['01 nhiệm vụ: +1/-1', '02 nhiệm vụ: +2/-2', 'Từ 03 nhiệm vụ: +3/-3', 'Trường hợp không có nhiệm vụ: 0'], 3, 'alternatives: -3 -2 -1 0 1 2 3'],
    ['no reading reaches the max (seed 000, area 8)', ['01 sáng kiến: 1', 'Từ 7 sáng kiến trở lên: 8', 'Không có sáng kiến: 0'], 7, 'unchecked: noFit'],
    ['a rate rule with a special case (seed 000, 1.3.3)', ['Từ 85% - 100% số vấn đề … theo công thức:\nDưới 85%: 0', 'Trường hợp tất cả đều tốt: 0,5'], 1, '0 or 0,85–1; 0 0,5'],
    ['a rate rule beside positive options (seed 000, 6.2)', ['Đạt từ 50-100% thì … công thức:\nDưới 50%: 0', 'Có đơn vị tự chủ: 0,5'], 2, 'unchecked: mixed'],
    ['no guidance', [], 1, 'unchecked: none'],
  ])('%s', (_t, texts, max, expected) => {
    expect(describeAllowed(allowedScores(p(...texts), max))).toBe(expected);
  });

  test('isScoreAllowed: levels, and the range of a rate rule', () => {
    const levels = allowedScores(p('Đúng thời hạn: 0,5', 'Đạt yêu cầu: 0,5'), 1);
    expect([0, 0.5, 1, 0.75, 0.25].map((s) => isScoreAllowed(levels, s))).toEqual([true, true, true, false, false]);
    const rate = allowedScores(p('Hoàn thành từ 85% - 100% kế hoạch thì … công thức: Dưới 85% kế hoạch: 0'), 3);
    expect([0, 2.55, 2.7, 3, 2.5, 1, 3.1].map((s) => isScoreAllowed(rate, s))).toEqual([true, true, true, true, false, false, false]);
  });

  test('scoreFromRate: rate × max / 100 from the threshold, the below points under it', () => {
    const rule: RateRule = { kind: 'rate', threshold: 85, below: 0 };
    expect([90, 85, 84.9, 100, 120, 0].map((r) => scoreFromRate(rule, r, 3))).toEqual([2.7, 2.55, 0, 3, 3, 0]);
    expect(scoreFromRate({ kind: 'rate', threshold: 50, below: 0 }, 75, 2.5)).toBe(1.875);
  });
});

describe('seed 000 (Đồng Nai 2019 criteria): every guidance row, parsed or listed as unparsed', () => {
  const grid = gridOf([criteria2019.header, ...criteria2019.rows]);
  const [table] = detectTables(workbookOf(grid));
  if (table?.kind !== 'scoreSheet') throw new Error('no score sheet');
  const model = analyseScoreSheet(table, grid, DEFAULT_CONFIG);

  const describeRow = (g: GuidanceRow) => (g.parsed ? describeOptions(g.options, g.rule) : 'unparsed');

  test('117 guidance rows: 115 parsed, 2 unparsed', () => {
    expect(model.guidance).toMatchObject({ parsed: 115, unparsed: 2 });
    expect(model.guidance.rows).toHaveLength(117);
    expect(model.guidance.rows.filter((g) => !g.parsed).map((g) => g.text)).toEqual([
      'Ban hành Kế hoạch rà soát, kiến nghị đơn giản hóa quy định hành chính, thủ tục hành chính',
      'Có ban hành kế hoạch kiểm tra; có tổ chức kiểm tra; có kết luận chỉ đạo về kết quả kiểm tra:',
    ]);
  });

  test('each guidance row (and each criterion cell that holds a rule) read into its options or rule', () => {
    const found = model.nodes.flatMap((n) =>
      n.guidance.rows.map((g) => (g.source === 'criterion' ? [n.code, 'criterion', describeRow(g)] : [n.code, describeRow(g)])),
    );
    expect(found).toEqual([
['1.1.1', '0,5'],
    ['1.1.1', '0,5'],
    ['1.1.1', '0'],
    ['1.1.2', 'rate 85%→0'],
    ['1.2.1', '1'],
    ['1.2.1', '0'],
    ['1.2.2', '0,5'],
    ['1.2.2', '0'],
    ['1.2.3', '0,5'],
    ['1.2.3', '0'],
    ['1.3.1', '0,5'],
    ['1.3.1', '0'],
    ['1.3.2', '0,5'],
    ['1.3.2', '0'],
    ['1.3.3', 'rate 85%→0'],
    ['1.3.3', '*0,5'],
    ['1.4.1', '0,5'],
    ['1.4.1', '0'],
    ['1.4.2', '0,25'],
    ['1.4.2', '0,25'],
    ['1.5', '0,25 | 0'],
    ['1.5', '0,25 | 0,25 | 0,25 | 0'],
    ['1.5', '0,25 | 0,25'],
    ['2.1', 'criterion', 'rate 90%→0'],
    ['2.1', '0'],
    ['2.1', '*2'],
    ['2.2.1', 'rate 85%→0'],
    ['2.2.2', 'rate 85%→0'],
    ['2.2.2', '*0,5'],
    ['2.3.1', 'rate 85%→0'],
    ['2.3.3', '1'],
    ['2.3.3', '0'],
    ['2.3.3', '*0,5'],
    ['3.1.1', '0,25'],
    ['3.1.1', '0,25'],
    ['3.1.1', '0'],
    ['3.1.2', 'rate 85%→0'],
    ['3.1.3', 'unparsed'], // "Ban hành Kế hoạch rà soát, kiến nghị …": a heading, no points
    ['3.1.3', '0,5'],
    ['3.1.3', '0'],
    ['3.1.4', '0,5'],
    ['3.1.4', '0'],
    ['3.1.5', '2'],
    ['3.1.5', '1,5'],
    ['3.1.5', '1'],
    ['3.1.5', '0,5'],
    ['3.1.5', '0'],
    ['3.1.6', 'unparsed'], // "… có kết luận chỉ đạo về kết quả kiểm tra:": the full-marks option lost its points
    ['3.1.6', '0,5'],
    ['3.1.6', '0,25'],
    ['3.1.6', '0'],
    ['3.1.7', '0,5'],
    ['3.1.7', '0,25'],
    ['3.1.7', '0'],
    ['3.1.8', 'rate 80%→0 | *1,5'],
    ['3.2.1', 'rate 85%→0'],
    ['3.2.1', '0,5 | 0'],
    ['3.2.2', '1,5 | 0'],
    ['3.2.2', '1,5'],
    ['3.2.2', '*2'],
    ['3.2.3', '0,25'],
    ['3.2.3', '0,25'],
    ['3.2.3', '*0,25'],
    ['3.2.4', '0,5'],
    ['3.2.4', '0,5'],
    ['3.2.4', '0,5'],
    ['3.2.4', '1 | *1'],
    ['3.2.5', 'criterion', 'rate 85%→0'],
    ['3.2.6', '0,5'],
    ['3.2.6', '0,5'],
    ['3.2.6', '1 | 0,5 | 0'],
    ['4.1', '1'],
    ['4.1', '1'],
    ['4.1', '1'],
    ['4.1', '1'],
    ['4.2', '0,25'],
    ['4.2', '0,25'],
    ['4.2', '2,5 | 0'],
    ['4.2', '*3'],
    ['4.3.1', '1'],
    ['4.3.1', '0'],
    ['4.3.2', '0,5'],
    ['4.3.2', '0'],
    ['4.3.3', '0,5'],
    ['4.3.3', '0'],
    ['4.3.3', '*0,25'],
    ['5.2.1', 'criterion', '2'],
    ['5.2.1', '0'],
    ['5.2.1', '*2'],
    ['5.2.2', 'criterion', 'rate 85%→0'],
    ['5.2.3', 'criterion', 'rate 80%→0 | *1,5'],
    ['5.2.4', '1 | 0'],
    ['5.2.4', '1'],
    ['5.3.1', '0,5'],
    ['5.3.1', '0,25'],
    ['5.3.1', '0'],
    ['5.3.2', 'criterion', 'rate 50%→0'],
    ['5.3.2', '0'],
    ['6.2', 'criterion', '*2'],
    ['6.2', 'rate 50%→0'],
    ['6.2', '0,5'],
    ['6.2', '0,5'],
    ['6.3', 'criterion', '1 | *1'],
    ['6.4', 'criterion', '2 | 0 | *2'],
    ['7.1.1', 'criterion', 'rate 85%→0'],
    ['7.1.2', 'criterion', 'rate 95%→0'],
    ['7.1.3', '1'],
    ['7.1.3', '0,5'],
    ['7.1.3', '0'],
    ['7.1.4', 'criterion', 'rate 90%→0'],
    ['7.2.1', 'criterion', '1 | 0'],
    ['7.2.2', '0,5 | 0 | *0,5'],
    ['7.2.2', '0,5 | 0 | *0,5'],
    ['7.2.2', '0,5 | 0,25 | 0 | *0,5'],
    ['7.2.2', '0,5 | 0 | *0,5'],
    ['7.2.3', '0,25'],
    ['7.2.3', '0,25'],
    ['7.2.3', '1'],
    ['7.4', '2'],
    ['7.4', '0'],
    ['8', '1'],
    ['8', '8'], // more than the max 7: max.optionExceeds
    ['8', '0'],
    ['9.1', '1 | -1'],
    ['9.1', '2 | -2'],
    ['9.1', '3 | -3'],
    ['9.1', '*0'],
    ['9.2.1', '3 | 2 | 1 | -1 | -2 | -3'],
    ['9.2.2', '1 | -1'],
    ['9.2.3', '1 | 0,5 | 1'], // "Đạt dưới 85% …: 1." as the seed has it (no penalty level)
    ]);
  });

  test('the scores each criterion\'s guidance allows', () => {
    const found = model.nodes.filter((n) => n.guidance.rows.length > 0).map((n) => [n.code, describeAllowed(n.guidance.allowed)]);
    expect(found).toEqual([
    ['1.1.1', 'rowsAdd: 0 0,5 1'],
    ['1.1.2', '0 or 2,55–3; 0'],
    ['1.2.1', 'rowsAdd: 0 1'],
    ['1.2.2', 'rowsAdd: 0 0,5'],
    ['1.2.3', 'rowsAdd: 0 0,5'],
    ['1.3.1', 'rowsAdd: 0 0,5'],
    ['1.3.2', 'rowsAdd: 0 0,5'],
    ['1.3.3', '0 or 0,85–1; 0 0,5'],
    ['1.4.1', 'rowsAdd: 0 0,5'],
    ['1.4.2', 'rowsAdd: 0 0,25 0,5'],
    ['1.5', 'allAdd: 0 0,25 0,5 0,75 1 1,25 1,5'],
    ['2.1', '0 or 1,8–2; 0 2'],
    ['2.2.1', '0 or 1,275–1,5; 0'],
    ['2.2.2', '0 or 1,275–1,5; 0 0,5'],
    ['2.3.1', '0 or 0,85–1; 0'],
    ['2.3.3', 'rowsAdd: 0 0,5 1'],
    ['3.1.1', 'rowsAdd: 0 0,25 0,5'],
    ['3.1.2', '0 or 0,85–1; 0'],
    ['3.1.3', 'rowsAdd: 0 0,5'],
    ['3.1.4', 'rowsAdd: 0 0,5'],
    ['3.1.5', 'alternatives: 0 0,5 1 1,5 2'],
    ['3.1.6', 'unchecked: noFit'], // its full-marks option has no points
    ['3.1.7', 'alternatives: 0 0,25 0,5'],
    ['3.1.8', '0 or 1,2–1,5; 0 1,5'],
    ['3.2.1', 'unchecked: mixed'], // a rate rule and a 0,5 option: how they add up is not said
    ['3.2.2', 'alternatives: 0 1,5 2'],
    ['3.2.3', 'rowsAdd: 0 0,25 0,5'],
    ['3.2.4', 'rowsAdd: 0 0,5 1 1,5 2 2,5'],
    ['3.2.5', '0 or 4,25–5; 0'],
    ['3.2.6', 'rowsAdd: 0 0,5 1 1,5 2'],
    ['4.1', 'rowsAdd: 0 1 2 3 4'],
    ['4.2', 'rowsAdd: 0 0,25 0,5 2,5 2,75 3'],
    ['4.3.1', 'rowsAdd: 0 1'],
    ['4.3.2', 'rowsAdd: 0 0,5'],
    ['4.3.3', 'rowsAdd: 0 0,25 0,5'],
    ['5.2.1', 'rowsAdd: 0 2'],
    ['5.2.2', '0 or 1,275–1,5; 0'],
    ['5.2.3', '0 or 1,2–1,5; 0 1,5'],
    ['5.2.4', 'rowsAdd: 0 1 2'],
    ['5.3.1', 'alternatives: 0 0,25 0,5'],
    ['5.3.2', '0 or 1,25–2,5; 0'],
    ['6.2', 'unchecked: mixed'], // a rate rule and two 0,5 options
    ['6.3', 'rowsAdd: 0 1'],
    ['6.4', 'rowsAdd: 0 2'],
    ['7.1.1', '0 or 0,85–1; 0'],
    ['7.1.2', '0 or 0,95–1; 0'],
    ['7.1.3', 'alternatives: 0 0,5 1'],
    ['7.1.4', '0 or 0,9–1; 0'],
    ['7.2.1', 'rowsAdd: 0 1'],
    ['7.2.2', 'rowsAdd: 0 0,25 0,5 0,75 1 1,25 1,5 1,75 2'],
    ['7.2.3', 'rowsAdd: 0 0,25 0,5 1 1,25 1,5'],
    ['7.4', 'rowsAdd: 0 2'],
    ['8', 'unchecked: noFit'], // 1, 8, 0 under a max of 7: the seed is inconsistent
    ['9.1', 'alternatives: -3 -2 -1 0 1 2 3'],
    ['9.2.1', 'rowsAdd: -3 -2 -1 0 1 2 3'],
    ['9.2.2', 'rowsAdd: -1 0 1'],
    ['9.2.3', 'rowsAdd: 0 0,5 1'],
    ]);
  });
});
