// Small pure parts of the add-in: addresses, the store's XML, batching, and the pane's grouping.
import { parseAreas, parseQualified, qualify } from '../../src/addin/excel/address';
import { toBatches, toBlocks, type WriteOp } from '../../src/addin/excel/batch';
import { toGrid } from '../../src/addin/excel/read';
import { normalizeFormula, sameState } from '../../src/addin/excel/snapshot';
import { joinParts, parsePartXml, partXml } from '../../src/addin/excel/store';
import { editTouchesTable, groupFindings, highlightRequests, summarize, withDismissals } from '../../src/addin/taskpane/model';
import { langOf } from '../../src/addin/taskpane/strings';
import type { Report } from '../../src/report/schema';

describe('addresses', () => {
  test.each([
    ['Sheet1!A1:B2', { sheet: 'Sheet1', rect: { top: 1, left: 1, bottom: 2, right: 2 } }],
    ["'Bảng 1, 2'!C3", { sheet: 'Bảng 1, 2', rect: { top: 3, left: 3, bottom: 3, right: 3 } }],
    ["'It''s'!$B$2:$D$4", { sheet: "It's", rect: { top: 2, left: 2, bottom: 4, right: 4 } }],
    ['Sheet1!3:5', { sheet: 'Sheet1', rect: { top: 3, left: 1, bottom: 5, right: 16_384 } }],
  ])('%s', (address, expected) => {
    expect(parseQualified(address)).toEqual(expected);
  });

  test('a RangeAreas list is split outside quoted sheet names', () => {
    expect(parseAreas("'Bảng 1, 2'!A1:B2, 'Bảng 1, 2'!D4").map((a) => a.rect)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  test('qualified addresses always quote the sheet', () => {
    expect(qualify("It's", 'A1')).toBe("'It''s'!A1");
  });
});

describe('reading values back', () => {
  test('errors, dates, formulas and text that starts with "=" are kept apart', () => {
    const grid = toGrid({
      name: 'S',
      protected: false,
      address: 'S!B2:D3',
      values: [
        ['#REF!', 45_000, '=x'],
        [7, '', ''],
      ],
      formulas: [
        ['#REF!', 45_000, '=x'],
        ['=A1*7', '=IF(1,"","")', ''],
      ],
      numberFormat: [
        ['General', 'dd/mm/yyyy', '@'],
        ['General', 'General', 'General'],
      ],
      merges: null,
      visible: 'S!B2:D2',
      font: null,
      cornerFonts: null,
    });
    expect(grid.rows).toEqual([
      [{ v: { error: '#REF!' } }, { v: 45_000, fmt: 'dd/mm/yyyy' }, { v: '=x', fmt: '@' }],
      [{ v: 7, f: 'A1*7' }, { v: '', f: 'IF(1,"","")' }],
    ]);
    expect(grid.hiddenRows).toEqual([3]);
  });

  test('formulas compare as Excel shows them', () => {
    expect(normalizeFormula('=sum( d8 , d9 )')).toBe('SUM(D8,D9)');
    expect(normalizeFormula('="a b"')).toBe('"a b"');
    expect(sameState({ v: 3, f: 'SUM(D8,D9)' }, { v: 0, f: 'sum(D8, D9)' })).toBe(true);
    expect(sameState({ v: 0.30000000000000004 }, { v: 0.3 })).toBe(true);
    expect(sameState({ v: null }, { v: '' })).toBe(true);
    expect(sameState({ v: '3' }, { v: 3 })).toBe(false);
  });
});

describe('the store in custom XML parts', () => {
  test('a value cut into parts comes back whole, from the newest complete generation', () => {
    const text = JSON.stringify({ entries: [{ note: 'a < b & "c"' }] });
    const half = Math.floor(text.length / 2);
    const xmls = [
      partXml('undo', '000000000000001-a', 0, 1, '{"entries":[]}'),
      partXml('undo', '000000000000002-b', 1, 2, text.slice(half)),
      partXml('undo', '000000000000002-b', 0, 2, text.slice(0, half)),
      // A newer generation cut short (one part of two): ignored.
      partXml('undo', '000000000000003-c', 0, 2, '{"entries'),
    ];
    const parts = xmls.map((x) => parsePartXml(`<?xml version="1.0" encoding="UTF-8"?>${x}`));
    expect(joinParts(parts.filter((p) => p !== null))).toBe(text);
  });
});

describe('batching', () => {
  test('cells become rectangles, and never cover a cell that is not planned', () => {
    const blocks = toBlocks([
      { sheet: 'S', row: 2, col: 2, input: 1 },
      { sheet: 'S', row: 3, col: 2, input: 2 },
      { sheet: 'S', row: 2, col: 3, input: 3 },
      { sheet: 'S', row: 3, col: 3, input: 4 },
      { sheet: 'S', row: 5, col: 2, input: 5 },
    ]);
    expect(blocks).toEqual([
      { sheet: 'S', top: 2, left: 2, inputs: [[1, 3], [2, 4]] },
      { sheet: 'S', top: 5, left: 2, inputs: [[5]] },
    ]);
  });

  test('a block too large for one request is split by rows', () => {
    const inputs = Array.from({ length: 1000 }, () => ['x'.repeat(100)]);
    const ops: WriteOp[] = [{ kind: 'cells', block: { sheet: 'S', top: 1, left: 1, inputs } }];
    const batches = toBatches(ops, 20_000);
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.flat().reduce((n, op) => n + (op.kind === 'cells' ? op.block.inputs.length : 0), 0)).toBe(1000);
  });
});

describe('the pane model', () => {
  const report: Report = {
    schema: 'cchc-report/1',
    file: 'x.xlsx',
    today: '2024-06-30',
    tables: [
      {
        sheet: 'A',
        kind: 'planTasks',
        range: 'A5:H40',
        headerRows: [5],
        columns: {},
        year: 2024,
        rows: 35,
        summary: { tasks: 30, completed: 15, completionPercent: 50, overdue: [{ cell: 'F7', code: '1.1', deadline: '2024-03-31' }], dueSoon: [], recurring: 0, external: 0, unparsed: 0 },
      },
      {
        sheet: 'B',
        kind: 'assignment',
        range: 'A3:D20',
        headerRows: [3],
        columns: {},
        year: null,
        rows: 17,
        summary: { criteria: 17, unassigned: [], owners: {} },
      },
    ],
    issues: [
      { sheet: 'A', cell: 'F7', severity: 'warning', code: 'task.overdue', message: 'F7: quá hạn', table: 0 },
      { sheet: 'A', cell: 'F9', severity: 'warning', code: 'task.overdue', message: 'F9: quá hạn', table: 0 },
      { sheet: 'A', cell: 'B6', severity: 'error', code: 'code.duplicate', message: 'B6: trùng', table: 0 },
      { sheet: 'B', cell: 'C4', severity: 'info', code: 'cell.numberAsText', message: 'C4: số dạng văn bản', table: 1 },
    ],
  };
  const all = { sheet: null, severities: new Set(['error', 'warning', 'info'] as const), showDismissed: true };

  test('findings group by table, then rule (errors first), then cells', () => {
    const groups = groupFindings(report, [], all);
    expect(groups.map((g) => [g.key, g.rules.map((r) => [r.code, r.items.length])])).toEqual([
      ['t0', [['code.duplicate', 1], ['task.overdue', 2]]],
      ['t1', [['cell.numberAsText', 1]]],
    ]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 2, info: 0 });
  });

  test('the active sheet and the severity filters narrow the list; dismissed findings stay, marked', () => {
    const dismissals = [{ sheet: 'A', cell: 'F9', code: 'task.overdue', reason: 'Đã gia hạn', at: '' }];
    const groups = groupFindings(report, dismissals, { sheet: 'A', severities: new Set(['warning'] as const), showDismissed: true });
    expect(groups).toHaveLength(1);
    expect(groups[0].rules[0].items.map((i) => i.issue.dismissed)).toEqual([undefined, { reason: 'Đã gia hạn' }]);
    expect(groups[0].counts.warning).toBe(1);
    expect(highlightRequests(report, dismissals).map((h) => h.cell)).toEqual(['F7', 'B6', 'C4']);
    expect(withDismissals(report.issues, dismissals).filter((i) => i.dismissed)).toHaveLength(1);
  });

  test('the summary reads completion and overdue from the plan summary', () => {
    expect(summarize(report, [], 'A')).toEqual({ scoreSheets: [], plans: [{ sheet: 'A', range: 'A5:H40', completion: 50, overdue: 1 }], errors: 1, warnings: 2 });
  });

  test('an edit inside a table (or just under it) re-checks; elsewhere it does not', () => {
    expect(editTouchesTable(report, 'A', 'C10')).toBe(true);
    expect(editTouchesTable(report, 'A', 'C42')).toBe(true);
    expect(editTouchesTable(report, 'A', 'C60')).toBe(false);
    expect(editTouchesTable(report, 'B', 'Z1')).toBe(false);
  });

  test('Vietnamese unless Office speaks another language', () => {
    expect(langOf('vi-VN')).toBe('vi');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(langOf(undefined)).toBe('vi');
  });
});
