// Just enough of the OLE compound file format (MS-CFB) to say what an old-style container
// holds: a password-protected .xlsx is a CFB with EncryptionInfo + EncryptedPackage streams,
// an old .xls is a CFB with a Workbook (BIFF8) or Book (BIFF5) stream, a .doc has WordDocument
// (issue 3 §6). Only the directory is read, plus the first bytes of a workbook stream.

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** The compound file is damaged (cut short, or a sector chain leads outside the file). */
export class CfbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CfbError';
  }
}

export interface CfbStream {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export interface CfbFile {
  streams: CfbStream[];
  /** The first bytes of a stream (enough to look at its first records). */
  head(stream: CfbStream, bytes: number): Uint8Array;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const DIR_ENTRY = 128;
const HEADER_DIFAT = 109;

export function hasCfbSignature(data: Uint8Array): boolean {
  return data.length >= 8 && CFB_MAGIC.every((b, i) => data[i] === b);
}

interface Geometry {
  data: Uint8Array;
  dv: DataView;
  sectorSize: number;
  sectorCount: number;
}

interface Layout extends Geometry {
  miniSectorSize: number;
  miniCutoff: number;
  fat: number[];
  miniFat: number[];
}

function sectorOffset(l: Geometry, sector: number): number {
  const off = (sector + 1) * l.sectorSize;
  if (sector >= l.sectorCount || off + l.sectorSize > l.data.length) throw new CfbError(`sector ${sector} is past the end of the file`);
  return off;
}

/** The sectors of a chain, guarding against loops and chains that leave the table. */
function chain(next: number[], start: number, limit: number): number[] {
  const out: number[] = [];
  for (let s = start; s !== END_OF_CHAIN && s !== FREE; s = next[s]) {
    if (s >= next.length || out.length > limit) throw new CfbError('broken sector chain');
    out.push(s);
  }
  return out;
}

function readFat(l: Geometry): number[] {
  const { dv } = l;
  const fatSectors: number[] = [];
  const fatCount = dv.getUint32(44, true);
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT); i++) fatSectors.push(dv.getUint32(76 + i * 4, true));
  // Files over ~7 MB list further FAT sectors in a DIFAT chain.
  const perDifat = l.sectorSize / 4 - 1;
  let difat = dv.getUint32(68, true);
  for (let guard = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN && difat !== FREE; guard++) {
    if (guard > l.sectorCount) throw new CfbError('broken DIFAT chain');
    const off = sectorOffset(l, difat);
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(dv.getUint32(off + i * 4, true));
    difat = dv.getUint32(off + perDifat * 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    const off = sectorOffset(l, s);
    for (let i = 0; i < l.sectorSize; i += 4) fat.push(dv.getUint32(off + i, true));
  }
  return fat;
}

function readChainBytes(l: Layout, start: number, maxBytes: number): Uint8Array {
  const sectors = chain(l.fat, start, l.sectorCount);
  const out = new Uint8Array(Math.min(maxBytes, sectors.length * l.sectorSize));
  for (let i = 0, filled = 0; filled < out.length; i++) {
    const off = sectorOffset(l, sectors[i]);
    const n = Math.min(l.sectorSize, out.length - filled);
    out.set(l.data.subarray(off, off + n), filled);
    filled += n;
  }
  return out;
}

function readDirectory(l: Layout): CfbStream[] {
  const dir = readChainBytes(l, l.dv.getUint32(48, true), Number.MAX_SAFE_INTEGER);
  const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const streams: CfbStream[] = [];
  for (let p = 0; p + DIR_ENTRY <= dir.length; p += DIR_ENTRY) {
    const type = dv.getUint8(p + 66);
    if (type === 0) continue;
    const nameBytes = Math.min(64, dv.getUint16(p + 64, true));
    const name = Buffer.from(dir.subarray(p, p + Math.max(0, nameBytes - 2))).toString('utf16le');
    streams.push({ name, type, start: dv.getUint32(p + 116, true), size: dv.getUint32(p + 120, true) });
  }
  return streams;
}

function headOf(l: Layout, root: CfbStream | undefined, stream: CfbStream, bytes: number): Uint8Array {
  const want = Math.min(bytes, stream.size);
  // The root entry's own data (the mini stream) and large streams are in regular sectors.
  if (stream.type === 5 || stream.size >= l.miniCutoff || !root) return readChainBytes(l, stream.start, want);
  // Small streams live in the mini stream (the root entry's data), in 64-byte mini sectors.
  const mini = readChainBytes(l, root.start, root.size);
  const sectors = chain(l.miniFat, stream.start, mini.length / l.miniSectorSize);
  const out = new Uint8Array(want);
  for (let i = 0, filled = 0; filled < want; i++) {
    const off = sectors[i] * l.miniSectorSize;
    const n = Math.min(l.miniSectorSize, want - filled);
    if (off + n > mini.length) throw new CfbError('mini sector past the mini stream');
    out.set(mini.subarray(off, off + n), filled);
    filled += n;
  }
  return out;
}

/** Opens a compound file's directory. Throws CfbError when the structure is damaged. */
export function readCfb(data: Uint8Array): CfbFile {
  if (data.length < 512 || !hasCfbSignature(data)) throw new CfbError('too short for a compound file');
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const sectorShift = dv.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CfbError(`bad sector size 2^${sectorShift}`);
  const sectorSize = 1 << sectorShift;
  const base = {
    data,
    dv,
    sectorSize,
    miniSectorSize: 1 << dv.getUint16(32, true),
    miniCutoff: dv.getUint32(56, true),
    sectorCount: Math.floor(data.length / sectorSize) - 1,
  };
  const fat = readFat(base);
  const layout: Layout = { ...base, fat, miniFat: [] };
  const miniFatStart = dv.getUint32(60, true);
  if (dv.getUint32(64, true) > 0 && miniFatStart !== END_OF_CHAIN) {
    const bytes = readChainBytes(layout, miniFatStart, Number.MAX_SAFE_INTEGER);
    const mdv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i += 4) layout.miniFat.push(mdv.getUint32(i, true));
  }
  const streams = readDirectory(layout);
  const root = streams.find((s) => s.type === 5);
  return { streams, head: (stream, bytes) => headOf(layout, root, stream, bytes) };
}

const BIFF_BOF = 0x0809;
const BIFF_FILEPASS = 0x002f;

/** Whether a BIFF workbook stream is encrypted: FILEPASS follows the first BOF record. */
export function biffIsEncrypted(head: Uint8Array): boolean {
  if (head.length < 8) return false;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (dv.getUint16(0, true) !== BIFF_BOF) return false;
  const next = 4 + dv.getUint16(2, true);
  return next + 2 <= head.length && dv.getUint16(next, true) === BIFF_FILEPASS;
}
