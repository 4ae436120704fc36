// SPEC §4 on the real seed tables (test/fixtures/seeds/*.json): Bảng 1 and Bảng 2 of seed 001
// (QĐ 1026/QĐ-UBND Điện Biên 2019) and the criteria table of seed 000 (Đồng Nai 2019). Their
// maxima add up where the seed is consistent, and the exact issues where it is not; a fully scored
// copy of each gives the index and rating computed by hand below.
import { DEFAULT_CONFIG } from '../../../src/report/config';
import { detectTables } from '../../../src/engine/detect';
import type { ScoreSheetTable } from '../../../src/engine/detect/types';
import type { Grid } from '../../../src/engine/grid';
import { analyseScoreSheet, checkScoreSheet, type CriterionNode } from '../../../src/engine/rules/scoreSheet';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';
import bang1 from '../../../src/engine/generate/data/dienbien_bang1.json';
import bang2 from '../../../src/engine/generate/data/dienbien_bang2.json';
import criteria2019 from '../../fixtures/seeds/dongnai_criteria_2019.json';

const NUMBER_RE = /^\d+(?:[.,]\d+)?$/;

/** A seed max as a number cell ("0,5" → 0.5), or its text ("+/-3"), as the fixture builder writes it. */
function seedMax(s: string): TestCell {
  return NUMBER_RE.test(s) ? Number(s.replace(',', '.')) : s;
}

function maxOf(s: string): number {
  return Number(s.replace(',', '.'));
}

function run(rows: TestCell[][]) {
  const grid: Grid = gridOf(rows);
  const [table] = detectTables(workbookOf(grid));
  if (table?.kind !== 'scoreSheet') throw new Error(`no score sheet: ${table?.kind}`);
  const t: ScoreSheetTable = table;
  const { findings, summary } = checkScoreSheet(t, { grid, workbook: workbookOf(grid), tables: [t], today: '2024-06-30', config: DEFAULT_CONFIG });
  return { findings: findings.map((f) => [f.code, f.cell]), params: findings.map((f) => f.params), summary, model: analyseScoreSheet(t, grid, DEFAULT_CONFIG) };
}

const leaves = (nodes: CriterionNode[]) => nodes.filter((n) => n.children.length === 0);
const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 1000) / 1000;

/** Every parent whose max is not its children's (±N left out), as [code, max, sum]. */
function maxMismatches(nodes: CriterionNode[]): Array<[string, number | null, number]> {
  return nodes
    .filter((n) => n.children.length > 0 && !n.bonus)
    .map((n): [string, number | null, number] => [n.code, n.maxPoints, sum(n.children.filter((c) => !c.bonus).map((c) => c.maxPoints ?? 0))])
    .filter(([, max, s]) => max !== s);
}

type BangRow = (typeof bang1.rows)[number];
const BANG_HEADER = ['STT', 'Lĩnh Vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa'];

function bangRows(rows: BangRow[], extra: string[], cells: (r: BangRow) => TestCell[]): TestCell[][] {
  return [[...BANG_HEADER, ...extra, 'Ghi chú'], ...rows.map((r) => [r.code, r.name, seedMax(r.max), ...cells(r), r.note])];
}

