/**
 * `npm run bench import`: the hub importing 48, 1,000 and 10,000 packages — packages per second
 * and peak memory — next to a floor measured in the same run on the same files: read, parse
 * (the ZIP), hash every entry, check the signature and insert the same row, all in one
 * transaction, with the simplest code and no other check. Then the import with verification on
 * a pool of worker threads (both cores), committing on the main thread in file order.
 *
 * The 48 are the demo network's current revisions. Beyond the demo's 103 packages, copies are
 * made of them as other offices (new office, assessment and lineage ids, a key each), so every
 * package is distinct and new; they are written to a temporary folder and read from there.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { readArchive } from '../electron/archives/archive-reader';
import { HubStore } from '../electron/consolidation/hub-store';
import { importFile } from '../electron/consolidation/hub-import';
import type { VerifiedFile } from '../electron/consolidation/verified-file';
import { generateDemoNetwork } from '../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../electron/packages/package-reader';
import { writePackage } from '../electron/packages/package-writer';
import { generateSigningKey, verify } from '../electron/packages/signing-key';
import { openStore } from '../electron/store/open-store';
import { createVerifyPool, verifyBytes } from '../electron/packages/verify-pool';
import { ENTRY, MANIFEST_PAYLOAD_TYPE, PACKAGE_LIMITS, signingInput } from '../shared/packages/package-format';

type Verify = (name: string, bytes: Buffer) => Promise<VerifiedFile>;
export interface ImportBenchOptions {
  sizes?: number[];
}

async function makePackages(root: string, dir: string, count: number): Promise<string[]> {
  const demo = await generateDemoNetwork({ resourcesDir: path.join(root, 'resources') });
  const latest = new Map<string, (typeof demo)[number]>();
  for (const pkg of demo) {
    const held = latest.get(pkg.office.id);
    if (!held || pkg.cycle > held.cycle || (pkg.cycle === held.cycle && pkg.revision > held.revision)) latest.set(pkg.office.id, pkg);
  }
  const bases: VerifiedPackage[] = [];
  for (const pkg of latest.values()) {
    const read = await readPackage(Buffer.from(pkg.bytes));
    if (read.ok) bases.push(read.package);
  }
  const files: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    files.push(file);
  };
  for (const pkg of [...latest.values()].slice(0, count)) write(pkg.fileName, pkg.bytes);
  for (let index = files.length; index < count; index += 1) {
    const base = bases[index % bases.length]!;
    const id = randomUUID();
    const code = `X${index}-CO`;
    const document = { ...base.document, id, lineageId: id, officeId: randomUUID(), office: { ...base.document.office, code, name: `${base.document.office.name} (copy ${index})` } };
    delete (document as { previousRevisionId?: string }).previousRevisionId;
    delete (document as { previousCycleId?: string }).previousCycleId;
    const history = base.history.map((entry) => ({ ...entry, assessmentId: id }));
    const bytes = await writePackage({ document, history, evidence: base.evidence, framework: base.framework, generatorVersion: 'bench', createdAt: base.manifest.createdAt }, generateSigningKey());
    write(`${code}_${document.cycle}_r1.fieldscore`, bytes);
  }
  return files;
}

/** The floor: the least any import must do with these files. */
async function floor(files: readonly string[], dir: string): Promise<void> {
  const db = new Database(path.join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE packages (sha TEXT PRIMARY KEY, assessment_id TEXT, office_id TEXT, manifest TEXT, document TEXT, bytes BLOB) STRICT');
  const insert = db.prepare('INSERT INTO packages VALUES (?, ?, ?, ?, ?, ?)');
  const rows: unknown[][] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const archive = await readArchive(bytes, PACKAGE_LIMITS);
    if (!archive.ok) throw new Error(file);
    const entries = new Map(archive.entries.map((entry) => [entry.name, entry.data]));
    for (const entry of archive.entries) createHash('sha256').update(entry.data).digest();
    const manifestBytes = entries.get(ENTRY.manifest)!;
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { signer: { publicKey: string }; assessment: { id: string }; office: { id: string } };
    if (!verify(Buffer.from(manifest.signer.publicKey, 'base64'), signingInput(MANIFEST_PAYLOAD_TYPE, manifestBytes), entries.get(ENTRY.signature)!)) throw new Error(file);
    const document = JSON.parse(entries.get(ENTRY.assessment)!.toString('utf8')) as unknown;
    rows.push([createHash('sha256').update(bytes).digest('hex'), manifest.assessment.id, manifest.office.id, manifestBytes.toString('utf8'), JSON.stringify(document), bytes]);
    if (rows.length > 500) db.transaction(() => rows.splice(0).forEach((row) => insert.run(...row)))();
  }
  db.transaction(() => rows.splice(0).forEach((row) => insert.run(...row)))();
  db.close();
}

