import type { AppErrorData } from './app-error';
import type { ReportInputRequest } from './report-contract';

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

/**
 * The desktop shell's printing (electron/shell/print-report.ts): the report built by the backend,
 * rendered in a hidden window of the report page, then Electron's printToPDF and the save dialog
 * ("pdf") or the system's print dialog ("print"). (ShellPrintRequest) → ShellPrintResult.
 */
export const IPC_PRINT_REPORT_CHANNEL = 'fieldscore:print-report';

export type ShellPrintRequest = ReportInputRequest & { action: 'pdf' | 'print' };

/**
 * printed: the PDF is complete at `path`, or the report went to the print dialog (which says the
 * rest). Not printed: the user closed a dialog (cancelled, no error), or it failed (error).
 */
export type ShellPrintResult =
  | { printed: true; path?: string }
  | { printed: false; cancelled?: boolean; error?: AppErrorData };

export interface FieldscoreShell {
  saveFile(request: ShellSaveRequest): Promise<ShellSaveResult>;
  /** Always there in the desktop app (electron/preload.ts); optional so stand-ins that only save need not have it. */
  printReport?(request: ShellPrintRequest): Promise<ShellPrintResult>;
}
