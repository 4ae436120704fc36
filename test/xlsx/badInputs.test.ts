// Bad input (issue 3 §6): each file gives its own InputError problem, found from the bytes
// before any parse where it can be, and never a raw exception.
import { readFileSync } from 'fs';
import { InputError } from '../../src/xlsx/errors';
import { readWorkbookFile } from '../../src/xlsx/read';
import { sniffInput } from '../../src/xlsx/sniff';
import { BAD_INPUTS, emptyWorkbook, hugeUsedRange, makeTempDir, removeDir } from './badInputs';

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => removeDir(dir));

async function problemOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (e instanceof InputError) return e.problem;
    throw e;
  }
  return 'none';
}

describe.each(BAD_INPUTS)('$title', ({ build, problem, foundWhileReading }) => {
  let path: string;
  beforeAll(async () => {
    path = await build(dir);
  });

  it(`reads as InputError '${problem}' naming the file`, async () => {
    const err = await readWorkbookFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    const input = err as InputError;
    expect(input.problem).toBe(problem);
    expect(input.file).toBe(path);
    for (const lang of ['vi', 'en'] as const) {
      const line = input.localized(lang);
      expect(line).toContain(path);
      expect(line).not.toContain('\n');
    }
  });

  it(foundWhileReading ? 'passes the byte checks (damage is inside a part)' : `is recognised by sniffInput as '${problem}'`, async () => {
    const data = readFileSync(path);
    expect(await problemOf(() => sniffInput(data, path))).toBe(foundWhileReading ? 'none' : problem);
  });
});

describe('readable edge cases', () => {
  it('an empty workbook gives one sheet with no rows', async () => {
    const wb = await readWorkbookFile(await emptyWorkbook(dir));
    expect(wb.sheets).toEqual([{ sheet: 'Sheet1', top: 1, left: 1, width: 0, rows: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
  });

  it('a sheet claiming 1 048 576 rows gives only its three data rows', async () => {
    const path = await hugeUsedRange(dir);
    const [grid] = (await readWorkbookFile(path)).sheets;
    expect(grid.rows).toHaveLength(3);
    expect(grid.width).toBe(3);
    expect(grid.rows[2].map((c) => c?.v)).toEqual([2, 'Tổ chức kiểm tra', 'Tháng 10/2024']);
  });

  it('a missing file is InputError missing', async () => {
    expect(await problemOf(() => readWorkbookFile(`${dir}/khong-co.xlsx`))).toBe('missing');
  });

  it('a folder passed as a file is unreadable, not a crash', async () => {
    expect(await problemOf(() => readWorkbookFile(dir))).toBe('unreadable');
  });
});
