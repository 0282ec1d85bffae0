import yauzl from 'yauzl';

/**
 * The one reader of untrusted ZIP archives (assessment packages, .xlsx workbooks). It never
 * trusts what the archive declares: the number of entries is checked against the central
 * directory before anything is inflated, names are checked before their data is read, and
 * every entry's bytes are counted as they are inflated — an entry that declares 1 kB and
 * inflates to 1.5 GB is stopped after at most one inflate chunk past the smaller of its
 * declared size and the limit (yauzl's validateEntrySizes refuses anything past the declared
 * size; our counter refuses anything past the limits). Memory stays bounded by maxTotalBytes.
 */
export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Refuse compressed entries before inflating anything (packages store every entry). */
  storedOnly?: boolean;
}

export interface ArchiveEntry {
  name: string;
  data: Buffer;
  /** True when stored uncompressed (method 0). */
  stored: boolean;
}

export type ArchiveFailureCode =
  | 'not_a_zip'
  | 'archive_damaged'
  | 'too_many_entries'
  | 'entry_too_large'
  | 'too_much_data'
  | 'unsafe_entry_name'
  | 'duplicate_entry'
  | 'unsupported_entry';

export interface ArchiveFailure {
  code: ArchiveFailureCode;
  /** The offending entry's name, made printable. */
  entry?: string;
  /** A short English detail for logs. */
  detail: string;
}

export type ArchiveResult = { ok: true; entries: ArchiveEntry[] } | { ok: false; failure: ArchiveFailure };

class ArchiveRefusal extends Error {
  constructor(readonly failure: ArchiveFailure) {
    super(failure.detail);
  }
}

/** Control characters and anything unprintable are shown escaped, so a hostile name cannot rewrite a log line or a dialog. */
export function printableName(name: string): string {
  const shown = name.length > 120 ? `${name.slice(0, 120)}…` : name;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Why an entry name is unsafe, or null. Stricter than yauzl's own check: besides absolute
 * paths, drive letters, backslashes and `..`, also empty segments, control characters and
 * over-long names, which no legitimate writer produces.
 */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.length > 255) return 'name longer than 255 characters';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character in name';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return 'relative or empty path segment';
  return null;
}

function refuse(code: ArchiveFailureCode, detail: string, entry?: string): never {
  throw new ArchiveRefusal({ code, detail, ...(entry === undefined ? {} : { entry: printableName(entry) }) });
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      // decodeStrings: names as UTF-8/CP437 text; strictFileNames: refuse backslashes instead of rewriting them.
      { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

/** Reads every entry (directories included, with empty data), in central-directory order. */
export async function readArchive(bytes: Buffer, limits: ArchiveLimits): Promise<ArchiveResult> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    return { ok: false, failure: { code: 'not_a_zip', detail: (error as Error).message.slice(0, 200) } };
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      refuse('too_many_entries', `${zip.entryCount} entries, at most ${limits.maxEntries}`);
    }
    const entries = await readEntries(zip, limits);
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof ArchiveRefusal) return { ok: false, failure: error.failure };
    return { ok: false, failure: { code: 'archive_damaged', detail: (error as Error).message.slice(0, 200) } };
  } finally {
    zip.close();
  }
}

function readEntries(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<ArchiveEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ArchiveEntry[] = [];
    const seen = new Set<string>();
    let total = 0;
    const fail = (error: unknown) => {
      zip.removeAllListeners('entry');
      reject(error);
    };
    zip.on('error', fail);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = entry.fileName;
        const unsafe = unsafeNameReason(name);
        if (unsafe) refuse('unsafe_entry_name', unsafe, name);
        // Case-folded: on Windows and macOS "A.json" and "a.json" are one file.
        const folded = name.toLowerCase();
        if (seen.has(folded)) refuse('duplicate_entry', 'the same name twice', name);
        seen.add(folded);
        if ((entry.generalPurposeBitFlag & 0x1) !== 0) refuse('unsupported_entry', 'encrypted ZIP entry', name);
        if (entry.compressionMethod !== 0 && (entry.compressionMethod !== 8 || limits.storedOnly === true)) {
          refuse('unsupported_entry', `compression method ${entry.compressionMethod}`, name);
        }
        if (entry.uncompressedSize > limits.maxEntryBytes) refuse('entry_too_large', `declares ${entry.uncompressedSize} bytes`, name);
        if (total + entry.uncompressedSize > limits.maxTotalBytes) refuse('too_much_data', 'declared sizes exceed the total limit', name);
      } catch (error) {
        fail(error);
        return;
      }
      if (entry.fileName.endsWith('/')) {
        entries.push({ name: entry.fileName, data: Buffer.alloc(0), stored: entry.compressionMethod === 0 });
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) {
          fail(error ?? new Error('no stream'));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          // Counted on the inflated bytes themselves: the declared sizes may lie.
          if (size > limits.maxEntryBytes) {
            stream.destroy();
            fail(new ArchiveRefusal({ code: 'entry_too_large', detail: 'inflates past the entry limit', entry: printableName(entry.fileName) }));
            return;
          }
          if (total > limits.maxTotalBytes) {
            stream.destroy();
            fail(new ArchiveRefusal({ code: 'too_much_data', detail: 'inflates past the total limit', entry: printableName(entry.fileName) }));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', (streamError: Error) => fail(streamError));
        stream.on('end', () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks, size), stored: entry.compressionMethod === 0 });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
