import { describe, expect, it, vi } from 'vitest';
import { baseName, folderOf, saveWithShell, type FileToSave } from '../../../renderer/files/save-file';
import type { FieldscoreShell, ShellSaveResult } from '../../../shared/api/ipc-channel';

const FILE: FileToSave = { fileName: 'ETH-CO_2025_r1.fieldscore', dataBase64: 'UEsDBA==', mediaType: 'application/octet-stream' };

function shellAnswering(answer: ShellSaveResult | Error): FieldscoreShell & { saveFile: ReturnType<typeof vi.fn> } {
  return { saveFile: vi.fn(async () => (answer instanceof Error ? Promise.reject(answer) : answer)) };
}

describe('saveWithShell', () => {
  it('asks the shell with the suggested name and data, and records the path and name actually chosen', async () => {
    const shell = shellAnswering({ saved: true, path: '/home/amina/Desktop/renamed.fieldscore' });
    expect(await saveWithShell(shell, FILE)).toEqual({
      saved: true,
      destination: '/home/amina/Desktop/renamed.fieldscore',
      fileName: 'renamed.fieldscore',
    });
    expect(shell.saveFile).toHaveBeenCalledExactlyOnceWith({ suggestedName: FILE.fileName, dataBase64: FILE.dataBase64 });
  });

  it('turns a closed dialog into "not saved" without an error', async () => {
    expect(await saveWithShell(shellAnswering({ saved: false }), FILE)).toEqual({ saved: false });
  });

  it('turns a failed write, a refusal and a broken channel into errors the catalog explains', async () => {
    expect(await saveWithShell(shellAnswering({ saved: false, error: 'write_failed', detail: 'EACCES' }), FILE)).toEqual({
      saved: false,
      error: { code: 'internal', messageKey: 'packages.errors.save_failed', params: { detail: 'EACCES' } },
    });
    expect(await saveWithShell(shellAnswering({ saved: false, error: 'refused' }), FILE)).toMatchObject({
      saved: false,
      error: { messageKey: 'packages.errors.save_refused' },
    });
    expect(await saveWithShell(shellAnswering(new Error('Error invoking remote method')), FILE)).toMatchObject({
      saved: false,
      error: { messageKey: 'packages.errors.save_refused' },
    });
  });
});

describe('paths', () => {
  it('splits POSIX and Windows paths into folder and name', () => {
    expect(baseName('/home/amina/Desktop/x.fieldscore')).toBe('x.fieldscore');
    expect(folderOf('/home/amina/Desktop/x.fieldscore')).toBe('/home/amina/Desktop');
    expect(baseName('C:\\Users\\Amina\\Desktop\\x.fieldscore.age')).toBe('x.fieldscore.age');
    expect(folderOf('C:\\Users\\Amina\\Desktop\\x.fieldscore.age')).toBe('C:\\Users\\Amina\\Desktop');
    expect(folderOf('/x.fieldscore')).toBe('/');
    expect(folderOf('D:\\x.fieldscore')).toBe('D:\\');
    expect(folderOf('\\\\server\\share\\x.fieldscore')).toBe('\\\\server\\share');
    expect(folderOf('x.fieldscore')).toBe('');
  });
});
