import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateSet, type ConsolidationInput } from '../../../electron/consolidation/consolidate-set';
import { readConsolidated, writeConsolidated, type Member } from '../../../electron/consolidation/consolidated-file';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { loadOrCreateInstallationKey } from '../../../electron/packages/installation-key';
import { readPackage } from '../../../electron/packages/package-reader';
import { writePackage } from '../../../electron/packages/package-writer';
import { generateSigningKey } from '../../../electron/packages/signing-key';
import type { Decision, TrustEntry } from '../../../shared/consolidation/consolidated-format';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { ROOT, workflowFixture } from '../backend/workflow-backend';

const NOW = '2026-01-15T10:00:00.000Z';
const fixture = workflowFixture();
let demo: Member[];

async function member(bytes: Buffer): Promise<Member> {
  const read = await readPackage(bytes);
  if (!read.ok) throw new Error(read.reason.code);
  return { bytes, verified: read.package };
}

const asInput = (source: string, members: readonly Member[], extra: Partial<ConsolidationInput> = {}): ConsolidationInput => ({ source, members, trust: [], decisions: [], ...extra });

beforeAll(async () => {
  const packages = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources') });
  demo = await Promise.all(packages.map((pkg) => member(Buffer.from(pkg.bytes))));
}, 120_000);
afterAll(() => fixture.cleanup());

describe('consolidating the demo network', () => {
  it('keeps the current revision of each office and cycle: 96 of 103 packages, 48 offices, the rest superseded', () => {
    const set = consolidateSet([asInput('demo', demo)], 'A. Hub', NOW);
    const offices = new Set(set.members.map((m) => m.verified.manifest.office.id));
    expect(offices.size).toBe(48);
    expect(set.members).toHaveLength(demo.length - set.reports.filter((r) => r.outcome === 'superseded').length);
    expect(set.conflicts).toEqual([]);
    for (const superseded of set.reports.filter((r) => r.outcome === 'superseded')) {
      expect(set.members.some((m) => m.verified.manifest.assessment.parentRevisionId === superseded.member.assessmentId)).toBe(true);
    }
    expect(set.trust).toHaveLength(48);
    expect(set.trust.every((entry) => entry.source === 'first_seen' && entry.decidedBy === 'A. Hub')).toBe(true);
  });

  it('is written as one signed file whose members are the packages byte for byte, each verifiable on its own', async () => {
    const set = consolidateSet([asInput('demo', demo)], 'A. Hub', NOW);
    const hubKey = generateSigningKey();
    const file = await writeConsolidated({ hubName: 'Nairobi hub', members: set.members, decisions: set.decisions, trust: set.trust, generatorVersion: 'test', createdAt: NOW }, hubKey);
    const read = await readConsolidated(file);
    if (!read.ok) throw new Error(JSON.stringify(read.reason));
    expect(read.consolidated.signer.fingerprint).toBe(hubKey.fingerprint);
    expect(read.consolidated.trust).toEqual(set.trust);
    const originals = new Map(set.members.map((m) => [m.verified.packageSha256, m.bytes]));
    for (const inner of read.consolidated.members) {
      expect(inner.bytes.equals(originals.get(inner.verified.packageSha256)!)).toBe(true);
      expect(inner.verified.signature.equals(set.members.find((m) => m.verified.packageSha256 === inner.verified.packageSha256)!.verified.signature)).toBe(true);
      expect((await readPackage(inner.bytes)).ok).toBe(true);
    }
    // The same file read again, and consolidated again with the packages: nothing new (idempotent).
    const again = consolidateSet([asInput('set', read.consolidated.members, { trust: read.consolidated.trust }), asInput('demo', demo)], 'A. Hub', NOW);
    expect(again.members.map((m) => m.verified.packageSha256).sort()).toEqual(set.members.map((m) => m.verified.packageSha256).sort());
    expect(again.reports.filter((r) => r.outcome === 'identical').length).toBe(set.members.length);
  }, 60_000);

  it('a member that arrives through two hubs is kept once', async () => {
    const kenya = demo.filter((m) => m.verified.manifest.office.code === 'KEN-RH');
    const hubA = await readConsolidated(await writeConsolidated({ hubName: 'A', members: kenya, decisions: [], trust: [], generatorVersion: 't', createdAt: NOW }, generateSigningKey()));
    const hubB = await readConsolidated(await writeConsolidated({ hubName: 'B', members: kenya, decisions: [], trust: [], generatorVersion: 't', createdAt: NOW }, generateSigningKey()));
    if (!hubA.ok || !hubB.ok) throw new Error('unreadable');
    const hq = consolidateSet([asInput('hub A', hubA.consolidated.members), asInput('hub B', hubB.consolidated.members)], 'HQ', NOW);
    expect(new Set(hq.members.map((m) => m.verified.packageSha256)).size).toBe(hq.members.length);
    expect(hq.reports.filter((r) => r.outcome === 'identical')).toHaveLength(kenya.length);
  });

  it('refuses a consolidated file with one changed byte in a member, and a package given as a consolidated file', async () => {
    const file = await writeConsolidated({ hubName: 'A', members: demo.slice(0, 3), decisions: [], trust: [], generatorVersion: 't', createdAt: NOW }, generateSigningKey());
    const copy = Buffer.from(file);
    const at = copy.indexOf('assessment.json', copy.length / 2);
    copy.writeUInt8(copy.readUInt8(at + 40) ^ 1, at + 40);
    expect((await readConsolidated(copy)).ok).toBe(false);
    expect(await readConsolidated(demo[0]!.bytes)).toMatchObject({ ok: false, reason: { code: 'not_a_package' } });
  });
});

