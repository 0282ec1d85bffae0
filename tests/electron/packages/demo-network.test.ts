import canonicalize from 'canonicalize';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OFFICES, coveredCountries, demoNetwork } from '../../../electron/packages/demo/demo-network';
import { generateDemoNetwork, summariseDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { decryptWithPassphrase } from '../../../electron/packages/package-encryption';
import { readPackage, type VerifiedPackage } from '../../../electron/packages/package-reader';
import type { Answers } from '../../../shared/assessment/answer';
import { submissionBlockers } from '../../../shared/assessment/submission-blockers';
import { isCountryCode } from '../../../shared/geo/country-codes';
import { REGIONS } from '../../../shared/office/office-profile';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');
/** Codes in the app's country list that are not UN M49 countries or areas. */
const NOT_M49 = ['TWN', 'XKK', 'XKX'];

let network: DemoPackage[];
let verified: Map<string, VerifiedPackage>;

beforeAll(async () => {
  network = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR });
  verified = new Map();
  for (const item of network) {
    const result = await readPackage(item.bytes);
    if (!result.ok) throw new Error(`${item.fileName}: ${JSON.stringify(result.reason)}`);
    verified.set(item.assessmentId, result.package);
  }
}, 60_000);

const documentOf = (item: DemoPackage) => verified.get(item.assessmentId)!.document;
const valueOf = (answers: Answers, id: string): unknown => (answers[id]?.state === 'answered' ? (answers[id] as { value: unknown }).value : undefined);

describe('the network data', () => {
  it('has 48 offices in the five regions, covering 156 distinct real countries, each by exactly one office', () => {
    expect(DEMO_OFFICES).toHaveLength(48);
    expect(new Set(DEMO_OFFICES.map((office) => office.region))).toEqual(new Set(REGIONS));
    const covered = DEMO_OFFICES.flatMap((office) => coveredCountries(office).map((country) => country.code));
    expect(covered).toHaveLength(156);
    expect(new Set(covered).size).toBe(156);
    for (const code of covered) {
      expect(isCountryCode(code), code).toBe(true);
      expect(NOT_M49).not.toContain(code);
    }
    expect(new Set(DEMO_OFFICES.map((office) => office.code)).size).toBe(48);
    for (const office of DEMO_OFFICES) expect(office.code).toMatch(new RegExp(`^${office.hostCountry}-(RH|RO|CO|PO|DK)$`));
  });

  it('takes a smaller network region by region, with the same office ids', () => {
    const five = demoNetwork('1', 5);
    expect(five.map((office) => office.region)).toEqual([...REGIONS]);
    expect(five.every((office) => office.tier === 'regional_hub')).toBe(true);
    const all = new Map(demoNetwork('1').map((office) => [office.code, office.id]));
    for (const office of five) expect(office.id).toBe(all.get(office.code));
    expect(demoNetwork('2', 5)[0]!.id).not.toBe(five[0]!.id);
    expect(() => demoNetwork('1', 49)).toThrow(RangeError);
  });
});