describe('seed 001, Bảng 1 (Sở): 7 areas', () => {
  const asPublished = run(bangRows(bang1.rows, [], () => []));

  test('the maxima add up: every parent is its children\'s sum, the 7 areas make the printed 100', () => {
    expect(asPublished.findings).toEqual([]);
    expect(maxMismatches(asPublished.model.nodes)).toEqual([]);
    expect(asPublished.model.areas.map((a) => [a.code, a.maxPoints])).toEqual([
      ['1', 22], ['2', 9.5], ['3', 14], ['4', 9], ['5', 17], ['6', 9], ['7', 19.5],
    ]);
    expect(asPublished.model.maxTotal).toBe(100);
    expect(asPublished.model.total?.typedMax).toBe(100);
  });

  test('its ĐTXHH criteria sum to 26,5 and are the leaves of 1.8, 2.5, 4.5, 5.9, 5.10, 6.4, 7.6', () => {
    const survey = leaves(asPublished.model.nodes).filter((n) => n.survey);
    expect(sum(survey.map((n) => n.maxPoints ?? 0))).toBe(26.5);
    expect([...new Set(survey.map((n) => n.parentCode))]).toEqual(['1.8', '2.5', '4.5', '5.9', '5.10', '6.4', '7.6']);
    expect(asPublished.summary).toMatchObject({ maxTotal: 100, applicableMax: 100, indexPercent: null, rating: null, awaitingSurvey: [] });
  });

  // A fully scored self-assessment: every non-survey leaf at its max (73,5 points) but
  // 1.1.2 = 1 (−1), 3.4.1 = 1,5 (−0,5), 7.3.2 = 0,5 (−1); every survey leaf at half its max in
  // the survey column (26,5 / 2 = 13,25). Final = 73,5 − 2,5 + 13,25 = 84,25 of 100 → 84,25 % → Tốt.
  const DEDUCTIONS: Record<string, number> = { '1.1.2': 1, '3.4.1': 1.5, '7.3.2': 0.5 };
  const isLeaf = (r: BangRow) => !bang1.rows.some((x) => x.code.startsWith(`${r.code}.`)) && r.code !== '';
  const scored = (overrides: Record<string, TestCell> = {}) =>
    bangRows(bang1.rows, ['Điểm tự đánh giá', 'Điểm ĐTXHH', 'Tài liệu kiểm chứng'], (r) => {
      if (!isLeaf(r)) return [null, null, null];
      if (r.note === 'ĐTXHH') return [null, maxOf(r.max) / 2, null];
      return [overrides[r.code] ?? DEDUCTIONS[r.code] ?? maxOf(r.max), null, 'Báo cáo số 215/BC-SCT'];
    });

  test('fully scored: index 84,25 → Tốt', () => {
    const { findings, summary } = run(scored());
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ maxTotal: 100, applicableMax: 100, indexPercent: 84.25, rating: 'Tốt', provisional: false, naCriteria: [] });
    expect(summary.totals).toEqual({ self: 71, appraised: null, rechecked: null, survey: 13.25, final: 84.25 });
    // Area 1: 17,5 − 1 + 4,5 / 2 = 18,75 of 22 = 85,23 %; area 3: 14 − 0,5 = 13,5 of 14 = 96,43 %;
    // area 5: 9,5 + 7,5 / 2 = 13,25 of 17 = 77,94 %; area 7: 14,5 − 1 + 2,5 = 16 of 19,5 = 82,05 %.
    expect(summary.areas.map((a) => [a.code, a.final, a.percent])).toEqual([
      ['1', 18.75, 85.23], ['2', 8, 84.21], ['3', 13.5, 96.43], ['4', 7.75, 86.11], ['5', 13.25, 77.94], ['6', 7, 77.78], ['7', 16, 82.05],
    ]);
  });

  test('3.3.3 not applicable: applicable max 99, final 83,25, index 83,25 / 99 = 84,09 % → Tốt (SPEC §4.4)', () => {
    const { findings, summary } = run(scored({ '3.3.3': 'Không áp dụng' }));
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ applicableMax: 99, indexPercent: 84.09, rating: 'Tốt', naCriteria: ['3.3.3'] });
    expect(summary.totals.final).toBe(83.25);
    // Area 3: 13,5 − 1 = 12,5 of 13 = 96,15 %.
    expect(summary.areas[2]).toMatchObject({ max: 14, applicableMax: 13, final: 12.5, percent: 96.15 });
  });

  test('wrong values on the seed: each with its exact code and cell', () => {
    // Rows: header 1, seed row i on row i + 2 (1.3.2 is seed row 7 → row 9; 2.1 is row 26).
    const rows = scored({ '1.3.2': 1.5, '2.1.1': -1 });
    rows[10 - 1][3] = 'đạt'; // 1.4 (row 10) is a parent: text in its self cell
    const { findings } = run(rows);
    expect(findings).toEqual([
      ['score.exceedsMax', 'D9'],
      ['score.notNumber', 'D10'],
      ['score.negative', 'D27'],
    ]);
  });
});

