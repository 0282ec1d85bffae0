import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/store-paths';
import { workflowFixture } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

/**
 * Rows written before the text policy may hold characters it now refuses (a right-to-left mark
 * pasted into an office name, a control character in a note). They must still open — nothing
 * of an office's work may become unreadable — while a package, which a hub reads strictly, says
 * what to correct instead of travelling and being refused there.
 */
describe('text saved before the text policy', () => {
  it('still opens in the list and the document; export says what to correct', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes', note: 'ok' } });
    await backend.call('assessments.submit', { id });
    const dataDir = backend.dataDir;
    await backend.close();

    const db = new Database(databasePath(dataDir));
    db.prepare('UPDATE assessments SET office_name = ? WHERE id = ?').run('Bureau \u200f de pays', id);
    db.prepare("UPDATE answers SET answer_json = json_set(answer_json, '$.note', ?) WHERE assessment_id = ?").run('old note \u0007 with a bell', id);
    db.close();

    const reopened = await fixture.start(dataDir);
    expect((await reopened.call('assessments.list', {})).map((summary) => summary.officeName)).toEqual(['Bureau \u200f de pays']);
    const document = await reopened.call('assessments.get', { id });
    expect(document.answers['P1.4']).toMatchObject({ note: 'old note \u0007 with a bell' });
    const refused = await reopened.fail('packages.export', { assessmentId: id });
    expect(refused).toMatchObject({ code: 'conflict', messageKey: 'packages.errors.content_not_accepted' });
    expect(String(refused.params?.detail)).toMatch(/office\.name|answers/);
    // Reopening copies it into a draft that the forms can correct.
    const draft = await reopened.call('assessments.reopen', { id });
    expect(draft.office.name).toBe('Bureau \u200f de pays');
  });
});
