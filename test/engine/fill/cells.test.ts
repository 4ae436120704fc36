// SPEC §7: one computed cell, every state it can be found in, and what the fill does with it.
import { place, type Computed, type FillContext } from '../../../src/engine/fill/cells';
import type { Scalar } from '../../../src/engine/grid';
import { gridOf, type TestCell } from '../../helpers/grid';

function ctx(cell: TestCell, opts: { values?: boolean; merges?: string[] } = {}): FillContext {
  return { sheet: 'S', grid: gridOf([[null, cell]], { merges: opts.merges }), values: opts.values ?? false, lang: 'vi', today: '2024-06-30', writes: [], findings: [] };
}

const SUM: Computed = { formula: 'SUM(D9:D10)', value: 2.5 };
const ON_TIME: Computed = {
  formula: null,
  value: 'Quá hạn',
  text: { same: (t) => /qu[áa] h[ạa]n|trễ hạn/i.test(t), replaceable: (t) => /h[ạa]n/i.test(t) },
};

interface Outcome {
  after: Scalar;
  write: null | { formula?: string; value: Scalar; old: { v: Scalar; f?: string }; note?: string };
  codes: string[];
}

function run(cell: TestCell, content: Computed, opts: { values?: boolean; merges?: string[] } = {}): Outcome {
  const c = ctx(cell, opts);
  const after = place(c, 1, 2, content);
  const w = c.writes[0];
  return {
    after,
    write: w ? { ...(w.formula !== undefined ? { formula: w.formula } : {}), value: w.value, old: w.old, ...(w.note ? { note: w.note } : {}) } : null,
    codes: c.findings.map((f) => f.code),
  };
}

describe('formula mode', () => {
  test.each<[string, TestCell, Outcome]>([
    ['an empty cell gets the formula', null, { after: 2.5, write: { formula: 'SUM(D9:D10)', value: 2.5, old: { v: null } }, codes: [] }],
    ['the same formula and cached value: nothing written', { v: 2.5, f: 'sum($D$9:D10)' }, { after: 2.5, write: null, codes: [] }],
    ['the same cells spelled another way: nothing written', { v: 2.5, f: 'SUM(D9,D10)' }, { after: 2.5, write: null, codes: [] }],
    [
      'the same formula with a stale cached value: rewritten silently',
      { v: 9, f: 'SUM(D9:D10)' },
      { after: 2.5, write: { formula: 'SUM(D9:D10)', value: 2.5, old: { v: 9, f: 'SUM(D9:D10)' } }, codes: [] },
    ],
    [
      'the right value typed by hand: replaced by the formula, nothing to report',
      2.5,
      { after: 2.5, write: { formula: 'SUM(D9:D10)', value: 2.5, old: { v: 2.5 } }, codes: [] },
    ],
    [
      'a different value typed by hand: replaced, reported, kept in a note',
      18.5,
      {
        after: 2.5,
        write: { formula: 'SUM(D9:D10)', value: 2.5, old: { v: 18.5 }, note: 'Giá trị cũ nhập tay: 18,5 (thay bằng công thức ngày 30/06/2024)' },
        codes: ['computed.overwritten'],
      },
    ],
    [
      'another formula giving another value: replaced, reported, kept in a note',
      { v: { error: '#REF!' }, f: 'SUM(#REF!)' },
      {
        after: 2.5,
        write: { formula: 'SUM(D9:D10)', value: 2.5, old: { v: { error: '#REF!' }, f: 'SUM(#REF!)' }, note: 'Công thức cũ: =SUM(#REF!) (giá trị #REF!); thay bằng công thức ngày 30/06/2024' },
        codes: ['computed.overwritten'],
      },
    ],
    ['a number stored as text is never overwritten', '2,5', { after: '2,5', write: null, codes: ['fill.textKept'] }],
    ['a remark is never overwritten', 'đạt', { after: 'đạt', write: null, codes: ['fill.textKept'] }],
  ])('%s', (_t, cell, expected) => {
    expect(run(cell, SUM)).toEqual(expected);
  });

  test('the message names the old value and the formula', () => {
    const c = ctx(18.5);
    place(c, 1, 2, SUM);
    expect(c.findings[0]).toEqual({ sheet: 'S', cell: 'B1', code: 'computed.overwritten', params: { old: 18.5, formula: '=SUM(D9:D10)' } });
  });

  test('a cell inside a merged range, not its top-left cell, is left alone and named', () => {
    const c = ctx(null, { merges: ['A1:B1'] });
    expect(place(c, 1, 2, SUM)).toBeNull();
    expect(c.writes).toEqual([]);
    expect(c.findings).toEqual([{ sheet: 'S', cell: 'B1', code: 'fill.mergedCell', params: { range: 'A1:B1' } }]);
  });

  test("a merged range's top-left cell is written", () => {
    const c = ctx(null, { merges: ['B1:C1'] });
    place(c, 1, 2, SUM);
    expect(c.writes).toHaveLength(1);
  });
});

