import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/store-paths';
import { unlistedCountries } from '../../../shared/geo/unlisted-countries';
import type { OfficeProfile } from '../../../shared/office/office-profile';
import { workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const OFFICE: OfficeProfile = { name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' };
const COVERED = [
  { code: 'ETH', resident: true },
  { code: 'KEN', resident: false },
];

/**
 * What a store written while the country list still held TWN and XKK (i18n-iso-countries' 250
 * codes) can contain: written straight into the SQLite file, beside the open backend.
 */
function holdUnlistedCodes(dataDir: string, id: string): void {
  const db = new Database(databasePath(dataDir));
  try {
    db.prepare("UPDATE assessments SET host_country = 'XKX' WHERE id = ?").run(id);
    const answer = { state: 'answered', value: [...COVERED, { code: 'TWN', resident: false }] };
    db.prepare("UPDATE answers SET answer_json = ? WHERE assessment_id = ? AND indicator_id = 'P2.1'").run(JSON.stringify(answer), id);
  } finally {
    db.close();
  }
}

async function draftHoldingUnlistedCodes(): Promise<{ backend: Client; id: string }> {
  const backend = await fixture.start();
  const { id } = await backend.create({ office: OFFICE });
  await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: COVERED } });
  holdUnlistedCodes(backend.dataDir, id);
  return { backend, id };
}

const errorsLogged = (backend: Client) => backend.log.entries.filter((entry) => entry.level === 'error');

describe('an assessment holding codes UN M49 does not list', () => {
  it('still lists and opens, and says which codes they are', async () => {
    const { backend, id } = await draftHoldingUnlistedCodes();

    const [summary] = await backend.call('assessments.list', {});
    expect(summary).toMatchObject({ id, hostCountry: 'XKX' });
    const document = await backend.call('assessments.get', { id });
    expect(document.office.hostCountry).toBe('XKX');
    expect(document.answers['P2.1']).toEqual({ state: 'answered', value: [...COVERED, { code: 'TWN', resident: false }] });
    expect(unlistedCountries(document)).toEqual([
      { code: 'XKX', where: 'host' },
      { code: 'TWN', where: 'covered', indicatorId: 'P2.1' },
    ]);
    expect((await backend.call('assessments.revisions', { id })).map((revision) => revision.hostCountry)).toEqual(['XKX']);
    expect(errorsLogged(backend)).toEqual([]);
  });

  it('refuses the code on input, takes a listed one, and is not submitted until none is left', async () => {
    const { backend, id } = await draftHoldingUnlistedCodes();

    const refused = await backend.fail('assessments.updateProfile', { id, office: { ...OFFICE, hostCountry: 'XKX' }, cycle: 2025 });
    expect(refused).toMatchObject({ code: 'invalid_request' });
    expect(refused.problems?.map((problem) => problem.path)).toEqual(['office.hostCountry']);

    const blocked = await backend.fail('assessments.submit', { id });
    expect(blocked).toEqual({
      code: 'conflict',
      messageKey: 'errors.country_not_listed',
      params: { codes: 'XKX, TWN' },
      problems: [
        { path: 'office.hostCountry', message: 'XKX is not a country or area of UN M49' },
        { path: 'P2.1', message: 'TWN is not a country or area of UN M49' },
      ],
    });

    const corrected = await backend.call('assessments.updateProfile', { id, office: OFFICE, cycle: 2025 });
    expect(unlistedCountries(corrected)).toEqual([{ code: 'TWN', where: 'covered', indicatorId: 'P2.1' }]);
    // Saving the list with the unlisted code still in it is input, and refused; without it, taken.
    const withTwn = await backend.fail('answers.set', {
      assessmentId: id,
      indicatorId: 'P2.1',
      answer: { state: 'answered', value: [...COVERED, { code: 'TWN', resident: true }] },
    });
    expect(withTwn.problems?.map((problem) => problem.path)).toEqual(['answer.value.2.code']);
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: COVERED } });

    const submitted = await backend.call('assessments.submit', { id });
    expect(submitted.status).toBe('submitted');
    expect(unlistedCountries(submitted)).toEqual([]);
    expect(errorsLogged(backend)).toEqual([]);
  });

  it('can be reopened and carried into the next cycle, where the code can be replaced', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create({ office: OFFICE });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: COVERED } });
    await backend.call('assessments.submit', { id });
    holdUnlistedCodes(backend.dataDir, id); // submitted by an older version, with its longer list

    const reopened = await backend.call('assessments.reopen', { id });
    expect(reopened).toMatchObject({ status: 'draft', revision: 2 });
    expect(unlistedCountries(reopened).map((entry) => entry.code)).toEqual(['XKX', 'TWN']);
    const fixed = await backend.call('assessments.updateProfile', { id: reopened.id, office: { ...OFFICE, hostCountry: 'ETH' }, cycle: 2025 });
    expect(fixed.office.hostCountry).toBe('ETH');

    const next = await backend.call('assessments.startNextCycle', { fromId: id, cycle: 2026 });
    expect(next.office.hostCountry).toBe('XKX');
    expect(unlistedCountries(next).map((entry) => entry.code)).toEqual(['XKX', 'TWN']);
    expect(errorsLogged(backend)).toEqual([]);
  });
});
