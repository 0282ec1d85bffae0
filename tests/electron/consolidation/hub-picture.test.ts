import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubPicture } from '../../../electron/consolidation/hub-picture';
import { HubStore } from '../../../electron/consolidation/hub-store';
import { memberRows, type SetMember } from '../../../electron/consolidation/set-member';
import { hostFlagsFor } from '../../../electron/geo/country-groups';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { seedBytes } from '../../../electron/packages/demo/demo-random';
import { readPackage, type VerifiedPackage } from '../../../electron/packages/package-reader';
import { writePackage } from '../../../electron/packages/package-writer';
import { signingKeyFromSeed } from '../../../electron/packages/signing-key';
import { openStore } from '../../../electron/store/open-store';
import type { Answers } from '../../../shared/assessment/answer';
import { REGION_COUNTRIES } from '../../../shared/geo/country-regions';
import { REGIONS } from '../../../shared/office/office-profile';
import type { ChangeKind, SetPicture } from '../../../shared/picture/picture-types';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { recordingLog } from '../../fixtures/store/store-fixtures';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';

/**
 * The picture on the real demo network imported into a real hub store (SQLite file), through
 * the same dispatch every transport uses; every expected number is recomputed here from the
 * packages themselves, not from the picture's own code.
 */

const fixture = workflowFixture();
const RESOURCES = path.join(ROOT, 'resources');
const BY = 'H. Hub';
let demo: DemoPackage[];
let read: Map<string, VerifiedPackage>; // by assessment id
let hub: Client;
let picture: SetPicture;

