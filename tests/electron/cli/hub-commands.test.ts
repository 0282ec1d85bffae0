import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { databasePath } from '../../../electron/store/store-paths';
import { RESOURCES_DIR } from '../../fixtures/xlsx/cli-files';
import { workflowFixture } from '../backend/workflow-backend';

const fixture = workflowFixture();
let demoDir: string;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES_DIR };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, lines: stdout.trimEnd().split('\n') };
}

const rows = (dataDir: string) => {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM hub_packages').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  demoDir = fixture.folders.make();
  for (const pkg of await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 5 })) fs.writeFileSync(path.join(demoDir, pkg.fileName), pkg.bytes);
}, 60_000);
afterEach(() => vi.unstubAllEnvs());
afterAll(() => fixture.cleanup());

describe('fieldscore import', () => {
  it('--dry-run says what would happen and writes nothing; the import does it; again changes nothing', async () => {
    const dataDir = fixture.folders.make();
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const files = fs.readdirSync(demoDir).length;
    const dry = await run('import', demoDir, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.lines.at(-1)).toBe(`Dry run, nothing written: ${files} files — ${files} new.`);
    expect(rows(dataDir)).toBe(0);
    const real = await run('import', demoDir, '--by', 'A. Hub');
    expect(real.code).toBe(0);
    expect(real.lines.at(-1)).toMatch(new RegExp(`^Imported: ${files} files — \\d+ new(, \\d+ newer)?\\.$`));
    expect(rows(dataDir)).toBe(files);
    const again = await run('import', demoDir);
    expect(again.lines.at(-1)).toBe(`Imported: ${files} files — ${files} identical. Nothing changed.`);
  }, 60_000);

  it('names an invalid file with its reason and imports the rest', async () => {
    const dataDir = fixture.folders.make();
    vi.stubEnv('FIELDSCORE_DATA_DIR', dataDir);
    const folder = fixture.folders.make();
    const [first] = fs.readdirSync(demoDir);
    fs.copyFileSync(path.join(demoDir, first!), path.join(folder, first!));
    fs.writeFileSync(path.join(folder, 'broken.fieldscore'), 'nothing');
    const result = await run('import', folder);
    expect(result.lines.some((text) => /^INVALID .*broken\.fieldscore .*\[not_a_package\]$/.test(text))).toBe(true);
    expect(result.lines.at(-1)).toMatch(/1 new/);
  });

  it('wrong usage exits 2', async () => {
    expect(await run('import')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: fieldscore import/) });
    expect((await run('import', '--help')).stdout).toMatch(/^Usage: fieldscore import/);
  });
});