describe('seed 001, Bảng 2 (huyện): 8 areas, rows 5.10.x under 5.11', () => {
  const asPublished = run(bangRows(bang2.rows, [], () => []));

  test('the only inconsistency: 5.10.1–5.10.4 numbered for 5.10 but standing under 5.11', () => {
    expect(asPublished.findings).toEqual([
      ['code.wrongParent', 'A93'],
      ['code.wrongParent', 'A94'],
      ['code.wrongParent', 'A95'],
      ['code.wrongParent', 'A96'],
    ]);
    // Their maxima 0,5 + 0,5 + 1 + 0,5 make 5.11's 2,5: they belong where they stand.
    expect(maxMismatches(asPublished.model.nodes)).toEqual([]);
    expect(asPublished.model.areas.map((a) => [a.code, a.maxPoints])).toEqual([
      ['1', 16.5], ['2', 7.5], ['3', 8.5], ['4', 6.5], ['5', 15], ['6', 9], ['7', 21], ['8', 16],
    ]);
    expect(asPublished.model.maxTotal).toBe(100);
  });

  test('5.11 is ĐTXHH: the 5.10.1 under it (no note of its own) is a survey criterion too; survey leaves sum to 31,5', () => {
    const n511 = asPublished.model.nodes.find((n) => n.code === '5.11');
    expect(n511?.children.map((c) => [c.code, c.survey, c.misplaced])).toEqual([
      ['5.10.1', true, true], ['5.10.2', true, true], ['5.10.3', true, true], ['5.10.4', true, true],
    ]);
    expect(sum(leaves(asPublished.model.nodes).filter((n) => n.survey).map((n) => n.maxPoints ?? 0))).toBe(31.5);
  });

  // Self-assessed at every max (100); the appraisal council (thẩm định) agrees except 8.2,
  // the satisfaction survey, 10 of 15, and 7.1.1, 1 of 1,5. No survey column: survey criteria
  // follow the same chain. Final = 100 − 5 − 0,5 = 94,5 → 94,5 % → Rất tốt.
  const APPRAISED: Record<string, number> = { '8.2': 10, '7.1.1': 1 };
  // Leaves and survey criteria as the engine read them above (seed row i is on row i + 2).
  const nodeAt = new Map(asPublished.model.nodes.map((n) => [n.row, n]));
  const scored = (surveyScored: boolean) => [
    [...BANG_HEADER, 'Điểm tự đánh giá', 'Điểm thẩm định', 'Ghi chú'],
    ...bang2.rows.map((r, i): TestCell[] => {
      const node = nodeAt.get(i + 2);
      const leaf = node !== undefined && node.children.length === 0;
      const self = leaf && (surveyScored || !node.survey) ? maxOf(r.max) : null;
      const appraised = self === null ? null : (APPRAISED[r.code] ?? self);
      return [r.code, r.name, seedMax(r.max), self, appraised, r.note];
    }),
  ];

  test('fully scored and appraised: index 94,5 → Rất tốt', () => {
    const { findings, summary } = run(scored(true));
    expect(findings).toEqual(asPublished.findings);
    expect(summary).toMatchObject({ indexPercent: 94.5, rating: 'Rất tốt', provisional: false, awaitingSurvey: [] });
    expect(summary.totals).toEqual({ self: 100, appraised: 94.5, rechecked: null, survey: null, final: 94.5 });
    // Area 8: 1 + 10 = 11 of 16 = 68,75 %; area 7: 21 − 0,5 = 20,5 of 21 = 97,62 %.
    expect(summary.areas.slice(6).map((a) => [a.code, a.final, a.percent, a.below50])).toEqual([['7', 20.5, 97.62, false], ['8', 11, 68.75, false]]);
  });

  test('before the survey: 68 of 100, provisional, 27 criteria awaiting; no consequence flag the survey can still lift', () => {
    // The 68,5 points of the non-survey criteria, less 0,5 appraised off 7.1.1: 68 → Trung bình,
    // provisional. Up to 68 + 31,5 = 99,5 with the survey: index.below70 is not raised.
    const { findings, summary } = run(scored(false));
    expect(findings).toEqual(asPublished.findings);
    expect(summary).toMatchObject({ indexPercent: 68, rating: 'Trung bình', provisional: true });
    expect(summary.awaitingSurvey).toHaveLength(27);
    // The sheet's own codes: 5.10.1–5.10.3 twice, under 5.10 and (misplaced) under 5.11.
    expect(summary.awaitingSurvey).toEqual([
      '1.8.1', '1.8.2', '1.8.3', '1.8.4', '1.8.5', '2.5.1', '2.5.2', '2.5.3', '4.5.1', '4.5.2', '4.5.3',
      '5.10.1', '5.10.2', '5.10.3', '5.10.1', '5.10.2', '5.10.3', '5.10.4',
      '6.5.1', '6.5.2', '6.5.3', '6.5.4', '7.6.1', '7.6.2', '7.6.3', '7.6.4', '8.2',
    ]);
    // Area 8 is 1 of 16 = 6,25 % now, up to 100 % with the survey: not flagged.
    expect(summary.areas[7]).toMatchObject({ final: 1, percent: 6.25, below50: false });
  });
});

