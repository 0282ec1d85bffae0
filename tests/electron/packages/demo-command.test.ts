import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { DEMO_USAGE, demoCommand, type DemoTestOptions } from '../../../electron/cli/demo-command';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { decryptWithPassphrase } from '../../../electron/packages/package-encryption';
import { readPackage } from '../../../electron/packages/package-reader';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-demo-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], testing: DemoTestOptions = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES_DIR };
  const code = await demoCommand(args, io, testing);
  return { code, stdout, stderr, lines: stdout.trimEnd().split('\n') };
}

describe('fieldscore demo', () => {
  it('--help prints the usage, which says encrypted files differ between runs', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${DEMO_USAGE}\n`);
    expect(DEMO_USAGE).toMatch(/--passphrase-file/);
    expect(DEMO_USAGE).toMatch(/differ from run to run/);
  });

  it.each([
    [[]],
    [['a', 'b']],
    [['out', '--offices', '0']],
    [['out', '--offices', '49']],
    [['out', '--offices', '2.5']],
    [['out', '--cycles', '9']],
    [['out', '--seed', 'abc']],
    [['out', '--seed', '-1']],
    [['out', '--bogus']],
    [['out', '--offices']],
  ])('wrong usage %j exits 2 with the usage', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(DEMO_USAGE);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('--offices 5 --cycles 1 writes one line per file and a summary, files as the API makes them', async () => {
    const out = path.join(dir, 'network');
    const result = await run([out, '--offices', '5', '--cycles', '1', '--seed', '7']);
    expect(result.code, result.stderr).toBe(0);
    const files = fs.readdirSync(out).sort();
    const expected = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 5, cycles: 1, seed: 7 });
    expect(files).toEqual(expected.map((item) => item.fileName).sort());
    for (const item of expected) expect(fs.readFileSync(path.join(out, item.fileName)).equals(item.bytes)).toBe(true);
    expect(result.lines).toHaveLength(files.length + 1);
    for (const [index, item] of expected.entries()) {
      expect(result.lines[index]!.split(/\s+/)).toEqual([item.fileName, item.office.code, String(item.cycle), `r${item.revision}`, item.fingerprint]);
    }
    expect(result.lines.at(-1)).toMatch(new RegExp(`^${files.length} packages, 5 offices, \\d+ countries covered in 5 regions \\(.* MB\\) in ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('a seed written with leading zeros is the same seed', async () => {
    await run([path.join(dir, 'a'), '--offices', '1', '--cycles', '1', '--seed', '7']);
    await run([path.join(dir, 'b'), '--offices', '1', '--cycles', '1', '--seed', '007']);
    for (const name of fs.readdirSync(path.join(dir, 'a'))) {
      expect(fs.readFileSync(path.join(dir, 'a', name)).equals(fs.readFileSync(path.join(dir, 'b', name)))).toBe(true);
    }
  });

  it('--passphrase-file encrypts every package with the file\'s first line', async () => {
    const secret = path.join(dir, 'passphrase.txt');
    fs.writeFileSync(secret, 'field office passphrase\nsecond line is ignored\n');
    const out = path.join(dir, 'encrypted');
    const result = await run([out, '--offices', '2', '--cycles', '1', '--passphrase-file', secret], { scryptWorkFactor: 10 });
    expect(result.code, result.stderr).toBe(0);
    const files = fs.readdirSync(out);
    expect(files.length).toBeGreaterThan(1);
    expect(result.lines.at(-1)).toMatch(/, encrypted\)/);
    for (const name of files) {
      expect(name).toMatch(/\.fieldscore\.age$/);
      const bytes = fs.readFileSync(path.join(out, name));
      const decrypted = await decryptWithPassphrase(bytes, 'field office passphrase');
      expect(decrypted.ok).toBe(true);
      expect((await readPackage(bytes, { passphrase: 'field office passphrase' })).ok).toBe(true);
    }
  });

  it('an unreadable or empty passphrase file, or an output path that is a file, exits 1', async () => {
    expect((await run([path.join(dir, 'x'), '--passphrase-file', path.join(dir, 'missing')])).code).toBe(1);
    const empty = path.join(dir, 'empty');
    fs.writeFileSync(empty, '\n');
    expect((await run([path.join(dir, 'x'), '--passphrase-file', empty])).code).toBe(1);
    const file = path.join(dir, 'file');
    fs.writeFileSync(file, 'not a folder');
    const result = await run([file, '--offices', '1', '--cycles', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write/);
  });
});
