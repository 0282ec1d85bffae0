// Runs sandboxed in the renderer before the page: exposes exactly one function per contract
// operation as window.fieldscore, and the shell's save dialog and report printing as window.fieldscoreShell, and
// nothing else (no ipcRenderer, no generic invoke).
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../shared/api/app-error';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../shared/api/contract';
import { IPC_INVOKE_CHANNEL, IPC_PRINT_REPORT_CHANNEL, IPC_SAVE_FILE_CHANNEL, type FieldscoreShell } from '../shared/api/ipc-channel';

type Invoke = (request: unknown) => Promise<ApiResult<unknown>>;

function invoker(name: OperationName): Invoke {
  // The main process checks the sender and validates name and payload; nothing is trusted here.
  return (request) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, request);
}

// Built from OPERATION_NAMES so a new operation needs no edit here. Object.fromEntries cannot
// carry per-key types, hence the one cast; tests/electron/shell/preload.test.ts checks that the
// keys are exactly OPERATION_NAMES and that each calls its own operation.
const transport: FieldscoreTransport = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, invoker(name)]),
) as Record<OperationName, Invoke> as FieldscoreTransport;

// One fixed channel with one argument: the page cannot choose what the main process runs.
const shell: Required<FieldscoreShell> = {
  saveFile: (request) => ipcRenderer.invoke(IPC_SAVE_FILE_CHANNEL, request),
  printReport: (request) => ipcRenderer.invoke(IPC_PRINT_REPORT_CHANNEL, request),
};

contextBridge.exposeInMainWorld('fieldscore', transport);
contextBridge.exposeInMainWorld('fieldscoreShell', shell);