describe('keys and conflicts', () => {
  let r1: Member;
  let r2: Member;
  let fork: Member;
  let stranger: Member;

  beforeAll(async () => {
    const backend = await fixture.start();
    const id = await submittedAssessment(backend);
    const exported = async (assessmentId: string) => member(Buffer.from((await backend.call('packages.export', { assessmentId })).dataBase64, 'base64'));
    r1 = await exported(id);
    const reopened = await backend.call('assessments.reopen', { id });
    await backend.call('answers.set', { assessmentId: reopened.id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'no', justification: 'the agreement lapsed in March' } });
    await backend.call('assessments.submit', { id: reopened.id });
    r2 = await exported(reopened.id);
    // The same revision 1 reopened a second time elsewhere, signed by the same office key.
    const key = loadOrCreateInstallationKey(backend.dataDir);
    const forkDocument = { ...r2.verified.document, id: '7d5b0b7e-1c7e-4f5e-9a55-2d1f5f0c9b11', answers: { ...r2.verified.document.answers, 'P1.4': { state: 'answered' as const, value: 'yes' } } };
    const content = { document: forkDocument, history: [], evidence: [], framework: r2.verified.framework, generatorVersion: 't', createdAt: NOW };
    fork = await member(await writePackage(content, key));
    stranger = await member(await writePackage({ ...content, document: { ...forkDocument, id: '3a0f7c8e-5b1d-4c2a-8e7f-6d9b0a1c2e3f' } }, generateSigningKey()));
  }, 60_000);

  it('a newer revision replaces an older one whatever the order; a diverged one is a conflict left out', () => {
    for (const order of [[r1, r2], [r2, r1]]) {
      const set = consolidateSet([asInput('files', order)], 'A. Hub', NOW);
      expect(set.members.map((m) => m.verified.document.id)).toEqual([r2.verified.document.id]);
    }
    const set = consolidateSet([asInput('files', [r1, r2, fork])], 'A. Hub', NOW);
    expect(set.members).toEqual([]);
    expect(set.conflicts).toEqual([{ officeId: r1.verified.document.officeId, officeCode: 'ETH-CO', cycle: 2025, revisions: [r2.verified.document.id, fork.verified.document.id].sort() }]);
  });

  it('a decision carried by a consolidated file settles the conflict, and travels on', () => {
    const decision: Decision = {
      kind: 'conflict',
      officeId: r1.verified.document.officeId!,
      cycle: 2025,
      revisions: [r2.verified.document.id, fork.verified.document.id],
      resolution: { keep: fork.verified.document.id },
      decidedBy: 'A. Hub',
      decidedAt: NOW,
    };
    const set = consolidateSet([asInput('files', [r1, r2, fork]), asInput('hub file', [], { decisions: [decision] })], 'HQ', NOW);
    expect(set.members.map((m) => m.verified.document.id)).toEqual([fork.verified.document.id]);
    expect(set.decisions).toEqual([decision]);
  });

  it('a package signed by another key is left out, unless a trust list accepted that key', () => {
    const set = consolidateSet([asInput('files', [r1, stranger])], 'A. Hub', NOW);
    expect(set.reports.find((r) => r.member.assessmentId === stranger.verified.document.id)?.outcome).toBe('different_key');
    const accepted: TrustEntry = {
      officeId: stranger.verified.document.officeId!,
      officeCode: 'ETH-CO',
      publicKey: stranger.verified.manifest.signer.publicKey,
      fingerprint: stranger.verified.manifest.signer.fingerprint,
      status: 'trusted',
      source: 'accepted',
      decidedBy: 'A. Hub',
      decidedAt: NOW,
    };
    const revoked: TrustEntry = { ...accepted, publicKey: r1.verified.manifest.signer.publicKey, fingerprint: r1.verified.manifest.signer.fingerprint, status: 'revoked', source: 'registered' };
    const trusting = consolidateSet([asInput('files', [r1, stranger]), asInput('hub file', [], { trust: [accepted, revoked] })], 'HQ', NOW);
    expect(trusting.reports.find((r) => r.member.assessmentId === r1.verified.document.id)?.outcome).toBe('revoked_key');
    expect(trusting.members.map((m) => m.verified.document.id)).toEqual([stranger.verified.document.id]);
  });
});

