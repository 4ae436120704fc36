// The pure parts of `cchc summary` (SPEC §9.1): unit names from title blocks, duplicate keys,
// competition ranks, criteria sets and their flags, and the workbook layout's formulas.
import { DEFAULT_RATING_BANDS } from '../../src/report/defaults';
import { nameSets, setName, shortHash } from '../../src/engine/summary/criteria';
import type { LayoutCell, SheetLayout } from '../../src/engine/layout/types';
import { bandOf, ratingFormula, SHEET_NAMES, summaryLayout } from '../../src/engine/summary/layout';
import { compareForRanking, competitionRanks } from '../../src/engine/summary/rank';
import { summarise } from '../../src/engine/summary/summarise';
import type { CriteriaInfo, UnitDigest } from '../../src/engine/summary/types';
import { fileUnitName, levelOfName, unitKey } from '../../src/engine/summary/unit';

describe('unit names (SPEC §9.1; the title block itself is read by detect/title.ts, tested in test/engine/detect/title.test.ts)', () => {
  it('reads the level a name says', () => {
    expect(levelOfName('SỞ TƯ PHÁP')).toBe('so');
    expect(levelOfName('Văn phòng UBND tỉnh')).toBe('so');
    expect(levelOfName('THANH TRA TỈNH')).toBe('so');
    expect(levelOfName('UBND HUYỆN MƯỜNG CHÀ')).toBe('huyen');
    expect(levelOfName('Ủy ban nhân dân thị xã Mường Lay')).toBe('huyen');
    expect(levelOfName('UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ')).toBe('huyen');
    expect(levelOfName('Ban_Dan_toc')).toBe(null);
    expect(levelOfName('don_vi_3')).toBe(null);
  });

  it('keys the same unit written two ways alike, and different units apart', () => {
    expect(unitKey('SỞ TƯ PHÁP')).toBe(unitKey('Sở Tư pháp tỉnh Điện Biên'));
    expect(unitKey('Ủy ban nhân dân huyện Mường Chà')).toBe(unitKey('UBND HUYỆN MƯỜNG CHÀ'));
    expect(unitKey('SỞ Y TẾ')).not.toBe(unitKey('SỞ TƯ PHÁP'));
    expect(unitKey('UBND TỈNH ĐIỆN BIÊN')).toBe('ubnd tinh dien bien');
    expect(unitKey('THANH TRA TỈNH')).toBe('thanh tra tinh');
  });

  it('falls back to the file name', () => {
    expect(fileUnitName('a/b/So_Y_te.XLSX')).toBe('So_Y_te');
  });
});

describe('ranks (SPEC §9.1: competition ranks, 1, 2, 2, 4)', () => {
  it.each([
    [[95, 90, 90, 80], [1, 2, 2, 4]],
    [[90, 90, 90], [1, 1, 1]],
    [[70, 60, null, null], [1, 2, null, null]],
    [[null], [null]],
    [[], []],
  ])('%j → %j', (indexes, ranks) => {
    expect(competitionRanks(indexes)).toEqual(ranks);
  });

  it('sorts by index, ties and the unranked by name', () => {
    const units = [
      { index: null, unit: 'A', file: 'a' },
      { index: 80, unit: 'Sở 10', file: 'x' },
      { index: 80, unit: 'Sở 2', file: 'y' },
      { index: 90.5, unit: 'Z', file: 'z' },
    ];
    expect([...units].sort(compareForRanking).map((u) => u.unit)).toEqual(['Z', 'Sở 2', 'Sở 10', 'A']);
  });
});

// ---- synthetic digests ----

function criteria(label: string, level: 'so' | 'huyen' | null, codes: string, areas: Array<[string, number]>): CriteriaInfo {
  return {
    key: `total=100|areas=${areas.map(([c, m]) => `${c}:${m}`).join(',')}|codes=${codes}`,
    label,
    title: null,
    level,
    maxTotal: 100,
    criteria: codes.split(',').length,
    areas: areas.map(([code, max]) => ({ code, name: `Lĩnh vực ${code}`, max })),
  };
}

