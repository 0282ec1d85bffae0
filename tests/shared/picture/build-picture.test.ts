import { describe, expect, it } from 'vitest';
import { frameworkRefOf } from '../../../shared/framework/framework-hash';
import type { Framework } from '../../../shared/framework/framework-schema';
import { REGION_COUNTRIES } from '../../../shared/geo/country-regions';
import { REGIONS } from '../../../shared/office/office-profile';
import { buildPicture } from '../../../shared/picture/build-picture';
import { changeOf } from '../../../shared/picture/change';
import { DEFAULT_FRAMEWORK, member, uuid } from './picture-fixtures';

const officeId = (n: number) => uuid(n, 2);

describe('changeOf', () => {
  it('compares the one-decimal scores, and the delta is exact in tenths', () => {
    expect(changeOf(65.3, true, 60.1)).toEqual({ kind: 'up', previous: 60.1, delta: 5.2 });
    expect(changeOf(60.1, true, 65.3)).toEqual({ kind: 'down', previous: 65.3, delta: -5.2 });
    expect(changeOf(70, true, 70)).toEqual({ kind: 'unchanged', previous: 70, delta: 0 });
    expect(changeOf(70, false, null)).toEqual({ kind: 'new', previous: null, delta: null });
    expect(changeOf(null, true, 70)).toEqual({ kind: 'not_comparable', previous: 70, delta: null });
    expect(changeOf(70, true, null)).toEqual({ kind: 'not_comparable', previous: null, delta: null });
  });
});

describe('buildPicture on members built in memory', () => {
  // Office 1 up, 2 down, 3 unchanged, 4 new, 5 not comparable (nothing answered now), 6 only in 2024.
  const members = [
    member({ office: 1, cycle: 2024, level: 0.3 }),
    member({ office: 1, cycle: 2025, level: 0.8 }),
    member({ office: 2, cycle: 2024, level: 0.8 }),
    member({ office: 2, cycle: 2025, level: 0.3 }),
    member({ office: 3, cycle: 2024, level: 0.6 }),
    member({ office: 3, cycle: 2025, level: 0.6 }),
    member({ office: 4, cycle: 2025, level: 0.7 }),
    member({ office: 5, cycle: 2024, level: 0.5 }),
    member({ office: 5, cycle: 2025, level: null }),
    member({ office: 6, cycle: 2024, level: 0.9 }),
    member({ office: 7, cycle: 2023, level: 0.9, region: 'arab_states' }),
  ];
  const picture = buildPicture(members);

  it('takes the newest cycle and the newest earlier one held', () => {
    expect(picture).toMatchObject({ cycles: [2023, 2024, 2025], cycle: 2025, previousCycle: 2024, scope: { kind: 'network' } });
    expect(buildPicture(members, { cycle: 2024 })).toMatchObject({ cycle: 2024, previousCycle: 2023 });
    expect(() => buildPicture(members, { cycle: 2022 })).toThrow(RangeError);
  });

  it('lists every cycle held even when given only the two it reads', () => {
    const two = members.filter((item) => item.document.cycle >= 2024);
    expect(buildPicture(two, { cyclesHeld: [2019, 2023, 2024, 2025] })).toMatchObject({ cycles: [2019, 2023, 2024, 2025], cycle: 2025, previousCycle: 2024 });
  });

  it('says up, down, unchanged, new and not comparable, for the total and each perspective', () => {
    const kind = (n: number) => picture.rows.find((row) => row.officeId === officeId(n))!.change;
    expect(kind(1).overall.kind).toBe('up');
    expect(kind(2).overall.kind).toBe('down');
    expect(kind(3).overall).toEqual({ kind: 'unchanged', previous: picture.rows.find((row) => row.officeId === officeId(3))!.overall.score, delta: 0 });
    expect(kind(4).overall).toEqual({ kind: 'new', previous: null, delta: null });
    expect(kind(5).overall.kind).toBe('not_comparable');
    expect(kind(5).overall.previous).not.toBeNull();
    expect(Object.values(kind(4).perspectives).every((change) => change.kind === 'new')).toBe(true);
    expect(Object.values(kind(5).perspectives).every((change) => change.kind === 'not_comparable')).toBe(true);
    expect(picture.trend.network).toMatchObject({ offices: 5, changes: { up: 1, down: 1, unchanged: 1, new: 1, not_comparable: 1 }, absent: 1 });
  });

  it('keeps one revision per office and cycle, the highest', () => {
    const withRevision = buildPicture([...members, member({ office: 1, cycle: 2025, revision: 2, level: 0.1 })]);
    const rows = withRevision.rows.filter((row) => row.officeId === officeId(1));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.revision).toBe(2);
    expect(rows[0]!.change.overall.kind).toBe('down');
  });

  it('an insufficient total has no score and counts in no statistic', () => {
    const row = picture.rows.find((item) => item.officeId === officeId(5))!;
    expect(row.overall).toMatchObject({ score: null, band: 'insufficient_data', coverage: 0 });
    expect(picture.benchmarks.network.overall!.n).toBe(4);
    expect(row.againstMedian.overall).toEqual({ region: null, network: null });
    const scores = picture.rows.map((item) => item.overall.score).filter((value): value is number => value !== null).sort((a, b) => a - b);
    expect(picture.benchmarks.network.overall!.median).toBe((scores[1]! + scores[2]!) / 2);
  });

  it('an empty hub gives an empty picture that still lists the countries no one covers', () => {
    const empty = buildPicture([]);
    expect(empty).toMatchObject({ cycles: [], cycle: null, previousCycle: null, rows: [], framework: null, perspectives: [], indicators: [] });
    expect(empty.benchmarks.network).toEqual({ offices: 0, overall: null, perspectives: {} });
    const all = new Set(REGIONS.flatMap((region) => REGION_COUNTRIES[region]));
    expect(empty.coverage.counts).toEqual({ resident: 0, non_resident: 0, not_covered: all.size });
    expect(empty.typology.suggested).toEqual({ subregional_office: 0, country_office: 0, non_resident: 0, undecided: 0 });
  });
});

