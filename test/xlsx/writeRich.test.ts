// SPEC §7 on a workbook holding everything a fill must keep (test/fixtures/richWorkbook.ts):
// every zip part outside the exemptions is byte-identical, inside the exempt parts only the
// planned cells, the note and calcPr differ, ExcelJS and LibreOffice still find the image, chart,
// validation, conditional format, comments, names, pane and print setup, and LibreOffice's
// recalculation of the written formulas gives the engine's numbers.
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { a1, cellAt, type Grid } from '../../src/engine/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { applyWritePlanToBuffer, type ApplyResult } from '../../src/xlsx/write';
import { RICH_EXPECTED, RICH_HYPERLINK_TEXT, RICH_NOTE_B7, RICH_SHEET, RICH_SUMMARY, RICH_CHART_TITLE, richPlan, richWorkbook } from '../fixtures/richWorkbook';
import { convertWithLibreOffice, recalculate, valueOf } from '../helpers/libreoffice';
import { handmadeXlsx } from './handmade';
import { diffParts, partsOf, text, withoutCells } from './writeParts';

const SHEET1 = 'xl/worksheets/sheet1.xml';
const COMMENTS = 'xl/comments1.xml';
const VML = 'xl/drawings/vmlDrawing1.vml';
const NEW_NOTE = 'Giá trị cũ: 5,5 (tổng các tiêu chí con là 5)';

let input: Buffer;
let output: Buffer;
let result: ApplyResult;
let inParts: Map<string, Buffer>;
let outParts: Map<string, Buffer>;
let dir: string;

beforeAll(async () => {
  input = await richWorkbook();
  ({ data: output, result } = applyWritePlanToBuffer(input, richPlan(), 'rich.xlsx'));
  inParts = partsOf(input);
  outParts = partsOf(output);
  dir = mkdtempSync(join(tmpdir(), 'cchc-rich-'));
  writeFileSync(join(dir, 'in.xlsx'), input);
  writeFileSync(join(dir, 'out.xlsx'), output);
});

