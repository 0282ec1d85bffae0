import zlib from 'node:zlib';

/**
 * The exact byte layout of a ZIP whose entries are all stored (method 0), as writeArchive
 * produces it: local header, name and data for each entry, back to back from offset 0; then
 * the central directory in the same order; then the end record, and nothing after it. Every
 * field is either compared with its copy in the other header, recomputed (CRC-32, offsets,
 * sizes), or required to hold its one canonical value. A package must have this layout, so
 * that every byte of the file is covered by a check: a flipped bit in a timestamp, a comment,
 * an attribute or the gap between two entries is refused like one in the content.
 *
 * Returns the first deviation in English, or null.
 */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** What yazl writes: made by UNIX (3), spec 6.3; version 2.0 needed; UTF-8 names; -rw-r--r-- regular files. */
const VERSION_MADE_BY = (3 << 8) | 63;
const VERSION_NEEDED = 20;
const FLAGS = 1 << 11;
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;

interface LocalRecord {
  offset: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  name: Buffer;
}

export function storedZipLayoutProblem(bytes: Buffer, entryCount: number): string | null {
  if (entryCount < 1 || entryCount > 0xffff) return 'entry count out of range';
  const locals: LocalRecord[] = [];
  let offset = 0;
  const fits = (length: number) => offset + length <= bytes.length;
  for (let index = 0; index < entryCount; index += 1) {
    if (!fits(30) || bytes.readUInt32LE(offset) !== LOCAL) return `entry ${index}: no local header where it must start`;
    if (bytes.readUInt16LE(offset + 4) !== VERSION_NEEDED) return `entry ${index}: version needed`;
    if (bytes.readUInt16LE(offset + 6) !== FLAGS) return `entry ${index}: flags`;
    if (bytes.readUInt16LE(offset + 8) !== 0) return `entry ${index}: not stored`;
    const crc = bytes.readUInt32LE(offset + 14);
    const compressed = bytes.readUInt32LE(offset + 18);
    const size = bytes.readUInt32LE(offset + 22);
    const nameLength = bytes.readUInt16LE(offset + 26);
    if (bytes.readUInt16LE(offset + 28) !== 0) return `entry ${index}: extra field`;
    if (compressed !== size) return `entry ${index}: stored sizes differ`;
    if (!fits(30 + nameLength + size)) return `entry ${index}: runs past the end`;
    const name = bytes.subarray(offset + 30, offset + 30 + nameLength);
    const data = bytes.subarray(offset + 30 + nameLength, offset + 30 + nameLength + size);
    if (zlib.crc32(data) !== crc) return `entry ${index}: CRC-32`;
    locals.push({ offset, time: bytes.readUInt16LE(offset + 10), date: bytes.readUInt16LE(offset + 12), crc, size, name });
    offset += 30 + nameLength + size;
  }
  const centralStart = offset;
  for (const [index, local] of locals.entries()) {
    if (!fits(46) || bytes.readUInt32LE(offset) !== CENTRAL) return `entry ${index}: no central header where it must start`;
    const fields: [string, number, number][] = [
      ['version made by', bytes.readUInt16LE(offset + 4), VERSION_MADE_BY],
      ['version needed', bytes.readUInt16LE(offset + 6), VERSION_NEEDED],
      ['flags', bytes.readUInt16LE(offset + 8), FLAGS],
      ['method', bytes.readUInt16LE(offset + 10), 0],
      ['time', bytes.readUInt16LE(offset + 12), local.time],
      ['date', bytes.readUInt16LE(offset + 14), local.date],
      ['CRC-32', bytes.readUInt32LE(offset + 16), local.crc],
      ['compressed size', bytes.readUInt32LE(offset + 20), local.size],
      ['size', bytes.readUInt32LE(offset + 24), local.size],
      ['name length', bytes.readUInt16LE(offset + 28), local.name.length],
      ['extra length', bytes.readUInt16LE(offset + 30), 0],
      ['comment length', bytes.readUInt16LE(offset + 32), 0],
      ['disk', bytes.readUInt16LE(offset + 34), 0],
      ['internal attributes', bytes.readUInt16LE(offset + 36), 0],
      ['external attributes', bytes.readUInt32LE(offset + 38), EXTERNAL_ATTRIBUTES],
      ['local header offset', bytes.readUInt32LE(offset + 42), local.offset],
    ];
    const wrong = fields.find(([, actual, expected]) => actual !== expected);
    if (wrong) return `entry ${index}: central ${wrong[0]}`;
    if (!fits(46 + local.name.length) || !bytes.subarray(offset + 46, offset + 46 + local.name.length).equals(local.name)) {
      return `entry ${index}: central name`;
    }
    offset += 46 + local.name.length;
  }
  if (!fits(22) || bytes.readUInt32LE(offset) !== END) return 'no end record where it must be';
  const end: [string, number, number][] = [
    ['disk', bytes.readUInt16LE(offset + 4), 0],
    ['central directory disk', bytes.readUInt16LE(offset + 6), 0],
    ['entries on disk', bytes.readUInt16LE(offset + 8), entryCount],
    ['entries', bytes.readUInt16LE(offset + 10), entryCount],
    ['central directory size', bytes.readUInt32LE(offset + 12), offset - centralStart],
    ['central directory offset', bytes.readUInt32LE(offset + 16), centralStart],
    ['comment length', bytes.readUInt16LE(offset + 20), 0],
  ];
  const wrongEnd = end.find(([, actual, expected]) => actual !== expected);
  if (wrongEnd) return `end record: ${wrongEnd[0]}`;
  if (offset + 22 !== bytes.length) return 'bytes after the end record';
  return null;
}
