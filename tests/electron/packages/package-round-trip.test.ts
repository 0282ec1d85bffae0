import { afterEach, describe, expect, it } from 'vitest';
import { readPackage } from '../../../electron/packages/package-reader';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { workflowFixture } from '../backend/workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

describe('a package round-trips exactly', () => {
  it('carries the document, the whole history, the evidence bytes and the framework; scores are equal', async () => {
    const backend = await fixture.start();
    const id = await submittedAssessment(backend);
    const exported = await backend.call('packages.export', { assessmentId: id });
    expect(exported.fileName).toBe('ETH-CO_2025_r1.fieldscore');
    const key = await backend.call('packages.installationKey', {});
    expect(exported.fingerprint).toBe(key.fingerprint);

    const result = await readPackage(Buffer.from(exported.dataBase64, 'base64'));
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    const read = result.package;
    const document = await backend.call('assessments.get', { id });
    expect(read.document).toEqual(document);
    expect(read.history).toEqual((await backend.call('history.list', { assessmentId: id })).reverse());
    const evidence = await backend.call('evidence.list', { assessmentId: id });
    expect(read.evidence.map((file) => file.info.id).sort()).toEqual(evidence.map((file) => file.id).sort());
    for (const file of evidence) {
      const stored = await backend.call('evidence.read', { id: file.id });
      const carried = read.evidence.find((candidate) => candidate.info.id === file.id)!;
      expect(carried.data.toString('base64')).toBe(stored.dataBase64);
      const { assessmentId: _assessment, ...info } = file;
      expect(carried.info).toEqual(info);
    }
    const framework = await backend.call('frameworks.get', { hash: document.framework.hash });
    expect(read.framework).toEqual(framework);
    expect(read.score).toEqual(scoreAssessment(framework, document.answers));
    expect(read.signer.fingerprint).toBe(key.fingerprint);
    expect(read.manifest.office).toEqual({ id: document.officeId, code: 'ETH-CO', name: document.office.name, region: 'africa' });
    expect(read.manifest.assessment).toMatchObject({ id, lineageId: id, revision: 1, cycle: 2025, status: 'submitted' });
  });
});
