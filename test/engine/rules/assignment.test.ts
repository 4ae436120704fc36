// SPEC §2.4: the assignment table. Vectors (right value, each wrong value with its exact code and
// cell), then seed 002 end to end through the .xlsx reader.
import { analyseWorkbook } from '../../../src/engine/check';
import type { AssignmentTable } from '../../../src/engine/detect/types';
import type { Grid } from '../../../src/engine/grid';
import { checkAssignment } from '../../../src/engine/rules/assignment';
import { DEFAULT_CONFIG } from '../../../src/report/config';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { assignment2024 } from '../../fixtures/build';
import { cellValue, toExcelWorkbook, type WorkbookSpec } from '../../fixtures/workbook';
import { gridOf, workbookOf, type GridOptions, type TestCell } from '../../helpers/grid';

const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Đơn vị thực hiện', 'Ghi chú'];

function run(grids: Grid[]) {
  return analyseWorkbook(workbookOf(...grids), { file: 't.xlsx', today: '2024-06-30' });
}

function assignmentGrid(rows: TestCell[][], opts: GridOptions = {}): Grid {
  return gridOf([HEADER, ...rows], { sheet: 'Phân công', ...opts });
}

function issues(rows: TestCell[][], opts: GridOptions = {}): Array<[string, string]> {
  return run([assignmentGrid(rows, opts)]).findings.map((f) => [f.code, f.cell]);
}

type Vector = [title: string, rows: TestCell[][], merges: string[], expected: Array<[string, string]>];

