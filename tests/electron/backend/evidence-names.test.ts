/**
 * The names evidence is stored under (electron/evidence/evidence-file-name.ts), through the
 * backend on a real SQLite file and over the HTTP bridge: the extension always agrees with the
 * detected content, and no name can address a device, a stream or a hidden file on Windows.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/app-error';
import type { EvidenceInfo } from '../../../shared/api/contract';
import { startBridgeServer } from '../../../electron/bridge/bridge-server';
import { databasePath } from '../../../electron/store/store-paths';
import { PNG, tinyPdf } from '../evidence/evidence-samples';
import { countRows, workflowFixture } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

function storedNames(dataDir: string): { file_name: string; media_type: string }[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT file_name, media_type FROM evidence ORDER BY rowid').all() as { file_name: string; media_type: string }[];
  } finally {
    db.close();
  }
}

describe('evidence names through the backend', () => {
  it('stores PDF content sent under program, script and page names as .pdf, in the row, the answer and the history', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const pdf = tinyPdf().toString('base64');
    const sent = ['report.exe', 'run.bat', 'page.html', 'app.hta', 'drawing.svg', 'x.pdf:evil.exe', 'CON.pdf', 'Budget 2025.pdf'];
    for (const fileName of sent) {
      await backend.call('evidence.add', { assessmentId: id, indicatorId: 'P4.1', fileName, dataBase64: pdf });
    }
    const expected = [
      'report.exe.pdf',
      'run.bat.pdf',
      'page.html.pdf',
      'app.hta.pdf',
      'drawing.svg.pdf',
      'x.pdf_evil.exe.pdf',
      '_CON.pdf',
      'Budget 2025.pdf',
    ];
    expect(storedNames(backend.dataDir)).toEqual(expected.map((file_name) => ({ file_name, media_type: 'application/pdf' })));
    expect((await backend.call('evidence.list', { assessmentId: id })).map((info) => info.fileName)).toEqual(expected);
    const history = await backend.call('history.list', { assessmentId: id, indicatorId: 'P4.1' });
    expect(history.map((entry) => (entry.after as { fileName: string }).fileName).reverse()).toEqual(expected);
    // One file content, stored once.
    expect(countRows(backend.dataDir, 'evidence_files')).toBe(1);
  });

  it('still refuses a PNG named .pdf as disguised, storing nothing', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const before = { evidence: countRows(backend.dataDir, 'evidence'), changes: countRows(backend.dataDir, 'change_log') };
    for (const fileName of ['report.pdf', 'report.exe:scan.pdf', 'scan.PDF. ']) {
      expect(await backend.fail('evidence.add', { assessmentId: id, indicatorId: 'P4.1', fileName, dataBase64: PNG.toString('base64') })).toMatchObject({
        code: 'invalid_request',
        messageKey: 'errors.evidence_disguised',
        params: { detected: 'image/png', extension: 'pdf' },
      });
    }
    expect({ evidence: countRows(backend.dataDir, 'evidence'), changes: countRows(backend.dataDir, 'change_log') }).toEqual(before);
  });

  it('gives a name sent over HTTP with a stream, an override and a device name the same treatment', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const token = 'test-token';
    const bridge = await startBridgeServer({ backend: backend.backend, rendererDir: fixture.folders.make(), port: 0, token });
    try {
      const add = async (fileName: string) => {
        const response = await fetch(`http://127.0.0.1:${bridge.port}/api/evidence.add`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ assessmentId: id, indicatorId: 'P4.1', fileName, dataBase64: PNG.toString('base64') }),
        });
        return (await response.json()) as ApiResult<EvidenceInfo>;
      };
      expect(await add('C:\\fakepath\\aux.png:hidden')).toMatchObject({ ok: true, value: { fileName: '_aux.png_hidden.png', mediaType: 'image/png' } });
      expect(await add('nul.png')).toMatchObject({ ok: true, value: { fileName: '_nul.png' } });
      expect(await add('photo\u202Egnp.exe')).toMatchObject({ ok: true, value: { fileName: 'photognp.exe.png' } });
      expect(await add('scan \uD800.png')).toMatchObject({ ok: false, error: { code: 'invalid_request', problems: [{ path: 'fileName' }] } });
    } finally {
      await bridge.close();
    }
    expect(storedNames(backend.dataDir).map((row) => row.file_name)).toEqual(['_aux.png_hidden.png', '_nul.png', 'photognp.exe.png']);
  });
});
