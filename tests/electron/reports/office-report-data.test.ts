import { createHash, createPublicKey } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreSession } from '../../../electron/backend/store-session';
import { readCountryGroups, type CountryGroups } from '../../../electron/geo/country-groups';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { readPackage, readPackageFile } from '../../../electron/packages/package-reader';
import { rawPublicKeyOf } from '../../../electron/packages/signing-key';
import { officeReportData, officeReportDataOfPackage } from '../../../electron/reports/office-report-data';
import { acquireStoreLock } from '../../../electron/store/store-lock';
import { assessmentDocumentSchema } from '../../../shared/assessment/assessment-document';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { keyFingerprint } from '../../../shared/packages/fingerprint';
import type { Answers } from '../../../shared/assessment/answer';
import { officeReportDataSchema, type OfficeReportData, type ReportChange } from '../../../shared/reports/office-report-data';
import type { AssessmentScore } from '../../../shared/scoring/assessment-score';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { PDF_DOCUMENT, PNG_PIXEL } from '../../fixtures/packages/package-fixtures';
import { backendOptions, recordingLog } from '../../fixtures/store/store-fixtures';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';

const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');
const fixture = workflowFixture();
let groups: CountryGroups;
let demo: DemoPackage[];

beforeAll(async () => {
  groups = readCountryGroups(path.join(ROOT, 'resources'));
  // Six offices, one per region and two in Africa, over 2024 and 2025; KEN-RH's 2025 was reopened.
  demo = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources'), offices: 6 });
}, 120_000);
afterAll(() => fixture.cleanup());

/** A data folder's repositories and key, opened as the backend opens them (the backend must be closed). */
async function withSession<T>(client: Pick<Client, 'dataDir' | 'resourcesDir'>, use: (session: StoreSession) => Promise<T>): Promise<T> {
  const log = recordingLog();
  const session = new StoreSession(backendOptions(client.dataDir, client.resourcesDir, log), acquireStoreLock(client.dataDir), log);
  await session.open();
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}

const contextOf = (session: StoreSession) => ({ repositories: session.repositories(), key: session.installationKey(), appVersion: session.appVersion, groups });

/** Each perspective's change is this cycle's score against the previous one's, in tenths as printed. */
function expectChanges(previous: NonNullable<OfficeReportData['previousCycle']>, now: AssessmentScore, then: AssessmentScore): void {
  const pairs: [ReportChange, number | null, number | null][] = [
    [previous.overall, now.overall.score, then.overall.score],
    ...now.perspectives.map((perspective, index): [ReportChange, number | null, number | null] => {
      expect(previous.perspectives[index]!.perspectiveId).toBe(perspective.perspectiveId);
      return [previous.perspectives[index]!.change, perspective.score, then.perspectives.find((old) => old.perspectiveId === perspective.perspectiveId)?.score ?? null];
    }),
  ];
  for (const [change, a, b] of pairs) {
    expect(change).toMatchObject({ current: a, previous: b });
    if (a === null || b === null) {
      expect(change).toMatchObject({ kind: 'not_comparable', delta: null });
      continue;
    }
    // 65.3 − 60.1 is 5.2, not 5.199999999999996.
    expect(change.delta).toBe((Math.round(a * 10) - Math.round(b * 10)) / 10);
    expect(change.kind).toBe(a > b ? 'up' : a < b ? 'down' : 'unchanged');
  }
}

const packageFile = (bytes: Uint8Array, fileName: string) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

