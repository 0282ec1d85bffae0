import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { extractAll, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/bridge/security-headers';
import { asarEntries, packageFolders, resolvePackage, type AsarEntry } from './asar-contents';
import { buildLinuxUnpacked, ROOT, STAND_IN_ELECTRON, type LinuxUnpackedBuild } from './linux-unpacked-build';

/**
 * Builds the Linux unpacked app with the project's electron-builder.yml (against a stand-in
 * Electron, no native rebuild, output in a temp folder) and checks that what the app loads at
 * run time is in it. The expected files are derived from the tree — dist/ as built, resources/
 * as checked in, the package's own dependency tree — never listed by hand, so a font, map or
 * catalog added later is checked without editing this test.
 */

const NATIVE_BINARY = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** Every file under a folder, relative and with forward slashes. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function nodeLoadsBetterSqlite3(fromFolder: string): { status: number | null; output: string } {
  const script = "const db = require('better-sqlite3')(':memory:'); process.stdout.write(String(db.prepare('select 40 + 2 as n').get().n));";
  const result = spawnSync(process.execPath, ['-e', script], { cwd: fromFolder, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let build: LinuxUnpackedBuild;
let entries: Map<string, AsarEntry>;
let distFiles: string[];
let nativeHashBefore: string;
let releaseExistedBefore: boolean;

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does)`);
  }
  distFiles = filesUnder(path.join(ROOT, 'dist')).map((file) => `dist/${file}`);
  nativeHashBefore = sha256(path.join(ROOT, NATIVE_BINARY));
  releaseExistedBefore = fs.existsSync(path.join(ROOT, 'release'));
  build = await buildLinuxUnpacked();
  entries = asarEntries(build.asarPath);
  console.log(`packaging: linux-unpacked built in ${build.seconds.toFixed(1)} s; app.asar lists ${entries.size} entries`);
}, 300_000);

afterAll(() => {
  if (build) fs.rmSync(build.workDir, { recursive: true, force: true });
});

describe('the Linux unpacked build (electron-builder.yml, stand-in Electron, no native rebuild)', () => {
  it('is built offline from the stand-in Electron, skips the native rebuild and writes nothing into the repository', () => {
    expect(build.log).toMatch(/skipped dependencies rebuild/);
    // The stand-in was copied and renamed to the app's executable, the only file beside resources/: nothing was downloaded.
    const beside = fs.readdirSync(build.appDir).filter((name) => name !== 'resources');
    expect(beside).toHaveLength(1);
    expect(fs.readFileSync(path.join(build.appDir, beside[0]!), 'utf8')).toBe(STAND_IN_ELECTRON);
    expect(fs.existsSync(path.join(ROOT, 'release'))).toBe(releaseExistedBefore);
    expect(sha256(path.join(ROOT, NATIVE_BINARY))).toBe(nativeHashBefore);
  });

  it('app.asar holds package.json and every file the build wrote to dist/, source maps left out', () => {
    const shipped = distFiles.filter((file) => !file.endsWith('.map'));
    expect(shipped).toEqual(expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']));
    const missing = shipped.filter((file) => entries.get(file)?.kind !== 'file' || entries.get(file)?.unpacked);
    expect(missing).toEqual([]);
    for (const file of shipped) expect(entries.get(file)?.size, file).toBe(fs.statSync(path.join(ROOT, file)).size);
    expect([...entries.keys()].filter((file) => file.startsWith('dist/') && file.endsWith('.map'))).toEqual([]);
    const manifest = JSON.parse(extractFile(build.asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(entries.get(manifest.main)?.kind).toBe('file');
    console.log(`packaging: ${shipped.length} built files of dist/ found in app.asar`);
  });

  it('every file of resources/ sits beside app.asar, byte for byte, under resources/ (process.resourcesPath/resources)', () => {
    const source = path.join(ROOT, 'resources');
    const expected = filesUnder(source);
    expect(expected.length).toBeGreaterThan(0);
    const packaged = path.join(build.resourcesPath, 'resources');
    expect(filesUnder(packaged)).toEqual(expected);
    for (const file of expected) expect(sha256(path.join(packaged, file)), file).toBe(sha256(path.join(source, file)));
    // Plain files for ordinary fs calls, not inside the archive.
    expect([...entries.keys()].filter((entry) => entry === 'resources' || entry.startsWith('resources/'))).toEqual([]);
    console.log(`packaging: ${expected.length} files of resources/ found beside app.asar`);
  });

  it('better-sqlite3 is unpacked from app.asar whole, its native binary included', () => {
    const native = entries.get(NATIVE_BINARY);
    expect(native).toMatchObject({ kind: 'file', unpacked: true });
    const unpackedBinary = path.join(build.unpackedPath, NATIVE_BINARY);
    expect(fs.statSync(unpackedBinary).size).toBe(native?.size);
    const packedInside = [...entries.values()].filter((entry) => entry.path.startsWith('node_modules/better-sqlite3/') && entry.kind === 'file' && !entry.unpacked);
    expect(packedInside.map((entry) => entry.path)).toEqual([]);
    // Only what runs: no C sources or object files from the build from source.
    const unpackedFiles = filesUnder(build.unpackedPath);
    expect(unpackedFiles.filter((file) => /\.(c|cc|cpp|h|hpp|o|a|gyp|gypi)$/.test(file))).toEqual([]);
    console.log(`packaging: app.asar.unpacked holds ${unpackedFiles.length} files, ${(fs.statSync(unpackedBinary).size / 1e6).toFixed(1)} MB of them the native binary`);
  });

  it('every package in app.asar is a production dependency of the lock file, and every dependency it declares is found inside', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; name?: string; dev?: boolean }>;
    };
    const production = new Set(
      Object.entries(lock.packages)
        .filter(([key, entry]) => key.includes('node_modules/') && entry.dev !== true)
        .map(([key, entry]) => `${entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`),
    );
    const folders = packageFolders(entries);
    const manifests = new Map(
      folders.map((folder) => [
        folder,
        JSON.parse(extractFile(build.asarPath, `${folder}/package.json`).toString('utf8')) as {
          name: string;
          version: string;
          dependencies?: Record<string, string>;
        },
      ]),
    );
    const notProduction = [...manifests.values()].map((manifest) => `${manifest.name}@${manifest.version}`).filter((id) => !production.has(id));
    expect(notProduction).toEqual([]);
    const unresolved = folders.flatMap((folder) =>
      Object.keys(manifests.get(folder)?.dependencies ?? {})
        .filter((name) => resolvePackage(entries, folder, name) === null)
        .map((name) => `${folder} → ${name}`),
    );
    expect(unresolved).toEqual([]);
    // The modules the bundles leave external (scripts/build.mjs), electron aside, are the app's own top-level packages.
    const external = new Set(
      [...fs.readFileSync(path.join(ROOT, 'dist/electron/main.cjs'), 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)]
        .map((match) => match[1]!)
        .filter((name) => !isBuiltin(name) && name !== 'electron'),
    );
    expect([...external].sort()).toEqual(expect.arrayContaining(['better-sqlite3', 'exceljs']));
    expect([...external].filter((name) => resolvePackage(entries, '', name) === null)).toEqual([]);
    console.log(`packaging: ${folders.length} packages in app.asar, all production dependencies, none missing`);
  });

  it('the packaged main.cjs, started as an installed app under a fake electron module, loads its window, renderer and backend from the package', () => {
    const extracted = path.join(build.workDir, 'extracted-app');
    extractAll(build.asarPath, extracted);
    const appData = path.join(build.workDir, 'app-data');
    const env: NodeJS.ProcessEnv = { ...process.env, PROBE_APP_PATH: extracted, PROBE_RESOURCES_PATH: build.resourcesPath, PROBE_APP_DATA: appData };
    delete env['FIELDSCORE_DATA_DIR'];
    delete env['ELECTRON_RUN_AS_NODE'];
    const run = spawnSync(
      process.execPath,
      ['-r', path.join(import.meta.dirname, 'packaged-main-probe.cjs'), path.join(extracted, 'dist', 'electron', 'main.cjs')],
      { cwd: build.workDir, env, encoding: 'utf8', timeout: 100_000 },
    );
    const line = run.stdout.split('\n').find((text) => text.startsWith('PROBE '));
    expect(line, `no PROBE line; status ${run.status}\n${run.stdout}\n${run.stderr}`).toBeDefined();
    const probe = JSON.parse(line!.slice('PROBE '.length)) as Record<string, unknown>;
    expect(probe['failure']).toBeUndefined();

    expect(probe['loadedUrl']).toBe('app://fieldscore/index.html');
    expect(probe['preload']).toBe(path.join(extracted, 'dist', 'electron', 'preload.cjs'));
    expect(probe['preloadIsFile']).toBe(true);
    expect(probe['index']).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY });
    const assets = probe['assets'] as { reference: string; status: number; bytes: number }[];
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((asset) => asset.status !== 200 || asset.bytes === 0)).toEqual([]);

    // The backend opened on the userData folder and read the shipped frameworks and country groups from process.resourcesPath/resources.
    expect(probe['status']).toMatchObject({
      ok: true,
      value: { mode: 'electron', dataDir: path.join(appData, 'Fieldscore'), database: { state: 'ready' } },
    });
    const shipped = fs.readdirSync(path.join(ROOT, 'resources', 'frameworks')).filter((file) => file.endsWith('.json'));
    expect(probe['frameworks']).toMatchObject({ ok: true });
    expect((probe['frameworks'] as { value: unknown[] }).value).toHaveLength(shipped.length);
    // Ethiopia is a least developed country: only the packaged country groups can say so.
    expect(probe['officeType']).toMatchObject({ ok: true, value: { hostFlags: { ldc: true } } });
    expect(probe['quitHeld']).toBe(true);
    expect(probe['errorBoxes']).toEqual([]);
    console.log(`packaging: packaged main.cjs served index.html and ${assets.length} assets, opened the backend on ${shipped.length} shipped framework(s)`);
  }, 120_000);

  it('left the Node build of better-sqlite3 in node_modules intact: Node still loads it', () => {
    expect(sha256(path.join(ROOT, NATIVE_BINARY))).toBe(nativeHashBefore);
    expect(nodeLoadsBetterSqlite3(ROOT)).toEqual({ status: 0, output: '42' });
  });
});
