import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { frameworkToXlsx } from '../../../electron/frameworks/framework-xlsx';
import { createApi } from '../../../renderer/api/create-api';
import type { PickedFile } from '../../../renderer/files/picked-file';
import { FRAMEWORK_MAX_BYTES } from '../../../shared/api/contract';
import { createStores } from '../../../renderer/state/stores';
import { OPERATION_NAMES, type FieldscoreTransport, type FrameworkSummary, type OperationName } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import type { Framework } from '../../../shared/framework/framework-schema';
import { call, closeStores, dispatchTransport, NAIROBI, openStores } from '../backend-fixture';

afterEach(closeStores);

/** A picked file whose bytes are given; reading them is counted, to tell refusals before reading. */
function picked(name: string, bytes: Uint8Array, sizeBytes = bytes.byteLength) {
  const file = { name, sizeBytes, reads: 0, readBase64: async () => {
    file.reads += 1;
    return Buffer.from(bytes).toString('base64');
  } };
  return file satisfies PickedFile;
}

async function defaultFramework(backend: Backend): Promise<Framework> {
  const [summary] = await call<FrameworkSummary[]>(backend, 'frameworks.list', {});
  return call<Framework>(backend, 'frameworks.get', { hash: summary!.hash });
}

function revised(framework: Framework): Framework {
  const copy = structuredClone(framework);
  copy.version = '1.1.0';
  copy.perspectives[1]!.weight += 5;
  return copy;
}

/** The transport with a count of the requests made, by operation. */
function counting(inner: FieldscoreTransport, counts: Partial<Record<OperationName, number>>): FieldscoreTransport {
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    transport[name] = (request) => {
      counts[name] = (counts[name] ?? 0) + 1;
      return (inner[name] as (request: unknown) => Promise<unknown>)(request);
    };
  }
  return transport as FieldscoreTransport;
}

describe('frameworks store: framework documents', () => {
  it('reads the framework an assessment was made with once, and reports an unknown hash', async () => {
    const { stores } = await openStores();
    await stores.assessments.getState().create(NAIROBI);
    const document = stores.assessments.getState().current!;
    const state = stores.frameworks.getState();
    const [first, second] = await Promise.all([state.loadFramework(document.framework.hash), state.loadFramework(document.framework.hash)]);
    expect(first?.id).toBe(document.framework.id);
    expect(second).toBe(first);
    expect(stores.frameworks.getState().frameworks[document.framework.hash]).toBe(first);

    const missing = `sha256:${'f'.repeat(64)}`;
    expect(await state.loadFramework(missing)).toBeNull();
    expect(stores.frameworks.getState().frameworkErrors[missing]?.code).toBe('not_found');
  });

  it('is the one cache of the session: the questionnaire and the overview share one read', async () => {
    const { backend } = await openStores();
    const document = await call<AssessmentDocument>(backend, 'assessments.create', NAIROBI);
    const counts: Partial<Record<OperationName, number>> = {};
    const stores = createStores(createApi(counting(dispatchTransport(backend), counts)), 'en');

    const [framework] = await Promise.all([stores.frameworks.getState().loadFramework(document.framework.hash), stores.answers.getState().open(document.id)]);
    await stores.answers.getState().open(document.id);
    expect(stores.answers.getState().loadError).toBeNull();
    expect(stores.answers.getState().framework).toBe(framework);
    expect(counts['frameworks.get']).toBe(1);
  });
});

