// The regional report's data from its two sources — a consolidated file (the CLI) and the hub's
// real SQLite store (reports.input) — on the demo network, with every expected figure
// recomputed here from the packages, not by the picture's code; and the page's check of it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConsolidated } from '../../../electron/consolidation/consolidated-file';
import { readCountryGroups, type CountryGroups } from '../../../electron/geo/country-groups';
import { seedBytes } from '../../../electron/packages/demo/demo-random';
import type { VerifiedPackage } from '../../../electron/packages/package-reader';
import { writePackage } from '../../../electron/packages/package-writer';
import { signingKeyFromSeed } from '../../../electron/packages/signing-key';
import { regionalReportDataOfConsolidated } from '../../../electron/reports/regional-report-data';
import { AppError } from '../../../shared/api/app-error';
import type { Answers } from '../../../shared/assessment/answer';
import { REGIONS } from '../../../shared/office/office-profile';
import { regionalReportSymbol } from '../../../shared/reports/build-regional-report-data';
import { REGIONAL_REPORT_ERROR_KEYS, type RegionalReportData } from '../../../shared/reports/regional-report-data';
import { checkReportInput } from '../../../shared/reports/report-input';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';
import { currentPackages, demoSet, verifiedMembers, type DemoSet, DEMO_HUB_NAME, DEMO_SET_CREATED_AT } from './fixtures/regional-demo-set';

const RESOURCES = path.join(ROOT, 'resources');
const BY = 'H. Hub';
const fixture = workflowFixture();
let demo: DemoSet;
let groups: CountryGroups;
let network: RegionalReportData;
let byId: Map<string, VerifiedPackage>;

