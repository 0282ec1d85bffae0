import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from './http-request';

const root = path.resolve(import.meta.dirname, '../../..');
const URL_LINE = /^Fieldscore is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/;

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const dirs: string[] = [];

/** The entry point from source, through tsx, exactly as the built serve.cjs would run. */
function launch(args: string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/bridge/serve.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

function waitForUrl(running: Running): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = running.stdout().split('\n')[0] ?? '';
      const match = URL_LINE.exec(line);
      if (match) resolve(match);
    };
    running.child.stdout?.on('data', check);
    running.exited.then((code) => reject(new Error(`serve exited with ${code}: ${running.stderr()}`)));
    check();
  });
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-serve-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('serve entry point', () => {
  it('prints one URL line, answers with the real backend, and closes cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const running = launch(['--port', '0', '--data-dir', dataDir]);
    const match = await waitForUrl(running);
    const port = Number(match[2]);
    const token = match[3] ?? '';

    const res = await rawRequest({
      port,
      method: 'POST',
      path: '/api/app.status',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result).toMatchObject({ ok: true, value: { mode: 'browser', dataDir, database: { state: 'ready' } } });
    expect(result.value.appVersion).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    expect(fs.existsSync(path.join(dataDir, 'fieldscore.lock'))).toBe(true);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stdout().trimEnd().split('\n')).toHaveLength(1);
    // Closed cleanly: the single-writer lock is released.
    expect(fs.existsSync(path.join(dataDir, 'fieldscore.lock'))).toBe(false);
  });

  it('takes the data folder from FIELDSCORE_DATA_DIR when no --data-dir is given', async () => {
    const dataDir = tempDir();
    const running = launch([], { FIELDSCORE_DATA_DIR: dataDir });
    const match = await waitForUrl(running);
    const res = await rawRequest({
      port: Number(match[2]),
      method: 'POST',
      path: '/api/app.status',
      headers: { authorization: `Bearer ${match[3]}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(res.body).value.dataDir).toBe(dataDir);
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
  });

  it('exits non-zero with one clear line when the data folder is locked by another instance', async () => {
    const dataDir = tempDir();
    const first = launch(['--data-dir', dataDir]);
    await waitForUrl(first);
    const second = launch(['--data-dir', dataDir]);
    expect(await second.exited).not.toBe(0);
    expect(second.stdout()).toBe('');
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toMatch(/another Fieldscore window is using this data folder/);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('rejects an unknown argument or a bad port with one line and a non-zero exit', async () => {
    const bad = launch(['--port', 'eighty', '--data-dir', tempDir()]);
    expect(await bad.exited).not.toBe(0);
    expect(bad.stderr().trim().split('\n')).toHaveLength(1);
    expect(bad.stderr()).toContain('--port');
    const unknown = launch(['--evil', '--data-dir', tempDir()]);
    expect(await unknown.exited).not.toBe(0);
    expect(unknown.stderr()).toContain('unknown argument');
  });

  it('says in one line that the usual port is taken and which port it uses instead', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const running = launch(['--port', String(taken), '--port-fallback', '--data-dir', tempDir()]);
      const match = await waitForUrl(running);
      const used = Number(match[2]);
      expect(used).not.toBe(taken);
      const notice = running.stderr().split('\n').filter((line) => line.includes(`port ${taken}`));
      console.log('fallback notice:', notice[0]);
      expect(notice).toEqual([`fieldscore: port ${taken} is already in use; Fieldscore is using port ${used} instead.`]);
      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
      expect(running.stdout().trimEnd().split('\n')).toHaveLength(1);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('says nothing about ports when the requested one is free', async () => {
    const running = launch(['--port', '0', '--port-fallback', '--data-dir', tempDir()]);
    await waitForUrl(running);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).not.toMatch(/already in use/);
  });
});
