// Shared-formula translation (issue 3 §2): a follower cell's formula is the master's with its
// relative references moved, as Excel shows it in that cell.
import { displayFormula, shiftFormula } from '../../src/xlsx/formula';

describe('shiftFormula', () => {
  it.each<[string, number, number, string]>([
    ['SUM(A5:C5)', 1, 0, 'SUM(A6:C6)'],
    ['SUM(A5:C5)', 0, 1, 'SUM(B5:D5)'],
    ['$A$1+A1', 2, 2, '$A$1+C3'],
    ['$A1+A$1', 3, 1, '$A4+B$1'],
    ['Sheet2!B2*2', 1, 0, 'Sheet2!B3*2'],
    ["'Phụ lục 1'!C10/C$9", 1, 0, "'Phụ lục 1'!C11/C$9"],
    ["'A1'!A1", 1, 0, "'A1'!A2"],
    ['IF(D7="A1",A1,"x"&B2)', 1, 0, 'IF(D8="A1",A2,"x"&B3)'],
    ['"say ""A1"""&A1', 1, 0, '"say ""A1"""&A2'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['SUM(A:A)+SUM($B:C)', 0, 1, 'SUM(B:B)+SUM($B:D)'],
    ['SUM(1:1)+SUM($2:3)', 1, 0, 'SUM(2:2)+SUM($2:4)'],
    ['Table1[[#This Row],[A1]]+A1', 1, 0, 'Table1[[#This Row],[A1]]+A2'],
    ['[1]Sheet1!A1+A1', 1, 0, '[1]Sheet1!A2+A2'],
    ['DEC2BIN(A1)+myName2+TRUE', 1, 0, 'DEC2BIN(A2)+myName2+TRUE'],
    ['1E+5*A1+0.5', 1, 0, '1E+5*A2+0.5'],
    ['A1-1', -1, 0, '#REF!-1'],
    ['SUM(A1:B2)', 0, -1, 'SUM(#REF!)'],
    ['XFD1+A1048576', 0, 1, '#REF!+B1048576'],
    ['_xlfn.IFS(A1>0,1)', 1, 0, '_xlfn.IFS(A2>0,1)'],
    ['SUM(A1:A3) ', 0, 0, 'SUM(A1:A3) '],
    ['a1+b2', 1, 1, 'B2+C3'],
  ])('%s moved by (%i, %i) is %s', (src, dRow, dCol, expected) => {
    expect(shiftFormula(src, dRow, dCol)).toBe(expected);
  });
});

describe('displayFormula', () => {
  it.each([
    ['_xlfn.CONCAT(A1,"_xlfn.x")', 'CONCAT(A1,"_xlfn.x")'],
    ['_xlfn._xlws.FILTER(A1:A9,B1:B9>0)', 'FILTER(A1:A9,B1:B9>0)'],
    ['_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)(2)', 'LAMBDA(x,x+1)(2)'],
    ['SUM(A1:A3)', 'SUM(A1:A3)'],
  ])('%s shows as %s', (src, expected) => {
    expect(displayFormula(src)).toBe(expected);
  });
});