describe('byte level: every part outside SPEC §7’s exemptions is identical', () => {
  it('differs only in the exempt parts', () => {
    // Exempt: the touched worksheet; its comments and VML parts (a note was added); the workbook
    // part (calcPr); calcChain.xml, dropped with its Override ([Content_Types].xml) and its
    // relationship (xl/_rels/workbook.xml.rels). The comments part and drawing existed, so no
    // part is added and the sheet's relationships do not change.
    expect(diffParts(inParts, outParts)).toEqual({
      changed: ['[Content_Types].xml', COMMENTS, VML, 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', SHEET1].sort(),
      added: [],
      removed: ['xl/calcChain.xml'],
    });
    expect(result.parts).toEqual({
      changed: expect.arrayContaining(['[Content_Types].xml', COMMENTS, VML, 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', SHEET1]),
      added: [],
      removed: ['xl/calcChain.xml'],
    });
    // The parts holding the image, the chart, the second sheet, styles, strings, names … are
    // among the identical ones.
    for (const name of ['xl/media/image1.png', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml', 'docProps/core.xml']) {
      expect(outParts.get(name)?.equals(inParts.get(name) as Buffer)).toBe(true);
    }
  });

  it('changes nothing in the worksheet but the planned cells', () => {
    const planned = richPlan().writes.map((w) => a1(w.row, w.col));
    expect(withoutCells(text(outParts, SHEET1), planned)).toBe(withoutCells(text(inParts, SHEET1), planned));
    // The helper's blanks hid exactly these: the dimension grew to H17, no row spans changed
    // (new cells went into rows of their own or within spans, except row 5's H5).
    expect(text(outParts, SHEET1)).toContain('<dimension ref="A1:H17"/>');
    expect(text(outParts, SHEET1)).toContain('<row r="5" spans="1:8"');
  });

  it('only adds the note to the comments and VML parts', () => {
    const comments = text(outParts, COMMENTS);
    expect(comments.replace(/<author>cchc<\/author>/, '').replace(/<comment ref="D5"[\s\S]*?<\/comment>/, '')).toBe(text(inParts, COMMENTS));
    const vml = text(outParts, VML);
    expect(vml.replace(/<v:shape id="_x0000_s1026"[\s\S]*?<\/v:shape>/, '')).toBe(text(inParts, VML));
  });

  it('changes only calcPr in the workbook part, and only calcChain’s entries in the others', () => {
    const noCalcPr = (s: string) => s.replace(/<calcPr[^>]*\/>/, '');
    expect(noCalcPr(text(outParts, 'xl/workbook.xml'))).toBe(noCalcPr(text(inParts, 'xl/workbook.xml')));
    expect(text(outParts, 'xl/workbook.xml')).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    expect(text(outParts, '[Content_Types].xml')).toBe(text(inParts, '[Content_Types].xml').replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ''));
    expect(text(outParts, 'xl/_rels/workbook.xml.rels')).toBe(text(inParts, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rIdCalcChain"[^>]*\/>/, ''));
  });

  it('touches no relationship or content type when there is no calc chain to drop', async () => {
    const noChain = await richWorkbook({ calcChain: false });
    const out = partsOf(applyWritePlanToBuffer(noChain, richPlan(), 'x').data);
    expect(diffParts(partsOf(noChain), out)).toEqual({ changed: [COMMENTS, VML, 'xl/workbook.xml', SHEET1].sort(), added: [], removed: [] });
  });

  it('writes the input unchanged for an empty plan', () => {
    const { data, result: r } = applyWritePlanToBuffer(input, { writes: [], findings: [] }, 'x');
    expect(r.copied).toBe(true);
    expect(data.equals(input)).toBe(true);
  });
});

describe('cell level, read back', () => {
  let before: Grid[];
  let after: Grid[];
  beforeAll(async () => {
    before = (await readWorkbookBuffer(input, 'in')).sheets;
    after = (await readWorkbookBuffer(output, 'out')).sheets;
  });

  it('holds the planned cells and every other cell as it was', () => {
    const planned = new Map(richPlan().writes.map((w) => [`${w.row}:${w.col}`, w]));
    before.forEach((g, i) => {
      const h = after[i];
      const bottom = Math.max(g.top + g.rows.length, h.top + h.rows.length);
      for (let r = 1; r <= bottom; r++) {
        for (let c = 1; c <= 10; c++) {
          const w = g.sheet === RICH_SHEET ? planned.get(`${r}:${c}`) : undefined;
          if (!w) expect(cellAt(h, r, c)).toEqual(cellAt(g, r, c));
          else expect(cellAt(h, r, c)).toMatchObject(w.formula ? { v: w.value, f: w.formula } : { v: w.value });
        }
      }
    });
    expect(result).toMatchObject({ formulas: 6, values: 4, notes: 1, skipped: [], unshared: [], copied: false });
  });

  it('keeps text that looks like a formula as text', () => {
    expect(cellAt(after[0], 5, 8)).toEqual({ v: RICH_HYPERLINK_TEXT, font: 'Calibri' });
  });
});

describe('what ExcelJS finds in the output', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ExcelJS.Buffer);
  });
  const noteText = (c: ExcelJS.Cell): string | undefined => {
    const note = c.note as string | { texts?: Array<{ text: string }> } | undefined;
    return typeof note === 'object' ? note.texts?.map((t) => t.text).join('') : note;
  };

  it('keeps the note, image, validation, conditional format, names, pane, print setup, merges, widths and heights', () => {
    const ws = wb.getWorksheet(RICH_SHEET) as ExcelJS.Worksheet;
    expect(noteText(ws.getCell('B7'))).toBe(RICH_NOTE_B7);
    expect(noteText(ws.getCell('D5'))).toBe(NEW_NOTE);
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getCell('E8').dataValidation).toMatchObject({ type: 'list', formulae: ['"Hoàn thành,Chưa hoàn thành"'] });
    expect((ws.model as { conditionalFormattings?: unknown[] }).conditionalFormattings).toHaveLength(1);
    expect(wb.definedNames.getRanges('DiemTuCham').ranges).toEqual([`'${RICH_SHEET}'!$D$5:$D$14`]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printArea: 'A1:F18', printTitlesRow: '4:4' });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    expect(ws.model.merges).toEqual(['A1:F1', 'A2:F2']);
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width)).toEqual([8, 50, 12, 14, 18, 24]);
    expect(ws.getRow(4).height).toBe(36);
    expect(ws.getCell('D6').numFmt).toBe('0.00');
    expect(ws.getCell('D5').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect((wb.getWorksheet(RICH_SUMMARY)?.model as { sheetProtection?: unknown } | undefined)?.sheetProtection).toMatchObject({ sheet: true });
  });
});

