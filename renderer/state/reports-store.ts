import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi } from '../../shared/api/contract';
import type { FieldscoreShell, ShellPrintResult } from '../../shared/api/ipc-channel';
import type { ReportInputRequest } from '../../shared/api/report-contract';
import type { ReportInput } from '../../shared/reports/report-input';
import { errorDataOf } from '../api/api-error';
import type { FileSaver } from '../files/save-file';

/** What printing is doing: nothing, the print dialog being prepared, the PDF being made and saved. */
export type PrintPhase = 'idle' | 'printing' | 'saving';

export type PrintOutcome =
  /** The PDF is saved: at `path` (the desktop's save dialog) or handed to the browser's downloads. */
  | { kind: 'saved'; path: string; download: boolean }
  /** The report went to the system's print dialog (the desktop app). */
  | { kind: 'printed' }
  /** A dialog was closed: nothing printed or written. */
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorData };

/**
 * The report screen's state (renderer/screens/report/): the report page's input for the chosen
 * report, language and paper (reports.input), and printing it — through the desktop shell
 * (Electron's print dialog and printToPDF) when the page runs in it, else through the backend's
 * Chromium for the PDF (reports.pdf, then a download); printing on paper in the browser is the
 * preview iframe's own print(), which the screen calls.
 */
export interface ReportsState {
  /** The request the input below is for (JSON of it): another report's input never shows under this one. */
  inputFor: string | null;
  input: ReportInput | null;
  inputError: AppErrorData | null;
  phase: PrintPhase;
  outcome: PrintOutcome | null;

  load(request: ReportInputRequest): Promise<void>;
  /** The desktop's print dialog; false when not in the desktop app (the screen prints its preview instead). */
  printWithShell(request: ReportInputRequest): Promise<boolean>;
  savePdf(request: ReportInputRequest): Promise<void>;
  /** The browser printed the preview (its own dialog says the rest). */
  printedInBrowser(): void;
  clearOutcome(): void;
}

export interface ReportsStoreOptions {
  /** The desktop shell when the page runs in it (looked up at each print). */
  shell: () => FieldscoreShell | null;
  /** The browser's download. */
  download: FileSaver;
}

const keyOf = (request: ReportInputRequest) => JSON.stringify(request);

function fromShell(result: ShellPrintResult): PrintOutcome {
  if (result.printed) return result.path === undefined ? { kind: 'printed' } : { kind: 'saved', path: result.path, download: false };
  if (result.error) return { kind: 'failed', error: result.error };
  return { kind: 'cancelled' };
}

export function createReportsStore(api: FieldscoreApi, options: ReportsStoreOptions): StoreApi<ReportsState> {
  return createStore<ReportsState>()((set, get) => {
    let ticket = 0;
    const shellPrinter = () => {
      const shell = options.shell();
      return shell?.printReport ? shell.printReport.bind(shell) : null;
    };
    /** One print at a time: a second click while one runs starts nothing. */
    const run = async (phase: Exclude<PrintPhase, 'idle'>, work: () => Promise<PrintOutcome>) => {
      if (get().phase !== 'idle') return;
      set({ phase, outcome: null });
      let outcome: PrintOutcome;
      try {
        outcome = await work();
      } catch (error) {
        outcome = { kind: 'failed', error: errorDataOf(error) };
      }
      set({ phase: 'idle', outcome });
    };

    return {
      inputFor: null,
      input: null,
      inputError: null,
      phase: 'idle',
      outcome: null,

      async load(request) {
        const key = keyOf(request);
        const mine = ++ticket;
        set({ inputFor: key, inputError: null, ...(get().inputFor === key ? {} : { input: null }) });
        try {
          const input = await api['reports.input'](request);
          // Only the latest request's answer is shown: a slow answer for an earlier language is dropped.
          if (mine === ticket) set({ input });
        } catch (error) {
          if (mine === ticket) set({ inputError: errorDataOf(error), input: null });
        }
      },

      async printWithShell(request) {
        const print = shellPrinter();
        if (!print) return false;
        await run('printing', async () => fromShell(await print({ ...request, action: 'print' })));
        return true;
      },

      async savePdf(request) {
        const print = shellPrinter();
        await run('saving', async () => {
          if (print) return fromShell(await print({ ...request, action: 'pdf' }));
          const pdf = await api['reports.pdf'](request);
          const saved = await options.download({ fileName: pdf.fileName, dataBase64: pdf.dataBase64, mediaType: 'application/pdf' });
          if (saved.saved) return { kind: 'saved', path: saved.fileName, download: true };
          return saved.error ? { kind: 'failed', error: saved.error } : { kind: 'cancelled' };
        });
      },

      printedInBrowser() {
        set({ outcome: { kind: 'printed' } });
      },

      clearOutcome() {
        set({ outcome: null });
      },
    };
  });
}
