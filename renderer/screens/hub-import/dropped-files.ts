import { isHubFileName } from '../../state/hub-import-batch';

/** Files for the batch, and how many files of a folder were left out (not packages). */
export interface CollectedFiles {
  files: File[];
  skipped: number;
}

/**
 * Files chosen with the folder picker (every file under the folder): only the hub's own kinds
 * are taken; the rest (notes, spreadsheets, system files) are counted, not sent.
 */
export function filesOfFolder(list: FileList | null): CollectedFiles {
  const all = [...(list ?? [])];
  const files = all.filter((file) => isHubFileName(file.name));
  return { files, skipped: all.length - files.length };
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: readEntries answers in portions (100 at a time in Chromium) until it answers none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const portion = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (portion.length === 0) return all;
    all.push(...portion);
  }
}

async function walk(entry: FileSystemEntry, inFolder: boolean, into: CollectedFiles): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    // A file dropped on its own is sent whatever its name (the preview says what it is); one inside a folder only if it is a hub file.
    if (!inFolder || isHubFileName(file.name)) into.files.push(file);
    else into.skipped += 1;
    return;
  }
  if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, true, into);
  }
}

/**
 * What was dropped: files, and the files inside dropped folders (at any depth). The entries
 * are taken from the event at once — a DataTransfer is emptied once its handler returns — and
 * read afterwards.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<CollectedFiles> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) return { files: [...transfer.files], skipped: 0 };
  const collected: CollectedFiles = { files: [], skipped: 0 };
  for (const entry of entries) {
    try {
      await walk(entry!, false, collected);
    } catch {
      // An entry that vanished or cannot be read is left out; the others still come.
    }
  }
  return collected;
}
