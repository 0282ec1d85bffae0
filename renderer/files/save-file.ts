import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreShell } from '../../shared/api/ipc-channel';
import { base64ToBytes, saveDownload } from './save-download';

/** A file made by the backend, to be saved where the user wants it. */
export interface FileToSave {
  fileName: string;
  dataBase64: string;
  mediaType: string;
}

/**
 * Where the file went: a path chosen in the desktop shell's save dialog, or "download" when
 * handed to the browser's downloads (which do not say where, nor whether it was kept). Not
 * saved: the user closed the dialog (no error), or the shell refused or could not write it.
 */
export type SaveOutcome =
  | { saved: true; destination: string; fileName: string }
  | { saved: false; error?: AppErrorData };

export type FileSaver = (file: FileToSave) => Promise<SaveOutcome>;

/** The destination recorded for a file handed to the browser's downloads. */
export const DOWNLOAD_DESTINATION = 'download';

/** The last segment of a path, Windows or POSIX. */
export function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).filter(Boolean).at(-1) ?? filePath;
}

/** The folder of a path, Windows or POSIX ("" when there is none). */
export function folderOf(filePath: string): string {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  if (cut < 0) return '';
  // "/x" and "C:\\x" keep their root.
  return cut === 0 || /^[A-Za-z]:$/.test(filePath.slice(0, cut)) ? filePath.slice(0, cut + 1) : filePath.slice(0, cut);
}

/** The desktop shell's save dialog, when the page runs inside it (electron/preload.ts). */
export function desktopShell(): FieldscoreShell | null {
  // Read without a global Window augmentation, like selectTransport.
  const shell = (window as unknown as { fieldscoreShell?: FieldscoreShell }).fieldscoreShell;
  return shell && typeof shell.saveFile === 'function' ? shell : null;
}

export async function saveWithShell(shell: FieldscoreShell, file: FileToSave): Promise<SaveOutcome> {
  let result;
  try {
    result = await shell.saveFile({ suggestedName: file.fileName, dataBase64: file.dataBase64 });
  } catch {
    return { saved: false, error: { code: 'internal', messageKey: 'packages.errors.save_refused' } };
  }
  if (result.saved) return { saved: true, destination: result.path, fileName: baseName(result.path) };
  if (result.error === 'write_failed') {
    return { saved: false, error: { code: 'internal', messageKey: 'packages.errors.save_failed', params: { detail: result.detail ?? 'EIO' } } };
  }
  if (result.error) return { saved: false, error: { code: 'internal', messageKey: 'packages.errors.save_refused' } };
  return { saved: false };
}

export function saveAsDownload(file: FileToSave): SaveOutcome {
  saveDownload(file.fileName, base64ToBytes(file.dataBase64), file.mediaType);
  return { saved: true, destination: DOWNLOAD_DESTINATION, fileName: file.fileName };
}

/** The native save dialog in the desktop shell, the browser's download otherwise; looked up at each save. */
export const saveFile: FileSaver = async (file) => {
  const shell = desktopShell();
  return shell ? saveWithShell(shell, file) : saveAsDownload(file);
};
