import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/store-paths';
import { workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The rows of one assessment exactly as stored, to prove a submitted revision is never written again. */
function rawRows(dataDir: string, id: string): unknown {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return {
      assessment: db.prepare('SELECT * FROM assessments WHERE id = ?').get(id),
      answers: db.prepare('SELECT * FROM answers WHERE assessment_id = ? ORDER BY indicator_id').all(id),
      evidence: db.prepare('SELECT * FROM evidence WHERE assessment_id = ? ORDER BY id').all(id),
    };
  } finally {
    db.close();
  }
}

async function submitted(backend: Client) {
  const { id } = await backend.create();
  await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 10, justification: 'new office' } });
  await backend.call('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes', note: 'signed 2024' } });
  await backend.call('evidence.add', { assessmentId: id, indicatorId: 'P1.4', fileName: 'pixel.png', dataBase64: PNG.toString('base64') });
  return backend.call('assessments.submit', { id });
}

describe('assessments.submit', () => {
  it('is blocked by a red indicator without justification and by an invalid stored value, then allowed', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 10 } }); // red
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.4', answer: { state: 'answered', value: 95 } }); // green
    // A value that no longer fits its input, as an import or an older framework could leave it.
    const db = new Database(databasePath(backend.dataDir));
    db.prepare("INSERT INTO answers VALUES (?, 'P3.3', '{\"state\":\"answered\",\"value\":9}', '2025-01-01T00:00:00.000Z')").run(id);
    db.close();

    const error = await backend.fail('assessments.submit', { id });
    expect(error).toEqual({
      code: 'conflict',
      messageKey: 'errors.submission_blocked',
      params: { count: 2 },
      problems: [
        { path: 'P2.2', message: 'justification_required' },
        { path: 'P3.3', message: 'invalid_value' },
      ],
    });
    expect((await backend.call('assessments.get', { id })).status).toBe('draft');

    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 10, justification: '   ' } });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P3.3', answer: { state: 'answered', value: 6 } });
    expect((await backend.fail('assessments.submit', { id })).problems).toEqual([{ path: 'P2.2', message: 'justification_required' }]);

    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 10, justification: 'office opened in March' } });
    const document = await backend.call('assessments.submit', { id });
    expect(document.status).toBe('submitted');
    expect(document.submittedAt).toBeDefined();
    expect((await backend.call('history.list', { assessmentId: id }))[0]).toMatchObject({ kind: 'status', action: 'submit', before: 'draft', after: 'submitted' });
    expect(await backend.call('edits.state', { assessmentId: id })).toEqual({ canUndo: false, canRedo: false });
  });

  it('locks a submitted assessment against answers, undo, profile changes, evidence and a second submit', async () => {
    const backend = await fixture.start();
    const document = await submitted(backend);
    const id = document.id;
    const before = rawRows(backend.dataDir, id);
    const locked = { code: 'conflict', messageKey: 'errors.assessment_locked' };
    expect(await backend.fail('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: null })).toMatchObject(locked);
    expect(await backend.fail('edits.undo', { assessmentId: id })).toMatchObject(locked);
    expect(await backend.fail('edits.redo', { assessmentId: id })).toMatchObject(locked);
    expect(await backend.fail('assessments.updateProfile', { id, office: document.office, cycle: 2030 })).toMatchObject(locked);
    expect(
      await backend.fail('evidence.add', { assessmentId: id, indicatorId: 'P2.2', fileName: 'pixel.png', dataBase64: PNG.toString('base64') }),
    ).toMatchObject(locked);
    const [attached] = await backend.call('evidence.list', { assessmentId: id });
    expect(await backend.fail('evidence.remove', { id: attached?.id ?? '' })).toMatchObject(locked);
    expect(await backend.fail('assessments.submit', { id })).toMatchObject(locked);
    expect(rawRows(backend.dataDir, id)).toEqual(before);
  });
});

