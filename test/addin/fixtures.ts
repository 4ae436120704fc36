// Workbooks for the add-in tests, built from the seeds (STYLE.md: fixtures are built by a script,
// never hand-edited binaries). The score sheet is the Điện Biên Bảng 1 criteria (seed 001) with a
// self-assessment column filled in and known mistakes put in on purpose.
import type { Cell, Grid, Rect } from '../../src/engine/grid';
import bang1 from '../../src/engine/generate/data/dienbien_bang1.json';

interface SeedRow {
  code: string;
  name: string;
  max: string;
  note: string;
}

const seed = bang1 as { title: string; subtitle: string; rows: SeedRow[] };

const HEADER_ROW = 6;
const FIRST_DATA_ROW = HEADER_ROW + 1;

function num(text: string): number {
  return Number(text.replace(',', '.'));
}

function isParent(code: string, codes: string[]): boolean {
  return codes.some((c) => c.startsWith(`${code}.`));
}

function childrenOf(code: string, codes: string[]): string[] {
  const depth = code.split('.').length;
  return codes.filter((c) => c.startsWith(`${code}.`) && c.split('.').length === depth + 1);
}

/** Where the planted mistakes are (A1), for assertions. */
export const SCORE_SHEET = {
  sheet: 'Bảng 1',
  /** 1.1.1 scored 1,5 over its max 1: score.exceedsMax. */
  exceedsMax: 'D9',
  /** 1.1 typed 3 while its children add up to 3,5: score.sumMismatch (and computed.overwritten on fill). */
  sumMismatch: 'D8',
  /** A note that looks like a formula: must stay text through every write and undo. */
  formulaLikeText: 'E9',
  formulaLikeValue: '=HYPERLINK("http://example.invalid","xem")',
  /** A hidden row (criterion 1.7). */
  hiddenRow: 0,
  headerRow: HEADER_ROW,
};

/** The score sheet grid: title block, header, 141 criteria, the total row. */
export function scoreSheetGrid(sheet = SCORE_SHEET.sheet): Grid {
  const codes = seed.rows.map((r) => r.code).filter((c) => c !== '');
  const rows: Array<Array<Cell | null>> = [
    [{ v: 'UBND TỈNH ĐIỆN BIÊN' }],
    [{ v: 'Bảng 1' }],
    [{ v: `${seed.title} NĂM 2019` }],
    [{ v: seed.subtitle }],
    [],
    [
      { v: 'STT' },
      { v: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần' },
      { v: 'Điểm tối đa' },
      { v: 'Điểm tự đánh giá' },
      { v: 'Ghi chú' },
    ],
  ];
  // Self scores: every leaf at its max except 1.1.1 (over its max); parents typed as the sum of
  // their children, except 1.1 (typed 3 where the children give 3.5).
  const self = new Map<string, number>();
  for (const code of codes) {
    const row = seed.rows.find((r) => r.code === code) as SeedRow;
    if (!isParent(code, codes)) self.set(code, code === '1.1.1' ? 1.5 : num(row.max));
  }
  const sumOf = (code: string): number => childrenOf(code, codes).reduce((n, c) => n + (self.get(c) ?? sumOf(c)), 0);
  for (const code of [...codes].reverse()) if (isParent(code, codes)) self.set(code, code === '1.1' ? 3 : sumOf(code));
  let hiddenRow = 0;
  for (const r of seed.rows) {
    const sheetRow = FIRST_DATA_ROW + rows.length - HEADER_ROW;
    if (r.code === '') {
      const areas = codes.filter((c) => !c.includes('.'));
      rows.push([null, { v: 'TỔNG ĐIỂM' }, { v: num(r.max) }, { v: areas.reduce((n, c) => n + (self.get(c) ?? 0), 0) }]);
      continue;
    }
    const cells: Array<Cell | null> = [{ v: r.code }, { v: r.name }, { v: num(r.max) }, { v: self.get(r.code) ?? null }];
    if (r.code === '1.1.1') cells.push({ v: SCORE_SHEET.formulaLikeValue });
    else if (r.note) cells.push({ v: r.note });
    rows.push(cells);
    if (r.code === '1.7') hiddenRow = sheetRow;
  }
  SCORE_SHEET.hiddenRow = hiddenRow;
  const merges: Rect[] = [1, 2, 3, 4].map((row) => ({ top: row, left: 1, bottom: row, right: 5 }));
  return { sheet, top: 1, left: 1, width: 5, rows, merges, hiddenRows: [hiddenRow], hiddenCols: [] };
}

/**
 * A long score sheet (header, then `rows` leaf criteria under areas of 100): for counting round
 * trips, where only the number of rows matters.
 */
export function longScoreSheetGrid(rows: number, sheet = 'Dài'): Grid {
  const out: Array<Array<Cell | null>> = [
    [{ v: 'BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024' }],
    [],
    [{ v: 'STT' }, { v: 'Tiêu chí' }, { v: 'Điểm tối đa' }, { v: 'Điểm tự đánh giá' }, { v: 'Ghi chú' }],
  ];
  let area = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 100 === 0) {
      area++;
      out.push([{ v: String(area) }, { v: `Lĩnh vực ${area}` }, { v: 100 }, { v: 100 }, null]);
      continue;
    }
    const n = i % 100;
    out.push([{ v: `${area}.${n}` }, { v: `Tiêu chí thành phần số ${n} của lĩnh vực ${area}` }, { v: 1 }, { v: n % 7 === 0 ? 0.5 : 1 }, n % 10 === 0 ? { v: 'Có tài liệu kiểm chứng' } : null]);
  }
  return { sheet, top: 1, left: 1, width: 5, rows: out, merges: [{ top: 1, left: 1, bottom: 1, right: 5 }], hiddenRows: [], hiddenCols: [] };
}

/** A small sheet with every kind of cell a reader must keep apart. */
export function mixedGrid(sheet = 'Hỗn hợp'): Grid {
  return {
    sheet,
    top: 2,
    left: 2,
    width: 4,
    rows: [
      [{ v: 'Văn bản' }, { v: 3.5 }, { v: 45_000, fmt: 'dd/mm/yyyy' }, { v: true }],
      [{ v: '=not a formula' }, { v: 7, f: 'SUM(C2:C2)*2' }, { v: { error: '#REF!' } }, { v: '0012' }],
      [null, { v: 'x', f: 'IF(1>0,"x","y")' }, null, { v: 0.1, fmt: '0.0%' }],
    ],
    merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
    hiddenRows: [3],
    hiddenCols: [4],
  };
}