describe('seed 000, criteria table (Đồng Nai 2019): guidance rows, a ±3 area', () => {
  const header = [...criteria2019.header, 'Điểm tự đánh giá'];
  const rowsOf = (score: (code: string, max: string, i: number) => TestCell) =>
    [header, ...criteria2019.rows.map((r, i): TestCell[] => (r.length < 7 ? r : [r[0], r[1], seedMax(r[2]), r[3], r[4], r[5], r[6], score(r[0], r[2], i)]))];
  const asPublished = run(rowsOf(() => null));

  test('the inconsistencies: 2.3.3 with no 2.3.2; area 8 (max 7) with the option "Từ 7 sáng kiến trở lên: 8"', () => {
    // Rows: header 1, seed row i on row i + 2 (the seed's first row is empty).
    expect(asPublished.findings).toEqual([
      ['code.gap', 'A55'],
      ['max.optionExceeds', 'B190'],
    ]);
    expect(asPublished.params).toEqual([
      { code: '2.3.3', previous: '2.3.1', expected: '2.3.2' },
      { code: '8', option: 'Từ 7 sáng kiến trở lên', value: 8, max: 7 },
    ]);
  });

  test('the maxima add up: 10 areas, 97 + 3 (the ±3 area 9) = the printed "Tổng điểm : 100"', () => {
    expect(maxMismatches(asPublished.model.nodes)).toEqual([]);
    expect(asPublished.model.areas.map((a) => [a.code, a.maxPoints, a.bonus])).toEqual([
      ['1', 10.5, false], ['2', 7, false], ['3', 21, false], ['4', 9, false], ['5', 12, false],
      ['6', 6, false], ['7', 12, false], ['8', 7, false], ['9', 3, true], ['10', 12.5, false],
    ]);
    expect(sum(asPublished.model.areas.filter((a) => !a.bonus).map((a) => a.maxPoints ?? 0))).toBe(97);
    expect(asPublished.model.maxTotal).toBe(100);
    expect(asPublished.model.total).toMatchObject({ label: 'Tổng điểm : 100', typedMax: 100 });
    expect(asPublished.summary.guidance).toEqual({ parsed: 115, unparsed: 2 });
  });

  // Every leaf at its max, but area 8 = 5 (of 7), and the ±N criteria: 9.1 = +2, 9.2.1 = +3,
  // 9.2.2 = −1, 9.2.3 = +0,5 → 9.2 = 3 − 1 + 0,5 = 2,5; area 9 = 2 + 2,5 = 4,5 clamped to +3.
  // Final = 97 − 2 + 3 = 98 of 100 → 98 % → Rất tốt.
  const BONUS: Record<string, number> = { '8': 5, '9.1': 2, '9.2.1': 3, '9.2.2': -1, '9.2.3': 0.5 };
  const isLeaf = (code: string) => code !== '' && !criteria2019.rows.some((r) => r[0].startsWith(`${code}.`));
  const full = (overrides: Record<string, number> = {}) =>
    rowsOf((code, max) => (isLeaf(code) && !code.startsWith('Tổng') ? (overrides[code] ?? BONUS[code] ?? maxOf(max)) : null));

  test('fully scored: index 98 → Rất tốt; the ±3 area clamped', () => {
    const { findings, summary, model } = run(full());
    expect(findings).toEqual(asPublished.findings);
    expect(summary).toMatchObject({ maxTotal: 100, applicableMax: 100, indexPercent: 98, rating: 'Rất tốt' });
    expect(summary.totals.final).toBe(98);
    expect(model.nodes.filter((n) => n.code.startsWith('9')).map((n) => [n.code, n.final])).toEqual([
      ['9', 3], ['9.1', 2], ['9.2', 2.5], ['9.2.1', 3], ['9.2.2', -1], ['9.2.3', 0.5],
    ]);
    expect(summary.areas[8]).toMatchObject({ code: '9', max: 3, final: 3, percent: null, below50: false });
  });

  test('scores the guidance cannot give', () => {
    // 1.1.1 (row 5): 0,75 is no sum of "0,5 + 0,5"; 1.1.2 (row 9): 2 is under 85 % × 3;
    // 9.2.3 (row 203): the seed lists no penalty level for PCI, so −1 is not one of its levels.
    const { findings, params } = run(full({ '1.1.1': 0.75, '1.1.2': 2, '9.2.3': -1 }));
    expect(findings.filter(([c]) => c === 'score.notAllowed')).toEqual([
      ['score.notAllowed', 'H5'],
      ['score.notAllowed', 'H9'],
      ['score.notAllowed', 'H203'],
    ]);
    expect(params.filter((p) => 'levels' in p)).toEqual([
      { column: 'self', value: 0.75, levels: [0, 0.5, 1] },
      { column: 'self', value: 2, levels: [0], from: 2.55, to: 3 },
      { column: 'self', value: -1, levels: [0, 0.5, 1] },
    ]);
  });
});
