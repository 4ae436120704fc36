// SPEC §3: Vietnamese numbers, as typed in score, count and statistics cells.
import type { Scalar } from '../../../src/engine/grid';
import { formatNumberText, readNumber, type NumberContext, type NumberRead } from '../../../src/engine/text/numbers';

const num = (value: number, percent?: boolean): NumberRead =>
  percent ? { kind: 'number', value, fromText: true, percent: true } : { kind: 'number', value, fromText: true };
const pm = (value: number): NumberRead => ({ kind: 'plusMinus', value, fromText: true });

interface Vector {
  input: Scalar;
  context?: NumberContext;
  expected: NumberRead | null;
}

const TEXT: Vector[] = [
  // decimal comma and decimal point
  { input: '0,5', expected: num(0.5) },
  { input: '0.5', expected: num(0.5) },
  { input: '16,5', expected: num(16.5) },
  { input: '3,25', expected: num(3.25) },
  { input: ',5', expected: num(0.5) },
  { input: '.5', expected: num(0.5) },
  { input: '12.34', expected: num(12.34) },
  { input: '12.34', context: 'count', expected: num(12.34) },
  { input: '0,5', context: 'count', expected: num(0.5) },
  { input: '0.500', context: 'count', expected: num(0.5) },
  // integers
  { input: '3', expected: num(3) },
  { input: '100', expected: num(100) },
  { input: '007', expected: num(7) },
  { input: '0', expected: num(0) },
  // a dot before 3 digits: thousands in a count column, decimal elsewhere
  { input: '1.234', context: 'count', expected: num(1234) },
  { input: '1.234', context: 'decimal', expected: num(1.234) },
  { input: '1.234', expected: num(1.234) },
  { input: '12.500', context: 'count', expected: num(12500) },
  { input: '1234.567', context: 'count', expected: num(1234.567) },
  // several groups: thousands in both
  { input: '1.234.567', context: 'count', expected: num(1234567) },
  { input: '1.234.567', context: 'decimal', expected: num(1234567) },
  { input: '1.234,5', expected: num(1234.5) },
  { input: '1.234,5', context: 'count', expected: num(1234.5) },
  { input: '1,234.5', expected: num(1234.5) },
  { input: '1,234,567', expected: num(1234567) },
  { input: '1,234', expected: num(1.234) },
  { input: '10 000', context: 'count', expected: num(10000) },
  { input: '1\u00a0234\u00a0567', expected: num(1234567) },
  // signs
  { input: '+3', expected: num(3) },
  { input: '+ 3', expected: num(3) },
  { input: '-1', expected: num(-1) },
  { input: '−1', expected: num(-1) },
  { input: '–1', expected: num(-1) },
  { input: '-0,5', expected: num(-0.5) },
  { input: '-0', expected: num(0) },
  // plus/minus maxima (SPEC §2.3)
  { input: '+/-3', expected: pm(3) },
  { input: '+/- 3', expected: pm(3) },
  { input: '±3', expected: pm(3) },
  { input: '± 3', expected: pm(3) },
  { input: '+ / - 3', expected: pm(3) },
  { input: '+-3', expected: pm(3) },
  { input: '-/+3', expected: pm(3) },
  { input: '+/-1,5', expected: pm(1.5) },
  { input: ' +/-3 ', expected: pm(3) },
  // surrounding spaces, NBSP, line breaks
  { input: ' 3 ', expected: num(3) },
  { input: '\u00a00,5\u00a0', expected: num(0.5) },
  { input: '\n2\t', expected: num(2) },
  // percentages
  { input: '95%', expected: num(95, true) },
  { input: '95 %', expected: num(95, true) },
  { input: '95\u00a0%', expected: num(95, true) },
  { input: '97,5%', expected: num(97.5, true) },
  { input: '0%', expected: num(0, true) },
  { input: '-5%', expected: num(-5, true) },
  // not numbers: other modules read fractions, codes, units
  { input: '3đ', expected: null },
  { input: '3 điểm', expected: null },
  { input: 'abc', expected: null },
  { input: '1/2', expected: null },
  { input: '14/14', expected: null },
  { input: '', expected: null },
  { input: '   ', expected: null },
  { input: '-', expected: null },
  { input: '+', expected: null },
  { input: '%', expected: null },
  { input: '+/-', expected: null },
  { input: '+/-3%', expected: null },
  { input: '95%%', expected: null },
  { input: '1.1.1', expected: null },
  { input: '1.2.3', context: 'count', expected: null },
  { input: '5.', expected: null },
  { input: '3,', expected: null },
  { input: '1e3', expected: null },
  { input: 'Infinity', expected: null },
  { input: 'NaN', expected: null },
  { input: '0x10', expected: null },
  { input: '1,2,3', expected: null },
  { input: '1.23.456', expected: null },
  { input: '1 23', expected: null },
  { input: '3 - 5', expected: null },
  { input: '--3', expected: null },
  { input: '1'.repeat(400), expected: null },
];

const SCALARS: Vector[] = [
  { input: 3, expected: { kind: 'number', value: 3, fromText: false } },
  { input: 0.5, expected: { kind: 'number', value: 0.5, fromText: false } },
  { input: -1, expected: { kind: 'number', value: -1, fromText: false } },
  { input: 1.234, context: 'count', expected: { kind: 'number', value: 1.234, fromText: false } },
  { input: Number.NaN, expected: null },
  { input: Number.POSITIVE_INFINITY, expected: null },
  { input: Number.NEGATIVE_INFINITY, expected: null },
  { input: true, expected: null },
  { input: false, expected: null },
  { input: null, expected: null },
  { input: { error: '#REF!' }, expected: null },
  { input: { error: '#VALUE!' }, expected: null },
];

describe('readNumber', () => {
  test.each(TEXT)('$input ($context)', ({ input, context, expected }) => {
    expect(readNumber(input, context)).toEqual(expected);
  });

  test.each(SCALARS)('scalar $input', ({ input, context, expected }) => {
    expect(readNumber(input, context)).toEqual(expected);
  });

  test('no percent key on plain numbers', () => {
    expect(readNumber('3')).not.toHaveProperty('percent');
  });
});

describe('formatNumberText', () => {
  test.each([
    [0, '0'],
    [-0, '0'],
    [3, '3'],
    [-3, '-3'],
    [3.5, '3.5'],
    [0.1 + 0.2, '0.3'],
    [1.1000000000000001, '1.1'],
    [1 - 0.9, '0.1'],
    [100, '100'],
    [123456789012345, '123456789012345'],
    [1e15, '1000000000000000'],
    [2 ** 60, '1152921504606850000'],
    [1e21, '1000000000000000000000'],
    [-1.5e22, '-15000000000000000000000'],
    [1e-7, '0.0000001'],
    [1.23e-10, '0.000000000123'],
    [0.000001, '0.000001'],
    [43831, '43831'],
    [43831.5, '43831.5'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%p → %j', (n, expected) => {
    expect(formatNumberText(n)).toBe(expected);
  });
});
