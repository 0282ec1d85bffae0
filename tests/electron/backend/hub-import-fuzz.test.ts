import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateSet } from '../../../electron/consolidation/consolidate-set';
import { writeConsolidated, type Member } from '../../../electron/consolidation/consolidated-file';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { readPackage } from '../../../electron/packages/package-reader';
import { generateSigningKey } from '../../../electron/packages/signing-key';
import { databasePath } from '../../../electron/store/store-paths';
import { PACKAGE_REASON_CODES } from '../../../shared/packages/package-reasons';
import { ROOT, workflowFixture, type Client } from './workflow-backend';

/**
 * Thousands of mutated packages and consolidated files through the whole import (dispatch,
 * readers, plan, transaction): never a crash, never part of a file written, always a reason.
 */
const fixture = workflowFixture();
let hub: Client;
let packages: Buffer[];
let consolidated: Buffer;
let memberCount: number;

const counts = (dataDir: string) => {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return ['hub_packages', 'hub_keys', 'hub_held', 'hub_senders', 'hub_decisions'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  const demo = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources'), offices: 6 });
  packages = demo.map((pkg) => Buffer.from(pkg.bytes));
  const members: Member[] = [];
  for (const bytes of packages) {
    const read = await readPackage(bytes);
    if (read.ok) members.push({ bytes, verified: read.package });
  }
  const set = consolidateSet([{ source: 'demo', members, trust: [], decisions: [] }], 'Fuzz', '2026-01-01T00:00:00.000Z');
  memberCount = set.members.length;
  consolidated = await writeConsolidated({ hubName: 'Fuzz hub', members: set.members, decisions: [], trust: set.trust, generatorVersion: 't', createdAt: '2026-01-01T00:00:00.000Z' }, generateSigningKey());
  hub = await fixture.start();
  // Some state to be disturbed: half the network already held.
  for (const bytes of packages.slice(0, packages.length / 2)) await hub.call('hub.import', { fileName: 'seed', dataBase64: bytes.toString('base64'), decidedBy: 'Fuzz' });
}, 120_000);
afterAll(() => fixture.cleanup());

const mutation = fc.record({
  which: fc.nat(),
  consolidated: fc.boolean(),
  edits: fc.array(fc.oneof(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), fc.record({ at: fc.nat(), cut: fc.constant(true) })), { minLength: 1, maxLength: 3 }),
});

describe('the whole import under fuzzing', () => {
  it('gives a reason for every mutated file and writes all of a file or nothing', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutation, async ({ which, consolidated: isSet, edits }) => {
        let bytes = Buffer.from(isSet ? consolidated : packages[which % packages.length]!);
        for (const edit of edits) {
          const at = edit.at % Math.max(1, bytes.length);
          if ('cut' in edit) bytes = bytes.subarray(0, at);
          else if (bytes.length > 0) bytes.writeUInt8(bytes.readUInt8(at) ^ (1 << edit.bit), at);
        }
        const before = counts(hub.dataDir);
        const result = await hub.backend.dispatch('hub.import', { fileName: 'fuzzed.fieldscore', dataBase64: bytes.toString('base64'), decidedBy: 'Fuzz' });
        if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`); // a bad file is a result with a reason, never an error
        if (!result.ok) return;
        const preview = result.value as { status: string; reason?: { code: string } };
        seen.set(preview.status, (seen.get(preview.status) ?? 0) + 1);
        const after = counts(hub.dataDir);
        if (preview.status === 'invalid') {
          expect(PACKAGE_REASON_CODES).toContain(preview.reason?.code);
          expect(after).toEqual(before);
        } else {
          // Only an unchanged file can be valid; it is then written whole (all its members) or found identical.
          const added = after[0]! - before[0]!;
          expect(added === 0 || added === 1 || added <= memberCount).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    console.info(`fuzzed imports by status: ${JSON.stringify(Object.fromEntries(seen))}`);
    const db = new Database(databasePath(hub.dataDir), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 600_000);
});
