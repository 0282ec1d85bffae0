import yazl from 'yazl';

export interface ArchiveInput {
  name: string;
  data: Buffer;
  /** Stored without compression (the `mimetype` entry; already-compressed evidence such as JPEG). */
  store?: boolean;
}

/**
 * The DOS date and time fields of a ZIP are local wall-clock time; yazl fills them from a Date
 * in the machine's time zone. Shifting by the zone's offset makes them show the UTC time on
 * every machine, so the bytes do not depend on where the package was written.
 */
function utcWallClock(date: Date): Date {
  return new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
}

/**
 * Writes a ZIP deterministically: entries in the given order, one modification time (UTC),
 * fixed permissions, DOS timestamps only (no extra fields), so the same content always gives
 * the same bytes (the demo network is reproducible for a seed, and a re-export of a revision
 * is byte-identical).
 */
export function writeArchive(inputs: readonly ArchiveInput[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const input of inputs) {
      zip.addBuffer(input.data, input.name, { mtime: utcWallClock(mtime), mode: 0o100644, compress: input.store !== true, forceDosTimestamp: true });
    }
    zip.end();
  });
}
