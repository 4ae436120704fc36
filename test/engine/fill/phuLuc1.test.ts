// SPEC §5, §7: the "Đúng hạn/quá hạn" column of seed 004's Phụ lục I filled at year end
// (test/fixtures/planVariants.ts says what each row tests).
import { planFill } from '../../../src/engine/fill';
import type { WritePlan } from '../../../src/engine/fill/plan';
import { a1, type WorkbookGrids } from '../../../src/engine/grid';
import { toIssue } from '../../../src/engine/messages';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { phuLucIFilled2024 } from '../../fixtures/planVariants';
import { toExcelWorkbook } from '../../fixtures/workbook';

let wb: WorkbookGrids;
beforeAll(async () => {
  wb = await readWorkbookBuffer(Buffer.from(await (await toExcelWorkbook(phuLucIFilled2024())).xlsx.writeBuffer()), 'pl1.xlsx');
});

function plan(values = false): WritePlan {
  return planFill(wb, { file: 'pl1.xlsx', today: '2024-12-20', values });
}

const F12 = 'IF(OR(C12="",E12=""),"",IF(C12<=E12,"Đúng hạn","Quá hạn"))';

test('a formula where both dates are date cells, the word elsewhere; typed words that agree are kept', () => {
  const p = plan();
  expect(p.writes.map((w) => [a1(w.row, w.col), w.formula ?? null, w.value, w.old.v])).toEqual([
    ['F12', F12, 'Quá hạn', 'Đúng hạn'], // typed "Đúng hạn", the dates say late
    ['F14', null, 'Đúng hạn', null], // not typed
    ['F19', null, 'Đúng hạn', 'Trễ hạn'], // typed "Trễ hạn", the dates say on time
  ]);
  // F10, F11 agree; F16's "quá hạn" says what the dates say; F15, F18: the dates do not tell.
  expect(p.findings.map((f) => toIssue(f, 'vi').message)).toEqual([
    `F12: giá trị nhập tay «Đúng hạn» được thay bằng công thức =${F12}; giá trị cũ lưu trong ghi chú của ô`,
    'F19: giá trị nhập tay «Trễ hạn» được thay bằng giá trị tính lại Đúng hạn; giá trị cũ lưu trong ghi chú của ô',
  ]);
  expect(p.writes[0].note).toBe('Giá trị cũ nhập tay: Đúng hạn (thay bằng công thức ngày 20/12/2024)');
});

test('values mode: the same cells, the word instead of the formula', () => {
  expect(plan(true).writes.map((w) => [a1(w.row, w.col), w.formula ?? null, w.value])).toEqual([
    ['F12', null, 'Quá hạn'],
    ['F14', null, 'Đúng hạn'],
    ['F19', null, 'Đúng hạn'],
  ]);
});

test('only the Đúng hạn/quá hạn column is ever written', () => {
  expect(new Set(plan().writes.map((w) => w.col))).toEqual(new Set([6]));
});
