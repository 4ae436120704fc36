// Issue 3, done when: every seed table is recognised with the right kind, range and column roles,
// in its plain form and in every variant (NFD, TCVN3, reordered columns, two header rows, numbers
// as text, codes as numbers, two tables on a sheet, a hidden row, an origin not at A1), read from
// a real .xlsx file; the budget list is not recognised. Expectations come from the fixture specs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTables } from '../../../src/engine/detect';
import { colLetter, rectA1 } from '../../../src/engine/grid';
import { readWorkbookFile } from '../../../src/xlsx/read';
import { FIXTURES } from '../../fixtures/build';
import { writeWorkbook } from '../../fixtures/workbook';

const dir = mkdtempSync(join(tmpdir(), 'cchc-recognition-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.entries(FIXTURES))('%s', (name, fixture) => {
  test(fixture.description, async () => {
    const spec = fixture.build();
    const file = join(dir, `${name}.xlsx`);
    await writeWorkbook(spec, file);
    const tables = detectTables(await readWorkbookFile(file));
    for (const sheet of spec.sheets) {
      const expected = (sheet.tables ?? []).filter((t) => t.kind !== 'none');
      const found = tables.filter((t) => t.sheet === sheet.name);
      expect(
        found.map((t) => {
          const columns: Record<string, string> = {};
          for (const [role, col] of Object.entries(t.columns)) if (col !== undefined) columns[role] = colLetter(col);
          if (t.kind === 'statistics') for (const y of t.years) columns[`year${y.year}`] = colLetter(y.col);
          return {
            kind: t.kind,
            range: rectA1(t.range),
            headerRows: t.headerRows,
            columns,
            dataRows: t.rows.filter((r) => r.kind !== 'header').length,
          };
        }),
      ).toEqual(expected.map(({ kind, range, headerRows, columns, dataRows }) => ({ kind, range, headerRows, columns, dataRows })));
    }
  });
});
