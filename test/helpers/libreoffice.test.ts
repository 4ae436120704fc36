// The LibreOffice harness recalculates for real: a workbook whose cached values are wrong comes
// back right, across sheets and through dependent formulas, and text that looks like a formula
// stays text. Without the private profile's setting LibreOffice keeps the stale values: that is
// the trap the harness exists for (NOTES.md).
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { handmadeXlsx } from '../xlsx/handmade';
import { findSoffice, LibreOfficeError, recalculate, recalculateCsv, valueOf } from './libreoffice';

// Cached values that are all wrong: =1+1 cached as 5, a text formula built on it, and a second
// sheet reading the first.
async function staleWorkbook(): Promise<Buffer> {
  return handmadeXlsx({
    sheets: [
      {
        name: 'Một',
        xml:
          '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>5</v></c><c r="B1" t="inlineStr"><is><t>=1+1</t></is></c>' +
          '<c r="C1" t="str"><f>"x"&amp;A1</f><v>old</v></c></row>' +
          '<row r="2"><c r="A2"><f>SUM(A1,A1)</f><v>10</v></c></row></sheetData>',
      },
      { name: 'Hai', xml: `<sheetData><row r="1"><c r="A1"><f>'Một'!A1*10</f><v>7</v></c></row></sheetData>` },
    ],
  });
}

describe('LibreOffice recalculation', () => {
  let dir: string;
  let stale: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-lo-test-'));
    stale = join(dir, 'stale.xlsx');
    writeFileSync(stale, await staleWorkbook());
  });

  it('recalculates every formula: wrong cached values come back right', async () => {
    const values = await recalculate(stale);
    expect(valueOf(values, 'Một', 'A1')).toBe(2);
    expect(valueOf(values, 'Một', 'A2')).toBe(4);
    expect(valueOf(values, 'Một', 'C1')).toBe('x2');
    expect(valueOf(values, 'Hai', 'A1')).toBe(20);
    // Text that looks like a formula is still text.
    expect(valueOf(values, 'Một', 'B1')).toBe('=1+1');
    expect(valueOf(values, 'Một', 'Z99')).toBeNull();
  });

  it('is needed: a default profile keeps the stale cached values', () => {
    const soffice = findSoffice() as string;
    const profile = join(dir, 'default-profile');
    const outDir = join(dir, 'default-out');
    const run = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, stale],
      { timeout: 90_000 },
    );
    expect(run.status).toBe(0);
    return readWorkbookBuffer(readFileSync(join(outDir, 'stale.xlsx')), 'x').then((wb) => {
      expect(wb.sheets[0].rows[0][0]).toEqual({ v: 5, f: '1+1' });
    });
  });

  it('exports every sheet to UTF-8 CSV with recalculated values', async () => {
    const csv = await recalculateCsv(stale);
    expect([...csv.keys()].sort()).toEqual(['Hai', 'Một']);
    expect(csv.get('Một')?.[0]).toEqual(['2', '=1+1', 'x2']);
    expect(csv.get('Hai')?.[0]).toEqual(['20']);
  });

  it('converts calls made together in one soffice run', async () => {
    const bad = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'this is no workbook');
    const all = await Promise.allSettled([recalculate(stale), recalculate(bad), recalculate(stale), recalculate(stale)]);
    expect(all.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    for (const r of all) if (r.status === 'fulfilled') expect(valueOf(r.value, 'Hai', 'A1')).toBe(20);
    // A file LibreOffice cannot load is reported, and does not fail the others of its run.
    expect(all[1]).toMatchObject({ status: 'rejected', reason: expect.any(LibreOfficeError) });
  });

  it('says clearly when soffice is missing', async () => {
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = join(dir, 'no-such-soffice');
    try {
      await expect(recalculate(stale)).rejects.toThrow(LibreOfficeError);
      await expect(recalculate(stale)).rejects.toThrow(/apt-get install -y libreoffice-calc-nogui/);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
  });
});
