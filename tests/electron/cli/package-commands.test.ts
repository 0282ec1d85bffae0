import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import type { ScoreReport } from '../../../electron/cli/score-report';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { RESOURCES_DIR } from '../../fixtures/xlsx/cli-files';
import { workflowFixture } from '../backend/workflow-backend';

const fixture = workflowFixture();
let dataDir: string;
let submittedId: string;
let draftId: string;
let out: string;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES_DIR };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, lines: stdout.trimEnd().split('\n') };
}

function snapshot(dir: string): string[] {
  return fs.readdirSync(dir).sort().map((name) => {
    const stat = fs.statSync(path.join(dir, name));
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  });
}

beforeAll(async () => {
  const backend = await fixture.start();
  dataDir = backend.dataDir;
  submittedId = await submittedAssessment(backend);
  draftId = (await backend.create({ cycle: 2026 })).id;
  await backend.close();
  out = fixture.folders.make();
}, 60_000);
afterEach(() => vi.unstubAllEnvs());

describe('fieldscore export, validate and score on packages', () => {
  it('exports a submitted assessment from the data folder; validate says OK with office, cycle, revision and signer', async () => {
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const file = path.join(out, 'ETH-CO_2025_r1.fieldscore');
    const exported = await run('export', submittedId, '--out', file);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const fingerprint = /signer (\S+)/.exec(exported.stdout)![1]!;
    expect(fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);

    const before = snapshot(out);
    const validated = await run('validate', file);
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.lines).toEqual([`OK ${file}  office ETH-CO  cycle 2025  revision 1  signer ${fingerprint}`]);
    expect(snapshot(out)).toEqual(before); // nothing written while reading

    // The export is recorded like one from the app.
    const backend = await fixture.start(dataDir);
    const exports = await backend.call('packages.exports', { assessmentId: submittedId });
    expect(exports[0]).toMatchObject({ fileName: 'ETH-CO_2025_r1.fieldscore', destination: file, encrypted: false });
    await backend.close();
  });

  it('refuses to overwrite a file, and says why a draft cannot be exported', async () => {
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const existing = path.join(out, 'exists.fieldscore');
    fs.writeFileSync(existing, 'keep me');
    expect(await run('export', submittedId, '--out', existing)).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    const draft = await run('export', draftId, '--out', path.join(out, 'draft.fieldscore'));
    expect(draft).toMatchObject({ code: 1, stderr: expect.stringMatching(/packages\.errors\.not_submitted/) });
    expect(fs.existsSync(path.join(out, 'draft.fieldscore'))).toBe(false);
  });

  it('validates a folder: one line per file, the reason for a tampered one, exit 1; --json and --lang', async () => {
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const folder = fixture.folders.make();
    const good = path.join(folder, 'a.fieldscore');
    expect((await run('export', submittedId, '--out', good)).code).toBe(0);
    const bytes = fs.readFileSync(good);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 200) ^ 0x10, bytes.length - 200);
    const bad = path.join(folder, 'b.fieldscore');
    fs.writeFileSync(bad, bytes);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a package, not looked at');

    const result = await run('validate', folder);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toMatch(/^OK .*a\.fieldscore {2}office ETH-CO/);
    expect(result.lines[1]).toMatch(/^INVALID .*b\.fieldscore {2}The package is damaged or incomplete .* \[archive_damaged\]$/);

    const json = await run('validate', '--json', bad);
    expect(JSON.parse(json.lines[0]!)).toMatchObject({ schema: 'fieldscore.validation/1', ok: false, code: 'archive_damaged' });
    const french = await run('validate', '--lang', 'fr', bad);
    expect(french.lines[0]).toMatch(/Le paquet est endommagé/);
  });

  it('encrypts with --passphrase-file; validate needs the same passphrase', async () => {
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const secret = path.join(out, 'passphrase.txt');
    fs.writeFileSync(secret, 'tangerine-orbit-canal-seventeen\n');
    const wrong = path.join(out, 'wrong.txt');
    fs.writeFileSync(wrong, 'not-the-passphrase-at-all\n');
    const file = path.join(out, 'ETH-CO_2025_r1.fieldscore.age');
    expect((await run('export', submittedId, '--out', file, '--passphrase-file', secret)).code).toBe(0);
    expect((await run('validate', file, '--passphrase-file', secret)).lines[0]).toMatch(/^OK /);
    expect((await run('validate', file)).lines[0]).toMatch(/\[passphrase_required\]$/);
    expect((await run('validate', file, '--passphrase-file', wrong)).lines[0]).toMatch(/\[wrong_passphrase\]$/);
  }, 60_000);

  it('scores a package with the framework it carries, the same as the assessment document', async () => {
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const file = path.join(out, 'score.fieldscore');
    expect((await run('export', submittedId, '--out', file)).code).toBe(0);
    const backend = await fixture.start(dataDir);
    const document = await backend.call('assessments.get', { id: submittedId });
    await backend.close();
    const json = path.join(out, 'assessment.json');
    fs.writeFileSync(json, JSON.stringify(document));
    const fromPackage = JSON.parse((await run('score', file, '--json')).stdout) as ScoreReport;
    const fromDocument = JSON.parse((await run('score', json, '--json')).stdout) as ScoreReport;
    expect(fromPackage).toEqual(fromDocument);
  });

  it('wrong usage exits 2 with the usage', async () => {
    expect(await run('validate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: fieldscore validate/) });
    expect(await run('export', submittedId)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out <file>/) });
    expect((await run('validate', '--help')).stdout).toMatch(/^Usage: fieldscore validate/);
    expect((await run('export', '--help')).stdout).toMatch(/^Usage: fieldscore export/);
  });
});