describe('every criterion and component has an owner (SPEC §2.4)', () => {
  test.each<Vector>([
    ['an owner on every criterion', [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', 'Văn phòng'], ['1.2', 'Báo cáo', 'Thanh tra']], [], []],
    ['a criterion without an owner', [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', 'Văn phòng'], ['1.2', 'Báo cáo', '']], [], [['assignment.unassigned', 'C4']]],
    [
      'an owner cell merged over several rows covers them (seed 002: 1.1 over 1.1 … 1.3.3)',
      [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', 'Văn phòng Sở'], ['1.1.1', 'Ban hành'], ['1.2', 'Báo cáo'], ['1.3', 'Kiểm tra', 'Thanh tra']],
      ['C3:C5'],
      [],
    ],
    [
      'an owner on a criterion covers its components, not its siblings',
      [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', 'Văn phòng'], ['1.1.1', 'Ban hành'], ['1.1.2', 'Thực hiện'], ['1.2', 'Báo cáo']],
      [],
      [['assignment.unassigned', 'C6']],
    ],
    [
      'a criterion whose components all have owners is covered (seed 002: 3.3)',
      [['1', 'TTHC'], ['1.1', 'Một cửa'], ['1.1.1', 'Một cửa', 'Văn phòng'], ['1.1.2', 'Liên thông', 'Văn phòng'], ['1.1.3', 'Giải quyết', 'Các phòng chuyên môn']],
      [],
      [],
    ],
    [
      'a criterion partly covered: its uncovered component is reported, not the criterion',
      [['1', 'TTHC'], ['1.1', 'Một cửa'], ['1.1.1', 'Một cửa', 'Văn phòng'], ['1.1.2', 'Liên thông']],
      [],
      [['assignment.unassigned', 'C5']],
    ],
    [
      'a criterion nobody covers: it and each component',
      [['1', 'CHỈ ĐẠO'], ['1.1', 'Truyền thông'], ['1.1.1', 'Cung cấp thông tin'], ['1.1.2', 'Hình thức']],
      [],
      [['assignment.unassigned', 'C3'], ['assignment.unassigned', 'C4'], ['assignment.unassigned', 'C5']],
    ],
    [
      'an area needs no owner of its own; an area with nothing under it does',
      [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', 'Văn phòng'], ['2', 'THỂ CHẾ']],
      [],
      [['assignment.unassigned', 'C4']],
    ],
    [
      'an un-coded row under an area (seed 002: SIPAS) needs an owner',
      [['1', 'TÁC ĐỘNG'], ['', 'Kết quả khảo sát sự hài lòng (Chỉ số SIPAS)', '']],
      [],
      [['assignment.unassigned', 'C3']],
    ],
    ['a dash names nobody', [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch', '-']], [], [['assignment.unassigned', 'C3']]],
    [
      'an owner on the continuation row of a criterion split by a page break',
      [['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch CCHC', ''], ['', '', 'Văn phòng']],
      [],
      [],
    ],
  ])('%s', (_t, rows, merges, expected) => {
    expect(issues(rows, { merges })).toEqual(expected);
  });

  test('the unassigned row is named by its code, or by its text when it has none', () => {
    const r = run([assignmentGrid([['1', 'CHỈ ĐẠO'], ['1.1', 'Kế hoạch'], ['2', 'TÁC ĐỘNG'], ['', 'Chỉ số SIPAS', '']])]);
    expect(r.report.tables[0].summary).toMatchObject({ unassigned: ['1.1', 'Chỉ số SIPAS'] });
    expect(r.report.issues.map((i) => i.message)).toEqual(['C3: mục 1.1 chưa có đơn vị thực hiện', 'C5: mục Chỉ số SIPAS chưa có đơn vị thực hiện']);
  });
});

describe('codes well formed', () => {
  test.each<Vector>([
    ['duplicate', [['1', 'A'], ['1.1', 'a', 'VP'], ['1.1', 'b', 'VP']], [], [['code.duplicate', 'A4']]],
    ['gap', [['1', 'A'], ['1.1', 'a', 'VP'], ['1.3', 'c', 'VP']], [], [['code.gap', 'A4']]],
    ['orphan', [['1', 'A'], ['1.1.1', 'a', 'VP']], [], [['code.orphan', 'A3']]],
    ['malformed "1,2"', [['1', 'A'], ['1.1', 'a', 'VP'], ['1,2', 'b', 'VP']], [], [['code.malformed', 'A4']]],
  ])('%s', (_t, rows, merges, expected) => {
    expect(issues(rows, { merges })).toEqual(expected);
  });
});

describe('owners summary', () => {
  test('names normalised: NFC, wrapped lines joined, trailing punctuation dropped, one owner per spelling', () => {
    const r = run([
      assignmentGrid([
        ['1', 'CHỈ ĐẠO'],
        ['1.1', 'Kế hoạch', 'Văn phòng\nSở'],
        ['1.2', 'Báo cáo', 'Văn phòng Sở'.normalize('NFD')],
        ['1.3', 'Kiểm tra', 'Phòng KH-\nTC-TH'],
        ['1.4', 'Truyền thông', 'Thanh tra tổng hợp.'],
        ['1.5', 'Đánh giá', 'văn phòng sở'],
      ]),
    ]);
    expect(r.report.tables[0].summary).toEqual({
      criteria: 5,
      unassigned: [],
      owners: { 'Văn phòng Sở': 3, 'Phòng KH-TC-TH': 1, 'Thanh tra tổng hợp': 1 },
    });
  });
});

describe('codes match the score sheet of the same criteria', () => {
  const SCORE_HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa'];
  const score = (codes: string[]) => gridOf([SCORE_HEADER, ...codes.map((c) => [c, `Tiêu chí ${c}`, 1])], { sheet: 'Chấm điểm' });
  const assign = (codes: string[]) => assignmentGrid(codes.map((c) => [c, `Tiêu chí ${c}`, 'Văn phòng']));

  /** The assignment table's findings (table 0), wherever they point. */
  const ofAssignment = (grids: Grid[]) => run(grids).report.issues.filter((i) => i.table === 0);

  test('same codes: nothing', () => {
    const codes = ['1', '1.1', '1.2', '2', '2.1'];
    expect(ofAssignment([assign(codes), score(codes)])).toEqual([]);
  });

  test('a code not in the score sheet, a criterion not assigned', () => {
    const found = ofAssignment([assign(['1', '1.1', '1.2', '1.3', '2', '2.1']), score(['1', '1.1', '1.2', '2', '2.1', '2.2'])]);
    expect(found.map((i) => [i.sheet, i.cell, i.code, i.message])).toEqual([
      ['Phân công', 'A5', 'assignment.unknownCode', 'A5: mã 1.3 không có trong bảng chấm điểm (trang Chấm điểm)'],
      ['Chấm điểm', 'A7', 'assignment.missingCode', 'A7: mục 2.2 của bảng chấm điểm chưa được phân công (trang Phân công)'],
    ]);
  });

  test('a score sheet of other criteria (under half the codes in common) is not compared', () => {
    expect(ofAssignment([assign(['1', '1.1', '1.2', '1.3', '1.4']), score(['1', '2', '3'])])).toEqual([]);
  });
});

// ---- seed 002 ---------------------------------------------------------------------------------

async function analyse(spec: WorkbookSpec) {
  const wb = await toExcelWorkbook(spec);
  const buf = await wb.xlsx.writeBuffer();
  const grids = await readWorkbookBuffer(new Uint8Array(buf as ArrayBuffer), 'phan-cong.xlsx');
  return analyseWorkbook(grids, { file: 'phan-cong.xlsx', today: '2024-06-30' });
}

/** Seed 002 with the owner cell of the row coded `code` emptied (a merged cell stays merged). */
function withoutOwner(code: string): WorkbookSpec {
  const spec = assignment2024();
  const sheet = spec.sheets[0];
  const rows = sheet.rows.map((r) => [...r]);
  const at = rows.findIndex((r) => cellValue(r[0] ?? null) === code);
  if (at < 0) throw new Error(`no row ${code}`);
  rows[at][2] = null;
  return { sheets: [{ ...sheet, rows }] };
}

describe('seed 002, Bảng phân công phụ trách 2024', () => {
  test('recognised, every criterion covered, owners counted over their merged cells', async () => {
    const r = await analyse(assignment2024());
    expect(r.report.tables.map((t) => [t.kind, t.range, t.columns])).toEqual([
      ['assignment', 'A6:D124', { code: 'A', criterion: 'B', owner: 'C', note: 'D' }],
    ]);
    expect(r.report.issues).toEqual([]);
    expect(r.report.tables[0].summary).toEqual({
      criteria: 107,
      unassigned: [],
      owners: {
        'Văn phòng Sở': 27, // 1.1 over 1.1 … 1.3.3 (8 rows) and 5.1 over area 5 (19 rows)
        'Phòng KH-TC-TH': 3, // 1.4 over 1.4 … 1.4.2
        'Văn phòng': 18,
        'Văn phòng tổng hợp, các phòng, đơn vị đề xuất sáng kiến': 3,
        'Thanh tra tổng hợp': 3, // "Thanh tra tổng hợp." in the seed
        'Thanh tra': 18,
        'Các phòng chuyên môn': 1,
        'Văn phòng tổng hợp': 6,
        KHTCTH: 13,
        'Văn phòng (Các phòng, đơn vị phối hợp)': 6,
        'Văn phòng (Các phòng chuyên môn phối hợp)': 5,
        'Văn phòng theo dõi': 1,
      },
    });
  });

  test('removing the owner of 3.2 gives assignment.unassigned on its row', async () => {
    const r = await analyse(withoutOwner('3.2'));
    expect(r.report.issues.map((i) => [i.code, i.cell])).toEqual([['assignment.unassigned', 'C50']]);
    expect(r.report.tables[0].summary).toMatchObject({ unassigned: ['3.2'] });
  });

  test('removing the owner merged over 1.4 … 1.4.2 leaves the three rows unassigned', async () => {
    const r = await analyse(withoutOwner('1.4'));
    expect(r.report.issues.map((i) => [i.code, i.cell])).toEqual([
      ['assignment.unassigned', 'C16'],
      ['assignment.unassigned', 'C17'],
      ['assignment.unassigned', 'C18'],
    ]);
  });

  test('removing the owner of 3.3.1 (merged over 3.3.1 … 3.3.3) leaves 3.3 partly covered by 3.3.4', async () => {
    const r = await analyse(withoutOwner('3.3.1'));
    expect(r.report.tables[0].summary).toMatchObject({ unassigned: ['3.3.1', '3.3.2', '3.3.3'] });
  });
});

describe('speed (SPEC §11)', () => {
  test('a 5 000-row assignment table with merged owners reads clean (its speed is in npm run bench)', () => {
    const rows: TestCell[][] = [];
    const merges: string[] = [];
    for (let a = 1; rows.length < 5000; a++) {
      rows.push([String(a), `LĨNH VỰC ${a}`]);
      for (let c = 1; c <= 20; c++) {
        rows.push([`${a}.${c}`, 'Kế hoạch CCHC hàng năm', 'Văn phòng Sở']);
        merges.push(`C${rows.length + 1}:C${rows.length + 3}`);
        for (let d = 1; d <= 3; d++) rows.push([`${a}.${c}.${d}`, 'Ban hành kế hoạch cải cách hành chính']);
      }
    }
    const g = assignmentGrid(rows, { merges });
    const { tables } = analyseWorkbook(workbookOf(g), { file: 't.xlsx', today: '2024-06-30' });
    const ctx = { grid: g, workbook: workbookOf(g), tables, today: '2024-06-30', config: DEFAULT_CONFIG };
    const table = tables[0] as AssignmentTable;
    // Speed is measured by npm run bench, never here: this checks a large table reads clean.
    const result = checkAssignment(table, ctx);
    expect(result.findings).toEqual([]);
    expect(result.summary.unassigned).toEqual([]);
  });
});
