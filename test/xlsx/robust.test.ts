// Damaged files never crash the reader (SPEC §11, issue 3 §6): whatever bytes are flipped or cut,
// reading gives Grids or an InputError, never another exception and never a hang.
import { InputError } from '../../src/xlsx/errors';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { cfbFile, smallWorkbookBytes } from './badInputs';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

async function outcome(data: Uint8Array): Promise<string> {
  try {
    await readWorkbookBuffer(data, 'x.xlsx');
    return 'read';
  } catch (e) {
    if (e instanceof InputError) return e.problem;
    throw e; // the test fails: a raw exception escaped
  }
}

describe('damaged workbooks', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await smallWorkbookBytes(50);
  });

  it('cut at any length: truncated or unreadable', async () => {
    const seen = new Set<string>();
    for (let len = 0; len < good.length; len += 97) seen.add(await outcome(good.subarray(0, len)));
    expect([...seen].every((p) => ['emptyFile', 'notWorkbook', 'truncated', 'unreadable'].includes(p))).toBe(true);
  });

  it('with bytes overwritten anywhere: read or an InputError', async () => {
    const rnd = random(7);
    for (let i = 0; i < 300; i++) {
      const bad = Buffer.from(good);
      const at = Math.floor(rnd() * bad.length);
      for (let k = 0; k < 1 + Math.floor(rnd() * 8); k++) bad[Math.min(bad.length - 1, at + k)] = Math.floor(rnd() * 256);
      expect(typeof (await outcome(bad))).toBe('string');
    }
  });

  it('compound files with bytes overwritten: an InputError', async () => {
    const good = cfbFile([{ name: 'EncryptionInfo', data: Buffer.alloc(200, 1) }, { name: 'EncryptedPackage', data: Buffer.alloc(6000, 2) }], { mini: true });
    const rnd = random(11);
    for (let i = 0; i < 300; i++) {
      const bad = Buffer.from(good);
      // The header, FAT and directory are the first three sectors.
      const at = 8 + Math.floor(rnd() * (512 * 3 - 8));
      bad.writeUInt32LE(Math.floor(rnd() * 2 ** 32), at - (at % 4));
      expect(await outcome(bad)).not.toBe('read');
    }
  });
});
