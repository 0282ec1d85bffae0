/**
 * `npm run bench packages`: export (write + sign) and verification of the 48 offices' current
 * demo packages, per package, median — next to a floor measured in the same run on the same
 * bytes: read the file, hash it with SHA-256 and check one Ed25519 signature, nothing else.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemoNetwork } from '../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../electron/packages/package-reader';
import { writePackage } from '../electron/packages/package-writer';
import { generateSigningKey, sign, verify } from '../electron/packages/signing-key';

const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The best of ROUNDS timings of work() for each item: the least disturbed by the other core's load. */
async function perItem<T>(items: readonly T[], work: (item: T) => unknown): Promise<number[]> {
  const best = items.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, item] of items.entries()) {
      const started = performance.now();
      await work(item);
      best[index] = Math.min(best[index]!, performance.now() - started);
    }
  }
  return best;
}

export async function benchPackages(root: string): Promise<void> {
  const all = await generateDemoNetwork({ resourcesDir: path.join(root, 'resources') });
  // The current revision of each office in the latest cycle: 48 packages.
  const latest = new Map<string, (typeof all)[number]>();
  for (const pkg of all) {
    const held = latest.get(pkg.office.id);
    if (!held || pkg.cycle > held.cycle || (pkg.cycle === held.cycle && pkg.revision > held.revision)) latest.set(pkg.office.id, pkg);
  }
  const packages = [...latest.values()];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-bench-'));
  try {
    const files = packages.map((pkg) => {
      const file = path.join(dir, pkg.fileName);
      fs.writeFileSync(file, pkg.bytes);
      return file;
    });
    const verified: VerifiedPackage[] = [];
    for (const file of files) {
      const result = await readPackage(fs.readFileSync(file));
      if (!result.ok) throw new Error(`${file}: ${result.reason.code}`);
      verified.push(result.package);
    }
    const key = generateSigningKey();
    const probe = sign(key, Buffer.from('floor'));

    const floor = await perItem(files, (file) => {
      const bytes = fs.readFileSync(file);
      createHash('sha256').update(bytes).digest();
      if (!verify(key.rawPublicKey, Buffer.from('floor'), probe)) throw new Error('floor signature');
    });
    const verification = await perItem(files, async (file) => {
      const result = await readPackage(fs.readFileSync(file));
      if (!result.ok) throw new Error(result.reason.code);
    });
    const exporting = await perItem(verified, (pkg) =>
      writePackage({ document: pkg.document, history: pkg.history, evidence: pkg.evidence, framework: pkg.framework, generatorVersion: '0.0.0-bench', createdAt: pkg.manifest.createdAt }, key),
    );
    const bytes = packages.reduce((sum, pkg) => sum + pkg.bytes.length, 0);
    const floorMs = median(floor);
    const show = (label: string, values: number[]) =>
      console.log(`  ${label.padEnd(30)} median ${median(values).toFixed(2)} ms  max ${Math.max(...values).toFixed(2)} ms  → ${(median(values) / floorMs).toFixed(1)}× the floor`);
    console.log(`  packages                       ${packages.length} (current revision of each office), ${(bytes / 1024 / 1024).toFixed(1)} MB, median ${(median(packages.map((p) => p.bytes.length)) / 1024).toFixed(0)} kB`);
    console.log(`  floor (read + SHA-256 + 1 sig)  median ${floorMs.toFixed(2)} ms`);
    show('verification (readPackage)', verification);
    show('export (write + sign)', exporting);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
