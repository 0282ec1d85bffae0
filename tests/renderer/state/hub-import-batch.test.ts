import { describe, expect, it } from 'vitest';
import {
  compareFileNames,
  importOrder,
  importSummary,
  isHubFileName,
  isImportable,
  needsPassphrase,
  outcomeGroup,
  previewCounts,
  somethingChanged,
} from '../../../renderer/state/hub-import-batch';
import { IMPORT_STATUSES, type ImportPreview, type ImportStatus } from '../../../shared/api/hub-contract';

const pkg = (status: ImportStatus, extra: Partial<ImportPreview> = {}): ImportPreview => ({ fileName: 'x', kind: status === 'invalid' ? 'invalid' : 'package', status, ...extra });
const set = (status: ImportStatus): ImportPreview => ({ fileName: 's', kind: 'consolidated', status, sender: { name: 'Hub', fingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', status: status === 'different_key' ? 'different_key' : 'trusted', knownFingerprints: [] } });

describe('the hub import batch', () => {
  it('takes packages, encrypted packages and consolidated files from a folder, whatever the case', () => {
    expect(['a.fieldscore', 'B.FIELDSCORE', 'c.fieldscore.age', 'd.fieldscore-set'].every(isHubFileName)).toBe(true);
    expect(['notes.txt', 'a.fieldscore.bak', '.DS_Store', 'x.age', 'fieldscore'].some(isHubFileName)).toBe(false);
  });

  it('orders names with numbers as numbers, the same on every computer', () => {
    const names = ['KEN-RH_2025_r10.fieldscore', 'KEN-RH_2025_r2.fieldscore', 'ALB-DK_2025_r1.fieldscore', 'KEN-RH_2024_r1.fieldscore'];
    expect([...names].sort(compareFileNames)).toEqual(['ALB-DK_2025_r1.fieldscore', 'KEN-RH_2024_r1.fieldscore', 'KEN-RH_2025_r2.fieldscore', 'KEN-RH_2025_r10.fieldscore']);
  });

  it('sends what would write something or be held back, and consolidated files whose sender is known', () => {
    const importable = IMPORT_STATUSES.filter((status) => isImportable(pkg(status)));
    expect(importable).toEqual(['new', 'newer', 'older', 'diverged', 'different_key']);
    expect(isImportable(set('new'))).toBe(true);
    expect(isImportable(set('identical'))).toBe(true);
    expect(isImportable(set('different_key'))).toBe(false);
  });

  it('knows an encrypted file still locked', () => {
    expect(needsPassphrase(pkg('invalid', { reason: { code: 'passphrase_required', params: {} } }))).toBe(true);
    expect(needsPassphrase(pkg('invalid', { reason: { code: 'wrong_passphrase', params: {} } }))).toBe(true);
    expect(needsPassphrase(pkg('invalid', { reason: { code: 'archive_damaged', params: {} } }))).toBe(false);
    expect(needsPassphrase(null)).toBe(false);
  });

  it('imports consolidated files first, then packages by cycle and revision, keeping the list order otherwise', () => {
    const rows = [
      { id: 1, preview: pkg('new', { cycle: 2025, revision: 2 }) },
      { id: 2, preview: pkg('new', { cycle: 2025, revision: 1 }) },
      { id: 3, preview: pkg('new', { cycle: 2024, revision: 1 }) },
      { id: 4, preview: set('new') },
      { id: 5, preview: pkg('new', { cycle: 2024, revision: 1 }) },
    ];
    expect(importOrder(rows).map((row) => row.id)).toEqual([4, 3, 5, 2, 1]);
  });

  it('counts every file once after an import: by its result, by its preview when not sent, or as not sent or failed', () => {
    const rows = [
      { preview: pkg('new'), result: pkg('new'), error: null },
      { preview: pkg('new'), result: pkg('newer'), error: null },
      { preview: pkg('identical'), result: null, error: null },
      { preview: pkg('different_key'), result: pkg('different_key'), error: null },
      { preview: pkg('diverged'), result: pkg('diverged'), error: null },
      { preview: pkg('invalid'), result: null, error: null },
      { preview: pkg('revoked_key'), result: null, error: null },
      { preview: set('different_key'), result: null, error: null },
      { preview: pkg('new'), result: null, error: null },
      { preview: pkg('new'), result: null, error: { code: 'internal' as const, messageKey: 'errors.internal' } },
    ];
    const counts = importSummary(rows);
    expect(counts).toEqual({ imported: 2, alreadyHeld: 1, heldBack: 1, conflict: 1, senderKey: 1, refused: 1, invalid: 1, notSent: 1, failed: 1 });
    expect(somethingChanged(counts)).toBe(true);
    expect(somethingChanged(importSummary([{ preview: pkg('identical'), result: null, error: null }]))).toBe(false);
    expect(outcomeGroup(set('identical'))).toBe('alreadyHeld');
    expect(previewCounts(rows)).toMatchObject({ new: 4, identical: 1, different_key: 2, diverged: 1, invalid: 1, revoked_key: 1 });
  });
});