describe('frameworks, regions and coverage', () => {
  // A later version: one perspective more (P6), one indicator fewer (P5.6).
  const revised: Framework = {
    ...DEFAULT_FRAMEWORK,
    version: '1.1.0',
    perspectives: [
      ...DEFAULT_FRAMEWORK.perspectives.map((perspective) => (perspective.id === 'P5' ? { ...perspective, indicators: perspective.indicators.filter((indicator) => indicator.id !== 'P5.6') } : perspective)),
      { id: 'P6', title: { en: 'Partnerships', fr: 'Partenariats' }, weight: 10, indicators: [{ ...DEFAULT_FRAMEWORK.perspectives[4]!.indicators[1]!, id: 'P6.1' }] },
    ],
  };
  const members = [
    member({ office: 1, cycle: 2025, region: 'africa', countries: [{ code: 'KEN', resident: true }, { code: 'SOM', resident: false }] }),
    member({ office: 2, cycle: 2025, region: 'africa', framework: revised, countries: [{ code: 'UGA', resident: false }, { code: 'FRA', resident: false }] }),
    // An Arab States office with a resident presence in Uganda and non-resident cover of Somalia.
    member({ office: 3, cycle: 2025, region: 'arab_states', hostCountry: 'EGY', countries: [{ code: 'EGY', resident: true }, { code: 'UGA', resident: true }, { code: 'SOM', resident: false }] }),
  ];

  it('leads with the newest framework; a perspective or indicator another framework lacks is null or absent there', () => {
    const picture = buildPicture(members);
    expect(picture.framework).toEqual(frameworkRefOf(revised));
    expect(picture.perspectives.map((perspective) => perspective.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(picture.perspectives[5]!.name).toEqual({ en: 'Partnerships', fr: 'Partenariats' });
    const old = picture.rows.find((row) => row.officeId === officeId(1))!;
    expect(old.perspectives.P6).toBeNull();
    expect(old.change.perspectives.P6!.kind).toBe('new');
    expect(picture.rows.find((row) => row.officeId === officeId(2))!.perspectives.P6).not.toBeNull();
    const p61 = picture.indicators.find((indicator) => indicator.indicatorId === 'P6.1')!;
    expect(p61.values.map((value) => value.status)).toEqual(['absent', 'scored', 'absent']);
    expect(picture.indicators.some((indicator) => indicator.indicatorId === 'P5.6')).toBe(false);
    expect(picture.benchmarks.network.perspectives.P6!.n).toBe(1);
  });

  it('a region sees its offices; a country is resident when any office of the set is resident there', () => {
    const africa = buildPicture(members, { scope: { kind: 'region', region: 'africa' } });
    expect(africa.rows.map((row) => row.officeId)).toEqual([officeId(1), officeId(2)]);
    expect(africa.benchmarks.network.offices).toBe(3);
    expect(africa.benchmarks.regions.arab_states.offices).toBe(1);
    const country = (code: string) => africa.coverage.countries.find((entry) => entry.code === code);
    expect(country('UGA')).toMatchObject({ status: 'resident', region: 'africa' });
    expect(country('UGA')!.offices.map((office) => [office.officeId, office.resident])).toEqual([[officeId(2), false], [officeId(3), true]]);
    expect(country('SOM')).toMatchObject({ status: 'non_resident', offices: [{ officeId: officeId(1), resident: false }, { officeId: officeId(3), resident: false }] });
    expect(country('FRA')).toMatchObject({ status: 'non_resident', region: 'europe_central_asia' }); // covered from Africa, listed though not African
    expect(country('EGY')).toBeUndefined(); // neither an African country nor covered by an African office
    expect(country('TCD')).toMatchObject({ status: 'not_covered', offices: [] });
    // Somalia (a League of Arab States member, so of the Arab States region) and France are listed because an African office covers them.
    expect(country('SOM')!.region).toBe('arab_states');
    expect(africa.coverage.countries.length).toBe(REGION_COUNTRIES.africa.length + 2);
    expect(Object.keys(africa.trend.regions)).toEqual(['africa']);
  });

  it('compares portfolios within the region and cycle only', () => {
    const big = { 'P4.6': { state: 'answered' as const, value: 50_000_000 } };
    const set = [
      member({ office: 1, cycle: 2025, region: 'africa', answers: big }),
      member({ office: 2, cycle: 2025, region: 'africa' }),
      member({ office: 3, cycle: 2025, region: 'arab_states', answers: big }),
      member({ office: 4, cycle: 2024, region: 'africa', answers: big }),
    ];
    const picture = buildPicture(set);
    expect(picture.rows.map((row) => [row.officeId, row.comparedOffices])).toEqual([[officeId(1), 1], [officeId(2), 1], [officeId(3), 0]]);
    const portfolioCondition = picture.rows[1]!.recommendation.rules[0]!.conditions[1]!;
    expect(portfolioCondition).toMatchObject({ messageKey: 'typology.condition.portfolio_top_third', params: { offices: 2, cutoff: 50_000_000 }, met: false });
  });
});

describe('a network of 1,000 offices', () => {
  it('builds one row per office with medians that a plain recomputation gives', () => {
    const members = [];
    for (let office = 1; office <= 1000; office += 1) {
      const region = REGIONS[office % REGIONS.length]!;
      for (const cycle of [2024, 2025]) members.push(member({ office, cycle, region, level: ((office * 37 + cycle) % 101) / 100 }));
    }
    const picture = buildPicture(members);
    expect(picture.rows).toHaveLength(1000);
    expect(new Set(picture.rows.map((row) => row.officeId)).size).toBe(1000);
    const scores = picture.rows.map((row) => row.overall.score!).sort((a, b) => a - b);
    expect(picture.benchmarks.network.overall).toMatchObject({ n: 1000, min: scores[0], max: scores[999], median: (scores[499]! + scores[500]!) / 2 });
    expect(REGIONS.reduce((sum, region) => sum + picture.benchmarks.regions[region].offices, 0)).toBe(1000);
    expect(picture.indicators.every((indicator) => indicator.values.length === 1000)).toBe(true);
    const { changes } = picture.trend.network;
    expect(changes.up + changes.down + changes.unchanged).toBe(1000);
  });
});
