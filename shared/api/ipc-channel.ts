/** The only IPC channel: (operation name, payload) → ApiResult. Kept in one place for main and preload. */
export const IPC_INVOKE_CHANNEL = 'fieldscore:invoke';

/**
 * The desktop shell's own channel, outside the backend contract because it needs Electron: the
 * native save dialog, then the file written where the user chose (electron/shell/save-file.ts).
 * (ShellSaveRequest) → ShellSaveResult. Exposed by the preload as window.fieldscoreShell.
 */
export const IPC_SAVE_FILE_CHANNEL = 'fieldscore:save-file';

export interface ShellSaveRequest {
  /** A plain file name (no folder), proposed in the dialog. */
  suggestedName: string;
  dataBase64: string;
}

/**
 * saved: the file is complete at `path`. Not saved: the user closed the dialog (no error), or
 * the request was refused or the write failed (error; detail is the system's code, e.g. EACCES).
 */
export type ShellSaveResult =
  | { saved: true; path: string }
  | { saved: false; error?: 'refused' | 'write_failed'; detail?: string };

export interface FieldscoreShell {
  saveFile(request: ShellSaveRequest): Promise<ShellSaveResult>;
}