describe('fieldscore consolidate', () => {
  it('writes a signed consolidated file of a folder and prints the counts', async () => {
    const { runCli } = await import('../../../electron/cli/run-cli');
    const dir = fixture.folders.make();
    for (const m of demo.slice(0, 10)) fs.writeFileSync(path.join(dir, `${m.verified.packageSha256}.fieldscore`), m.bytes);
    fs.writeFileSync(path.join(dir, 'broken.fieldscore'), 'not a package');
    const key = generateSigningKey();
    const keyFile = path.join(dir, 'hub.pem');
    fs.writeFileSync(keyFile, key.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const out = path.join(fixture.folders.make(), 'hub.fieldscore-set');
    let stdout = '';
    const csv = path.join(path.dirname(out), 'set.csv');
    const xlsx = path.join(path.dirname(out), 'set.xlsx');
    const code = await runCli(['consolidate', dir, '--out', out, '--csv', csv, '--xlsx', xlsx, '--hub', 'Nairobi hub', '--by', 'A. Hub', '--key', keyFile], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      resourcesDir: path.join(ROOT, 'resources'),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^INVALID .*broken\.fieldscore .*\[not_a_package\]$/m);
    expect(stdout).toMatch(/^Wrote .*hub\.fieldscore-set: \d+ packages of \d+ offices; 1 invalid files/m);
    const read = await readConsolidated(fs.readFileSync(out));
    expect(read.ok && read.consolidated.signer.fingerprint).toBe(key.fingerprint);
    const rows = fs.readFileSync(csv, 'utf8').split('\r\n').filter((row) => row !== '');
    expect(rows.length - 1).toBe(read.ok ? read.consolidated.members.length : -1);
    expect(fs.existsSync(path.join(path.dirname(out), 'set_columns.csv'))).toBe(true);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
