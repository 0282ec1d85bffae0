import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import { FrameworkRegistry } from '../../../electron/frameworks/framework-registry';
import { AssessmentRepository } from '../../../electron/store/assessment-repository';
import { ChangeLog } from '../../../electron/store/change-log';
import { DraftWrites } from '../../../electron/store/draft-writes';
import { FrameworkCache } from '../../../electron/store/framework-cache';
import { smallFramework, storeFixture } from '../../fixtures/store/store-fixtures';

const stores = storeFixture();
afterEach(stores.cleanup);

async function setUp() {
  const store = await stores.open();
  const registry = new FrameworkRegistry(store);
  const framework = registry.install(smallFramework());
  let now = Date.UTC(2025, 5, 1);
  const clock = () => new Date((now += 1000));
  const assessments = new AssessmentRepository(store, clock);
  const drafts = new DraftWrites(assessments, new FrameworkCache(registry), new ChangeLog(store, clock));
  const draft = assessments.create({
    office: { name: 'Regional Office Nairobi', currentTier: 'regional_office', region: 'africa', hostCountry: 'KEN' },
    cycle: 2025,
    framework,
  });
  return { store, assessments, drafts, draft };
}

function appErrorOf(run: () => unknown): AppError['data'] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.data;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('DraftWrites', () => {
  it('gives a draft’s indicator, and refuses an unknown assessment, an unknown indicator and a submitted assessment', async () => {
    const { store, assessments, drafts, draft } = await setUp();
    expect(drafts.requireIndicator(draft.id, 'P2.3').id).toBe('P2.3');
    expect(appErrorOf(() => drafts.requireIndicator('00000000-0000-4000-8000-000000000000', 'P2.3'))).toMatchObject({ code: 'not_found' });
    expect(appErrorOf(() => drafts.requireIndicator(draft.id, 'P9.9'))).toMatchObject({
      code: 'invalid_request',
      messageKey: 'errors.unknown_indicator',
    });
    store.transaction(() => assessments.markSubmitted(draft.id, new Date().toISOString()));
    expect(appErrorOf(() => drafts.requireIndicator(draft.id, 'P2.3'))).toMatchObject({ code: 'conflict', messageKey: 'errors.assessment_locked' });
  });

  it('records a change in the history and moves updated_at to its time', async () => {
    const { store, assessments, drafts, draft } = await setUp();
    const entry = store.transaction(() =>
      drafts.record({ assessmentId: draft.id, kind: 'answer', indicatorId: 'P2.3', action: 'edit', before: null, after: { state: 'unknown' } }),
    );
    expect(entry).toMatchObject({ assessmentId: draft.id, kind: 'answer', indicatorId: 'P2.3', action: 'edit', after: { state: 'unknown' } });
    expect(entry.at > draft.updatedAt).toBe(true);
    expect(assessments.summary(draft.id).updatedAt).toBe(entry.at);
  });
});