describe('frameworks store', () => {
  it('lists the installed frameworks with the number of assessments made with each', async () => {
    const { stores, backend } = await openStores();
    await call(backend, 'assessments.create', {
      office: { name: 'Country Office Addis Ababa', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
      cycle: 2025,
    });
    await stores.frameworks.getState().load();
    const { list, usage, listError } = stores.frameworks.getState();
    expect(listError).toBeNull();
    expect(list?.map((summary) => [summary.id, summary.version, summary.isDefault])).toEqual([['fieldscore-default', '1.0.0', true]]);
    expect(usage).toEqual({ [list![0]!.hash]: 1 });
  });

  it('shows every problem of a refused workbook and leaves the list as it was', async () => {
    const { stores, backend } = await openStores();
    await stores.frameworks.getState().load();
    const before = stores.frameworks.getState().list;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await frameworkToXlsx(revised(await defaultFramework(backend)))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('perspectives')!;
    sheet.getRow(3).getCell((sheet.getRow(1).values as unknown[]).indexOf('weight')).value = 'twenty';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const outcome = await stores.frameworks.getState().importFile(picked('revised.xlsx', bytes));
    expect(outcome).toMatchObject({ fileName: 'revised.xlsx', ok: false, error: { code: 'invalid_request', messageKey: 'errors.framework_invalid', params: { fileName: 'revised.xlsx', count: 1 } } });
    expect(stores.frameworks.getState().lastImport).toEqual(outcome);
    expect(outcome.ok ? [] : outcome.error.problems).toEqual([{ path: 'perspectives!B3 (weight)', message: expect.stringContaining('twenty') }]);
    expect(stores.frameworks.getState().importing).toBeNull();
    expect(await call<FrameworkSummary[]>(backend, 'frameworks.list', {})).toEqual(before);
  });

  it('installs a revised workbook, re-reads the list, and says when a file was already installed', async () => {
    const { stores, backend } = await openStores();
    await stores.frameworks.getState().load();
    const next = revised(await defaultFramework(backend));
    const bytes = await frameworkToXlsx(next);

    const first = await stores.frameworks.getState().importFile(picked('scorecard-1.1.0.xlsx', bytes));
    expect(first).toMatchObject({ ok: true, alreadyInstalled: false, framework: { version: '1.1.0', hash: frameworkHash(next), isDefault: true } });
    expect(stores.frameworks.getState().list?.map((summary) => [summary.version, summary.isDefault])).toEqual([
      ['1.1.0', true],
      ['1.0.0', false],
    ]);
    const again = await stores.frameworks.getState().importFile(picked('copy.json', Buffer.from(JSON.stringify(next))));
    expect(again).toMatchObject({ ok: true, alreadyInstalled: true, fileName: 'copy.json', framework: { hash: frameworkHash(next) } });
  });

  it('refuses a file that is too large or empty before reading it, and one that cannot be read', async () => {
    const { stores } = await openStores();
    const large = picked('huge.xlsx', new Uint8Array(0), FRAMEWORK_MAX_BYTES + 1);
    expect(await stores.frameworks.getState().importFile(large)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.framework_too_large', params: { fileName: 'huge.xlsx', maxMb: 10 } },
    });
    const empty = picked('empty.json', new Uint8Array(0));
    expect(await stores.frameworks.getState().importFile(empty)).toMatchObject({ ok: false, error: { messageKey: 'errors.framework_empty' } });
    expect(large.reads + empty.reads).toBe(0);
    const unreadable: PickedFile = { name: 'locked.xlsx', sizeBytes: 10, readBase64: () => Promise.reject(new Error('in use')) };
    expect(await stores.frameworks.getState().importFile(unreadable)).toMatchObject({ ok: false, error: { messageKey: 'errors.framework_unreadable', params: { fileName: 'locked.xlsx' } } });
    expect(stores.frameworks.getState().importing).toBeNull();
    stores.frameworks.getState().clearImport();
    expect(stores.frameworks.getState().lastImport).toBeNull();
  });

  it('exports a workbook, and keeps the error for a framework that is not installed', async () => {
    const { stores, backend } = await openStores();
    const [summary] = await call<FrameworkSummary[]>(backend, 'frameworks.list', {});
    const workbook = await stores.frameworks.getState().exportXlsx(summary!.hash);
    expect(workbook?.fileName).toBe('fieldscore-default-1.0.0.xlsx');
    expect([...Buffer.from(workbook!.dataBase64, 'base64').subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(stores.frameworks.getState()).toMatchObject({ exporting: null, exportError: null });
    expect(await stores.frameworks.getState().exportXlsx(`sha256:${'e'.repeat(64)}`)).toBeNull();
    expect(stores.frameworks.getState().exportError?.code).toBe('not_found');
  });

  it('reads the office-type recommendation of one assessment, never showing another one’s', async () => {
    const { stores, backend } = await openStores();
    const office = { currentTier: 'country_office', region: 'africa', hostCountry: 'SEN' } as const;
    const dakar = await call<{ id: string }>(backend, 'assessments.create', { office: { ...office, name: 'Country Office Dakar' }, cycle: 2025 });
    const nairobi = await call<{ id: string }>(backend, 'assessments.create', { office: { ...office, name: 'Country Office Nairobi', hostCountry: 'KEN' }, cycle: 2025 });
    await call(backend, 'answers.set', { assessmentId: dakar.id, indicatorId: 'P4.7', answer: { state: 'answered', value: 3_000_000 } });
    await call(backend, 'answers.set', { assessmentId: dakar.id, indicatorId: 'P2.1', answer: { state: 'answered', value: [{ code: 'SEN', resident: true }] } });

    await stores.frameworks.getState().loadOfficeType(dakar.id);
    expect(stores.frameworks.getState()).toMatchObject({ officeTypeFor: dakar.id, officeTypeLoading: false, officeTypeError: null });
    expect(stores.frameworks.getState().officeType).toMatchObject({ hostFlags: { ldc: true, sids: false, fragile: false }, recommendation: { suggestedTier: 'country_office' } });

    const pending = stores.frameworks.getState().loadOfficeType(nairobi.id);
    expect(stores.frameworks.getState().officeType).toBeNull();
    await pending;
    expect(stores.frameworks.getState().officeType).toMatchObject({ hostFlags: { ldc: false }, recommendation: { suggestedTier: null } });

    await stores.frameworks.getState().loadOfficeType('00000000-0000-4000-8000-000000000000');
    expect(stores.frameworks.getState()).toMatchObject({ officeType: null, officeTypeError: { code: 'not_found' } });
  });
});