const BANG1 = criteria('Bảng 1', 'so', '1,1.1,2,2.1', [['1', 60], ['2', 40]]);
const BANG2 = criteria('Bảng 2', 'huyen', '1,1.1,1.2,2,2.1', [['1', 50], ['2', 50]]);

function digest(file: string, unit: string, set: CriteriaInfo | null, areaFinals: number[] | null, opts: { level?: 'so' | 'huyen' | null; errors?: number; na?: number } = {}): UnitDigest {
  const areas = set
    ? set.areas.map((a, i) => {
        const applicableMax = i === 0 && opts.na ? a.max - opts.na : a.max;
        const final = areaFinals ? areaFinals[i] : 0;
        const percent = applicableMax === 0 ? null : Math.round((final / applicableMax) * 10000) / 100;
        return { code: a.code, name: a.name, max: a.max, applicableMax, final, percent, below50: areaFinals !== null && percent !== null && percent < 50 };
      })
    : [];
  const final = areaFinals ? areaFinals.reduce((s, x) => s + x, 0) : null;
  const applicableMax = areas.reduce((s, a) => s + a.applicableMax, 0);
  const index = final === null ? null : Math.round((final / applicableMax) * 10000) / 100;
  return {
    file,
    unit,
    nameSource: 'title',
    level: opts.level === undefined ? levelOfName(unit) : opts.level,
    province: 'UBND TỈNH ĐIỆN BIÊN',
    year: 2023,
    score: set
      ? {
          criteria: set,
          sheet: 'Bảng',
          maxTotal: 100,
          applicableMax,
          totals: { self: final, appraised: null, rechecked: null, survey: null, final },
          index,
          rating: index === null ? null : bandOf(index, DEFAULT_RATING_BANDS),
          provisional: false,
          awaitingSurvey: 0,
          notApplicable: opts.na ? 1 : 0,
          areas,
        }
      : null,
    plan: null,
    tables: 1,
    issues: Array.from({ length: opts.errors ?? 0 }, () => ['Bảng', 'D9', 'error', 'score.exceedsMax', 'D9: quá điểm tối đa'] as const),
  };
}

