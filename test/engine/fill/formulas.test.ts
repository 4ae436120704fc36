// SPEC §7: the formulas a fill writes and how an existing formula is recognised as the same.
import { DEFAULT_RATING_BANDS } from '../../../src/report/defaults';
import { clampFormula, normaliseFormula, ratingFormula, ratingValue, sameFormula, sumArgs, sumCells, sumFormula } from '../../../src/engine/fill/formulas';

const D = (...rows: number[]) => rows.map((row) => ({ row, col: 4 }));

describe('SUM over children (SPEC §7: never a range over a row that is not a child)', () => {
  test.each<[string, number[], string]>([
    ['one child', [9], 'D9'],
    ['adjacent children make a range', [10, 11], 'D10:D11'],
    ['a guidance row between two children splits them', [10, 12], 'D10,D12'],
    ['runs and single cells (Bảng 1, area 1)', [9, 12, 13, 16, 20, 23, 24, 25], 'D9,D12:D13,D16,D20,D23:D25'],
    ['order does not matter', [13, 9, 12], 'D9,D12:D13'],
  ])('%s', (_t, rows, expected) => {
    expect(sumArgs(D(...rows))).toBe(expected);
  });

  test('a ±N parent is clamped with MAX/MIN (SPEC §4.3)', () => {
    expect(clampFormula(sumFormula(D(199, 204)), 3)).toBe('MAX(-3,MIN(3,SUM(D199,D204)))');
    expect(clampFormula('SUM(D1)', 0.5)).toBe('MAX(-0.5,MIN(0.5,SUM(D1)))');
  });
});

describe('rating: a nested IF over the bands (SPEC §4.6)', () => {
  test('default bands, highest first, the lowest band as the last answer', () => {
    expect(ratingFormula('D151', DEFAULT_RATING_BANDS)).toBe('IF(D151>=90,"Rất tốt",IF(D151>=70,"Tốt",IF(D151>=50,"Trung bình",IF(D151>=40,"Yếu","Kém"))))');
  });

  test('configured bands in any order; quotes in a label are doubled', () => {
    const bands = [{ min: 0, label: 'Chưa đạt' }, { min: 80, label: 'Đạt "A"' }];
    expect(ratingFormula('E9', bands)).toBe('IF(E9>=80,"Đạt ""A""","Chưa đạt")');
  });

  test.each<[number, string]>([
    [90, 'Rất tốt'],
    [89.99, 'Tốt'],
    [70, 'Tốt'],
    [66.21, 'Trung bình'],
    [40, 'Yếu'],
    [0, 'Kém'],
    [-3, 'Kém'],
  ])('index %s is rated %s', (index, label) => {
    expect(ratingValue(index, DEFAULT_RATING_BANDS)).toBe(label);
  });
});

describe('comparing formulas (a second fill writes nothing)', () => {
  test('case, spaces and $ do not count; string literals do', () => {
    expect(normaliseFormula('=sum( $D$9 , d10 )')).toBe('SUM(D9,D10)');
    expect(normaliseFormula('IF(A1="Đúng hạn","a b","")')).toBe('IF(A1="Đúng hạn","a b","")');
  });

  test('the cells of a plain SUM', () => {
    expect([...(sumCells('SUM(D9,D12:D13)') ?? [])]).toEqual(['D9', 'D12', 'D13']);
    expect(sumCells('SUM(D9)+1')).toBeNull();
    expect(sumCells('SUM(Sheet2!D9)')).toBeNull();
    expect(sumCells('SUM(D1:D1048576)')).toBeNull();
  });

  test.each<[string, string, string, string[], boolean]>([
    ['the same text', 'SUM(D10:D11)', 'SUM(D10:D11)', [], true],
    ['another spelling of the same cells', 'sum(D10,$D$11)', 'SUM(D10:D11)', [], true],
    ['a range over a not-applicable child (SUM skips its marker)', 'SUM(D56:D58)', 'SUM(D56:D57)', ['D58'], true],
    ['a range over a guidance row is another formula', 'SUM(D10:D12)', 'SUM(D10,D12)', [], false],
    ['a missing child', 'SUM(D10)', 'SUM(D10:D11)', [], false],
    ['a clamp is compared as text', 'MAX(-3,MIN(3,SUM(D1:D2)))', 'max(-3, min(3, sum(D1:D2)))', [], true],
    ['an unclamped sum where a clamp belongs', 'SUM(D1:D2)', 'MAX(-3,MIN(3,SUM(D1:D2)))', [], false],
  ])('%s', (_t, existing, planned, ignorable, expected) => {
    expect(sameFormula(existing, planned, new Set(ignorable))).toBe(expected);
  });
});
