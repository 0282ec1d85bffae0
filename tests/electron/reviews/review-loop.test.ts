import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConsolidated } from '../../../electron/consolidation/consolidated-file';
import { loadOrCreateInstallationKey } from '../../../electron/packages/installation-key';
import { writeReviewFile } from '../../../electron/reviews/review-file';
import { databasePath } from '../../../electron/store/store-paths';
import { REVIEW_LIMITS, type ReviewPayload } from '../../../shared/reviews/review-format';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { workflowFixture, type Client } from '../backend/workflow-backend';

/**
 * The review loop between two real data folders: a field office that submits and exports its
 * package, and a hub that imports it, decides, and sends a review file back.
 */
const fixture = workflowFixture();
const BY = 'H. Hub';
const HUB = 'Regional Hub Nairobi';

let field: Client;
let hub: Client;
let firstId: string;

const count = (dataDir: string, table: string) => {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Exports the field's package as the app does (export, then record it), and imports it at the hub. */
async function sendPackage(from: Client, to: Client, assessmentId: string) {
  const exported = await from.call('packages.export', { assessmentId });
  await from.call('packages.recordExport', {
    assessmentId,
    fileName: exported.fileName,
    destination: 'download',
    sha256: exported.sha256,
    sizeBytes: exported.sizeBytes,
    encrypted: false,
  });
  const imported = await to.call('hub.import', { fileName: exported.fileName, dataBase64: exported.dataBase64, decidedBy: BY });
  return { exported, imported };
}

const reviewFile = (exported: { fileName: string; dataBase64: string }) => ({ fileName: exported.fileName, dataBase64: exported.dataBase64 });

beforeAll(async () => {
  field = await fixture.start();
  hub = await fixture.start();
  firstId = await submittedAssessment(field);
  const { imported } = await sendPackage(field, hub, firstId);
  expect(imported.status).toBe('new');
}, 60_000);
afterAll(() => fixture.cleanup());

describe('the hub records a status per held revision', () => {
  it('starts at received; returned needs a comment on an indicator of the framework; accepted clears nothing; every decision is kept', async () => {
    expect(await hub.call('hub.review', { assessmentId: firstId })).toMatchObject({ status: 'received', current: null, history: [], state: 'current', revision: 1, officeCode: 'ETH-CO' });
    expect((await hub.call('hub.offices', {}))[0]?.review).toBe('received');

    const noComment = await hub.fail('hub.review.set', { assessmentId: firstId, status: 'returned', comments: [], decidedBy: BY });
    expect(noComment).toMatchObject({ code: 'invalid_request', messageKey: 'review.errors.comment_required' });
    const stray = await hub.fail('hub.review.set', { assessmentId: firstId, status: 'returned', comments: [{ indicatorId: 'P9.9', text: 'x' }], decidedBy: BY });
    expect(stray).toMatchObject({ messageKey: 'review.errors.unknown_indicator', params: { indicatorId: 'P9.9' } });
    const unnamed = await hub.fail('hub.review.set', { assessmentId: firstId, status: 'accepted', comments: [], decidedBy: ' ' });
    expect(unnamed.code).toBe('invalid_request');
    const twice = await hub.fail('hub.review.set', {
      assessmentId: firstId,
      status: 'returned',
      comments: [
        { indicatorId: 'P1.4', text: 'a' },
        { indicatorId: 'P1.4', text: 'b' },
      ],
      decidedBy: BY,
    });
    expect(twice.code).toBe('invalid_request');
    expect(count(hub.dataDir, 'hub_reviews')).toBe(0);

    const returned = await hub.call('hub.review.set', {
      assessmentId: firstId,
      status: 'returned',
      comments: [
        { indicatorId: 'P2.2', text: 'Ten staff for a new office? Check the figure.' },
        { indicatorId: 'P1.4', text: 'Attach the signed host agreement.' },
      ],
      decidedBy: BY,
    });
    expect(returned.status).toBe('returned');
    // Stored in indicator order, whatever order they were given in.
    expect(returned.current?.comments.map((comment) => comment.indicatorId)).toEqual(['P1.4', 'P2.2']);
    expect(returned.current).toMatchObject({ decidedBy: BY, decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    const accepted = await hub.call('hub.review.set', { assessmentId: firstId, status: 'accepted', comments: [], decidedBy: 'A. Second' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.history.map((decision) => [decision.status, decision.decidedBy, decision.comments.length])).toEqual([
      ['accepted', 'A. Second', 0],
      ['returned', BY, 2],
    ]);
    expect((await hub.call('hub.offices', {}))[0]?.review).toBe('accepted');

    const unknown = await hub.fail('hub.review', { assessmentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ code: 'not_found', messageKey: 'review.errors.not_held' });
  });
});

describe('review files between two data folders', () => {
  it('carries the comments to the office, once, with the hub’s fingerprint remembered; the reopened draft shows them', async () => {
    await hub.call('hub.review.set', { assessmentId: firstId, status: 'returned', comments: [{ indicatorId: 'P1.4', text: 'Attach the signed host agreement.' }], decidedBy: BY });
    const file = await hub.call('hub.review.export', { assessmentId: firstId, hubName: HUB });
    expect(file.fileName).toBe('ETH-CO_2025_r1_returned.fieldscore-review');
    // The same decision exported again is the same file.
    expect((await hub.call('hub.review.export', { assessmentId: firstId, hubName: HUB })).dataBase64).toBe(file.dataBase64);

    const hubKey = await hub.call('packages.installationKey', {});
    const imported = await field.call('reviews.import', reviewFile(file));
    expect(imported).toMatchObject({ outcome: 'imported', hub: { name: HUB, fingerprint: hubKey.fingerprint, firstSeen: true } });
    if (imported.outcome === 'refused') throw new Error('refused');
    expect(imported.review).toMatchObject({ assessmentId: firstId, revision: 1, status: 'returned', hubName: HUB, decidedBy: BY, comments: [{ indicatorId: 'P1.4', text: 'Attach the signed host agreement.' }] });
    expect(count(field.dataDir, 'received_reviews')).toBe(1);
    expect(count(field.dataDir, 'review_hubs')).toBe(1);

    const again = await field.call('reviews.import', reviewFile(file));
    expect(again).toMatchObject({ outcome: 'identical', review: { id: imported.review.id }, hub: { firstSeen: false } });
    expect(count(field.dataDir, 'received_reviews')).toBe(1);
    expect(count(field.dataDir, 'review_hubs')).toBe(1);

    const draft = await field.call('assessments.reopen', { id: firstId });
    expect(draft).toMatchObject({ status: 'draft', revision: 2, previousRevisionId: firstId });
    const ofDraft = await field.call('reviews.ofAssessment', { assessmentId: draft.id });
    expect(ofDraft).toHaveLength(1);
    expect(ofDraft[0]).toMatchObject({ assessmentId: firstId, revision: 1, status: 'returned', comments: [{ indicatorId: 'P1.4' }] });
    expect(await field.call('reviews.ofAssessment', { assessmentId: firstId })).toEqual(ofDraft);

    // A review about the draft itself cannot exist (never submitted); one about the draft's id is refused as such.
    const key = loadOrCreateInstallationKey(hub.dataDir);
    const base = JSON.parse(Buffer.from(JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')).payload as string, 'base64').toString('utf8')) as ReviewPayload;
    const forged = (change: (payload: ReviewPayload) => ReviewPayload) => ({ fileName: 'x.fieldscore-review', dataBase64: writeReviewFile(change(base), key).toString('base64') });
    const refused = async (change: (payload: ReviewPayload) => ReviewPayload) => {
      const result = await field.call('reviews.import', forged(change));
      return result.outcome === 'refused' ? result.reason.code : result.outcome;
    };
    expect(await refused((payload) => ({ ...payload, assessment: { ...payload.assessment, id: draft.id, revision: 2 } }))).toBe('not_submitted');
    expect(await refused((payload) => ({ ...payload, assessment: { ...payload.assessment, id: '00000000-0000-4000-8000-000000000000' } }))).toBe('unknown_assessment');
    expect(await refused((payload) => ({ ...payload, assessment: { ...payload.assessment, revision: 3 } }))).toBe('identity_mismatch');
    expect(await refused((payload) => ({ ...payload, assessment: { ...payload.assessment, officeCode: 'KEN-RH' } }))).toBe('identity_mismatch');
    expect(await refused((payload) => ({ ...payload, assessment: { ...payload.assessment, packageSha256: '0'.repeat(64) } }))).toBe('package_mismatch');
    expect(await refused((payload) => ({ ...payload, decision: { ...payload.decision, comments: [{ indicatorId: 'P9.9', text: 'x' }] } }))).toBe('unknown_indicator');
    // The same decision at another time is another file: imported beside the first.
    expect(await refused((payload) => ({ ...payload, decision: { ...payload.decision, status: 'accepted', comments: [], decidedAt: '2099-01-01T00:00:00.000Z' } }))).toBe('imported');
    expect((await field.call('reviews.ofAssessment', { assessmentId: draft.id }))[0]).toMatchObject({ status: 'accepted', comments: [] });
    expect(count(field.dataDir, 'received_reviews')).toBe(2);

    const tooLarge = await field.call('reviews.import', { fileName: 'big.fieldscore-review', dataBase64: Buffer.alloc(REVIEW_LIMITS.maxFileBytes + 3).toString('base64') });
    expect(tooLarge).toMatchObject({ outcome: 'refused', reason: { code: 'file_too_large' } });
    expect(await field.fail('reviews.import', { fileName: 'x', dataBase64: 'not base64!' })).toMatchObject({ code: 'invalid_request' });
    expect(count(field.dataDir, 'received_reviews')).toBe(2);
  });

  it('refuses another key for a known hub name with both fingerprints, until a person accepts it', async () => {
    const field2 = await fixture.start();
    const id = await submittedAssessment(field2, { office: { name: 'Country Office Dakar', code: 'SEN-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'SEN' } });
    const firstHub = await fixture.start();
    const replacedHub = await fixture.start(); // the same hub on a new laptop: same name, new key
    await sendPackage(field2, firstHub, id);
    const { exported } = await sendPackage(field2, replacedHub, id);
    for (const at of [firstHub, replacedHub]) await at.call('hub.review.set', { assessmentId: id, status: 'accepted', comments: [], decidedBy: BY });
    const before = await firstHub.call('hub.review.export', { assessmentId: id, hubName: HUB });
    const after = await replacedHub.call('hub.review.export', { assessmentId: id, hubName: HUB });
    const known = (await firstHub.call('packages.installationKey', {})).fingerprint;
    const fresh = (await replacedHub.call('packages.installationKey', {})).fingerprint;

    expect(await field2.call('reviews.import', reviewFile(before))).toMatchObject({ outcome: 'imported', hub: { fingerprint: known, firstSeen: true } });
    const refused = await field2.call('reviews.import', reviewFile(after));
    expect(refused).toEqual({ outcome: 'refused', reason: { code: 'different_hub_key', params: { detail: known } }, hub: { name: HUB, fingerprint: fresh, knownFingerprint: known } });
    expect(count(field2.dataDir, 'received_reviews')).toBe(1);
    // Accepting a fingerprint other than the file's changes nothing.
    expect(await field2.call('reviews.import', { ...reviewFile(after), acceptHubKey: known })).toMatchObject({ outcome: 'refused', reason: { code: 'different_hub_key' } });
    expect(await field2.call('reviews.import', { ...reviewFile(after), acceptHubKey: fresh })).toMatchObject({ outcome: 'imported', hub: { fingerprint: fresh, firstSeen: false } });
    // From now on the new key is the hub's, the old one is not.
    const oldAgain = await firstHub.call('hub.review.set', { assessmentId: id, status: 'returned', comments: [{ indicatorId: 'P1.4', text: 'x' }], decidedBy: BY });
    expect(oldAgain.status).toBe('returned');
    const fromOld = await field2.call('reviews.import', reviewFile(await firstHub.call('hub.review.export', { assessmentId: id, hubName: HUB })));
    expect(fromOld).toMatchObject({ outcome: 'refused', reason: { code: 'different_hub_key' }, hub: { knownFingerprint: fresh } });
    expect(exported.fileName).toBe('SEN-CO_2025_r1.fieldscore');

    // A review of this office's revision means nothing on another office's computer.
    expect(await field.call('reviews.import', reviewFile(after))).toMatchObject({ outcome: 'refused', reason: { code: 'unknown_assessment' } });
  }, 60_000);
});

describe('a newer revision and the consolidated file', () => {
  it('a newer revision arrives as received; only the current one is decided; the consolidated file carries the accepted ones unless asked for all', async () => {
    const office = await fixture.start();
    const center = await fixture.start();
    const kenya = await submittedAssessment(office, { office: { name: 'Regional Hub Office Nairobi', code: 'KEN-RH', currentTier: 'country_office', region: 'africa', hostCountry: 'KEN' } });
    const ghana = await submittedAssessment(office, { office: { name: 'Country Office Accra', code: 'GHA-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'GHA' } });
    await sendPackage(office, center, kenya);
    await sendPackage(office, center, ghana);
    await center.call('hub.review.set', { assessmentId: kenya, status: 'accepted', comments: [], decidedBy: BY });

    const read = async (include?: 'accepted' | 'all') => {
      const file = await center.call('hub.exportConsolidated', { hubName: HUB, ...(include ? { include } : {}) });
      const result = await readConsolidated(Buffer.from(file.dataBase64, 'base64'));
      if (!result.ok) throw new Error(result.reason.code);
      return { include: result.consolidated.manifest.include, members: result.consolidated.members.map((member) => member.verified.document.id).sort() };
    };
    expect(await read()).toEqual({ include: 'accepted', members: [kenya] });
    expect(await read('all')).toEqual({ include: 'all', members: [kenya, ghana].sort() });

    const reopened = await office.call('assessments.reopen', { id: kenya });
    await office.call('assessments.submit', { id: reopened.id });
    const { imported } = await sendPackage(office, center, reopened.id);
    expect(imported.status).toBe('newer');
    expect(await center.call('hub.review', { assessmentId: reopened.id })).toMatchObject({ status: 'received', state: 'current', revision: 2 });
    expect(await center.call('hub.review', { assessmentId: kenya })).toMatchObject({ status: 'accepted', state: 'superseded' });
    expect(await center.fail('hub.review.set', { assessmentId: kenya, status: 'returned', comments: [{ indicatorId: 'P1.4', text: 'x' }], decidedBy: BY })).toMatchObject({
      code: 'conflict',
      messageKey: 'review.errors.not_current',
    });
    expect(await center.fail('hub.review.export', { assessmentId: reopened.id, hubName: HUB })).toMatchObject({ messageKey: 'review.errors.nothing_decided' });
    // Revision 1 was accepted, revision 2 is only received: nothing accepted is current any more.
    expect(await center.fail('hub.exportConsolidated', { hubName: HUB })).toMatchObject({ messageKey: 'review.errors.none_accepted' });
  }, 60_000);
});