describe('LibreOffice opens the output and recalculates it', () => {
  it('gives the engine’s numbers for every written formula, and keeps text as text', async () => {
    const values = await recalculate(join(dir, 'out.xlsx'));
    for (const [ref, expected] of Object.entries(RICH_EXPECTED)) expect(valueOf(values, RICH_SHEET, ref)).toBe(expected);
    expect(valueOf(values, RICH_SHEET, 'H5')).toBe(RICH_HYPERLINK_TEXT);
    // The untouched sheet reads the written cells; its shared formula still works.
    expect(valueOf(values, RICH_SUMMARY, 'B1')).toBe(8);
    expect(valueOf(values, RICH_SUMMARY, 'B2')).toBe(80);
    expect([1, 2, 3].map((r) => valueOf(values, RICH_SUMMARY, `C${r}`))).toEqual([16, 160, 16]);
  });

  it('still finds the chart, image, comments, validation and conditional format', async () => {
    const [converted] = await convertWithLibreOffice(join(dir, 'out.xlsx'), 'xlsx:Calc MS Excel 2007 XML');
    const lo = partsOf(readFileSync(converted));
    const names = [...lo.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith('xl/media/'))).toBe(true);
    const chart = names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => text(lo, n)).join('');
    expect(chart).toContain(RICH_CHART_TITLE);
    const comments = names.filter((n) => /comments\d*\.xml$/.test(n)).map((n) => text(lo, n)).join('');
    expect(comments).toContain(RICH_NOTE_B7);
    expect(comments).toContain(NEW_NOTE);
    const sheet = text(lo, SHEET1);
    expect(sheet).toContain('<dataValidation ');
    expect(sheet).toContain('<conditionalFormatting');
    expect(sheet).toContain('<mergeCell ref="A1:F1"/>');
  });

  it('reads the hand-made edge cases right: a shared master overwritten, a prefixed sheet, a first note', async () => {
    const shared = await handmadeXlsx({
      sheets: [
        {
          name: 'S',
          xml:
            '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>0</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>0</v></c></row></sheetData>',
        },
      ],
    });
    const prefixed = await handmadeXlsx({
      sheets: [
        {
          name: 'P',
          xml:
            '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
            '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ],
    });
    const files = {
      shared: applyWritePlanToBuffer(shared, { findings: [], writes: [{ sheet: 'S', row: 1, col: 2, formula: 'A1*3', value: 3, old: { v: 0 } }] }, 'x').data,
      prefixed: applyWritePlanToBuffer(
        prefixed,
        {
          findings: [],
          writes: [
            { sheet: 'P', row: 2, col: 3, formula: 'B2*2', value: 10, old: { v: null }, note: 'ghi chú đầu tiên' },
            { sheet: 'P', row: 4, col: 1, value: '=B2', old: { v: null } },
          ],
        },
        'x',
      ).data,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.xlsx`), bytes);
    const [a, b, converted] = await Promise.all([
      recalculate(join(dir, 'shared.xlsx')),
      recalculate(join(dir, 'prefixed.xlsx')),
      convertWithLibreOffice(join(dir, 'prefixed.xlsx'), 'xlsx:Calc MS Excel 2007 XML'),
    ]);
    expect(['B1', 'B2', 'B3'].map((r) => valueOf(a, 'S', r))).toEqual([3, 4, 6]);
    expect(valueOf(b, 'P', 'C2')).toBe(10);
    expect(valueOf(b, 'P', 'A4')).toBe('=B2');
    const lo = partsOf(readFileSync(converted[0]));
    expect([...lo.keys()].filter((n) => /comments\d*\.xml$/.test(n)).map((n) => text(lo, n)).join('')).toContain('ghi chú đầu tiên');
  });

  it('recalculates the input too: its stale cached value was wrong', async () => {
    const values = await recalculate(join(dir, 'in.xlsx'));
    expect(valueOf(values, RICH_SHEET, 'D6')).toBe(2.5); // cached as 9 in the file
    expect(valueOf(values, RICH_SHEET, 'D5')).toBe(5.5); // the typed total the fill replaces
  });
});
