// Reading a cell where a number is expected (SPEC §3): one reading for every rule.
import { messageOf } from '../../../src/engine/messages';
import { numericCellFindings, readNumericCell } from '../../../src/engine/rules/cells';
import { gridOf } from '../../helpers/grid';

const grid = gridOf([[0.5, '0,5', '+/- 3', { v: { error: '#REF!' } }, 'Không áp dụng', '', null]]);

test.each<[string, number, unknown]>([
  ['a number', 1, { kind: 'number', value: 0.5, fromText: false }],
  ['a number stored as text, Vietnamese comma', 2, { kind: 'number', value: 0.5, fromText: true, raw: '0,5' }],
  ['a bonus/penalty maximum', 3, { kind: 'plusMinus', value: 3, fromText: true }],
  ['an Excel error', 4, { kind: 'error', error: '#REF!' }],
  ['text', 5, { kind: 'text', text: 'Không áp dụng' }],
  ['an empty string', 6, { kind: 'empty' }],
  ['nothing', 7, { kind: 'empty' }],
])('%s', (_title, col, expected) => {
  expect(readNumericCell(grid, 1, col)).toMatchObject(expected as object);
});

test('shared findings: cell.error and cell.numberAsText name the cell and the value as typed', () => {
  const msgs = [2, 4, 1].flatMap((col) => numericCellFindings('Sheet1', readNumericCell(grid, 1, col), 'score')).map((f) => [f.code, messageOf(f, 'vi')]);
  expect(msgs).toEqual([
    ['cell.numberAsText', 'B1: số «0,5» được lưu dạng văn bản'],
    ['cell.error', 'D1: ô có lỗi #REF!, trong khi cần một điểm số'],
  ]);
});
