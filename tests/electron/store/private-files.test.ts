import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tightenDataFolder } from '../../../electron/store/private-files';
import { backupsDir, databasePath, lockPath } from '../../../electron/store/store-paths';
import { backendFixture, okValue, recordingLog, writeResources } from '../../fixtures/store/store-fixtures';
import { modeOf, modesUnder, notOwnerOnly, posixModes, withOpenUmask } from './file-modes';

// Owner-only data folder (issue 11, item 1): the real backend on a real folder, under umask 000
// so that anything created without an explicit mode would show as 666/777.
const fixture = backendFixture();
afterEach(() => fixture.cleanup());

function resources(): string {
  return writeResources(fixture.folders.make('fieldscore-resources-'));
}

describe.skipIf(!posixModes)('private data folder', () => {
  it('creates the folder 0700 and the database, WAL, SHM, lock and backups 0600, whatever the umask', async () => {
    const dataDir = path.join(fixture.folders.make(), 'Fieldscore');
    const resourcesDir = resources();
    const { open, closed } = await withOpenUmask(async () => {
      const backend = await fixture.start(dataDir, resourcesDir);
      okValue(await backend.dispatch('settings.update', { language: 'fr' }));
      const whileOpen = { modes: modesUnder(dataDir), wrong: notOwnerOnly(dataDir) };
      await fixture.stop(backend); // the close backup
      return { open: whileOpen, closed: { modes: modesUnder(dataDir), wrong: notOwnerOnly(dataDir) } };
    });
    console.log('modes while open:', JSON.stringify(open.modes));
    console.log('modes after close:', JSON.stringify(closed.modes));

    expect(open.modes).toMatchObject({
      '.': '700',
      'fieldscore.lock': '600',
      'fieldscore.sqlite': '600',
      'fieldscore.sqlite-shm': '600',
      'fieldscore.sqlite-wal': '600',
    });
    const backups = Object.keys(closed.modes).filter((name) => /^backups\/fieldscore-.*\.sqlite$/.test(name));
    expect(backups).toHaveLength(1);
    expect(closed.modes).toMatchObject({ '.': '700', 'fieldscore.sqlite': '600', backups: '700', [backups[0] as string]: '600' });
    // Nothing else there (the packages feature's keys/ included) is readable by others either.
    expect(open.wrong).toEqual([]);
    expect(closed.wrong).toEqual([]);
  });

  it('tightens a folder written by an older version, says so in one log line, and leaves what is not its own alone', async () => {
    const dataDir = fixture.folders.make();
    const outside = path.join(fixture.folders.make(), 'outside.txt');
    fs.writeFileSync(outside, 'not ours');
    fs.chmodSync(outside, 0o644);
    // What an older Fieldscore left: a 0755 folder, 0644 database, backup, key, damaged copy.
    const db = new Database(databasePath(dataDir));
    db.exec('CREATE TABLE t (x INTEGER) STRICT');
    db.close();
    fs.mkdirSync(backupsDir(dataDir));
    fs.copyFileSync(databasePath(dataDir), path.join(backupsDir(dataDir), 'fieldscore-2025-01-01T090000.000Z.sqlite'));
    fs.mkdirSync(path.join(dataDir, 'keys', 'office'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'keys', 'office', 'signing.key'), 'k');
    fs.writeFileSync(`${databasePath(dataDir)}.damaged-2025-01-01T090000.000Z`, 'x');
    fs.symlinkSync(outside, path.join(backupsDir(dataDir), 'link-to-outside'));
    // Not Fieldscore's: Chromium's profile in Electron's userData folder, a user's own file.
    fs.mkdirSync(path.join(dataDir, 'Local Storage'));
    fs.writeFileSync(path.join(dataDir, 'notes.txt'), 'mine');
    for (const [entry, mode] of [
      ['.', 0o755], ['fieldscore.sqlite', 0o644], ['backups', 0o755], ['backups/fieldscore-2025-01-01T090000.000Z.sqlite', 0o644],
      ['keys', 0o755], ['keys/office', 0o755], ['keys/office/signing.key', 0o644],
      ['fieldscore.sqlite.damaged-2025-01-01T090000.000Z', 0o644], ['Local Storage', 0o755], ['notes.txt', 0o644],
    ] as const) {
      fs.chmodSync(path.join(dataDir, entry), mode);
    }

    const log = recordingLog();
    const backend = await fixture.start(dataDir, resources(), log);
    const modes = modesUnder(dataDir);
    console.log('modes after start:', JSON.stringify(modes));
    expect(modes).toMatchObject({
      '.': '700',
      'fieldscore.sqlite': '600',
      'fieldscore.sqlite.damaged-2025-01-01T090000.000Z': '600',
      backups: '700',
      'backups/fieldscore-2025-01-01T090000.000Z.sqlite': '600',
      keys: '700',
      'keys/office': '700',
      'keys/office/signing.key': '600',
      'Local Storage': '755',
      'notes.txt': '644',
    });
    expect(modeOf(outside)).toBe('644');

    const lines = log.entries.filter((entry) => entry.message.includes('restricted the data folder'));
    expect(lines).toHaveLength(1);
    console.log('log line:', lines[0]?.message);
    expect(lines[0]).toMatchObject({ level: 'warn' });
    expect(lines[0]?.message).toContain(dataDir);
    expect(lines[0]?.message).toContain('./ 755→700');
    expect(lines[0]?.message).toContain('fieldscore.sqlite 644→600');
    expect(lines[0]?.message).toContain('keys/office/signing.key 644→600');
    await fixture.stop(backend);

    // Nothing left to change: the next start says nothing.
    const quiet = recordingLog();
    await fixture.stop(await fixture.start(dataDir, resources(), quiet));
    expect(quiet.entries.filter((entry) => entry.message.includes('restricted'))).toEqual([]);
  });

  it('reports nothing for a folder that is already private', () => {
    const dataDir = fixture.folders.make();
    fs.chmodSync(dataDir, 0o700);
    expect(tightenDataFolder(dataDir)).toEqual({ changed: [], failed: [] });
  });

  it('keeps the lock file 0600 when it takes over a stale lock', async () => {
    const dataDir = fixture.folders.make();
    fs.writeFileSync(lockPath(dataDir), '999999999');
    fs.chmodSync(lockPath(dataDir), 0o644);
    const backend = await withOpenUmask(() => fixture.start(dataDir, resources()));
    expect(modeOf(lockPath(dataDir))).toBe('600');
    await fixture.stop(backend);
  });
});
