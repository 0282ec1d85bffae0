import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/contract';
import { MAX_BODY_BYTES, startBridgeServer } from '../../../electron/bridge/bridge-server';
import { CSV, elfExecutable, PNG, tinyPdf } from '../evidence/evidence-samples';
import { countRows, workflowFixture } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

function storedCounts(dataDir: string) {
  return {
    evidence: countRows(dataDir, 'evidence'),
    files: countRows(dataDir, 'evidence_files'),
    changes: countRows(dataDir, 'change_log'),
  };
}

describe('evidence through the backend', () => {
  it('stores a PDF with its hash, size and detected type, reads it back, and removes it with history', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const pdf = tinyPdf();
    const info = await backend.call('evidence.add', { assessmentId: id, indicatorId: 'P4.1', fileName: 'Budget 2025.pdf', dataBase64: pdf.toString('base64') });
    expect(info).toMatchObject({
      assessmentId: id,
      indicatorId: 'P4.1',
      fileName: 'Budget 2025.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    await backend.call('evidence.add', { assessmentId: id, indicatorId: 'P4.1', fileName: 'figures.csv', dataBase64: CSV.toString('base64') });
    expect((await backend.call('evidence.list', { assessmentId: id })).map((e) => [e.fileName, e.mediaType])).toEqual([
      ['Budget 2025.pdf', 'application/pdf'],
      ['figures.csv', 'text/csv'],
    ]);
    const read = await backend.call('evidence.read', { id: info.id });
    expect(Buffer.from(read.dataBase64, 'base64')).toEqual(pdf);

    const removed = await backend.call('evidence.remove', { id: info.id });
    expect(removed).toEqual(info);
    expect(await backend.fail('evidence.read', { id: info.id })).toMatchObject({ code: 'not_found' });
    const history = await backend.call('history.list', { assessmentId: id, indicatorId: 'P4.1' });
    expect(history.map((entry) => [entry.kind, entry.action])).toEqual([
      ['evidence', 'remove'],
      ['evidence', 'add'],
      ['evidence', 'add'],
    ]);
    expect(history[0]?.before).toMatchObject({ fileName: 'Budget 2025.pdf', sha256: info.sha256, sizeBytes: pdf.length });
    // The bytes go once nothing refers to them; evidence does not take part in undo.
    expect(countRows(backend.dataDir, 'evidence_files')).toBe(1);
    expect(await backend.call('edits.state', { assessmentId: id })).toEqual({ canUndo: false, canRedo: false });
  });

  it('stores nothing when a file is refused', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const before = storedCounts(backend.dataDir);
    const refusals: [string, Buffer | string, string][] = [
      ['big.pdf', Buffer.concat([tinyPdf(), Buffer.alloc(EVIDENCE_MAX_BYTES)]), 'errors.evidence_too_large'],
      ['report.pdf', PNG, 'errors.evidence_disguised'],
      ['a.out', elfExecutable(), 'errors.evidence_type_not_allowed'],
      ['scan.png', 'iVBORw0KGgo=!', 'errors.evidence_unreadable'],
      ['empty.txt', '', 'errors.evidence_empty'],
    ];
    for (const [fileName, data, messageKey] of refusals) {
      const dataBase64 = typeof data === 'string' ? data : data.toString('base64');
      expect(await backend.fail('evidence.add', { assessmentId: id, indicatorId: 'P2.2', fileName, dataBase64 })).toMatchObject({
        code: 'invalid_request',
        messageKey,
      });
    }
    expect(
      await backend.fail('evidence.add', { assessmentId: id, indicatorId: 'P9.9', fileName: 'scan.png', dataBase64: PNG.toString('base64') }),
    ).toMatchObject({ messageKey: 'errors.unknown_indicator' });
    expect(storedCounts(backend.dataDir)).toEqual(before);
    expect(await backend.fail('evidence.list', { assessmentId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found' });
  });

  it('accepts a file of exactly the limit over the HTTP bridge, and answers 413 above the body limit', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const token = 'test-token';
    const bridge = await startBridgeServer({ backend: backend.backend, rendererDir: fixture.folders.make(), port: 0, token });
    try {
      const post = (body: string) =>
        fetch(`http://127.0.0.1:${bridge.port}/api/evidence.add`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
      const pdf = Buffer.concat([tinyPdf(), Buffer.alloc(EVIDENCE_MAX_BYTES - tinyPdf().length, 0x20)]);
      const body = JSON.stringify({ assessmentId: id, indicatorId: 'P4.1', fileName: 'ط'.repeat(250) + '.pdf', dataBase64: pdf.toString('base64') });
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      const accepted = await post(body);
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toMatchObject({ ok: true, value: { sizeBytes: EVIDENCE_MAX_BYTES, mediaType: 'application/pdf' } });

      const tooBig = await post(JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) })).catch((error: unknown) => error);
      // The server answers 413 and closes; depending on timing the client sees the answer or the reset.
      if (tooBig instanceof Response) expect(tooBig.status).toBe(413);
      else expect(tooBig).toBeInstanceOf(Error);
    } finally {
      await bridge.close();
    }
  });
});
