import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../../shared/api/contract';
import type { Answer } from '../../../shared/assessment/answer';
import type { OfficeProfile } from '../../../shared/office/office-profile';
import { recommendOfficeType } from '../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment } from '../../../shared/typology/typology-input';
import { ROOT, workflowFixture, writeDefaultResources, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

/** The default framework and the shipped country groups, copied into a fresh resources folder. */
function resources({ countryGroups = true } = {}): string {
  const dir = writeDefaultResources(fixture.folders.make());
  if (countryGroups) {
    fs.mkdirSync(path.join(dir, 'geo'));
    fs.copyFileSync(path.join(ROOT, 'resources/geo/country-groups.json'), path.join(dir, 'geo/country-groups.json'));
  }
  return dir;
}

function start(resourcesDir = resources()): Promise<Client> {
  return fixture.start(undefined, resourcesDir);
}

const answered = (value: Answer & { state: 'answered' } extends { value: infer V } ? V : never): Answer => ({ state: 'answered', value });

function covered(...codes: string[]): Answer {
  return answered(codes.map((code, index) => ({ code, resident: index === 0 })));
}

/** A draft for an office with the office-type answers given (P1.1, P1.2, P2.1, P4.6, P4.7 by indicator id). */
async function office(client: Client, profile: Partial<OfficeProfile> & { name: string }, answers: Record<string, Answer>, cycle = 2025): Promise<AssessmentSummary> {
  const created = await client.call('assessments.create', {
    office: { currentTier: 'country_office', region: 'africa', hostCountry: 'KEN', ...profile },
    cycle,
  });
  for (const [indicatorId, answer] of Object.entries(answers)) await client.call('answers.set', { assessmentId: created.id, indicatorId, answer });
  return created;
}

describe('assessments.officeType', () => {
  it('suggests a tier from the assessment with its own framework, every rule with its numbers, and flags an LDC host', async () => {
    const client = await start();
    const addis = await office(client, { name: 'Country Office Addis Ababa', hostCountry: 'ETH' }, {
      'P1.1': answered('country_office'),
      'P1.2': answered('subregional_office'),
      'P2.1': covered('ETH', 'DJI'),
      'P4.6': answered(5_000_000),
      'P4.7': answered(2_500_000),
    });
    const result = await client.call('assessments.officeType', { id: addis.id });

    expect(result.hostFlags).toEqual({ ldc: true, sids: false, fragile: false });
    expect(result.comparedOffices).toBe(0);
    const { recommendation } = result;
    expect(recommendation.suggestedTier).toBe('country_office');
    expect(recommendation.rules.map((rule) => [rule.tier, rule.fired])).toEqual([
      ['subregional_office', false],
      ['country_office', true],
      ['non_resident', false],
    ]);
    expect(recommendation.rules[0]!.conditions).toEqual([
      { messageKey: 'typology.condition.countries_at_least', params: { countries: 2, threshold: 4 }, met: false },
      // No other office to compare with: the absolute threshold.
      { messageKey: 'typology.condition.portfolio_at_least', params: { portfolio: 5_000_000, threshold: 10_000_000 }, met: false },
    ]);
    expect(recommendation.rules[1]!.conditions).toEqual([
      { messageKey: 'typology.condition.countries_at_most', params: { countries: 2, threshold: 3 }, met: true },
      { messageKey: 'typology.condition.host_delivery_at_least', params: { hostDelivery: 2_500_000, threshold: 2_000_000 }, met: true },
    ]);
    expect(recommendation.reviewFlags.map((flag) => flag.flag)).toEqual(['ldc']);
    expect(recommendation).toMatchObject({ needsReview: true, currentEquivalent: 'country_office', differsFromCurrent: false, proposedTier: 'subregional_office', differsFromProposed: true });

    // Exactly what the shared rules give for the stored answers and framework.
    const document = await client.call('assessments.get', { id: addis.id });
    const framework = await client.call('frameworks.get', { hash: document.framework.hash });
    expect(recommendation).toEqual(recommendOfficeType(typologyInputFromAssessment(framework, document.answers, result.hostFlags, 'africa')));
  });

  it('names the missing inputs and leaves the tier open when they decide it', async () => {
    const client = await start();
    const blank = await office(client, { name: 'Desk Praia', hostCountry: 'CPV', currentTier: 'desk' }, { 'P2.1': covered('CPV') });
    const { recommendation, hostFlags } = await client.call('assessments.officeType', { id: blank.id });
    expect(hostFlags).toEqual({ ldc: false, sids: true, fragile: false }); // Cabo Verde: graduated LDC, still a SIDS
    expect(recommendation.suggestedTier).toBeNull();
    expect(recommendation.missing.map((missing) => missing.indicatorId)).toEqual(['P1.1', 'P1.2', 'P3.5', 'P4.6', 'P4.7']);
    expect(recommendation.rules[1]!.conditions[1]).toEqual({
      messageKey: 'typology.condition.missing',
      params: { input: 'hostDelivery', indicator: 'P4.7' },
      met: null,
    });
  });

  it('ranks the portfolio among the latest revisions of the other offices of the same region and cycle', async () => {
    const client = await start();
    const five = covered('KEN', 'UGA', 'TZA', 'RWA', 'BDI');
    const hub = await office(client, { name: 'Regional Hub Nairobi', currentTier: 'regional_hub' }, { 'P2.1': five, 'P4.6': answered(12_000_000) });
    // Compared: Dakar by its reopened revision (40 M, not its first 15 M), Abuja 20 M, Lusaka 1 M.
    const dakar = await office(client, { name: 'Subregional Office Dakar', hostCountry: 'SEN' }, { 'P4.6': answered(15_000_000) });
    await client.call('assessments.submit', { id: dakar.id });
    const dakar2 = await client.call('assessments.reopen', { id: dakar.id });
    await client.call('answers.set', { assessmentId: dakar2.id, indicatorId: 'P4.6', answer: answered(40_000_000) });
    await office(client, { name: 'Country Office Abuja', hostCountry: 'NGA' }, { 'P4.6': answered(20_000_000) });
    await office(client, { name: 'Country Office Lusaka', hostCountry: 'ZMB' }, { 'P4.6': answered(1_000_000) });
    // Not compared: no portfolio, another region, another cycle.
    await office(client, { name: 'Country Office Maputo', hostCountry: 'MOZ' }, { 'P4.6': { state: 'unknown' } });
    await office(client, { name: 'Regional Hub Bangkok', region: 'asia_pacific', hostCountry: 'THA' }, { 'P4.6': answered(50_000_000) });
    await office(client, { name: 'Country Office Abuja', hostCountry: 'NGA' }, { 'P4.6': answered(90_000_000) }, 2024);

    const result = await client.call('assessments.officeType', { id: hub.id });
    expect(result.comparedOffices).toBe(3);
    // 40, 20, 12, 1: cut-off at rank ceil(4 ÷ 3) = 2 (20 M); 12 M ranks 3rd, outside the top third,
    // although it is above the absolute US$ 10 M threshold used without a comparison.
    expect(result.recommendation.rules[0]!.conditions[1]).toEqual({
      messageKey: 'typology.condition.portfolio_top_third',
      params: { portfolio: 12_000_000, cutoff: 20_000_000, rank: 3, cutoffRank: 2, offices: 4 },
      met: false,
    });
    expect(result.recommendation.suggestedTier).toBe('non_resident');

    // The hub's own revisions are the same office: its reopened draft never competes with its first one.
    await client.call('assessments.submit', { id: hub.id });
    const hub2 = await client.call('assessments.reopen', { id: hub.id });
    await client.call('answers.set', { assessmentId: hub2.id, indicatorId: 'P4.6', answer: answered(25_000_000) });
    for (const id of [hub.id, hub2.id]) expect((await client.call('assessments.officeType', { id })).comparedOffices).toBe(3);
    const latest = await client.call('assessments.officeType', { id: hub2.id });
    expect(latest.recommendation.rules[0]!.conditions[1]!.params).toMatchObject({ portfolio: 25_000_000, rank: 2, cutoff: 25_000_000 });
    expect(latest.recommendation.suggestedTier).toBe('subregional_office');
  });

  it('takes fragile context from the profile: saved with history and undo, carried into a reopened revision', async () => {
    const client = await start();
    const created = await office(client, { name: 'Country Office Port-au-Prince', hostCountry: 'HTI' }, {});
    const document = await client.call('assessments.get', { id: created.id });
    expect(document.office.fragileContext).toBeUndefined();

    const updated = await client.call('assessments.updateProfile', { id: created.id, office: { ...document.office, fragileContext: true }, cycle: document.cycle });
    expect(updated.office.fragileContext).toBe(true);
    const flagged = await client.call('assessments.officeType', { id: created.id });
    expect(flagged.hostFlags).toEqual({ ldc: true, sids: true, fragile: true });
    expect(flagged.recommendation.reviewFlags.map((flag) => flag.flag)).toEqual(['ldc', 'sids', 'fragile']);
    const [change] = await client.call('history.list', { assessmentId: created.id });
    expect(change).toMatchObject({ kind: 'profile', field: 'office.fragileContext', action: 'edit', before: null, after: true });

    await client.call('edits.undo', { assessmentId: created.id });
    expect((await client.call('assessments.get', { id: created.id })).office.fragileContext).toBeUndefined();
    expect((await client.call('assessments.officeType', { id: created.id })).hostFlags.fragile).toBe(false);
    await client.call('edits.redo', { assessmentId: created.id });
    expect((await client.call('assessments.get', { id: created.id })).office.fragileContext).toBe(true);

    await client.call('assessments.submit', { id: created.id });
    const reopened = await client.call('assessments.reopen', { id: created.id });
    expect(reopened.office.fragileContext).toBe(true);
    // "No" is the same as not said: unticking clears it, and saying "no" again records nothing.
    const cleared = await client.call('assessments.updateProfile', { id: reopened.id, office: { ...reopened.office, fragileContext: false }, cycle: reopened.cycle });
    expect(cleared.office.fragileContext).toBeUndefined();
    const entries = await client.call('history.list', { assessmentId: reopened.id });
    await client.call('assessments.updateProfile', { id: reopened.id, office: { ...cleared.office, fragileContext: false }, cycle: cleared.cycle });
    expect(await client.call('history.list', { assessmentId: reopened.id })).toEqual(entries);
  });

  it('answers not_found for an unknown assessment', async () => {
    const client = await start();
    expect(await client.fail('assessments.officeType', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found' });
  });

  it('fails with an internal error, logged with the file, when the country groups are missing; other operations go on', async () => {
    const client = await start(resources({ countryGroups: false }));
    const created = await office(client, { name: 'Country Office Nairobi' }, {});
    expect(await client.fail('assessments.officeType', { id: created.id })).toMatchObject({ code: 'internal' });
    expect(client.log.entries.some((entry) => entry.level === 'error' && /country-groups\.json/.test(String((entry.detail as Error).message)))).toBe(true);
    expect((await client.call('assessments.get', { id: created.id })).office.name).toBe('Country Office Nairobi');
  });
});
