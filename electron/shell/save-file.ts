import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { ShellSaveResult } from '../../shared/api/ipc-channel';
import { CONSOLIDATED_LIMITS } from '../../shared/consolidation/consolidated-format';
import { base64LengthFor, decodeBase64Strict } from '../evidence/decode-base64';
import { isTrustedSender, type InvokeSender } from './ipc-guard';

/**
 * What is saved this way — packages, a hub's consolidated files and review files, the set's spreadsheets — and the
 * dialog's filter for each, chosen by the suggested name's ending. Anything else is refused.
 */
export const SAVE_DIALOG_FILTERS = [{ name: 'Fieldscore package', extensions: ['fieldscore', 'age'] }];
const FILTERS_BY_ENDING: [RegExp, { name: string; extensions: string[] }[]][] = [
  [/\.fieldscore(\.age)?$/, SAVE_DIALOG_FILTERS],
  [/\.fieldscore-set$/, [{ name: 'Fieldscore consolidated file', extensions: ['fieldscore-set'] }]],
  [/\.fieldscore-review$/, [{ name: 'Fieldscore review file', extensions: ['fieldscore-review'] }]],
  [/\.xlsx$/, [{ name: 'Excel workbook', extensions: ['xlsx'] }]],
  [/\.csv$/, [{ name: 'CSV', extensions: ['csv'] }]],
];

export function saveDialogFilters(suggestedName: string): { name: string; extensions: string[] }[] | undefined {
  return FILTERS_BY_ENDING.find(([ending]) => ending.test(suggestedName))?.[1];
}

/**
 * A name the dialog may propose: one path segment of letters, digits and `._-` (what
 * packageFileName produces), not starting with a dot, at most 255 characters. The renderer is
 * untrusted; this keeps a crafted name from proposing another folder, a hidden file or a device.
 */
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

const saveRequestSchema = (maxBytes: number) =>
  z
    .object({
      suggestedName: z
        .string()
        .regex(PLAIN_FILE_NAME)
        .refine((name) => !name.includes('..'), 'no ".."')
        .refine((name) => saveDialogFilters(name) !== undefined, 'not a kind of file the app saves'),
      // Length first: a huge string is refused before it is scanned or decoded.
      dataBase64: z.string().min(1).max(base64LengthFor(maxBytes)),
    })
    .strict();

export interface SaveFileOptions {
  /** The largest file accepted; a consolidated file's limit (the largest the app writes) by default. */
  maxBytes?: number;
}

/**
 * Writes beside the target under a temporary name, flushes, then renames over the target, so
 * the chosen path holds either its previous content or the complete new file, never half of
 * one. The temporary file is removed when anything fails.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temporary, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * The listener for IPC_SAVE_FILE_CHANNEL: the same sender check as the contract's channel, the
 * payload checked (plain name, strict base64, size bound), the native save dialog attached to
 * the app window, then the atomic write. Cancelling the dialog writes nothing.
 */
export function createSaveFileHandler(
  getWindow: () => BrowserWindow | null,
  options: SaveFileOptions = {},
): (event: IpcMainInvokeEvent, request: unknown) => Promise<ShellSaveResult> {
  const schema = saveRequestSchema(options.maxBytes ?? CONSOLIDATED_LIMITS.maxFileBytes);
  return async (event, request) => {
    const window = getWindow();
    if (!window || !isTrustedSender(event as InvokeSender, window)) return { saved: false, error: 'refused' };
    const parsed = schema.safeParse(request);
    if (!parsed.success) return { saved: false, error: 'refused' };
    const bytes = decodeBase64Strict(parsed.data.dataBase64);
    if (!bytes) return { saved: false, error: 'refused' };

    const choice = await dialog.showSaveDialog(window, {
      defaultPath: parsed.data.suggestedName,
      filters: saveDialogFilters(parsed.data.suggestedName)!,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    const target = path.resolve(choice.filePath);
    try {
      await writeFileAtomically(target, bytes);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? 'EIO';
      console.error('fieldscore: saving the file failed', target, error);
      return { saved: false, error: 'write_failed', detail };
    }
    return { saved: true, path: target };
  };
}
