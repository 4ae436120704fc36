// The zip reader: entries whole or in pieces, checked against size and CRC; zip64 records.
import { crc32 } from 'zlib';
import { readZipDirectory, readZipEntry, zipEntryChunks, ZipError } from '../../src/xlsx/zip';
import { zipParts } from './handmade';

/**
 * A zip of stored entries written by hand, optionally with zip64 records as some writers emit
 * them for every file (sizes and offsets 0xFFFFFFFF in the 32-bit fields).
 */
function storedZip(files: Record<string, string>, zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    centrals.push(central, nameBytes, extra);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const tail: Buffer[] = [];
  if (zip64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(cd.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cd, ...tail, end]);
}

async function chunksOf(data: Uint8Array, name: string): Promise<string> {
  const entry = readZipDirectory(data).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  const pieces: Buffer[] = [];
  for await (const piece of zipEntryChunks(data, entry)) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces).toString('utf8');
}

const FILES = { 'a.xml': '<a>Điểm tối đa</a>', 'xl/b.xml': 'x'.repeat(700_000) };

describe.each([
  ['deflated (jszip)', () => zipParts(FILES)],
  ['stored', async () => storedZip(FILES)],
  ['stored with zip64 records', async () => storedZip(FILES, true)],
])('%s', (_title, make) => {
  it('lists the entries and gives their bytes, whole and in pieces', async () => {
    const data = await make();
    const entries = readZipDirectory(data).filter((e) => !e.name.endsWith('/')); // jszip lists folders too
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['a.xml', Buffer.byteLength(FILES['a.xml'])],
      ['xl/b.xml', 700_000],
    ]);
    for (const e of entries) {
      const text = FILES[e.name as keyof typeof FILES];
      expect(readZipEntry(data, e).toString('utf8')).toBe(text);
      expect(await chunksOf(data, e.name)).toBe(text);
    }
  });
});

describe('damage', () => {
  it('a wrong checksum is a ZipError, whole and in pieces', async () => {
    const data = Buffer.from(await zipParts(FILES));
    const entry = readZipDirectory(data).find((e) => e.name === 'xl/b.xml');
    if (!entry) throw new Error('no entry');
    entry.crc ^= 1;
    expect(() => readZipEntry(data, entry)).toThrow(ZipError);
    await expect((async () => {
      for await (const piece of zipEntryChunks(data, entry)) void piece;
    })()).rejects.toThrow(/checksum/);
  });

  it('data longer than declared is a ZipError before it is all inflated', async () => {
    const data = await zipParts(FILES);
    const entry = readZipDirectory(data).find((e) => e.name === 'xl/b.xml');
    if (!entry) throw new Error('no entry');
    entry.size = 1000;
    expect(() => readZipEntry(data, entry)).toThrow(ZipError);
    await expect((async () => {
      for await (const piece of zipEntryChunks(data, entry)) void piece;
    })()).rejects.toThrow(ZipError);
  });
});