describe('values mode (SPEC §7)', () => {
  test.each<[string, TestCell, Outcome]>([
    ['an empty cell gets the number', null, { after: 2.5, write: { value: 2.5, old: { v: null } }, codes: [] }],
    ['the same number: nothing written', 2.5, { after: 2.5, write: null, codes: [] }],
    ['our formula is turned into its value', { v: 2.5, f: 'SUM(D9:D10)' }, { after: 2.5, write: { value: 2.5, old: { v: 2.5, f: 'SUM(D9:D10)' } }, codes: [] }],
    [
      'a different typed number: replaced and reported',
      3,
      { after: 2.5, write: { value: 2.5, old: { v: 3 }, note: 'Giá trị cũ nhập tay: 3 (thay bằng giá trị tính lại ngày 30/06/2024)' }, codes: ['computed.overwritten'] },
    ],
  ])('%s', (_t, cell, expected) => {
    expect(run(cell, SUM, { values: true })).toEqual(expected);
  });

  test('the finding says a value, not a formula, replaced it', () => {
    const c = ctx(3, { values: true });
    place(c, 1, 2, SUM);
    expect(c.findings[0].params).toEqual({ old: 3, formula: '', value: 2.5 });
  });
});

describe('computed text (a rating, "Đúng hạn/quá hạn")', () => {
  test.each<[string, TestCell, Outcome]>([
    ['empty: written as a text value', null, { after: 'Quá hạn', write: { value: 'Quá hạn', old: { v: null } }, codes: [] }],
    ['a typed word meaning the same is kept', 'trễ hạn', { after: 'trễ hạn', write: null, codes: [] }],
    [
      'a typed word saying the opposite is replaced and reported',
      'Đúng hạn',
      { after: 'Quá hạn', write: { value: 'Quá hạn', old: { v: 'Đúng hạn' }, note: 'Giá trị cũ nhập tay: Đúng hạn (thay bằng giá trị tính lại ngày 30/06/2024)' }, codes: ['computed.overwritten'] },
    ],
    ['any other remark is kept', 'Đã báo cáo UBND tỉnh', { after: 'Đã báo cáo UBND tỉnh', write: null, codes: ['fill.textKept'] }],
  ])('%s', (_t, cell, expected) => {
    expect(run(cell, ON_TIME)).toEqual(expected);
  });

  test('with a formula, a typed word meaning the same is replaced by the formula silently', () => {
    expect(run('trễ hạn', { ...ON_TIME, formula: 'IF(C4<=E4,"Đúng hạn","Quá hạn")' })).toEqual({
      after: 'Quá hạn',
      write: { formula: 'IF(C4<=E4,"Đúng hạn","Quá hạn")', value: 'Quá hạn', old: { v: 'trễ hạn' } },
      codes: [],
    });
  });
});
