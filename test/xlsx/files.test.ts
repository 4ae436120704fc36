// Input discovery (SPEC §9.1): files as given, folders searched for .xlsx in a stable order.
import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import { isAbsolute, join, relative } from 'path';
import { InputError } from '../../src/xlsx/errors';
import { expandInputs } from '../../src/xlsx/files';
import { makeTempDir, removeDir } from './badInputs';

let root: string;

function touch(rel: string): void {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
}

beforeAll(() => {
  root = makeTempDir('cchc-files-');
  for (const f of [
    'don-vi/Đơn vị 10.xlsx',
    'don-vi/Đơn vị 2.xlsx',
    'don-vi/BAO-CAO.XLSX',
    'don-vi/~$Đơn vị 2.xlsx',
    'don-vi/.an.xlsx',
    'don-vi/.git/objects.xlsx',
    'don-vi/ghi-chu.txt',
    'don-vi/cu.xls',
    'don-vi/huyen/Xã A.xlsx',
    'rong/ghi-chu.txt',
    'le.xls',
  ]) {
    touch(f);
  }
  mkdirSync(join(root, 'rong/con'), { recursive: true });
  symlinkSync(join(root, 'don-vi'), join(root, 'don-vi/huyen/vong')); // a loop if followed
  symlinkSync(join(root, 'le.xls'), join(root, 'don-vi/huyen/lien-ket.xlsx'));
  symlinkSync(join(root, 'khong-co'), join(root, 'don-vi/huyen/gay.xlsx'));
});
afterAll(() => removeDir(root));

/** The listed files, relative to the test folder. */
async function expand(paths: string[]): Promise<string[]> {
  const files = await expandInputs(paths, root);
  for (const f of files) expect(isAbsolute(f)).toBe(true);
  return files.map((f) => relative(root, f));
}

async function problemOf(paths: string[]): Promise<string> {
  try {
    await expandInputs(paths, root);
  } catch (e) {
    if (e instanceof InputError) return `${e.problem} ${e.file}`;
    throw e;
  }
  return 'none';
}

describe('expandInputs', () => {
  it('searches a folder recursively for .xlsx in Vietnamese name order, skipping lock files, dot-files and linked folders', async () => {
    // Đ sorts between D and E; numbers by value.
    expect(await expand(['don-vi'])).toEqual([
      'don-vi/BAO-CAO.XLSX',
      'don-vi/Đơn vị 2.xlsx',
      'don-vi/Đơn vị 10.xlsx',
      'don-vi/huyen/lien-ket.xlsx',
      'don-vi/huyen/Xã A.xlsx',
    ]);
  });

  it('takes files as given, whatever their extension, and lists a file once', async () => {
    expect(await expand(['le.xls', 'don-vi/huyen', 'don-vi/huyen/Xã A.xlsx', './le.xls', join(root, 'le.xls')])).toEqual([
      'le.xls',
      'don-vi/huyen/lien-ket.xlsx', // a linked file is an input; the dangling link gay.xlsx is not
      'don-vi/huyen/Xã A.xlsx',
    ]);
  });

  it('resolves relative paths against cwd, not the process directory', async () => {
    expect(await expandInputs(['huyen/Xã A.xlsx'], join(root, 'don-vi'))).toEqual([join(root, 'don-vi/huyen/Xã A.xlsx')]);
  });

  it('reports a path that does not exist', async () => {
    expect(await problemOf(['le.xls', 'khong-co.xlsx'])).toBe('missing khong-co.xlsx');
  });

  it('reports a folder without any .xlsx', async () => {
    expect(await problemOf(['rong'])).toBe('emptyFolder rong');
  });
});