async function hubImport(files: readonly string[], dir: string, verifyOne: Verify, ahead: number): Promise<Record<string, number>> {
  const opening = await openStore(dir, { log: () => undefined });
  if (opening.state !== 'ready') throw new Error('store');
  const hub = new HubStore(opening.store);
  const statuses: Record<string, number> = {};
  // Verification runs `ahead` files in front of the commits (on the pool's threads); commits stay in file order.
  const pending: Promise<{ bytes: Buffer; verified: VerifiedFile }>[] = [];
  let next = 0;
  const start = () => {
    const file = files[next++]!;
    const bytes = fs.readFileSync(file);
    pending.push(verifyOne(path.basename(file), Buffer.from(bytes)).then((verified) => ({ bytes, verified })));
  };
  while (next < files.length && pending.length < ahead) start();
  for (let index = 0; index < files.length; index += 1) {
    const { bytes, verified } = await pending.shift()!;
    if (next < files.length) start();
    const result = importFile(hub, path.basename(files[index]!), bytes, verified, { at: new Date().toISOString(), by: 'bench', from: files[index]! });
    statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  }
  opening.store.db.close();
  return statuses;
}

type Mode = 'floor' | 'inline' | 'pool';

/** One measured run in this process: the caller is a fresh child, so its peak RSS is this run's alone. */
export async function runOne(mode: Mode, dir: string, poolSize: number): Promise<{ seconds: number; statuses?: Record<string, number> }> {
  const files = fs.readFileSync(path.join(dir, 'files.txt'), 'utf8').split('\n').filter(Boolean);
  const workDir = fs.mkdtempSync(path.join(dir, 'run-'));
  const started = performance.now();
  if (mode === 'floor') {
    await floor(files, workDir);
    return { seconds: (performance.now() - started) / 1000 };
  }
  const pool = mode === 'pool' ? createVerifyPool({ size: poolSize }) : undefined;
  const verifyOne: Verify = pool ? (name, bytes) => pool.verify({ name, bytes }) : (name, bytes) => verifyBytes({ name, bytes });
  const statuses = await hubImport(files, workDir, verifyOne, pool ? pool.size + 1 : 1);
  const seconds = (performance.now() - started) / 1000;
  await pool?.close();
  return { seconds, statuses };
}

function child(mode: Mode, dir: string, poolSize: number): { seconds: number; peakMb: number; statuses?: Record<string, number> } {
  const script = path.join(import.meta.dirname, 'bench-import-run.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, mode, dir, String(poolSize)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`bench run ${mode} failed: ${result.stderr.slice(-2000)}`);
  return JSON.parse(line) as { seconds: number; peakMb: number; statuses?: Record<string, number> };
}

export async function benchImport(root: string, options: ImportBenchOptions = {}): Promise<void> {
  const sizes = options.sizes ?? [48, 1000, 10_000];
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fieldscore-bench-import-${size}-`));
    try {
      const made = performance.now();
      const files = await makePackages(root, dir, size);
      fs.writeFileSync(path.join(dir, 'files.txt'), files.join('\n'));
      const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
      console.log(`  ${size.toLocaleString('en-US')} packages, ${(bytes / 1024 / 1024).toFixed(0)} MB (made in ${((performance.now() - made) / 1000).toFixed(0)} s); each run in a fresh process, peak RSS its own`);
      const runs: [string, Mode, number][] = [
        ['floor (read, parse, hash, 1 sig, insert; 1 thread)', 'floor', 0],
        ['import, verification on this thread', 'inline', 0],
        ['import, verification on 1 worker (commits here)', 'pool', 1],
        ['import, verification on 2 workers (commits here)', 'pool', 2],
      ];
      let floorSeconds = 0;
      for (const [label, mode, poolSize] of runs) {
        const result = child(mode, dir, poolSize);
        if (mode === 'floor') floorSeconds = result.seconds;
        const statuses = result.statuses ? ` ${JSON.stringify(result.statuses)}` : '';
        console.log(`    ${label.padEnd(52)} ${(size / result.seconds).toFixed(0).padStart(6)} packages/s  ${(result.seconds / floorSeconds).toFixed(2)}× the floor's time  peak RSS ${result.peakMb.toFixed(0)} MB${statuses}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