const file = (pkg: { fileName: string; bytes: Uint8Array }) => ({ fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64'), decidedBy: BY });

/** The current revision of each office and cycle: the highest revision the demo made. */
function currentOf(cycle: number): DemoPackage[] {
  const best = new Map<string, DemoPackage>();
  for (const pkg of demo.filter((item) => item.cycle === cycle)) {
    const known = best.get(pkg.office.id);
    if (!known || pkg.revision > known.revision) best.set(pkg.office.id, pkg);
  }
  return [...best.values()];
}

/** An independent median: sort, take the middle one or the mean of the middle two. */
function median(values: (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const half = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(half)]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

function expectedKind(now: number | null, before: number | null | undefined): ChangeKind {
  if (before === undefined) return 'new';
  if (now === null || before === null) return 'not_comparable';
  return now > before ? 'up' : now < before ? 'down' : 'unchanged';
}

beforeAll(async () => {
  demo = await generateDemoNetwork({ resourcesDir: RESOURCES });
  read = new Map();
  for (const pkg of demo) {
    const result = await readPackage(Buffer.from(pkg.bytes));
    if (!result.ok) throw new Error(result.reason.code);
    read.set(pkg.assessmentId, result.package);
  }
  hub = await fixture.start(undefined, RESOURCES); // the shipped resources: frameworks and country groups
  for (const pkg of demo) await hub.call('hub.import', file(pkg));
  picture = await hub.call('hub.picture', {});
}, 240_000);
afterAll(() => fixture.cleanup());

describe('the picture of the demo network in a real hub store', () => {
  it('shows the newest cycle held, every office once, in region order', () => {
    expect(picture.cycles).toEqual([2024, 2025]);
    expect(picture.cycle).toBe(2025);
    expect(picture.previousCycle).toBe(2024);
    expect(picture.scope).toEqual({ kind: 'network' });
    expect(picture.rows).toHaveLength(48);
    expect(new Set(picture.rows.map((row) => row.officeId)).size).toBe(48);
    const current = currentOf(2025);
    expect(picture.rows.map((row) => row.assessmentId).sort()).toEqual(current.map((pkg) => pkg.assessmentId).sort());
    const regionOrder = picture.rows.map((row) => REGIONS.indexOf(row.region));
    expect(regionOrder).toEqual([...regionOrder].sort((a, b) => a - b));
    expect(picture.perspectives.map((perspective) => perspective.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(picture.perspectives[2]!.name).toMatchObject({ en: 'Efficiency and working arrangements' });
    expect(picture.framework).toMatchObject({ id: 'fieldscore-default', version: '1.0.0' });
    expect(picture.rows.every((row) => row.review === 'received' && row.mergedFrom === undefined)).toBe(true);
  });

  it('each cell is the package’s own score, and the provenance is the package’s', () => {
    for (const row of picture.rows) {
      const pkg = read.get(row.assessmentId)!;
      const { overall, perspectives } = pkg.score;
      expect(row.overall).toEqual({ score: overall.score, band: overall.band, coverage: overall.coverage });
      for (const perspective of perspectives) {
        expect(row.perspectives[perspective.perspectiveId]).toEqual({ score: perspective.score, band: perspective.band, coverage: perspective.coverage });
      }
      expect(row).toMatchObject({
        officeCode: pkg.document.office.code,
        officeName: pkg.document.office.name,
        hostCountry: pkg.document.office.hostCountry,
        currentTier: pkg.document.office.currentTier,
        revision: pkg.document.revision,
        submittedAt: pkg.document.submittedAt,
        fingerprint: pkg.signer.fingerprint,
        packageSha256: pkg.packageSha256,
      });
      const demoPackage = demo.find((item) => item.assessmentId === row.assessmentId)!;
      expect(row.coveredCountries).toEqual(demoPackage.countries);
    }
  });

  it('medians and quartiles equal a recomputation from the packages, and each office is measured against them', () => {
    const scores = currentOf(2025).map((pkg) => read.get(pkg.assessmentId)!.score);
    expect(picture.benchmarks.network.offices).toBe(48);
    expect(picture.benchmarks.network.overall?.median).toBe(median(scores.map((score) => score.overall.score)));
    expect(picture.benchmarks.network.overall?.n).toBe(scores.filter((score) => score.overall.score !== null).length);
    for (const id of ['P1', 'P2', 'P3', 'P4', 'P5']) {
      expect(picture.benchmarks.network.perspectives[id]?.median).toBe(median(scores.map((score) => score.perspectives.find((p) => p.perspectiveId === id)!.score)));
    }
    for (const region of REGIONS) {
      const inRegion = currentOf(2025).filter((pkg) => pkg.office.region === region);
      expect(picture.benchmarks.regions[region].offices).toBe(inRegion.length);
      const regionMedian = median(inRegion.map((pkg) => read.get(pkg.assessmentId)!.score.overall.score));
      expect(picture.benchmarks.regions[region].overall?.median ?? null).toBe(regionMedian);
      for (const row of picture.rows.filter((item) => item.region === region)) {
        const own = row.overall.score;
        expect(row.againstMedian.overall.region).toBe(own === null || regionMedian === null ? null : own - regionMedian);
      }
    }
    // One quartile by hand, the way a spreadsheet's QUARTILE.INC computes it.
    const sorted = scores.map((score) => score.overall.score).filter((value): value is number => value !== null).sort((a, b) => a - b);
    const h = (sorted.length - 1) * 0.25;
    const q1 = sorted[Math.floor(h)]! + (h - Math.floor(h)) * (sorted[Math.floor(h) + 1]! - sorted[Math.floor(h)]!);
    expect(picture.benchmarks.network.overall?.q1).toBeCloseTo(q1, 9);
  });

  it('says how each office changed since 2024, as the two cycles’ packages say', () => {
    const before = new Map(currentOf(2024).map((pkg) => [pkg.office.id, read.get(pkg.assessmentId)!.score] as const));
    const kinds = new Map<ChangeKind, number>();
    for (const row of picture.rows) {
      const then = before.get(row.officeId);
      expect(row.change.overall.kind).toBe(expectedKind(row.overall.score, then?.overall.score));
      expect(row.change.overall.previous).toBe(then?.overall.score ?? null);
      if (row.overall.score !== null && then?.overall.score != null) expect(row.change.overall.delta).toBeCloseTo(row.overall.score - then.overall.score, 9);
      for (const id of ['P1', 'P2', 'P3', 'P4', 'P5']) {
        const previous = then?.perspectives.find((p) => p.perspectiveId === id)?.score;
        expect(row.change.perspectives[id]!.kind).toBe(expectedKind(row.perspectives[id]!.score, previous));
      }
      kinds.set(row.change.overall.kind, (kinds.get(row.change.overall.kind) ?? 0) + 1);
    }
    // The demo's two cycles differ: some offices went up and some down; all 48 are in both.
    expect(kinds.get('up')).toBeGreaterThan(0);
    expect(kinds.get('down')).toBeGreaterThan(0);
    expect(kinds.get('new')).toBeUndefined();
    const trend = picture.trend.network;
    expect(trend.changes).toEqual({ up: kinds.get('up') ?? 0, down: kinds.get('down') ?? 0, unchanged: kinds.get('unchanged') ?? 0, new: 0, not_comparable: kinds.get('not_comparable') ?? 0 });
    expect(trend.overall.then).toBe(median([...before.values()].map((score) => score.overall.score)));
    expect(trend.overall.now).toBe(picture.benchmarks.network.overall?.median ?? null);
    expect(trend.absent).toBe(0);
    expect(Object.keys(picture.trend.regions).sort()).toEqual([...REGIONS].sort());
  });

  it('covers the 156 demo countries once each, and lists the countries of the regions no office covers', () => {
    const demoCountries = new Map(currentOf(2025).flatMap((pkg) => pkg.countries.map((country) => [country.code, { ...country, office: pkg.office.id }] as const)));
    expect(demoCountries.size).toBe(156);
    const covered = picture.coverage.countries.filter((country) => country.status !== 'not_covered');
    expect(covered.map((country) => country.code).sort()).toEqual([...demoCountries.keys()].sort());
    for (const country of covered) {
      const expected = demoCountries.get(country.code)!;
      expect(country.offices).toHaveLength(1);
      expect(country.offices[0]).toMatchObject({ officeId: expected.office, resident: expected.resident });
      expect(country.status).toBe(expected.resident ? 'resident' : 'non_resident');
    }
    expect(picture.coverage.counts.resident + picture.coverage.counts.non_resident).toBe(156);
    expect(picture.coverage.counts.resident).toBe([...demoCountries.values()].filter((country) => country.resident).length);
    for (const region of REGIONS) {
      const uncovered = REGION_COUNTRIES[region].filter((code) => !demoCountries.has(code));
      // The demo's Arab States offices cover all 22 of their region; every other region has gaps.
      if (region === 'arab_states') expect(uncovered).toEqual([]);
      else expect(uncovered.length).toBeGreaterThan(0);
      for (const code of uncovered) expect(picture.coverage.countries.find((country) => country.code === code)).toMatchObject({ status: 'not_covered', offices: [], region });
    }
    expect(picture.coverage.countries.length).toBe(new Set([...REGIONS.flatMap((region) => REGION_COUNTRIES[region]), ...demoCountries.keys()]).size);
  });

  it('recommends the same office types as the consolidated spreadsheet for the same set', () => {
    const members: SetMember[] = [...currentOf(2024), ...currentOf(2025)].map((pkg) => {
      const { document, framework, score, signer, packageSha256 } = read.get(pkg.assessmentId)!;
      return { document, framework, score, signerFingerprint: signer.fingerprint, packageSha256, hostFlags: hostFlagsFor(RESOURCES, document.office.hostCountry, document.office.fragileContext === true) };
    });
    const rows = new Map(memberRows(members).filter((row) => row.member.document.cycle === 2025).map((row) => [row.member.document.id, row] as const));
    let compared = 0;
    for (const row of picture.rows) {
      const spreadsheet = rows.get(row.assessmentId)!;
      expect(row.recommendation).toEqual(spreadsheet.recommendation);
      expect(row.comparedOffices).toBe(spreadsheet.comparedOffices);
      compared += row.comparedOffices;
    }
    expect(compared).toBeGreaterThan(0); // the set did compare portfolios, not only the absolute threshold
    const summary = picture.typology;
    expect(Object.values(summary.suggested).reduce((sum, count) => sum + count, 0)).toBe(48);
    expect(summary.flagged.map((entry) => entry.officeId).sort()).toEqual(picture.rows.filter((row) => row.recommendation.needsReview).map((row) => row.officeId).sort());
    expect(summary.differs.every((entry) => entry.fromCurrent || entry.fromProposed)).toBe(true);
  });

  it('spreads every indicator across the offices, with its outliers', () => {
    expect(picture.indicators).toHaveLength(34);
    const p34 = picture.indicators.find((indicator) => indicator.indicatorId === 'P3.4')!;
    expect(p34).toMatchObject({ perspectiveId: 'P3', scored: true });
    expect(p34.values).toHaveLength(48);
    for (const value of p34.values) {
      const row = picture.rows.find((item) => item.officeId === value.officeId)!;
      const scored = read.get(row.assessmentId)!.score.indicators.find((indicator) => indicator.indicatorId === 'P3.4')!;
      expect(value).toMatchObject({ score: scored.score, band: scored.band, status: scored.status, officeCode: row.officeCode });
    }
    expect(p34.stats?.median).toBe(median(p34.values.map((value) => value.score)));
    for (const indicator of picture.indicators) {
      if (!indicator.stats) continue;
      const fence = 1.5 * (indicator.stats.q3 - indicator.stats.q1);
      const outside = indicator.values.filter((value) => value.score !== null && (value.score < indicator.stats!.q1 - fence || value.score > indicator.stats!.q3 + fence));
      expect(indicator.outliers).toEqual(outside.map((value) => value.officeId));
    }
    expect(picture.indicators.find((indicator) => indicator.indicatorId === 'P4.6')).toMatchObject({ scored: false, stats: null, outliers: [] });
  });

  it('a region: its offices only, the network benchmark still whole, its trend, its countries', async () => {
    const africa = await hub.call('hub.picture', { scope: { kind: 'region', region: 'africa' } });
    const offices = currentOf(2025).filter((pkg) => pkg.office.region === 'africa');
    expect(africa.rows.map((row) => row.officeId).sort()).toEqual(offices.map((pkg) => pkg.office.id).sort());
    expect(africa.benchmarks).toEqual(picture.benchmarks);
    expect(Object.keys(africa.trend.regions)).toEqual(['africa']);
    expect(africa.indicators[0]!.values).toHaveLength(offices.length);
    const codes = new Set(africa.coverage.countries.map((country) => country.code));
    for (const code of REGION_COUNTRIES.africa) expect(codes.has(code)).toBe(true);
    for (const pkg of offices) for (const country of pkg.countries) expect(codes.has(country.code)).toBe(true);
    expect(africa.rows.map((row) => row.recommendation)).toEqual(picture.rows.filter((row) => row.region === 'africa').map((row) => row.recommendation));
  });

  it('an earlier cycle: 2024 has no previous cycle, so every office is new', async () => {
    const earlier = await hub.call('hub.picture', { cycle: 2024 });
    expect(earlier).toMatchObject({ cycle: 2024, previousCycle: null });
    expect(earlier.rows).toHaveLength(48);
    expect(earlier.rows.every((row) => row.change.overall.kind === 'new' && row.change.overall.previous === null)).toBe(true);
    expect(earlier.trend.network).toMatchObject({ overall: { then: null }, changes: { new: 48 }, absent: 0 });
  });

  it('refuses a region it does not know, a cycle out of range or not held, and unknown fields, with the contract’s envelope', async () => {
    const region = await hub.fail('hub.picture', { scope: { kind: 'region', region: 'antarctica' as 'africa' } });
    expect(region).toMatchObject({ code: 'invalid_request', messageKey: 'errors.invalid_request' });
    expect(region.problems?.some((problem) => problem.path === 'scope.region')).toBe(true);
    const early = await hub.fail('hub.picture', { cycle: 2017 });
    expect(early).toMatchObject({ code: 'invalid_request' });
    expect(early.problems?.[0]?.path).toBe('cycle');
    const unheld = await hub.fail('hub.picture', { cycle: 2030 });
    expect(unheld).toMatchObject({ code: 'invalid_request', messageKey: 'errors.invalid_request', problems: [{ path: 'cycle', message: 'the hub holds no assessment of cycle 2030; it holds 2024, 2025' }] });
    const fractional = await hub.fail('hub.picture', { cycle: 2024.5 });
    expect(fractional.problems?.[0]?.path).toBe('cycle');
    expect((await hub.fail('hub.picture', { scope: { kind: 'world' } } as never)).code).toBe('invalid_request');
    expect((await hub.fail('hub.picture', { cycle: 2025, extra: 1 } as never)).code).toBe('invalid_request');
  });
});

describe('offices new in the cycle, and revisions merged indicator by indicator', () => {
  let second: Client;
  let fork: { id: string; answers: Answers };
  let rival: VerifiedPackage;
  const joined = new Set<string>();

  beforeAll(async () => {
    second = await fixture.start(undefined, RESOURCES);
    // Africa's 2025 revisions, but only every other office's 2024 one: the others are new in 2025.
    const africa = demo.filter((pkg) => pkg.office.region === 'africa');
    const officeIds = [...new Set(africa.map((pkg) => pkg.office.id))];
    officeIds.forEach((id, index) => index % 2 === 1 && joined.add(id));
    for (const pkg of africa) if (pkg.cycle === 2025 || !joined.has(pkg.office.id)) await second.call('hub.import', file(pkg));

    // A reopened office whose revision 2 diverges from a second revision 2 made on another laptop (same key).
    const reopened = demo.find((pkg) => pkg.revision === 2 && pkg.office.region === 'africa' && !joined.has(pkg.office.id))!;
    rival = read.get(reopened.assessmentId)!;
    const answers: Answers = { ...rival.document.answers, 'P3.4': { state: 'answered', value: 0 }, 'P5.2': { state: 'answered', value: 0 } };
    fork = { id: '0d5e2f1a-3b4c-4d6e-8f70-8192a3b4c5d6', answers };
    const key = signingKeyFromSeed(seedBytes('1', reopened.office.code));
    const bytes = await writePackage(
      { document: { ...rival.document, id: fork.id, answers }, history: [], evidence: [], framework: rival.framework, generatorVersion: 't', createdAt: rival.document.submittedAt! },
      key,
    );
    expect((await second.call('hub.import', { fileName: 'fork.fieldscore', dataBase64: bytes.toString('base64'), decidedBy: BY })).status).toBe('diverged');
    await second.call('hub.conflicts.resolve', {
      officeId: reopened.office.id,
      cycle: reopened.cycle,
      resolution: { picks: { 'P3.4': fork.id, 'P5.2': rival.document.id } },
      decidedBy: BY,
    });
  }, 120_000);

  it('an office with no 2024 assessment is new; the trend counts it and the others', async () => {
    const africa = await second.call('hub.picture', { scope: { kind: 'region', region: 'africa' }, cycle: 2025 });
    expect(africa.previousCycle).toBe(2024);
    for (const row of africa.rows) {
      if (joined.has(row.officeId)) expect(row.change.overall).toEqual({ kind: 'new', previous: null, delta: null });
      else expect(row.change.overall.kind).not.toBe('new');
      for (const change of Object.values(row.change.perspectives)) if (joined.has(row.officeId)) expect(change.kind).toBe('new');
    }
    expect(africa.trend.regions.africa!.changes.new).toBe(joined.size);
    expect(africa.trend.network.changes.new).toBe(joined.size);
  });

  it('a merged office and cycle is one row: the picked answers, scored by the engine, naming both revisions', async () => {
    const { rows } = await second.call('hub.picture', { cycle: rival.document.cycle, scope: { kind: 'region', region: 'africa' } });
    const mine = rows.filter((row) => row.officeId === rival.document.officeId);
    expect(mine).toHaveLength(1);
    const row = mine[0]!;
    expect(row.mergedFrom).toEqual([fork.id, rival.document.id].sort());
    // Expected by hand: the rival's answers with P3.4 from the fork, P5.2 kept from the rival.
    const answers: Answers = { ...rival.document.answers, 'P3.4': fork.answers['P3.4']! };
    const expected = scoreAssessment(rival.framework, answers);
    expect(row.overall).toEqual({ score: expected.overall.score, band: expected.overall.band, coverage: expected.overall.coverage });
    expect(row.perspectives.P3?.score).toBe(expected.perspectives.find((p) => p.perspectiveId === 'P3')!.score);
    expect(row.perspectives.P5?.score).toBe(rival.score.perspectives.find((p) => p.perspectiveId === 'P5')!.score);
  });

  it('shows the hub’s review status of each revision: one accepted through the review loop, the rest received', async () => {
    const before = await second.call('hub.picture', { scope: { kind: 'region', region: 'africa' } });
    const chosen = before.rows[3]!;
    await second.call('hub.review.set', { assessmentId: chosen.assessmentId, status: 'accepted', comments: [], decidedBy: BY });
    const after = await second.call('hub.picture', { scope: { kind: 'region', region: 'africa' } });
    expect(after.rows.map((row) => [row.assessmentId, row.review])).toEqual(before.rows.map((row) => [row.assessmentId, row.assessmentId === chosen.assessmentId ? 'accepted' : 'received']));
  });

  it('takes the review status of each revision from the lookup it is given', async () => {
    const dataDir = second.dataDir;
    await second.close();
    const opening = await openStore(dataDir, { log: recordingLog() });
    if (opening.state !== 'ready') throw new Error(opening.state);
    try {
      const store = new HubStore(opening.store);
      const [first, other] = store.packages(['current']).filter((row) => row.cycle === 2025);
      const statuses = new Map([[first!.package_sha256, 'accepted' as const], [other!.package_sha256, 'returned' as const]]);
      const seen = await hubPicture(store, RESOURCES, { cycle: 2025 }, (sha) => statuses.get(sha) ?? 'received');
      expect(seen.rows.find((row) => row.packageSha256 === first!.package_sha256)?.review).toBe('accepted');
      expect(seen.rows.find((row) => row.packageSha256 === other!.package_sha256)?.review).toBe('returned');
      expect(seen.rows.filter((row) => row.review === 'received')).toHaveLength(seen.rows.length - 2);
    } finally {
      opening.store.db.close();
    }
  });
});
