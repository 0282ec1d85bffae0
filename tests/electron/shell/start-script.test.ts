import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// scripts/start.mjs (npm start / npm run web), run for real on a scratch copy of the app
// folder. Its two collaborators are stand-ins: build.mjs (the real one would wipe the shared
// dist/ under other tests) and the Electron binary (which cannot run here). Both record how
// they were called.
const repo = path.resolve(import.meta.dirname, '../../..');
const scratch: string[] = [];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function makeApp(options: { built: boolean; electron: boolean }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-start-'));
  scratch.push(root);
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.copyFileSync(path.join(repo, 'scripts', 'start.mjs'), path.join(root, 'scripts', 'start.mjs'));
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"fieldscore","version":"0.0.0"}');
  fs.mkdirSync(path.join(root, 'node_modules', 'vite'), { recursive: true });
  fs.mkdirSync(path.join(root, 'electron'));
  fs.writeFileSync(path.join(root, 'electron', 'main.ts'), '');
  const outputs = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'];
  const serve = `require('fs').appendFileSync(${JSON.stringify(path.join(root, 'calls.log'))}, 'serve ' + JSON.stringify(process.argv.slice(2)) + '\\n');
console.log('Fieldscore is running at http://127.0.0.1:4873/#token=abc');
process.exitCode = Number(process.env.FAKE_SERVE_EXIT || 0);\n`;
  fs.writeFileSync(
    path.join(root, 'scripts', 'build.mjs'),
    `import fs from 'node:fs'; import path from 'node:path';
const root = ${JSON.stringify(root)};
fs.appendFileSync(path.join(root, 'calls.log'), 'build ' + JSON.stringify(process.argv.slice(2)) + '\\n');
for (const file of ${JSON.stringify(outputs)}) { fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true }); fs.writeFileSync(path.join(root, file), ''); }
fs.writeFileSync(path.join(root, 'dist/electron/serve.cjs'), ${JSON.stringify(serve)});\n`,
  );
  if (options.built) {
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'electron', 'main.ts'), past, past);
    fs.utimesSync(path.join(root, 'package.json'), past, past);
    for (const file of outputs) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
    }
    fs.writeFileSync(path.join(root, 'dist/electron/serve.cjs'), serve);
  }
  if (options.electron) {
    const binary = path.join(root, 'node_modules', 'electron', 'dist', 'electron');
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(
      binary,
      `#!${process.execPath}\nrequire('fs').appendFileSync(${JSON.stringify(path.join(root, 'calls.log'))}, 'electron ' + JSON.stringify({ args: process.argv.slice(2), dataDir: process.env.FIELDSCORE_DATA_DIR || null, runAsNode: process.env.ELECTRON_RUN_AS_NODE || null }) + '\\n');\n`,
    );
    fs.chmodSync(binary, 0o755);
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'index.js'), `module.exports = ${JSON.stringify(binary)};\n`);
  }
  return root;
}

function run(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function calls(root: string): string[] {
  const file = path.join(root, 'calls.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
}

afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('scripts/start.mjs', () => {
  it('builds when dist/ is missing, then falls back to browser mode with one line when Electron is absent', async () => {
    const root = makeApp({ built: false, electron: false });
    const result = await run(root, []);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'Electron runtime not installed; opening Fieldscore in browser mode instead.',
      'Fieldscore is running at http://127.0.0.1:4873/#token=abc',
    ]);
    expect(calls(root)).toEqual(['build ["--quiet"]', 'serve ["--port","4873","--port-fallback"]']);
  });

  it('does not rebuild an up-to-date dist/', async () => {
    const root = makeApp({ built: true, electron: false });
    await run(root, ['--web']);
    expect(calls(root).filter((line) => line.startsWith('build'))).toEqual([]);
  });

  it('rebuilds when a source is newer than dist/', async () => {
    const root = makeApp({ built: true, electron: false });
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'electron', 'main.ts'), future, future);
    await run(root, ['--web']);
    expect(calls(root)[0]).toBe('build ["--quiet"]');
  });

  it('npm run web: no fallback notice, the given port and data folder go to serve, exit code comes back', async () => {
    const root = makeApp({ built: true, electron: true });
    const result = await run(root, ['--web', '--port', '5000', '--data-dir', '/d'], { FAKE_SERVE_EXIT: '3' });
    expect(result.code).toBe(3);
    expect(result.stdout).not.toContain('Electron runtime not installed');
    expect(calls(root)).toEqual(['serve ["--port","5000","--data-dir","/d"]']);
  });

  it('starts the Electron runtime on the app folder when it is installed', async () => {
    const root = makeApp({ built: true, electron: true });
    const result = await run(root, ['--data-dir', 'rel-data']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const [line] = calls(root);
    expect(JSON.parse((line ?? '').replace(/^electron /, ''))).toEqual({
      args: [root],
      dataDir: path.join(root, 'rel-data'),
      runAsNode: null,
    });
  });
});