describe('the default demo network', () => {
  it('is 48 offices × 2 cycles plus the reopened revisions, in 5 regions, covering 156 countries', () => {
    const summary = summariseDemoNetwork(network);
    expect(summary).toMatchObject({ offices: 48, countries: 156, regions: 5 });
    const reopened = network.filter((item) => item.revision > 1).length;
    expect(reopened).toBeGreaterThan(0);
    expect(summary.packages).toBe(48 * 2 + reopened);
    expect(new Set(network.map((item) => item.fileName)).size).toBe(network.length);
    for (const item of network) expect(item.fileName).toBe(`${item.office.code}_${item.cycle}_r${item.revision}.fieldscore`);
  });

  it('every package verifies, its score is the document scored, and it could be submitted', () => {
    for (const item of network) {
      const read = verified.get(item.assessmentId)!;
      expect(read.score).toEqual(scoreAssessment(read.framework, read.document.answers));
      expect(submissionBlockers(read.score)).toEqual([]);
      expect(read.score.unknownAnswerIds).toEqual([]);
      expect(read.manifest.office).toEqual({ id: item.office.id, code: item.office.code, name: item.office.name, region: item.office.region });
      expect(read.manifest.assessment).toMatchObject({ id: item.assessmentId, lineageId: item.lineageId, revision: item.revision, cycle: item.cycle });
      expect(read.signer.fingerprint).toBe(item.fingerprint);
      expect(read.document.assessor).toBeTruthy();
    }
  });

  it('answers fit the office: tier, countries covered, ratios of those countries, portfolio by tier', () => {
    const portfolios: Record<string, number[]> = {};
    for (const item of network) {
      const { answers, office } = documentOf(item);
      expect(valueOf(answers, 'P1.1')).toBe(office.currentTier);
      const countries = valueOf(answers, 'P2.1') as { code: string; resident: boolean }[];
      expect(countries).toEqual(item.countries);
      expect(countries.filter((country) => country.resident).map((country) => country.code)).toEqual([office.hostCountry]);
      const n = countries.length;
      if (office.currentTier === 'regional_hub') expect(n).toBeGreaterThanOrEqual(4);
      if (n === 1) expect(answers['P2.5']?.state).toBe('not_applicable');
      else expect(typeof valueOf(answers, 'P2.5')).toBe('number');
      for (const id of ['P2.2', 'P2.3', 'P2.6']) {
        const share = valueOf(answers, id) as number;
        // k of the n covered countries, rounded to one decimal.
        const k = Math.round((share / 100) * n);
        expect(Math.abs((k / n) * 100 - share)).toBeLessThan(0.051);
      }
      const portfolio = valueOf(answers, 'P4.6') as number;
      expect(valueOf(answers, 'P4.7') as number).toBeLessThanOrEqual(portfolio);
      (portfolios[office.currentTier] ??= []).push(portfolio);
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(portfolios.regional_hub!)).toBeGreaterThan(mean(portfolios.country_office!));
    expect(mean(portfolios.country_office!)).toBeGreaterThan(mean(portfolios.desk!));
    // Red indicators exist and are justified in the office's words.
    const justified = network.flatMap((item) => Object.values(documentOf(item).answers).filter((answer) => answer.justification !== undefined));
    expect(justified.length).toBeGreaterThan(20);
  });

  it('one key per office, the same for all its packages', () => {
    const byOffice = new Map<string, Set<string>>();
    for (const item of network) (byOffice.get(item.office.code) ?? byOffice.set(item.office.code, new Set()).get(item.office.code)!).add(item.fingerprint);
    expect([...byOffice.values()].every((keys) => keys.size === 1)).toBe(true);
    expect(new Set(network.map((item) => item.fingerprint)).size).toBe(48);
  });

  it('reopened revisions follow their revision 1 in the same lineage, both packaged', () => {
    const byId = new Map(network.map((item) => [item.assessmentId, item]));
    for (const item of network.filter((candidate) => candidate.revision > 1)) {
      const parent = byId.get(item.parentRevisionId!);
      expect(parent, item.fileName).toBeDefined();
      expect(parent!.revision).toBe(item.revision - 1);
      expect(parent!.lineageId).toBe(item.lineageId);
      expect(item.lineageId).toBe(parent!.assessmentId);
      expect([parent!.cycle, parent!.office.id]).toEqual([item.cycle, item.office.id]);
      expect(item.previousCycleId).toBe(parent!.previousCycleId);
      const history = verified.get(item.assessmentId)!.history;
      expect(history[0]).toMatchObject({ kind: 'status', action: 'reopen', before: 'submitted', after: 'draft' });
      expect(history[0]!.at > verified.get(parent!.assessmentId)!.document.submittedAt!).toBe(true);
      // Evidence is carried under new attachment ids with the same bytes.
      const parentEvidence = verified.get(parent!.assessmentId)!.evidence;
      const evidence = verified.get(item.assessmentId)!.evidence;
      for (const file of parentEvidence) {
        const copy = evidence.find((candidate) => candidate.info.sha256 === file.info.sha256);
        expect(copy).toBeDefined();
        expect(copy!.info.id).not.toBe(file.info.id);
      }
    }
  });

  it('the next cycle starts from the previous one: previousCycleId, same office, a new lineage', () => {
    const byId = new Map(network.map((item) => [item.assessmentId, item]));
    const second = network.filter((item) => item.cycle === 2025 && item.revision === 1);
    expect(second).toHaveLength(48);
    for (const item of second) {
      const previous = byId.get(item.previousCycleId!);
      expect(previous, item.fileName).toBeDefined();
      expect(previous!.cycle).toBe(2024);
      expect(previous!.office.id).toBe(item.office.id);
      expect(item.lineageId).toBe(item.assessmentId);
      expect(item.lineageId).not.toBe(previous!.lineageId);
      // The latest revision of the previous cycle: nothing names it as its parent.
      expect(network.some((other) => other.parentRevisionId === previous!.assessmentId)).toBe(false);
    }
    expect(network.filter((item) => item.cycle === 2024).every((item) => item.previousCycleId === undefined)).toBe(true);
  });

  it('histories run create (or reopen) → edits and attachments → submit, ids and times increasing, by the assessor, within the cycle year', () => {
    for (const item of network) {
      const { document, history, evidence, manifest } = verified.get(item.assessmentId)!;
      expect(history[0]!.action).toBe(item.revision === 1 ? 'create' : 'reopen');
      expect(history.at(-1)).toMatchObject({ kind: 'status', action: 'submit', before: 'draft', after: 'submitted', at: document.submittedAt });
      expect(document.createdAt).toBe(history[0]!.at);
      expect(document.updatedAt).toBe(document.submittedAt);
      for (let i = 1; i < history.length; i += 1) {
        expect(history[i]!.id).toBeGreaterThan(history[i - 1]!.id);
        expect(history[i]!.at > history[i - 1]!.at).toBe(true);
      }
      expect(history.every((entry) => entry.actor === document.assessor)).toBe(true);
      for (const time of [...history.map((entry) => entry.at), manifest.createdAt]) expect(time.startsWith(`${item.cycle}-`)).toBe(true);
      expect(manifest.createdAt > document.submittedAt!).toBe(true);
      // Every attachment made in this revision has its 'add' entry at the time it was added.
      const adds = history.filter((entry) => entry.kind === 'evidence');
      for (const entry of adds) {
        const file = evidence.find((candidate) => candidate.info.id === (entry.after as { id: string }).id)!;
        expect(file.info.addedAt).toBe(entry.at);
        expect(entry.after).toEqual({ id: file.info.id, fileName: file.info.fileName, mediaType: file.info.mediaType, sizeBytes: file.info.sizeBytes, sha256: file.info.sha256 });
      }
    }
  });

  it('replaying a history reproduces the submitted answers', () => {
    const byId = new Map(network.map((item) => [item.assessmentId, item]));
    for (const item of network) {
      const { history, document } = verified.get(item.assessmentId)!;
      let state: Answers = {};
      if (item.revision > 1) state = { ...documentOf(byId.get(item.parentRevisionId!)!).answers };
      else if (item.previousCycleId !== undefined) {
        // Carried over: values, N/A, don't-know and notes, not justifications.
        state = Object.fromEntries(
          Object.entries(documentOf(byId.get(item.previousCycleId)!).answers).map(([id, { justification: _j, ...rest }]) => [id, rest]),
        ) as Answers;
      }
      for (const entry of history.filter((candidate) => candidate.kind === 'answer')) {
        expect(canonicalize(entry.before)).toBe(canonicalize(state[entry.indicatorId!] ?? null));
        if (entry.after === null) delete state[entry.indicatorId!];
        else state[entry.indicatorId!] = entry.after as Answers[string];
      }
      expect(canonicalize(state)).toBe(canonicalize(document.answers));
    }
  });

  it('carries real evidence files of several kinds', () => {
    const types = new Set(network.flatMap((item) => verified.get(item.assessmentId)!.evidence.map((file) => file.info.mediaType)));
    expect(types).toEqual(new Set(['application/pdf', 'image/png', 'text/plain', 'text/csv']));
    const pdf = network.flatMap((item) => verified.get(item.assessmentId)!.evidence).find((file) => file.info.mediaType === 'application/pdf')!;
    expect(pdf.data.toString('latin1')).toMatch(/^%PDF-1\.4\n[\s\S]*%%EOF\n$/);
    expect(network.every((item) => verified.get(item.assessmentId)!.evidence.length > 0)).toBe(true);
  });
});