describe('the office report of the example package', () => {
  it('has the package’s scores, fingerprint and SHA-256, read apart from the reader', async () => {
    const read = await readPackageFile(EXAMPLE);
    if (!read.ok) throw new Error(read.reason.code);
    const data = officeReportDataOfPackage(read.package, groups);

    // What the file itself says, read with unzip rather than with Fieldscore's reader.
    const entry = (name: string) => execFileSync('unzip', ['-p', EXAMPLE, name]);
    const document = assessmentDocumentSchema.parse(JSON.parse(entry('assessment.json').toString('utf8')));
    const framework = validateFramework(JSON.parse(entry('framework.json').toString('utf8')));
    if (!framework.ok) throw new Error('the example framework does not validate');
    const expected = scoreAssessment(framework.framework, document.answers);
    expect(data.score).toEqual(expected);
    expect(data.score.overall.score).not.toBeNull();
    expect(data.score.perspectives.map((perspective) => perspective.perspectiveId)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);

    // docs/package-format.md prints this fingerprint for the example; signer.pem gives it too.
    const publicKey = rawPublicKeyOf(createPublicKey(entry('signer.pem').toString('utf8')));
    expect(data.package.signerFingerprint).toBe('K27Y-SJ3H-JYRP-O3HS-6TZR-A2T6');
    expect(keyFingerprint(publicKey)).toBe(data.package.signerFingerprint);
    expect(data.package.sha256).toBe(createHash('sha256').update(fs.readFileSync(EXAMPLE)).digest('hex'));
    expect(data.package.fileName).toBe('KEN-RH_2025_r1.fieldscore');

    expect(data.masthead).toEqual({
      symbol: 'FS/2025/KEN-RH',
      distribution: 'restricted',
      date: document.submittedAt!.slice(0, 10),
      officeName: document.office.name,
      officeCode: 'KEN-RH',
      cycle: 2025,
      revision: 1,
      frameworkId: 'fieldscore-default',
      frameworkVersion: '1.0.0',
    });
    expect(data.document).toEqual(document);

    // Countries: P2.1's list, the host first, residency kept.
    const listed = document.answers['P2.1'];
    if (listed?.state !== 'answered' || !Array.isArray(listed.value)) throw new Error('the example has no covered countries');
    const covered = listed.value as { code: string; resident: boolean }[];
    expect(data.countries[0]).toEqual({ code: document.office.hostCountry, resident: true, host: true });
    expect(new Set(data.countries.map((country) => `${country.code}:${country.resident}`))).toEqual(new Set(covered.map((country) => `${country.code}:${country.resident}`)));

    // Evidence: the index's files by indicator, names, detected types and sizes only.
    const index = JSON.parse(entry('evidence.json').toString('utf8')) as { files: { indicatorId: string; fileName: string; mediaType: string; sizeBytes: number }[] };
    expect(data.evidence.flatMap((group) => group.files.map((file) => ({ indicatorId: group.indicatorId, ...file })))).toEqual(
      index.files.map(({ indicatorId, fileName, mediaType, sizeBytes }) => ({ indicatorId, fileName, mediaType, sizeBytes })),
    );
    expect(JSON.stringify(data)).not.toContain('"data"');

    // A lone file knows no previous cycle and no review.
    expect(data.previousCycle).toBeNull();
    expect(data.review).toBeNull();
    // The recommendation reads only this office's data: no other office's portfolio.
    expect(data.officeType.recommendation.rules[0]!.conditions.map((condition) => condition.messageKey)).toContain('typology.condition.portfolio_at_least');
  });

  it('is what the report page accepts, and survives JSON as it is', async () => {
    const read = await readPackageFile(EXAMPLE);
    if (!read.ok) throw new Error(read.reason.code);
    const data = officeReportDataOfPackage(read.package, groups, { distribution: 'limited' });
    expect(data.masthead.distribution).toBe('limited');
    const copy = JSON.parse(JSON.stringify(data)) as OfficeReportData;
    expect(copy).toEqual(data);
    expect(officeReportDataSchema.parse(copy)).toEqual(data);
    expect(officeReportDataSchema.safeParse({ ...copy, extra: 1 }).success).toBe(false);
    expect(officeReportDataSchema.safeParse({ ...copy, masthead: { ...copy.masthead, symbol: 'FS/2025/KEN RH\u202e' } }).success).toBe(false);
  });
});

/** A demo office's answers, typed into a real field data folder through the backend, one answer at a time. */
async function fillFrom(field: Client, assessmentId: string, answers: Answers, previous: Answers = {}): Promise<void> {
  for (const indicatorId of Object.keys(previous)) {
    if (!(indicatorId in answers)) await field.call('answers.set', { assessmentId, indicatorId, answer: null });
  }
  for (const [indicatorId, answer] of Object.entries(answers)) await field.call('answers.set', { assessmentId, indicatorId, answer });
}