describe('summarise (SPEC §9.1)', () => {
  const units = [
    digest('a.xlsx', 'SỞ TƯ PHÁP', BANG1, [50, 30]),
    digest('b.xlsx', 'SỞ Y TẾ', BANG1, [40, 30], { errors: 2 }),
    digest('c.xlsx', 'Sở Y tế tỉnh Điện Biên', BANG1, [45, 25]),
    digest('d.xlsx', 'SỞ TÀI CHÍNH', BANG1, [40, 30]),
    digest('e.xlsx', 'SỞ NGOẠI VỤ', BANG1, null),
    digest('f.xlsx', 'UBND HUYỆN MƯỜNG CHÀ', BANG2, [40, 45]),
    digest('g.xlsx', 'UBND HUYỆN NẬM PỒ', BANG2, [20, 10]),
    digest('h.xlsx', 'UBND HUYỆN TUẦN GIÁO', BANG1, [55, 35]),
    digest('i.xlsx', 'ĐƠN VỊ KHÔNG CÓ BẢNG ĐIỂM', null, null, { level: null }),
  ];
  const s = summarise(units, [{ file: 'x.xlsx', reason: 'tệp bị hỏng' }]);

  it('ranks each criteria set alone, Sở first, the units without a score sheet last', () => {
    expect(s.sets.map((r) => r.set?.name ?? null)).toEqual(['Bảng 1 (Sở, 100 điểm, 4 tiêu chí)', 'Bảng 2 (huyện, 100 điểm, 5 tiêu chí)', null]);
    const bang1 = s.sets[0].units.map((u) => [u.digest.file, u.digest.score?.index ?? null, u.rank, u.order]);
    expect(bang1).toEqual([
      ['h.xlsx', 90, 1, 1],
      ['a.xlsx', 80, 2, 2],
      ['d.xlsx', 70, 3, 3],
      ['b.xlsx', 70, 3, 4],
      ['c.xlsx', 70, 3, 5],
      ['e.xlsx', null, null, 6],
    ]);
    expect(s.sets[1].units.map((u) => u.rank)).toEqual([1, 2]);
    expect(s.sets[2].units.map((u) => [u.digest.file, u.rank])).toEqual([['i.xlsx', null]]);
  });

  it('flags both files of one unit, naming all of them', () => {
    const flagged = s.byName.filter((u) => u.duplicate).map((u) => u.digest.file);
    expect(flagged.sort()).toEqual(['b.xlsx', 'c.xlsx']);
    const flag = s.byName.find((u) => u.digest.file === 'b.xlsx')?.flags[0];
    expect(flag?.[3]).toBe('summary.duplicateUnit');
    expect(flag?.[2]).toBe('warning');
    expect(flag?.[4]).toContain('b.xlsx, c.xlsx');
  });

  it('flags a district on the departments\' criteria, and no one else', () => {
    const mismatched = s.byName.filter((u) => u.flags.some((f) => f[3] === 'summary.criteriaMismatch'));
    expect(mismatched.map((u) => u.digest.file)).toEqual(['h.xlsx']);
    expect(mismatched[0].flags[0][4]).toBe('tệp dùng bộ tiêu chí Bảng 1 (Sở, 100 điểm, 4 tiêu chí), khác bộ Bảng 2 (huyện, 100 điểm, 5 tiêu chí) của các đơn vị còn lại');
  });

  it('counts errors and warnings with the flags', () => {
    const b = s.byName.find((u) => u.digest.file === 'b.xlsx');
    expect([b?.errors, b?.warnings]).toEqual([2, 1]);
    const h = s.byName.find((u) => u.digest.file === 'h.xlsx');
    expect([h?.errors, h?.warnings]).toEqual([0, 1]);
  });

  it('keeps the unreadable files, the year and the province', () => {
    expect(s.unreadable).toEqual([{ file: 'x.xlsx', reason: 'tệp bị hỏng' }]);
    expect([s.year, s.province]).toEqual([2023, 'UBND TỈNH ĐIỆN BIÊN']);
  });

  it('renders the flags in English with --lang en', () => {
    const en = summarise(units, [], { lang: 'en' });
    expect(en.byName.find((u) => u.digest.file === 'b.xlsx')?.flags[0][4]).toBe('unit "SỞ Y TẾ" has several files: b.xlsx, c.xlsx');
  });

  it('with two sets of one level and a tie, expects the set whose title speaks of that level', () => {
    const other = { ...BANG1, key: 'other', level: 'huyen' as const, label: 'Bảng 2 cũ' };
    const t = summarise([digest('p.xlsx', 'SỞ A', BANG1, [50, 30]), digest('q.xlsx', 'SỞ B', other, [50, 30])], []);
    const flagged = t.byName.filter((u) => u.flags.length).map((u) => u.digest.file);
    expect(flagged).toEqual(['q.xlsx']);
  });
});

