import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeBackend, closeStores, NAIROBI, openStores } from '../backend-fixture';

afterEach(closeStores);

describe('app store', () => {
  it('loads the status and the saved language; a language change is saved in the database', async () => {
    const first = await openStores();
    await first.stores.app.getState().load();
    expect(first.stores.app.getState().status?.database.state).toBe('ready');
    expect(first.stores.app.getState().language).toBe('en');

    await first.stores.app.getState().setLanguage('ar');
    expect(first.stores.app.getState().language).toBe('ar');
    expect(first.stores.app.getState().error).toBeNull();
    await closeBackend(first.backend);

    // A new session on the same folder starts in Arabic, whatever language it guessed first.
    const second = await openStores(first.dataDir);
    expect(second.stores.app.getState().language).toBe('en');
    await second.stores.app.getState().load();
    expect(second.stores.app.getState().language).toBe('ar');
  });

  it('keeps a language picked while the status is still loading, and saves it', async () => {
    const first = await openStores();
    const loading = first.stores.app.getState().load();
    await first.stores.app.getState().setLanguage('fr'); // before app.status has answered
    await loading;
    expect(first.stores.app.getState().language).toBe('fr');
    await closeBackend(first.backend);

    const second = await openStores(first.dataDir);
    await second.stores.app.getState().load();
    expect(second.stores.app.getState().language).toBe('fr');
  });

  it('reports a damaged database, changes the language without saving it, and restores a backup', async () => {
    const first = await openStores();
    await first.stores.assessments.getState().create(NAIROBI);
    await closeBackend(first.backend); // closing after a change takes a backup
    fs.writeFileSync(path.join(first.dataDir, 'fieldscore.sqlite'), Buffer.alloc(8192, 0x5a));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(first.dataDir, `fieldscore.sqlite${suffix}`), { force: true });

    const { stores } = await openStores(first.dataDir);
    await stores.app.getState().load();
    const database = stores.app.getState().status?.database;
    expect(database?.state).toBe('corrupt');
    if (database?.state !== 'corrupt') return;
    expect(database.backups.length).toBeGreaterThan(0);

    await stores.app.getState().setLanguage('fr');
    expect(stores.app.getState().language).toBe('fr');
    expect(stores.app.getState().error).toBeNull();

    await stores.app.getState().restoreBackup(database.backups[0]!.file);
    expect(stores.app.getState().error).toBeNull();
    expect(stores.app.getState().restoring).toBeNull();
    expect(stores.app.getState().status?.database.state).toBe('ready');
    await stores.assessments.getState().loadList();
    expect(stores.assessments.getState().list?.map((summary) => summary.officeName)).toEqual(['UNIDO Regional Hub in Nairobi']);
  });

  it('keeps a refused restore as an error and stays on the recovery state', async () => {
    const first = await openStores();
    await closeBackend(first.backend);
    fs.writeFileSync(path.join(first.dataDir, 'fieldscore.sqlite'), Buffer.alloc(8192, 0x5a));
    const { stores } = await openStores(first.dataDir);
    await stores.app.getState().load();
    await stores.app.getState().restoreBackup('no-such-backup.sqlite');
    expect(stores.app.getState().error?.code).toBeDefined();
    expect(stores.app.getState().restoring).toBeNull();
    expect(stores.app.getState().status?.database.state).toBe('corrupt');
  });
});

describe('assessments store', () => {
  it('starts empty, creates, and re-reads the list and the new assessment from the database', async () => {
    const { stores } = await openStores();
    await stores.assessments.getState().loadList();
    expect(stores.assessments.getState().list).toEqual([]);

    const created = await stores.assessments.getState().create(NAIROBI);
    expect(created?.officeName).toBe('UNIDO Regional Hub in Nairobi');
    const state = stores.assessments.getState();
    expect(state.creating).toBe(false);
    expect(state.createError).toBeNull();
    expect(state.list?.map((summary) => summary.id)).toEqual([created?.id]);
    expect(state.current).toMatchObject({ id: created?.id, office: NAIROBI.office, cycle: 2024, assessor: 'A. Wanjiru', revision: 1 });
  });

  it('keeps a refused creation as an error with its problems, and writes nothing', async () => {
    const { stores } = await openStores();
    const created = await stores.assessments.getState().create({ ...NAIROBI, office: { ...NAIROBI.office, hostCountry: 'kenya' } });
    expect(created).toBeNull();
    const { createError } = stores.assessments.getState();
    expect(createError?.code).toBe('invalid_request');
    expect(createError?.problems?.map((problem) => problem.path)).toContain('office.hostCountry');
    await stores.assessments.getState().loadList();
    expect(stores.assessments.getState().list).toEqual([]);

    stores.assessments.getState().clearCreateError();
    expect(stores.assessments.getState().createError).toBeNull();
  });

  it('reports an assessment that does not exist as not_found', async () => {
    const { stores } = await openStores();
    await stores.assessments.getState().open('00000000-0000-4000-8000-000000000000');
    expect(stores.assessments.getState().current).toBeNull();
    expect(stores.assessments.getState().currentError?.code).toBe('not_found');
  });
});
