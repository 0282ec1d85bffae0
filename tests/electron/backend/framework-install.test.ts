import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentSummary, FrameworkSummary } from '../../../shared/api/contract';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import { compareVersions } from '../../../shared/framework/framework-version';
import { backendFixture, okValue, recordingLog, smallFramework, writeResources } from '../../fixtures/store/store-fixtures';

const { folders, start, stop, cleanup } = backendFixture();
afterEach(cleanup);

const office = { name: 'Subregional Office Dakar', currentTier: 'regional_hub', region: 'africa', hostCountry: 'SEN' } as const;

function version(number: string, titleSuffix = '') {
  const framework = smallFramework();
  framework.version = number;
  framework.title = { en: `Small test scorecard ${number}${titleSuffix}`, fr: `Petit tableau ${number}${titleSuffix}` };
  return framework;
}

describe('shipped frameworks', () => {
  it('installs valid files, skips and logs invalid ones, and starts anyway', async () => {
    const log = recordingLog();
    const resourcesDir = writeResources(folders.make(), {
      'fieldscore-default-1.0.0.json': smallFramework(),
      'broken.json': '{ "schema": ',
      'wrong-shape.json': { ...smallFramework(), id: 'other', perspectives: [] },
      'README.txt': 'not a framework',
    });
    const backend = await start(folders.make(), resourcesDir, log);
    const frameworks = okValue<FrameworkSummary[]>(await backend.dispatch('frameworks.list', {}));
    expect(frameworks).toEqual([
      {
        id: 'fieldscore-default',
        version: '1.0.0',
        hash: frameworkHash(smallFramework()),
        title: smallFramework().title,
        isDefault: true,
        installedAt: expect.any(String),
      },
    ]);
    const skipped = log.entries.filter((entry) => entry.level === 'error').map((entry) => entry.message);
    expect(skipped).toEqual([
      expect.stringMatching(/^shipped framework broken\.json skipped: /),
      expect.stringMatching(/^shipped framework wrong-shape\.json skipped: /),
    ]);
  });

  it('makes the highest version of fieldscore-default the default and uses it for new assessments', async () => {
    const resourcesDir = writeResources(folders.make(), {
      'a.json': version('1.2.0'),
      'b.json': version('1.10.0'),
      'c.json': version('1.9.3'),
      'd.json': { ...smallFramework(), id: 'hq-pilot', version: '7.0.0' },
    });
    const backend = await start(folders.make(), resourcesDir);
    const frameworks = okValue<FrameworkSummary[]>(await backend.dispatch('frameworks.list', {}));
    expect(frameworks.map((framework) => [framework.id, framework.version, framework.isDefault])).toEqual([
      ['fieldscore-default', '1.10.0', true],
      ['fieldscore-default', '1.9.3', false],
      ['fieldscore-default', '1.2.0', false],
      ['hq-pilot', '7.0.0', false],
    ]);

    const byDefault = okValue<AssessmentSummary>(await backend.dispatch('assessments.create', { office, cycle: 2025 }));
    expect(byDefault.framework).toEqual({ id: 'fieldscore-default', version: '1.10.0', hash: frameworkHash(version('1.10.0')) });
    const chosen = okValue<AssessmentSummary>(await backend.dispatch('assessments.create', { office, cycle: 2025, frameworkId: 'hq-pilot' }));
    expect(chosen.framework.id).toBe('hq-pilot');
    expect(await backend.dispatch('assessments.create', { office, cycle: 2025, frameworkId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { frameworkId: 'nope' } },
    });
  });

  it('installs each text once, keeps old versions, and never lets a changed file replace an installed version', async () => {
    const dataDir = folders.make();
    const first = await start(dataDir, writeResources(folders.make()));
    const created = okValue<AssessmentSummary>(await first.dispatch('assessments.create', { office, cycle: 2024 }));
    await stop(first);

    // The next release ships 1.1.0 and a 1.0.0 edited without a version bump.
    const log = recordingLog();
    const second = await start(
      dataDir,
      writeResources(folders.make(), { 'default-1.0.0.json': version('1.0.0', ' (edited)'), 'default-1.1.0.json': version('1.1.0') }),
      log,
    );
    const frameworks = okValue<FrameworkSummary[]>(await second.dispatch('frameworks.list', {}));
    expect(frameworks.map((framework) => [framework.version, framework.hash, framework.isDefault])).toEqual([
      ['1.1.0', frameworkHash(version('1.1.0')), true],
      ['1.0.0', frameworkHash(smallFramework()), false],
    ]);
    expect(log.entries.some((entry) => /default-1\.0\.0\.json skipped: .*already installed/.test(entry.message))).toBe(true);
    // The old assessment still points at the exact text it was made with.
    expect(okValue<AssessmentSummary[]>(await second.dispatch('assessments.list', {}))[0]?.framework).toEqual(created.framework);
  });

  it('starts without a frameworks folder and says so when creating an assessment', async () => {
    const backend = await start(folders.make(), folders.make());
    expect(okValue(await backend.dispatch('frameworks.list', {}))).toEqual([]);
    expect(await backend.dispatch('assessments.create', { office, cycle: 2025 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { frameworkId: 'fieldscore-default' } },
    });
  });

  it('compares versions by number', () => {
    expect(['1.10.0', '1.2.0', '1.9.3', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.9.3', '1.10.0']);
  });
});