describe('criteria sets', () => {
  it('names a set readably, and tells two sets of the same name apart', () => {
    expect(setName(BANG1, 'so')).toBe('Bảng 1 (Sở, 100 điểm, 4 tiêu chí)');
    expect(setName({ ...BANG1, label: null, maxTotal: 97.5 }, null)).toBe('Bộ tiêu chí (97,5 điểm, 4 tiêu chí)');
    const twin = { ...BANG1, key: `${BANG1.key},9` };
    const named = nameSets([
      { info: BANG1, level: 'so' },
      { info: twin, level: 'so' },
    ]);
    expect(named[0].name).toBe(`Bảng 1 (Sở, 100 điểm, 4 tiêu chí) [${shortHash(BANG1.key)}]`);
    expect(named[0].name).not.toBe(named[1].name);
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('layout (formulas with their results)', () => {
  it('rates by a nested IF over the bands, highest first', () => {
    expect(ratingFormula('G8', DEFAULT_RATING_BANDS)).toBe('IF(G8="","",IF(G8>=90,"Rất tốt",IF(G8>=70,"Tốt",IF(G8>=50,"Trung bình",IF(G8>=40,"Yếu","Kém")))))');
    expect([90, 89.99, 70, 50, 49.99, 40, 0].map((x) => bandOf(x, DEFAULT_RATING_BANDS))).toEqual(['Rất tốt', 'Tốt', 'Tốt', 'Trung bình', 'Yếu', 'Yếu', 'Kém']);
  });

  const units = [digest('a.xlsx', 'SỞ TƯ PHÁP', BANG1, [50, 30], { na: 10 }), digest('b.xlsx', 'SỞ Y TẾ', BANG1, [40, 30]), digest('e.xlsx', 'SỞ NGOẠI VỤ', BANG1, null)];
  // A unit whose total is not the sum of its areas (an engine figure the formulas would not give).
  const odd = digest('z.xlsx', 'SỞ LẠ', BANG1, [10, 10]);
  if (odd.score) odd.score = { ...odd.score, totals: { ...odd.score.totals, final: 25 }, index: 25 };
  const sheets = summaryLayout(summarise([...units, odd], []), { agency: ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NỘI VỤ'], year: 2023, today: '2024-06-30', bands: DEFAULT_RATING_BANDS, files: 4 });
  const sheet = (name: string): SheetLayout => sheets.find((x) => x.name === name) as SheetLayout;
  const rowOf = (s: SheetLayout, file: string): Array<LayoutCell | undefined> => s.rows.find((r) => r.some((c) => c?.value === file)) ?? [];

  it('writes the five sheets in order', () => {
    expect(sheets.map((x) => x.name)).toEqual(Object.values(SHEET_NAMES));
  });

  it('makes the ranking live over "Theo lĩnh vực", each formula with its result', () => {
    const ranking = sheet(SHEET_NAMES.ranking);
    const a = rowOf(ranking, 'a.xlsx');
    expect(a[4]).toMatchObject({ formula: expect.stringMatching(/^SUM\('Theo lĩnh vực'!C\d+:D\d+\)$/), result: 80 });
    expect(a[5]).toMatchObject({ formula: expect.stringMatching(/^SUM\('Theo lĩnh vực'!C\d+:D\d+\)$/), result: 90 });
    expect(a[6]).toMatchObject({ formula: expect.stringMatching(/^IF\(F\d+=0,"",ROUND\(E\d+\/F\d+\*100,2\)\)$/), result: 88.89 });
    expect(a[7]).toMatchObject({ result: 'Tốt' });
    expect(a[8]).toMatchObject({ formula: expect.stringMatching(/^RANK\(G\d+,\$G\$\d+:\$G\$\d+,0\)$/), result: 1 });
    // The unranked: no formula, no rank.
    const e = rowOf(ranking, 'e.xlsx');
    expect(e[6]?.formula).toBeUndefined();
    expect(e[8]?.value ?? null).toBe(null);
  });

  it('writes the engine\'s figures as values where the formulas would not give them', () => {
    const z = rowOf(sheet(SHEET_NAMES.ranking), 'z.xlsx');
    expect(z[4]).toMatchObject({ value: 25 });
    expect(z[4]?.formula).toBeUndefined();
    expect(z[6]).toMatchObject({ value: 25 });
  });

  it('shades areas under 50 % by a rule, not by hand', () => {
    const areas = sheet(SHEET_NAMES.areas);
    expect(areas.shades).toHaveLength(1);
    expect(areas.shades[0].formula).toMatch(/^AND\(ISNUMBER\(C\d+\),C\d+<50\)$/);
    const b = areas.rows.find((r) => r[1]?.value === 'SỞ Y TẾ' && r[2]?.formula !== undefined);
    expect(b?.[2]).toMatchObject({ result: 66.67 });
  });

  it('repeats the header rows on every printed page and freezes them', () => {
    const ranking = sheet(SHEET_NAMES.ranking);
    expect(ranking.page.printTitleRows?.from).toBe(ranking.freeze.rows);
    expect(ranking.rows[ranking.freeze.rows - 1][0]?.value).toBe('STT');
    expect(ranking.rows[0][0]?.value).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(ranking.rows.some((r) => r[0]?.value === 'BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023')).toBe(true);
  });
});
