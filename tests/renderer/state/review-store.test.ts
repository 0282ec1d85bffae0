import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { createApi } from '../../../renderer/api/create-api';
import type { PickedFile } from '../../../renderer/files/picked-file';
import type { FileSaver, FileToSave } from '../../../renderer/files/save-file';
import { createStores, type Stores } from '../../../renderer/state/stores';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../../../shared/api/contract';
import { REVIEW_LIMITS, REVIEW_MEDIA_TYPE } from '../../../shared/reviews/review-format';
import { call, dispatchTransport, freshDataDir, NAIROBI, openTestBackend } from '../backend-fixture';

/** The review store over two real backends: a hub that decides and exports, an office that imports. */
const opened: { backend: Backend; dataDir: string }[] = [];
afterEach(async () => {
  for (const { backend, dataDir } of opened.splice(0)) {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

async function session(saveFile: FileSaver = async (file) => ({ saved: true, destination: 'download', fileName: file.fileName })) {
  const dataDir = freshDataDir();
  const backend = await openTestBackend(dataDir);
  opened.push({ backend, dataDir });
  const requests: OperationName[] = [];
  const inner = dispatchTransport(backend);
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    transport[name] = (request) => {
      requests.push(name);
      return (inner[name] as (request: unknown) => Promise<unknown>)(request);
    };
  }
  const stores: Stores = createStores(createApi(transport as FieldscoreTransport), 'en', { saveFile, storage: null });
  return { backend, stores, requests, review: () => stores.review.getState() };
}

function picked(name: string, bytes: Buffer): PickedFile & { reads: number } {
  const file = { name, sizeBytes: bytes.length, reads: 0, readBase64: async () => ((file.reads += 1), bytes.toString('base64')) };
  return file;
}

async function submittedAndHeld(field: Backend, hub: Backend): Promise<string> {
  const { id } = await call<{ id: string }>(field, 'assessments.create', NAIROBI);
  await call(field, 'answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes' } });
  await call(field, 'assessments.submit', { id });
  const exported = await call<{ fileName: string; dataBase64: string }>(field, 'packages.export', { assessmentId: id });
  await call(hub, 'hub.import', { fileName: exported.fileName, dataBase64: exported.dataBase64, decidedBy: 'Set-up' });
  return id;
}

describe('review store', () => {
  it('decides at the hub (a name is needed), exports the file through the saver, and the office imports it once', async () => {
    const saved: FileToSave[] = [];
    const hub = await session(async (file) => {
      saved.push(file);
      return { saved: true, destination: `/home/hub/${file.fileName}`, fileName: file.fileName };
    });
    const field = await session();
    const id = await submittedAndHeld(field.backend, hub.backend);

    await hub.review().loadHubReview(id);
    expect(hub.review().hubReviews[id]).toMatchObject({ status: 'received', current: null });
    const comments = [{ indicatorId: 'P1.4', text: 'Attach the signed terms of reference.' }];
    expect(await hub.review().saveHubReview(id, { status: 'returned', comments, decidedBy: '  ' })).toEqual({ kind: 'name_required' });
    expect(await hub.review().saveHubReview(id, { status: 'returned', comments: [], decidedBy: 'H. Hub' })).toMatchObject({
      kind: 'failed',
      error: { messageKey: 'review.errors.comment_required' },
    });
    expect(await hub.review().saveHubReview(id, { status: 'returned', comments, decidedBy: 'H. Hub' })).toEqual({ kind: 'done' });
    expect(hub.review().hubReviews[id]).toMatchObject({ status: 'returned', current: { comments } });

    expect(await hub.review().exportReview(id, '')).toEqual({ kind: 'name_required' });
    expect(saved).toEqual([]);
    expect(await hub.review().exportReview(id, 'Regional Hub Nairobi')).toEqual({ kind: 'done' });
    expect(saved.map((file) => [file.fileName, file.mediaType])).toEqual([['KEN-RH_2024_r1_returned.fieldscore-review', REVIEW_MEDIA_TYPE]]);
    expect(hub.review().lastExport).toEqual({ assessmentId: id, outcome: { kind: 'saved', fileName: 'KEN-RH_2024_r1_returned.fieldscore-review', destination: '/home/hub/KEN-RH_2024_r1_returned.fieldscore-review' } });

    const file = picked(saved[0]!.fileName, Buffer.from(saved[0]!.dataBase64, 'base64'));
    const first = await field.review().importReviewFile(id, file);
    expect(first?.result).toMatchObject({ outcome: 'imported', hub: { name: 'Regional Hub Nairobi', firstSeen: true } });
    expect(field.review().received[id]).toMatchObject([{ status: 'returned', comments }]);
    const again = await field.review().importReviewFile(id, file);
    expect(again?.result.outcome).toBe('identical');
    expect(field.review().lastImport).toMatchObject({ from: id, outcome: { result: { outcome: 'identical' } } });
  });

  it('refuses an oversize file before reading it, and asks for the comments once however many indicators ask', async () => {
    const field = await session();
    const { id } = await call<{ id: string }>(field.backend, 'assessments.create', NAIROBI);
    const big = picked('big.fieldscore-review', Buffer.alloc(REVIEW_LIMITS.maxFileBytes + 1));
    const outcome = await field.review().importReviewFile(id, big);
    expect(outcome?.result).toEqual({ outcome: 'refused', reason: { code: 'file_too_large', params: { limit: REVIEW_LIMITS.maxFileBytes / 1024 } } });
    expect(big.reads).toBe(0);
    expect(field.requests.filter((name) => name === 'reviews.import')).toEqual([]);

    await Promise.all(Array.from({ length: 35 }, () => field.review().ensureReceived(id)));
    await field.review().ensureReceived(id);
    expect(field.requests.filter((name) => name === 'reviews.ofAssessment')).toHaveLength(1);
    expect(field.review().received[id]).toEqual([]);
  });
});
