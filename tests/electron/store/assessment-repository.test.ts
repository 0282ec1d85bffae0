import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { FrameworkRef } from '../../../shared/framework/framework-schema';
import { FrameworkRegistry } from '../../../electron/frameworks/framework-registry';
import { AssessmentRepository } from '../../../electron/store/assessment-repository';
import { smallFramework, storeFixture } from '../../fixtures/store/store-fixtures';

const stores = storeFixture();
afterEach(stores.cleanup);

async function setUp() {
  const store = await stores.open();
  const framework = new FrameworkRegistry(store).install(smallFramework());
  let now = Date.UTC(2025, 5, 1);
  const clock = () => new Date((now += 1000));
  return { store, framework, assessments: new AssessmentRepository(store, clock) };
}

const office = { name: 'Regional Office Nairobi', currentTier: 'regional_office', region: 'africa', hostCountry: 'KEN' } as const;

function documentFor(framework: FrameworkRef): AssessmentDocument {
  const id = randomUUID();
  return {
    schema: 'fieldscore.assessment/1',
    id,
    officeId: randomUUID(),
    lineageId: id,
    office: { ...office, code: 'KEN-RO' },
    cycle: 2024,
    assessor: 'A. Assessor',
    framework,
    status: 'submitted',
    revision: 3,
    answers: {
      'P2.3': { state: 'answered', value: 80, justification: 'two countries not yet in the UNCT' },
      'P3.2': { state: 'answered', value: 'in_plan' },
    },
    createdAt: '2025-01-10T08:00:00.000Z',
    updatedAt: '2025-02-10T08:00:00.000Z',
  };
}

function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('AssessmentRepository', () => {
  it('creates a draft at revision 1 and reads it back as a document', async () => {
    const { assessments, framework } = await setUp();
    const summary = assessments.create({ office: { ...office, code: '  ' }, cycle: 2025, assessor: '', framework });
    expect(summary).toMatchObject({ officeName: office.name, status: 'draft', revision: 1, framework, cycle: 2025 });
    expect(summary).not.toHaveProperty('officeCode');
    expect(assessments.get(summary.id)).toEqual({
      schema: 'fieldscore.assessment/1',
      id: summary.id,
      officeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      lineageId: summary.id,
      office,
      cycle: 2025,
      framework,
      status: 'draft',
      revision: 1,
      answers: {},
      createdAt: summary.createdAt,
      updatedAt: summary.updatedAt,
    });
  });

  it('lists the most recently updated first', async () => {
    const { assessments, framework } = await setUp();
    const first = assessments.create({ office, cycle: 2024, framework });
    const second = assessments.create({ office, cycle: 2025, framework });
    expect(assessments.list().map((summary) => summary.id)).toEqual([second.id, first.id]);
  });

  it('stores a whole document with its answers and returns it unchanged', async () => {
    const { assessments, framework } = await setUp();
    const document = documentFor(framework);
    assessments.insert(document);
    expect(assessments.get(document.id)).toEqual(document);
  });

  it('leaves nothing behind when a write fails after the assessment row was inserted', async () => {
    const { assessments, framework, store } = await setUp();
    // A real SQLite failure on the second answer, after the assessment row and first answer went in.
    store.db.exec(`CREATE TRIGGER fail_second_answer BEFORE INSERT ON answers WHEN NEW.indicator_id = 'P3.2'
                   BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const document = documentFor(framework);
    expect(() => assessments.insert(document)).toThrow(/disk trouble/);
    expect(store.all('SELECT id FROM assessments')).toEqual([]);
    expect(store.all('SELECT indicator_id FROM answers')).toEqual([]);
    expect(assessments.list()).toEqual([]);
  });

  it('refuses an unknown framework, a mismatched framework, a duplicate id and an invalid document', async () => {
    const { assessments, framework } = await setUp();
    const unknown = appErrorOf(() => assessments.insert(documentFor({ ...framework, hash: `sha256:${'1'.repeat(64)}` })));
    expect(unknown.data.code).toBe('not_found');
    const mismatched = appErrorOf(() => assessments.insert(documentFor({ ...framework, version: '9.9.9' })));
    expect(mismatched.data.code).toBe('conflict');

    const document = documentFor(framework);
    assessments.insert(document);
    expect(appErrorOf(() => assessments.insert(document)).data.code).toBe('conflict');

    const invalid = appErrorOf(() => assessments.insert({ ...documentFor(framework), cycle: 1999, revision: 0 }));
    expect(invalid.data.code).toBe('invalid_request');
    expect(invalid.data.problems?.map((problem) => problem.path).sort()).toEqual(['cycle', 'revision']);
    expect(assessments.list()).toHaveLength(1);
  });

  it('answers not_found for an unknown id', async () => {
    const { assessments } = await setUp();
    const id = randomUUID();
    const error = appErrorOf(() => assessments.get(id));
    expect(error.data).toMatchObject({ code: 'not_found', messageKey: 'errors.not_found', params: { id } });
  });

  it('fails loudly on a row that no longer fits the schema', async () => {
    const { assessments, framework, store } = await setUp();
    const summary = assessments.create({ office, cycle: 2025, framework });
    store.run("UPDATE assessments SET status = 'archived' WHERE id = ?", [summary.id]);
    expect(() => assessments.list()).toThrow(/does not fit the schema/);
  });
});