describe('the report built from an imported package equals the report built where it was filled', () => {
  it('two cycles filled in the field, exported, imported at a hub: same data, same numbers, same fingerprint', async () => {
    // Realistic answers (every indicator, justifications where red): the demo's Abuja office, retyped by hand.
    const [then, now] = await Promise.all(
      demo.filter((pkg) => pkg.office.code === 'NGA-RH').map(async (pkg) => {
        const read = await readPackage(Buffer.from(pkg.bytes));
        if (!read.ok) throw new Error(read.reason.code);
        return read.package.document;
      }),
    );
    const field = await fixture.start();
    const { id: first } = await field.create({ office: then!.office, cycle: 2024, assessor: then!.assessor! });
    await fillFrom(field, first, then!.answers);
    await field.call('evidence.add', { assessmentId: first, indicatorId: 'P1.4', fileName: 'pixel.png', dataBase64: PNG_PIXEL.toString('base64') });
    await field.call('assessments.submit', { id: first });
    const next = await field.call('assessments.startNextCycle', { fromId: first, cycle: 2025 });
    await fillFrom(field, next.id, now!.answers, next.answers);
    await field.call('evidence.add', { assessmentId: next.id, indicatorId: 'P2.2', fileName: 'report.pdf', dataBase64: PDF_DOCUMENT.toString('base64') });
    await field.call('assessments.submit', { id: next.id });
    const exported = [];
    for (const id of [first, next.id]) exported.push(await field.call('packages.export', { assessmentId: id }));
    const fieldKey = (await field.call('packages.installationKey', {})).fingerprint;
    await field.close();

    const hub = await fixture.start();
    for (const pkg of exported) {
      const result = await hub.call('hub.import', { fileName: pkg.fileName, dataBase64: pkg.dataBase64, decidedBy: 'H. Hub' });
      expect(result.status).toBe('new');
    }
    await hub.close();

    const atField = await withSession(field, (session) => officeReportData(contextOf(session), { kind: 'assessment', assessmentId: next.id }));
    const atHub = await withSession(hub, (session) => officeReportData(contextOf(session), { kind: 'held', assessmentId: next.id }));

    expect(atHub).toEqual(atField);
    expect(atField.package.signerFingerprint).toBe(fieldKey);
    // The field's report names the very file it exported, by name and by SHA-256.
    expect(atField.package.sha256).toBe(exported[1]!.sha256);
    expect(atField.package.fileName).toBe(exported[1]!.fileName);
    expect(atField.masthead.symbol).toBe('FS/2025/NGA-RH');
    expect(atField.evidence).toEqual([{ indicatorId: 'P2.2', files: [{ fileName: 'report.pdf', mediaType: 'application/pdf', sizeBytes: PDF_DOCUMENT.length }] }]);
    expect(atField.document.answers).toEqual(now!.answers);

    // The numbers are the engine's on the exported package, and the change is from 2024.
    const read2025 = await readPackage(Buffer.from(exported[1]!.dataBase64, 'base64'));
    const read2024 = await readPackage(Buffer.from(exported[0]!.dataBase64, 'base64'));
    if (!read2025.ok || !read2024.ok) throw new Error('an exported package does not verify');
    expect(atField.score).toEqual(read2025.package.score);
    expect(atField.score.overall.score).not.toBeNull();
    const previous = atField.previousCycle!;
    expect(previous).toMatchObject({ assessmentId: first, cycle: 2024, revision: 1 });
    expectChanges(previous, read2025.package.score, read2024.package.score);
    expect(previous.perspectives.filter((entry) => entry.change.kind === 'up' || entry.change.kind === 'down').length).toBeGreaterThan(0);
    expect(atField.review).toBeNull();

    // The hub returns the revision with a comment and sends the review file back; both reports now carry the review.
    const reviewer = await fixture.start(hub.dataDir, hub.resourcesDir);
    const comments = [{ indicatorId: 'P3.1', text: 'Attach the premises agreement.' }];
    await reviewer.call('hub.review.set', { assessmentId: next.id, status: 'returned', comments, decidedBy: 'Hana Hub' });
    const reviewFile = await reviewer.call('hub.review.export', { assessmentId: next.id, hubName: 'Nairobi hub' });
    await reviewer.close();
    const office = await fixture.start(field.dataDir, field.resourcesDir);
    expect((await office.call('reviews.import', reviewFile)).outcome).toBe('imported');
    await office.close();
    const reviewedAtHub = await withSession(hub, (session) => officeReportData(contextOf(session), { kind: 'held', assessmentId: next.id }));
    const reviewedAtField = await withSession(field, (session) => officeReportData(contextOf(session), { kind: 'assessment', assessmentId: next.id }));
    expect(reviewedAtHub.review).toMatchObject({ status: 'returned', decidedBy: 'Hana Hub', comments });
    // The office knows the hub by the name in its file; the hub does not name itself.
    expect(reviewedAtField.review).toEqual({ ...reviewedAtHub.review, hubName: 'Nairobi hub' });
    expect({ ...reviewedAtField, review: null }).toEqual({ ...reviewedAtHub, review: null });
    expect({ ...reviewedAtHub, review: null }).toEqual(atHub);
  }, 120_000);

  it('refuses a draft with the export’s own message', async () => {
    const field = await fixture.start();
    const { id } = await field.create({ office: { name: 'Addis', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' } });
    await field.close();
    await withSession(field, async (session) => {
      const context = contextOf(session);
      await expect(officeReportData(context, { kind: 'assessment', assessmentId: id })).rejects.toMatchObject({ data: { messageKey: 'packages.errors.not_submitted' } });
      await expect(officeReportData(context, { kind: 'held', assessmentId: id })).rejects.toMatchObject({ data: { code: 'not_found' } });
    });
  });
});

describe('change since the previous cycle on the demo network', () => {

  it('each office’s 2025 report compares with the 2024 revision the hub counts', async () => {
    const hub = await fixture.start();
    for (const pkg of demo) await hub.call('hub.import', { ...packageFile(pkg.bytes, pkg.fileName), decidedBy: 'H. Hub' });
    await hub.close();
    const latest = (officeId: string, cycle: number) =>
      demo.filter((pkg) => pkg.office.id === officeId && pkg.cycle === cycle).reduce((best, pkg) => (pkg.revision > best.revision ? pkg : best));
    const offices = [...new Set(demo.map((pkg) => pkg.office.id))];
    expect(offices).toHaveLength(6);

    await withSession(hub, async (session) => {
      const context = contextOf(session);
      let moved = 0;
      for (const officeId of offices) {
        const now = latest(officeId, 2025);
        const then = latest(officeId, 2024);
        const data = await officeReportData(context, { kind: 'held', assessmentId: now.assessmentId });
        const [readNow, readThen] = await Promise.all([readPackage(Buffer.from(now.bytes)), readPackage(Buffer.from(then.bytes))]);
        if (!readNow.ok || !readThen.ok) throw new Error('a demo package does not verify');
        expect(data.previousCycle).toMatchObject({ assessmentId: then.assessmentId, cycle: 2024, revision: then.revision });
        expect(data.package.signerFingerprint).toBe(now.fingerprint);
        expectChanges(data.previousCycle!, readNow.package.score, readThen.package.score);
        if (data.previousCycle!.overall.kind !== 'unchanged') moved += 1;
        // The 2024 report of the same office has nothing before it.
        const first = await officeReportData(context, { kind: 'held', assessmentId: then.assessmentId });
        expect(first.previousCycle).toBeNull();
      }
      expect(moved).toBeGreaterThan(0);

      // KEN-RH's 2025 was reopened: revision 2 is the revised document, Rev.1, and revision 1 (superseded) still prints.
      const kenya = demo.filter((pkg) => pkg.office.code === 'KEN-RH' && pkg.cycle === 2025);
      const symbols = await Promise.all(kenya.map(async (pkg) => (await officeReportData(context, { kind: 'held', assessmentId: pkg.assessmentId })).masthead.symbol));
      expect(symbols.sort()).toEqual(['FS/2025/KEN-RH', 'FS/2025/KEN-RH/Rev.1']);
    });
  }, 120_000);
});
