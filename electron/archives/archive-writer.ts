import yazl from 'yazl';

export interface ArchiveInput {
  name: string;
  data: Buffer;
  /** Stored without compression (the `mimetype` entry; already-compressed evidence such as JPEG). */
  store?: boolean;
}

/**
 * Writes a ZIP deterministically: entries in the given order, one fixed modification time,
 * fixed permissions, so the same content always gives the same bytes (the demo network is
 * reproducible for a seed, and a re-export of a revision is byte-identical).
 */
export function writeArchive(inputs: readonly ArchiveInput[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const input of inputs) {
      zip.addBuffer(input.data, input.name, { mtime, mode: 0o100644, compress: input.store !== true });
    }
    zip.end();
  });
}
