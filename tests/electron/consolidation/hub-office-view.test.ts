import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectedMediaType } from '../../../electron/consolidation/hub-office-view';
import { memberRows, type SetMember } from '../../../electron/consolidation/set-member';
import { hostFlagsFor } from '../../../electron/geo/country-groups';
import { pdfDocument, pngImage } from '../../../electron/packages/demo/demo-evidence';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../../../electron/packages/package-reader';
import type { HubOffice } from '../../../shared/api/hub-contract';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';

const RESOURCES = path.join(ROOT, 'resources');
const BY = 'D. Drill-Down';
const fixture = workflowFixture();

let demo: { pkg: DemoPackage; read: VerifiedPackage }[];
let hub: Client;
let offices: HubOffice[];

/** The demo package an assessment id came from, as the reader gives it straight from the file. */
function demoOf(assessmentId: string) {
  const found = demo.find(({ read }) => read.document.id === assessmentId);
  if (!found) throw new Error(`no demo package for ${assessmentId}`);
  return found;
}

beforeAll(async () => {
  const packages = await generateDemoNetwork({ resourcesDir: RESOURCES });
  demo = [];
  for (const pkg of packages) {
    const read = await readPackage(Buffer.from(pkg.bytes));
    if (!read.ok) throw new Error(`${pkg.fileName}: ${read.reason.code}`);
    demo.push({ pkg, read: read.package });
  }
  // A real data folder with the real resources (country groups for the office type), the whole demo imported.
  hub = await fixture.start(undefined, RESOURCES);
  for (const { pkg } of demo) {
    await hub.call('hub.import', { fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64'), decidedBy: BY });
  }
  offices = await hub.call('hub.offices', {});
}, 240_000);
afterAll(() => fixture.cleanup());

describe('hub.assessment: a held revision read again from its package', () => {
  it('is the package itself for every revision held: document, framework, score, history, evidence list, signer, provenance', async () => {
    expect(offices).toHaveLength(demo.length);
    expect(new Set(offices.map((office) => office.state))).toEqual(new Set(['current', 'superseded']));
    for (const office of offices) {
      const view = await hub.call('hub.assessment', { assessmentId: office.assessmentId });
      const { pkg, read } = demoOf(office.assessmentId);
      expect(view.document).toEqual(read.document);
      expect(view.framework).toEqual(read.framework);
      expect(view.score).toEqual(read.score);
      expect(view.history).toEqual(read.history);
      expect(view.evidence).toEqual(read.evidence.map((file) => file.info));
      expect(view.fingerprint).toBe(read.signer.fingerprint);
      expect(view.packageSha256).toBe(read.packageSha256);
      expect(view.state).toBe(office.state);
      expect(view.received).toEqual({ at: office.receivedAt, by: BY, from: pkg.fileName });
    }
  }, 240_000);

  it('carries a real history: who changed what, and when, in the order the office recorded it', async () => {
    const withHistory = offices.find((office) => demoOf(office.assessmentId).read.history.length > 20)!;
    const view = await hub.call('hub.assessment', { assessmentId: withHistory.assessmentId });
    expect(view.history.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['answer', 'status']));
    expect(view.history.every((entry) => entry.assessmentId === withHistory.assessmentId && entry.actor === view.document.assessor)).toBe(true);
    const ids = view.history.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("gives the office-type recommendation the set's spreadsheet gives: compared within region and cycle among the current revisions", async () => {
    // Computed here without the store: the demo packages of the set's revisions, through memberRows.
    const inSet = new Set(offices.filter((office) => office.state === 'current' || office.state === 'merged').map((office) => office.assessmentId));
    const members: SetMember[] = demo
      .filter(({ read }) => inSet.has(read.document.id))
      .map(({ read }) => ({
        document: read.document,
        framework: read.framework,
        score: read.score,
        signerFingerprint: read.signer.fingerprint,
        packageSha256: read.packageSha256,
        hostFlags: hostFlagsFor(RESOURCES, read.document.office.hostCountry, read.document.office.fragileContext === true),
      }));
    const expected = new Map(memberRows(members).map((row) => [row.member.document.id, row]));
    let compared = 0;
    for (const assessmentId of inSet) {
      const { officeType } = await hub.call('hub.assessment', { assessmentId });
      const row = expected.get(assessmentId)!;
      expect(officeType.recommendation).toEqual(row.recommendation);
      expect(officeType.comparedOffices).toBe(row.comparedOffices);
      expect(officeType.hostFlags).toEqual(row.member.hostFlags);
      compared += row.comparedOffices;
    }
    // The comparison really happened: offices share regions and cycles in the demo.
    expect(compared).toBeGreaterThan(inSet.size);
  }, 120_000);

  it('refuses an assessment the hub does not hold, and a request that is not an id', async () => {
    const unknown = await hub.fail('hub.assessment', { assessmentId: '0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f' });
    expect(unknown).toMatchObject({ code: 'not_found', messageKey: 'hubOffice.errors.not_held' });
    const invalid = await hub.fail('hub.assessment', { assessmentId: '../../etc/passwd' } as never);
    expect(invalid.code).toBe('invalid_request');
    const extra = await hub.fail('hub.assessment', { assessmentId: offices[0]!.assessmentId, path: '/etc/passwd' } as never);
    expect(extra.code).toBe('invalid_request');
  });
});

describe('hub.evidence: one evidence file of a held package', () => {
  it('gives every evidence file of every package byte for byte, with the type detected from its bytes', async () => {
    const types = new Map<string, number>();
    for (const { read } of demo) {
      for (const file of read.evidence) {
        const got = await hub.call('hub.evidence', { assessmentId: read.document.id, sha256: file.info.sha256 });
        const bytes = Buffer.from(got.dataBase64, 'base64');
        expect(bytes.equals(file.data)).toBe(true);
        expect(got.size).toBe(file.data.length);
        expect(got.fileName).toBe(file.info.fileName);
        // The package's own index says the same (the reader refuses a package where they differ).
        expect(got.mediaType).toBe(file.info.mediaType);
        types.set(got.mediaType, (types.get(got.mediaType) ?? 0) + 1);
      }
    }
    // The demo's four kinds of proof: the PDF is detected as a PDF, the photo as a PNG.
    expect([...types.keys()].sort()).toEqual(['application/pdf', 'image/png', 'text/csv', 'text/plain']);
    expect(types.get('application/pdf')).toBeGreaterThan(0);
  }, 120_000);

  it("refuses a hash the package does not list, even one of another package's file the hub holds", async () => {
    const withFile = demo.find(({ read }) => read.evidence.length > 0)!;
    const other = demo.find(({ read }) => read.document.officeId !== withFile.read.document.officeId && read.evidence.some((file) => !withFile.read.evidence.some((own) => own.info.sha256 === file.info.sha256)))!;
    const foreign = other.read.evidence.find((file) => !withFile.read.evidence.some((own) => own.info.sha256 === file.info.sha256))!;
    const refused = await hub.fail('hub.evidence', { assessmentId: withFile.read.document.id, sha256: foreign.info.sha256 });
    expect(refused).toMatchObject({ code: 'not_found', messageKey: 'hubOffice.errors.evidence_not_in_package' });
    // The package's own hash is not one of its evidence files either.
    const own = await hub.fail('hub.evidence', { assessmentId: withFile.read.document.id, sha256: withFile.read.packageSha256 });
    expect(own.messageKey).toBe('hubOffice.errors.evidence_not_in_package');
    const unknownOffice = await hub.fail('hub.evidence', { assessmentId: '0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f', sha256: foreign.info.sha256 });
    expect(unknownOffice.messageKey).toBe('hubOffice.errors.not_held');
    for (const sha256 of ['', 'A'.repeat(64), `${'0'.repeat(63)}`, `../${'0'.repeat(61)}`]) {
      expect((await hub.fail('hub.evidence', { assessmentId: withFile.read.document.id, sha256 })).code).toBe('invalid_request');
    }
  });
});

describe('detectedMediaType: the type is the bytes’, never the name’s', () => {
  it('detects PDF and PNG under any name, text by its name only when it is clean text', async () => {
    const pdf = pdfDocument('Terms of reference', ['Line one']);
    expect(await detectedMediaType(pdf, 'minutes.txt')).toBe('application/pdf');
    expect(await detectedMediaType(pdf, 'report.pdf')).toBe('application/pdf');
    expect(await detectedMediaType(pngImage(4, 4, [0, 0, 0], [255, 255, 255]), 'photo.pdf')).toBe('image/png');
    expect(await detectedMediaType(Buffer.from('a,b\r\n1,2\r\n'), 'list.csv')).toBe('text/csv');
    expect(await detectedMediaType(Buffer.from('a,b\r\n1,2\r\n'), 'list.txt')).toBe('text/plain');
    expect(await detectedMediaType(Buffer.from('<html><script>alert(1)</script></html>'), 'page.txt')).toBe('text/plain');
    expect(await detectedMediaType(Buffer.from([0, 1, 2, 3, 0xff, 0xfe]), 'data.csv')).toBe('application/octet-stream');
  });
});
