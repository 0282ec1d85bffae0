import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentDocument } from '../../../../shared/assessment/assessment-document';
import { frameworkSchema, type Framework } from '../../../../shared/framework/framework-schema';
import { cycleChanges } from '../../../../renderer/screens/assessment-view/cycle-changes';
import { translator } from '../history/test-translator';

const FRAMEWORK: Framework = frameworkSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8')),
);

const PREVIOUS: AssessmentDocument = {
  schema: 'fieldscore.assessment/1',
  id: '00000000-0000-4000-8000-000000000001',
  office: { name: 'UNIDO Regional Office in Nairobi', currentTier: 'regional_office', region: 'africa', hostCountry: 'KEN' },
  cycle: 2024,
  assessor: 'A. Wanjiru',
  framework: { id: 'fieldscore-default', version: '1.0.0', hash: `sha256:${'0'.repeat(64)}` },
  status: 'submitted',
  revision: 1,
  answers: {
    'P2.1': { state: 'answered', value: [{ code: 'KEN', resident: true }] },
    'P3.2': { state: 'answered', value: 'un_house' },
    'P5.6': { state: 'answered', value: 40 },
  },
  createdAt: '2024-02-01T00:00:00.000Z',
  updatedAt: '2024-11-01T00:00:00.000Z',
};

describe('cycleChanges', () => {
  const en = translator('en');

  it('has nothing to show for a next cycle that still holds last cycle\'s answers', () => {
    const next = { ...PREVIOUS, id: '00000000-0000-4000-8000-000000000002', cycle: 2025, status: 'draft' as const, previousCycleId: PREVIOUS.id };
    expect(cycleChanges(PREVIOUS, next, FRAMEWORK, 'en', en)).toEqual([]);
  });

  it('lists the profile changes first, then the answers in questionnaire order, both values in words', () => {
    const next: AssessmentDocument = {
      ...PREVIOUS,
      id: '00000000-0000-4000-8000-000000000002',
      cycle: 2025,
      status: 'draft',
      office: { ...PREVIOUS.office, currentTier: 'regional_hub' },
      answers: {
        'P5.6': { state: 'answered', value: 45 },
        'P2.1': { state: 'answered', value: [{ code: 'KEN', resident: true }, { code: 'TZA', resident: false }] },
      },
    };
    const changes = cycleChanges(PREVIOUS, next, FRAMEWORK, 'en', en);
    expect(changes.map((change) => change.key)).toEqual(['profile:office.currentTier', 'answer:P2.1', 'answer:P3.2', 'answer:P5.6']);
    expect(changes[0]).toMatchObject({ what: 'Current tier', before: { text: 'Regional office' }, after: { text: 'Regional hub' } });
    expect(changes[1]).toMatchObject({
      what: 'P2.1 Countries covered by the office',
      indicatorId: 'P2.1',
      perspectiveId: 'P2',
      before: { text: 'Kenya (resident)' },
      after: { text: 'Kenya (resident) and United Republic of Tanzania' },
    });
    // Removed since last cycle: blank now.
    expect(changes[2]).toMatchObject({ indicatorId: 'P3.2', after: { empty: true } });
    expect(changes[3]!.before.text).not.toBe(changes[3]!.after.text);
  });
});
