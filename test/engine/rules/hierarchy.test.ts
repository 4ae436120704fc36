// SPEC §4.1: the tree of codes, and its issues (orphan, duplicate, gap, wrong parent, mangled).
import { detectTables } from '../../../src/engine/detect';
import { buildHierarchy } from '../../../src/engine/rules/hierarchy';
import { gridOf, workbookOf, type TestCell } from '../../helpers/grid';
import bang2 from '../../../src/engine/generate/data/dienbien_bang2.json';
import criteria2019 from '../../fixtures/seeds/dongnai_criteria_2019.json';

const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa'];

function tree(rows: TestCell[][]) {
  const grid = gridOf([HEADER, ...rows]);
  const [table] = detectTables(workbookOf(grid));
  return buildHierarchy(table, grid);
}

function issues(rows: TestCell[][]) {
  return tree(rows).findings.map((f) => [f.code, f.cell, 'code' in f.params ? f.params.code : undefined]);
}

describe('hierarchy vectors', () => {
  test.each<[string, TestCell[][], unknown[]]>([
    ['a well-formed tree has no issue', [['1', 'A', 3], ['1.1', 'a', 1], ['1.1.1', 'x', 1], ['1.2', 'b', 2], ['2', 'B', 1]], []],
    ['gap among siblings', [['1', 'A', 3], ['1.1', 'a', 1], ['1.3', 'c', 2]], [['code.gap', 'A4', '1.3']]],
    ['gap at the first child', [['1', 'A', 3], ['1.2', 'b', 3]], [['code.gap', 'A3', '1.2']]],
    ['gap between areas', [['1', 'A', 3], ['3', 'C', 3]], [['code.gap', 'A3', '3']]],
    ['orphan: 1.1.1 right under 1', [['1', 'A', 3], ['1.1.1', 'x', 3]], [['code.orphan', 'A3', '1.1.1']]],
    ['duplicate', [['1', 'A', 3], ['1.1', 'a', 1], ['1.1', 'a again', 2]], [['code.duplicate', 'A4', '1.1']]],
    [
      'wrong parent: 1.1.x under 1.2',
      [['1', 'A', 3], ['1.1', 'a', 1], ['1.1.1', 'x', 1], ['1.2', 'b', 2], ['1.1.2', 'y', 2]],
      [['code.wrongParent', 'A6', '1.1.2']],
    ],
  ])('%s', (_title, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });

  test('a code Excel turned into a number is reported and read from its siblings (1.10 stored as 1.1)', () => {
    const rows: TestCell[][] = [['1', 'A', 10]];
    for (let i = 1; i <= 9; i++) rows.push([`1.${i}`, `t${i}`, 1]);
    rows.push([1.1, 't10', 1]);
    const h = tree(rows);
    expect(h.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ['code.mangledByExcel', 'A12', { value: 1.1, code: '1.10' }],
    ]);
    expect(h.nodes[10].code).toBe('1.10');
    expect(h.roots[0].children.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  });

  test('parent links, items under a node, codes restart after a Roman section', () => {
    const grid = gridOf([
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Năm 2023', 'Năm 2024'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO'],
      ['1', 'Kế hoạch'],
      ['', 'Số nhiệm vụ đề ra', 'Nhiệm vụ', 1, 2],
      ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 1, 2],
      ['III', 'KẾT QUẢ'],
      ['1', 'Cải cách thể chế'],
      ['1.1', 'Số VBQPPL', 'Văn bản', 3, 4],
    ]);
    const [table] = detectTables(workbookOf(grid));
    const h = buildHierarchy(table, grid);
    expect(h.nodes.map((n) => [n.code, n.section, n.parent?.code ?? null, n.items.length])).toEqual([
      ['1', 1, null, 2],
      ['1', 2, null, 0],
      ['1.1', 2, '1', 0],
    ]);
    expect(h.findings.map((f) => [f.code, f.cell])).toEqual([['code.gap', 'A6']]);
  });
});

describe('seed tables', () => {
  function seedTree(rows: TestCell[][], header: TestCell[]) {
    const grid = gridOf([header, ...rows]);
    const [table] = detectTables(workbookOf(grid));
    return buildHierarchy(table, grid);
  }

  test('Bảng 2 (seed 001): rows 5.10.1–5.10.4 under 5.11 are misplaced, nothing else is wrong', () => {
    const h = seedTree(
      bang2.rows.map((r) => [r.code, r.name, r.max, r.note]),
      ['STT', 'Lĩnh Vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Ghi chú'],
    );
    const wrong = h.findings.filter((f) => f.code === 'code.wrongParent');
    expect(wrong.map((f) => f.params)).toEqual(
      ['5.10.1', '5.10.2', '5.10.3', '5.10.4'].map((code) => ({ code, expectedParent: '5.10', actualParent: '5.11' })),
    );
    expect(h.findings.filter((f) => f.code !== 'code.wrongParent')).toEqual([]);
    const n511 = h.nodes.find((n) => n.code === '5.11');
    expect(n511?.children.map((c) => c.code)).toEqual(['5.10.1', '5.10.2', '5.10.3', '5.10.4']);
    expect(h.roots.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('criteria 2019 (seed 000): 2.3.3 follows 2.3.1 with no 2.3.2', () => {
    const h = seedTree(criteria2019.rows, criteria2019.header);
    const gaps = h.findings.filter((f) => f.code === 'code.gap').map((f) => f.params);
    expect(gaps).toContainEqual({ code: '2.3.3', previous: '2.3.1', expected: '2.3.2' });
  });
});