describe('determinism', () => {
  it('the same seed gives byte-identical packages; another seed other ones', async () => {
    const again = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR });
    expect(again.map((item) => item.fileName)).toEqual(network.map((item) => item.fileName));
    again.forEach((item, index) => expect(item.bytes.equals(network[index]!.bytes), item.fileName).toBe(true));

    const small = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, seed: 1, offices: 5, cycles: 2 });
    const byName = new Map(network.map((item) => [item.fileName, item.bytes]));
    // An office's packages do not depend on how many offices were asked for.
    for (const item of small.filter((candidate) => byName.has(candidate.fileName))) expect(item.bytes.equals(byName.get(item.fileName)!)).toBe(true);

    const other = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, seed: 2, offices: 5, cycles: 2 });
    for (const item of other) {
      const same = small.find((candidate) => candidate.fileName === item.fileName);
      if (same) expect(item.bytes.equals(same.bytes)).toBe(false);
    }
    expect(new Set(other.map((item) => item.office.id)).size).toBe(5);
    expect(other[0]!.office.id).not.toBe(small[0]!.office.id);
  });

  it('a single cycle of 5 offices: the five hubs, 2025, at least one reopened revision', async () => {
    const small = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 5, cycles: 1 });
    expect(new Set(small.map((item) => item.cycle))).toEqual(new Set([2025]));
    expect(summariseDemoNetwork(small)).toMatchObject({ offices: 5, regions: 5 });
    expect(small.some((item) => item.revision === 2)).toBe(true);
    for (const item of small) expect((await readPackage(item.bytes)).ok).toBe(true);
  });

  it('with a passphrase every package is encrypted and decrypts to the unencrypted bytes', async () => {
    const plain = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 1, cycles: 1 });
    const encrypted = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 1, cycles: 1, passphrase: 'correct horse battery staple', scryptWorkFactor: 10 });
    expect(encrypted.map((item) => item.fileName)).toEqual(plain.map((item) => `${item.fileName}.age`));
    for (const [index, item] of encrypted.entries()) {
      expect(item.encrypted).toBe(true);
      const decrypted = await decryptWithPassphrase(item.bytes, 'correct horse battery staple');
      if (!decrypted.ok) throw new Error(decrypted.detail);
      expect(decrypted.bytes.equals(plain[index]!.bytes)).toBe(true);
      expect((await readPackage(item.bytes, { passphrase: 'correct horse battery staple' })).ok).toBe(true);
    }
  });

  it('refuses counts out of range and an empty passphrase', async () => {
    await expect(generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 0 })).rejects.toThrow(RangeError);
    await expect(generateDemoNetwork({ resourcesDir: RESOURCES_DIR, cycles: 9 })).rejects.toThrow(RangeError);
    await expect(generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 1, passphrase: '' })).rejects.toThrow(/passphrase/);
  });
});