/** Type-7 quartiles and the median, written out again: sorted values, h = (n − 1)·p. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(half)]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
const scored = (values: (number | null | undefined)[]) => values.filter((value): value is number => typeof value === 'number');

const roundTrip = (data: RegionalReportData) => checkReportInput(JSON.parse(JSON.stringify({ kind: 'regional', language: 'en', paper: 'a4', data })));

beforeAll(async () => {
  demo = await demoSet(RESOURCES);
  groups = readCountryGroups(RESOURCES);
  network = regionalReportDataOfConsolidated(demo.consolidated, groups);
  byId = new Map((await verifiedMembers(demo.packages)).map((member) => [member.verified.document.id, member.verified]));
}, 240_000);
afterAll(() => fixture.cleanup());

describe('the regional report of the 48-office demo set, from its consolidated file', () => {
  it('is the network’s newest cycle: every office once, in region order, with the symbol of the network', () => {
    const current = currentPackages(demo.packages, 2025);
    expect(current).toHaveLength(48);
    expect(network.masthead).toMatchObject({ symbol: 'FS/2025/REG.NET', scope: { kind: 'network' }, cycle: 2025, previousCycle: 2024, distribution: 'restricted' });
    expect(network.masthead.framework).toEqual({ id: 'fieldscore-default', version: '1.0.0' });
    expect(network.offices.map((office) => office.officeCode).sort()).toEqual(current.map((pkg) => pkg.office.code).sort());
    const regionOrder = network.offices.map((office) => REGIONS.indexOf(office.region));
    expect(regionOrder).toEqual([...regionOrder].sort((a, b) => a - b));
    // The date of the data: the latest submission counted, as a UTC day.
    const latest = current.map((pkg) => byId.get(pkg.assessmentId)!.document.submittedAt!).sort().at(-1)!;
    expect(network.masthead.date).toBe(latest.slice(0, 10));
    expect(network.masthead.source).toEqual({
      kind: 'consolidated',
      hubName: DEMO_HUB_NAME,
      signerFingerprint: demo.consolidated.signer.fingerprint,
      fileSha256: demo.consolidated.fileSha256,
      createdAt: DEMO_SET_CREATED_AT,
      include: null,
    });
    expect(network.reviews).toEqual({ received: 48, accepted: 0, returned: 0 });
  });

  it('prints each office’s own scores and the medians and quartiles of the scores there are', () => {
    const current = currentPackages(demo.packages, 2025).map((pkg) => byId.get(pkg.assessmentId)!);
    for (const office of network.offices) {
      const pkg = current.find((candidate) => candidate.document.office.code === office.officeCode)!;
      expect(office.overall).toEqual({ score: pkg.score.overall.score, band: pkg.score.overall.band, coverage: pkg.score.overall.coverage });
    }
    const overall = scored(current.map((pkg) => pkg.score.overall.score));
    expect(network.benchmarks.scope.overall).toMatchObject({ n: overall.length, median: median(overall), min: Math.min(...overall), max: Math.max(...overall) });
    expect(network.benchmarks.scope.overall!.q1).toBeCloseTo(quantile(overall, 0.25), 9);
    expect(network.benchmarks.scope.overall!.q3).toBeCloseTo(quantile(overall, 0.75), 9);
    for (const perspective of network.perspectives) {
      const values = scored(current.map((pkg) => pkg.score.perspectives.find((candidate) => candidate.perspectiveId === perspective.id)?.score));
      expect(network.benchmarks.scope.perspectives[perspective.id]?.median).toBe(median(values));
    }
    // The network's scope is the network.
    expect(network.benchmarks.scope).toEqual(network.benchmarks.network);
  });

  it('names as outliers exactly the offices beyond 1.5 × IQR of the quartiles, overall and per perspective', () => {
    const fences = (values: number[]) => {
      const q1 = quantile(values, 0.25);
      const q3 = quantile(values, 0.75);
      return [q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)] as const;
    };
    const check = (scoreOf: (office: RegionalReportData['offices'][number]) => number | null, outliers: string[]) => {
      const [low, high] = fences(scored(network.offices.map(scoreOf)));
      const expected = network.offices.filter((office) => {
        const value = scoreOf(office);
        return value !== null && (value < low || value > high);
      });
      expect(outliers).toEqual(expected.map((office) => office.officeId));
    };
    check((office) => office.overall.score, network.distributions.overall.outliers);
    for (const perspective of network.perspectives) check((office) => office.perspectives[perspective.id]?.score ?? null, network.distributions.perspectives[perspective.id]!.outliers);
    // The demo network has some: the check is not about empty lists.
    const all = [network.distributions.overall, ...Object.values(network.distributions.perspectives), ...network.indicators].flatMap((entry) => entry.outliers);
    expect(all.length).toBeGreaterThan(0);
  });

  it('counts the office types, the coverage and each office’s covered countries as the packages say', () => {
    const { suggested } = network.typology;
    expect(suggested.subregional_office + suggested.country_office + suggested.non_resident + suggested.undecided).toBe(48);
    expect(network.coverage.counts.resident + network.coverage.counts.non_resident + network.coverage.counts.not_covered).toBe(network.coverage.countries.length);
    // The demo network covers 156 countries (README), each from an office of its own region but Comoros.
    expect(network.coverage.counts.resident + network.coverage.counts.non_resident).toBe(156);
    for (const office of network.offices) {
      const pkg = currentPackages(demo.packages, 2025).find((candidate) => candidate.office.id === office.officeId)!;
      expect(office.countries).toEqual({ resident: pkg.countries.filter((c) => c.resident).length, nonResident: pkg.countries.filter((c) => !c.resident).length });
    }
    expect(network.indicators.filter((indicator) => indicator.scored).every((indicator) => indicator.values.length === 48)).toBe(true);
    expect(network.indicators.filter((indicator) => !indicator.scored).every((indicator) => indicator.values.length === 0 && indicator.stats === null)).toBe(true);
    expect(network.indicators.some((indicator) => !indicator.scored)).toBe(true);
  });

  it('is accepted by the report page’s check after the trip through JSON, and a changed value is refused', () => {
    expect(roundTrip(network)).toMatchObject({ ok: true });
    const tampered = JSON.parse(JSON.stringify(network)) as RegionalReportData;
    tampered.benchmarks.scope.overall!.q1 = tampered.benchmarks.scope.overall!.q3 + 1;
    expect(roundTrip(tampered)).toMatchObject({ ok: false });
    const extra = { ...JSON.parse(JSON.stringify(network)), script: '<script>' };
    expect(roundTrip(extra)).toMatchObject({ ok: false });
    const badSymbol = JSON.parse(JSON.stringify(network)) as RegionalReportData;
    badSymbol.masthead.symbol = 'FS/2025/"}{';
    expect(roundTrip(badSymbol)).toMatchObject({ ok: false });
  });
});

describe('the scope and cycle of a consolidated file', () => {
  it('a file of one region’s offices is that region’s report; a region or cycle asked for is honoured or refused', async () => {
    const africa = await demoSet(RESOURCES, { packages: demo.packages.filter((pkg) => pkg.office.region === 'africa'), include: 'accepted' });
    const data = regionalReportDataOfConsolidated(africa.consolidated, groups);
    expect(data.masthead).toMatchObject({ symbol: 'FS/2025/REG.AFR', scope: { kind: 'region', region: 'africa' } });
    expect(data.offices.every((office) => office.region === 'africa')).toBe(true);
    // A file of accepted revisions only: every office accepted.
    expect(data.reviews).toEqual({ received: 0, accepted: data.offices.length, returned: 0 });
    expect(data.masthead.source).toMatchObject({ include: 'accepted' });

    const earlier = regionalReportDataOfConsolidated(demo.consolidated, groups, { cycle: 2024, region: 'arab_states' });
    expect(earlier.masthead).toMatchObject({ symbol: 'FS/2024/REG.ARB', cycle: 2024, previousCycle: null });
    expect(earlier.offices.every((office) => office.change.overall.kind === 'new')).toBe(true);

    expect(() => regionalReportDataOfConsolidated(demo.consolidated, groups, { cycle: 2019 })).toThrow(AppError);
    try {
      regionalReportDataOfConsolidated(africa.consolidated, groups, { region: 'latin_america_caribbean' });
      expect.unreachable('a region without offices in the file');
    } catch (error) {
      expect((error as AppError).data).toMatchObject({ code: 'not_found', messageKey: REGIONAL_REPORT_ERROR_KEYS.empty });
    }
  });

  it('symbols are one per scope and cycle, with a dotted series component', () => {
    expect(REGIONS.map((region) => regionalReportSymbol(2025, { kind: 'region', region }))).toEqual([
      'FS/2025/REG.AFR',
      'FS/2025/REG.ARB',
      'FS/2025/REG.ASP',
      'FS/2025/REG.ECA',
      'FS/2025/REG.LAC',
    ]);
    expect(() => regionalReportSymbol(0, { kind: 'network' })).toThrow(RangeError);
  });
});

describe('the same report from the hub’s store and from the file the hub exports', () => {
  let hub: Client;
  let fork: { id: string; answers: Answers };
  let rival: VerifiedPackage;
  let cycle: number;

  beforeAll(async () => {
    hub = await fixture.start(undefined, RESOURCES);
    const africa = demo.packages.filter((pkg) => pkg.office.region === 'africa');
    for (const pkg of africa) {
      await hub.call('hub.import', { fileName: pkg.fileName, dataBase64: pkg.bytes.toString('base64'), decidedBy: BY });
    }
    // A reopened office's revision 2 diverges from another revision 2 of the same office (same key), merged by picks.
    const reopened = africa.find((pkg) => pkg.revision === 2 && currentPackages(africa, pkg.cycle).includes(pkg))!;
    cycle = reopened.cycle;
    rival = byId.get(reopened.assessmentId)!;
    const answers: Answers = { ...rival.document.answers, 'P3.4': { state: 'answered', value: 0 }, 'P5.2': { state: 'answered', value: 0 } };
    fork = { id: '0d5e2f1a-3b4c-4d6e-8f70-8192a3b4c5d7', answers };
    const bytes = await writePackage(
      { document: { ...rival.document, id: fork.id, answers }, history: [], evidence: [], framework: rival.framework, generatorVersion: 't', createdAt: rival.document.submittedAt! },
      signingKeyFromSeed(seedBytes('1', reopened.office.code)),
    );
    expect((await hub.call('hub.import', { fileName: 'fork.fieldscore', dataBase64: bytes.toString('base64'), decidedBy: BY })).status).toBe('diverged');
    await hub.call('hub.conflicts.resolve', {
      officeId: reopened.office.id,
      cycle: reopened.cycle,
      resolution: { picks: { 'P3.4': fork.id, 'P5.2': rival.document.id } },
      decidedBy: BY,
    });
  }, 240_000);

  it('reports.input gives the regional report of the hub’s region; its exported file gives the same document', async () => {
    const input = await hub.call('reports.input', { report: { kind: 'regional', region: 'africa', cycle }, language: 'fr', paper: 'letter' });
    if (input.kind !== 'regional') throw new Error('a regional report was asked for');
    expect(input).toMatchObject({ language: 'fr', paper: 'letter' });
    const fromHub = input.data;
    expect(fromHub.masthead).toMatchObject({ symbol: `FS/${cycle}/REG.AFR`, source: { kind: 'hub' } });
    expect(roundTrip(fromHub)).toMatchObject({ ok: true });

    // The merged office is one row, scored by the engine on the picked answers.
    const merged = fromHub.offices.find((office) => office.officeId === rival.document.officeId)!;
    expect(merged.merged).toBe(true);
    const expected = scoreAssessment(rival.framework, { ...rival.document.answers, 'P3.4': fork.answers['P3.4']! });
    expect(merged.overall.score).toBe(expected.overall.score);

    const exported = await hub.call('hub.exportConsolidated', { hubName: 'Nairobi hub', include: 'all' });
    const read = await readConsolidated(Buffer.from(exported.dataBase64, 'base64'));
    if (!read.ok) throw new Error(read.reason.code);
    const fromFile = regionalReportDataOfConsolidated(read.consolidated, groups, { cycle });
    expect(fromFile.masthead.source).toMatchObject({ kind: 'consolidated', hubName: 'Nairobi hub', include: 'all', fileSha256: exported.sha256 });
    const { source: _hubSource, ...hubMasthead } = fromHub.masthead;
    const { source: _fileSource, ...fileMasthead } = fromFile.masthead;
    expect(fileMasthead).toEqual(hubMasthead);
    expect({ ...fromFile, masthead: null }).toEqual({ ...fromHub, masthead: null });
  });

  it('the network of a hub that holds one region, and what it refuses', async () => {
    const input = await hub.call('reports.input', { report: { kind: 'regional' }, language: 'en', paper: 'a4' });
    if (input.kind !== 'regional') throw new Error('a regional report was asked for');
    expect(input.data.masthead.symbol).toBe('FS/2025/REG.NET');
    expect(input.data.offices.every((office) => office.region === 'africa')).toBe(true);
    expect(await hub.fail('reports.input', { report: { kind: 'regional', region: 'asia_pacific' }, language: 'en', paper: 'a4' })).toMatchObject({
      code: 'not_found',
      messageKey: REGIONAL_REPORT_ERROR_KEYS.empty,
    });
    expect((await hub.fail('reports.input', { report: { kind: 'regional', cycle: 2030 }, language: 'en', paper: 'a4' })).problems?.[0]?.path).toBe('cycle');
    expect((await hub.fail('reports.input', { report: { kind: 'regional', region: 'antarctica' }, language: 'en', paper: 'a4' } as never)).code).toBe('invalid_request');
    const empty = await fixture.start(undefined, RESOURCES);
    expect(await empty.fail('reports.input', { report: { kind: 'regional' }, language: 'en', paper: 'a4' })).toMatchObject({ messageKey: REGIONAL_REPORT_ERROR_KEYS.empty });
    await empty.close();
  });
});
