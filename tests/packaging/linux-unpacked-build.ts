import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What electron-builder's `--linux dir` target needs of an Electron distribution here: one
 * executable named `electron`, which it copies and renames to the app's executable. This one
 * cannot run anything, and says so if started; it keeps the check offline (no download of the
 * Electron runtime, which these machines cannot do).
 */
export const STAND_IN_ELECTRON = '#!/bin/sh\necho "stand-in for the Electron binary: packaging check only, it cannot run the app" >&2\nexit 1\n';

export interface LinuxUnpackedBuild {
  /** The temp folder holding the stand-in and the output; delete it when done. */
  workDir: string;
  /** <output>/linux-unpacked: what the AppImage and the .deb would hold. */
  appDir: string;
  /** <appDir>/resources: process.resourcesPath in the packaged app. */
  resourcesPath: string;
  asarPath: string;
  unpackedPath: string;
  /** electron-builder's output, for the assertion messages. */
  log: string;
  seconds: number;
}

function electronVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = manifest.devDependencies['electron'];
  if (!version) throw new Error('package.json pins no electron version');
  return version;
}

function run(command: string, args: string[]): Promise<{ status: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    // As `npm run dist` runs it: electron-builder silences its log and hard-links files when it
    // sees VITEST in the environment. CI=true: it never asks questions nor tries to publish.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
    const child = spawn(command, args, { cwd: ROOT, env: { ...env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, log }));
  });
}

/**
 * Runs electron-builder with the project's own electron-builder.yml for the Linux unpacked
 * target, against the stand-in Electron, with the native rebuild off (so the Node build of
 * better-sqlite3 that the tests load stays as it is) and the output in a temp folder (never
 * release/ in the repository). Packs whatever dist/ holds: build first.
 */
export async function buildLinuxUnpacked(): Promise<LinuxUnpackedBuild> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-package-'));
  const standIn = path.join(workDir, 'electron-dist');
  fs.mkdirSync(standIn);
  fs.writeFileSync(path.join(standIn, 'electron'), STAND_IN_ELECTRON, { mode: 0o755 });
  const output = path.join(workDir, 'out');

  const started = performance.now();
  const { status, log } = await run(process.execPath, [
    path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
    '--linux', 'dir',
    '--x64',
    '--config', 'electron-builder.yml',
    `-c.electronDist=${standIn}`,
    '-c.npmRebuild=false',
    `-c.electronVersion=${electronVersion()}`,
    `-c.directories.output=${output}`,
    '--publish', 'never',
  ]);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`electron-builder exited with ${status}:\n${log}`);

  const appDir = path.join(output, 'linux-unpacked');
  const resourcesPath = path.join(appDir, 'resources');
  return {
    workDir,
    appDir,
    resourcesPath,
    asarPath: path.join(resourcesPath, 'app.asar'),
    unpackedPath: path.join(resourcesPath, 'app.asar.unpacked'),
    log,
    seconds,
  };
}