describe('assessments.reopen', () => {
  it('creates a new draft revision with the answers and evidence, leaving the submitted one as it was', async () => {
    const backend = await fixture.start();
    const original = await submitted(backend);
    const before = rawRows(backend.dataDir, original.id);
    const documentBefore = await backend.call('assessments.get', { id: original.id });

    const reopened = await backend.call('assessments.reopen', { id: original.id });
    expect(reopened).toMatchObject({
      status: 'draft',
      revision: 2,
      previousRevisionId: original.id,
      office: original.office,
      cycle: original.cycle,
      framework: original.framework,
      answers: original.answers,
    });
    expect(reopened.id).not.toBe(original.id);
    expect(reopened).not.toHaveProperty('submittedAt');
    expect(rawRows(backend.dataDir, original.id)).toEqual(before);
    expect(await backend.call('assessments.get', { id: original.id })).toEqual(documentBefore);

    const evidence = await backend.call('evidence.list', { assessmentId: reopened.id });
    const originalEvidence = await backend.call('evidence.list', { assessmentId: original.id });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ fileName: 'pixel.png', sha256: originalEvidence[0]?.sha256, assessmentId: reopened.id });
    expect(evidence[0]?.id).not.toBe(originalEvidence[0]?.id);
    expect((await backend.call('history.list', { assessmentId: reopened.id })).map((entry) => entry.action)).toEqual(['reopen']);

    // The new draft is editable; the old revision stays locked and is no longer the latest.
    await backend.call('answers.set', { assessmentId: reopened.id, indicatorId: 'P2.2', answer: { state: 'answered', value: 80 } });
    const list = await backend.call('assessments.list', {});
    expect(list.find((summary) => summary.id === original.id)).toMatchObject({ latestRevision: false, status: 'submitted' });
    expect(list.find((summary) => summary.id === reopened.id)).toMatchObject({ latestRevision: true, previousRevisionId: original.id });
    expect(await backend.fail('assessments.reopen', { id: original.id })).toMatchObject({ code: 'conflict', messageKey: 'errors.not_latest_revision' });
    expect(await backend.fail('assessments.reopen', { id: reopened.id })).toMatchObject({ code: 'conflict', messageKey: 'errors.not_submitted' });

    // Revision 3, and the whole lineage from any of its members, oldest first.
    await backend.call('assessments.submit', { id: reopened.id });
    const third = await backend.call('assessments.reopen', { id: reopened.id });
    expect(third.revision).toBe(3);
    for (const id of [original.id, reopened.id, third.id]) {
      expect((await backend.call('assessments.revisions', { id })).map((summary) => [summary.id, summary.revision])).toEqual([
        [original.id, 1],
        [reopened.id, 2],
        [third.id, 3],
      ]);
    }
  });

  it('removing evidence from the reopened draft keeps the file of the submitted revision', async () => {
    const backend = await fixture.start();
    const original = await submitted(backend);
    const reopened = await backend.call('assessments.reopen', { id: original.id });
    const [copy] = await backend.call('evidence.list', { assessmentId: reopened.id });
    await backend.call('evidence.remove', { id: copy?.id ?? '' });
    const [kept] = await backend.call('evidence.list', { assessmentId: original.id });
    expect(Buffer.from((await backend.call('evidence.read', { id: kept?.id ?? '' })).dataBase64, 'base64')).toEqual(PNG);
  });
});

describe('assessments.startNextCycle', () => {
  it('starts a linked draft with last cycle’s values and notes, without justifications or evidence', async () => {
    const backend = await fixture.start();
    const previous = await submitted(backend);
    const next = await backend.call('assessments.startNextCycle', { fromId: previous.id, cycle: 2026 });
    expect(next).toMatchObject({
      status: 'draft',
      revision: 1,
      cycle: 2026,
      previousCycleId: previous.id,
      office: previous.office,
      assessor: previous.assessor,
      answers: {
        'P2.2': { state: 'answered', value: 10 },
        'P1.4': { state: 'answered', value: 'yes', note: 'signed 2024' },
      },
    });
    expect(next).not.toHaveProperty('previousRevisionId');
    expect(await backend.call('evidence.list', { assessmentId: next.id })).toEqual([]);
    expect((await backend.call('history.list', { assessmentId: next.id })).map((entry) => [entry.kind, entry.action])).toEqual([['status', 'create']]);
    expect((await backend.call('assessments.list', {})).find((summary) => summary.id === next.id)).toMatchObject({ previousCycleId: previous.id });
    // The previous cycle is untouched and still submitted.
    expect((await backend.call('assessments.get', { id: previous.id })).status).toBe('submitted');
  });

  it('refuses a cycle that is not later, or one the office already has', async () => {
    const backend = await fixture.start();
    const first = await backend.create({ cycle: 2025 });
    expect(await backend.fail('assessments.startNextCycle', { fromId: first.id, cycle: 2025 })).toMatchObject({
      code: 'invalid_request',
      messageKey: 'errors.cycle_not_later',
      params: { cycle: 2025 },
    });
    await backend.call('assessments.startNextCycle', { fromId: first.id, cycle: 2026 });
    expect(await backend.fail('assessments.startNextCycle', { fromId: first.id, cycle: 2026 })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.cycle_exists',
      params: { cycle: 2026 },
    });
    // Another office may start that cycle.
    const other = await backend.create({ office: { name: 'Country Office Nairobi', currentTier: 'country_office', region: 'africa', hostCountry: 'KEN' } });
    await backend.call('assessments.startNextCycle', { fromId: other.id, cycle: 2026 });
    expect((await backend.call('assessments.list', {})).filter((summary) => summary.cycle === 2026)).toHaveLength(2);
  });
});

describe('frameworks.get', () => {
  it('returns the framework an assessment was made with, or not_found', async () => {
    const backend = await fixture.start();
    const { framework } = await backend.create();
    const document = await backend.call('frameworks.get', { hash: framework.hash });
    expect(document).toMatchObject({ id: framework.id, version: framework.version });
    expect(document.perspectives.flatMap((p) => p.indicators).some((indicator) => indicator.id === 'P2.1')).toBe(true);
    expect(await backend.fail('frameworks.get', { hash: `sha256:${'0'.repeat(64)}` })).toMatchObject({ code: 'not_found' });
  });
});
