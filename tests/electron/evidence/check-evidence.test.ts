import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/contract';
import { checkEvidence } from '../../../electron/evidence/check-evidence';
import { CSV, elfExecutable, PNG, tinyPdf, windowsExecutable, xlsxWorkbook } from './evidence-samples';

async function refusal(fileName: string, bytes: Buffer | string): Promise<AppError> {
  const data = typeof bytes === 'string' ? bytes : bytes.toString('base64');
  const error = await checkEvidence(fileName, data).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('checkEvidence', () => {
  it('accepts a real PDF with its sha256 and size', async () => {
    const pdf = tinyPdf();
    const checked = await checkEvidence('Budget report 2025.pdf', pdf.toString('base64'));
    expect(checked).toEqual({
      fileName: 'Budget report 2025.pdf',
      mediaType: 'application/pdf',
      bytes: pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('recognises images, office documents and clean text by their content', async () => {
    expect((await checkEvidence('pixel.PNG', PNG.toString('base64'))).mediaType).toBe('image/png');
    expect((await checkEvidence('staffing.xlsx', (await xlsxWorkbook()).toString('base64'))).mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await checkEvidence('values.csv', CSV.toString('base64'))).mediaType).toBe('text/csv');
    const arabic = Buffer.from('ملاحظات الاجتماع\n会议记录\tnotes\n', 'utf8');
    expect((await checkEvidence('notes.txt', arabic.toString('base64'))).mediaType).toBe('text/plain');
  });

  it('refuses a PNG named .pdf and an executable named .pdf as disguised', async () => {
    expect((await refusal('report.pdf', PNG)).data).toMatchObject({
      code: 'invalid_request',
      messageKey: 'errors.evidence_disguised',
      params: { detected: 'image/png', extension: 'pdf' },
    });
    expect((await refusal('invoice.pdf', windowsExecutable())).data).toMatchObject({
      messageKey: 'errors.evidence_disguised',
      params: { detected: 'application/x-msdownload', extension: 'pdf' },
    });
    expect((await refusal('notes.txt', Buffer.from([0x00, 0x01, 0xff, 0x10]))).data).toMatchObject({
      messageKey: 'errors.evidence_disguised',
      params: { detected: 'application/octet-stream', extension: 'txt' },
    });
  });

  it('refuses executables and other types outside the allow-list', async () => {
    expect((await refusal('tool', elfExecutable())).data).toMatchObject({
      messageKey: 'errors.evidence_type_not_allowed',
      params: { detected: 'application/x-elf' },
    });
    expect((await refusal('setup.exe', windowsExecutable())).data).toMatchObject({
      messageKey: 'errors.evidence_type_not_allowed',
      params: { detected: 'application/x-msdownload' },
    });
    // Clean text under a name that is not .txt/.csv (a script, say) is not accepted either.
    expect((await refusal('run.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'))).data).toMatchObject({
      messageKey: 'errors.evidence_type_not_allowed',
      params: { detected: 'text/plain' },
    });
  });

  it('refuses empty, unreadable and oversized data with their own keys', async () => {
    expect((await refusal('a.pdf', '')).data.messageKey).toBe('errors.evidence_empty');
    for (const bad of ['not base64!', 'QUJD\nREVG', 'QUJDRA', 'QUJDRB==']) {
      expect((await refusal('a.pdf', bad)).data.messageKey).toBe('errors.evidence_unreadable');
    }
    const oversized = Buffer.concat([tinyPdf(), Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    expect((await refusal('big.pdf', oversized)).data).toMatchObject({ messageKey: 'errors.evidence_too_large', params: { maxMb: 10 } });
    // Exactly at the limit is fine.
    const atLimit = Buffer.concat([tinyPdf(), Buffer.alloc(EVIDENCE_MAX_BYTES - tinyPdf().length, 0x20)]);
    expect((await checkEvidence('big.pdf', atLimit.toString('base64'))).bytes.length).toBe(EVIDENCE_MAX_BYTES);
  });

  it('keeps only a safe last path segment of the name', async () => {
    expect((await checkEvidence('C:\\fakepath\\..\\scan.png', PNG.toString('base64'))).fileName).toBe('scan.png');
    expect((await checkEvidence('../../etc/scan.png', PNG.toString('base64'))).fileName).toBe('scan.png');
  });

  it('stores accepted content under its own extension, whatever the name claimed', async () => {
    const pdf = tinyPdf().toString('base64');
    for (const name of ['report.exe', 'run.bat', 'page.html', 'app.hta', 'logo.svg', 'setup.msi', 'script.ps1']) {
      expect((await checkEvidence(name, pdf)).fileName).toBe(`${name}.pdf`);
    }
    expect((await checkEvidence('logo.svg', PNG.toString('base64'))).fileName).toBe('logo.svg.png');
    expect((await checkEvidence('scan', PNG.toString('base64'))).fileName).toBe('scan.png');
    expect((await checkEvidence('pixel.PNG', PNG.toString('base64'))).fileName).toBe('pixel.png');
    expect((await checkEvidence('staffing.xlsx', (await xlsxWorkbook()).toString('base64'))).fileName).toBe('staffing.xlsx');
  });

  it('keeps the parts of an NTFS stream name apart and neutralises device and hidden names', async () => {
    const pdf = tinyPdf().toString('base64');
    expect((await checkEvidence('x.pdf:evil.exe', pdf)).fileName).toBe('x.pdf_evil.exe.pdf');
    expect((await checkEvidence('CON.pdf', pdf)).fileName).toBe('_CON.pdf');
    expect((await checkEvidence('lpt1', pdf)).fileName).toBe('_lpt1.pdf');
    expect((await checkEvidence('.report.pdf', pdf)).fileName).toBe('report.pdf');
    expect((await checkEvidence('report.pdf. . ', pdf)).fileName).toBe('report.pdf');
    expect((await checkEvidence('invoice\u202Efdp.exe', pdf)).fileName).toBe('invoicefdp.exe.pdf');
    expect(Buffer.byteLength((await checkEvidence(`${'ط'.repeat(250)}.pdf`, pdf)).fileName)).toBeLessThanOrEqual(240);
  });

  it('still refuses a name that claims another accepted type, stream names included', async () => {
    expect((await refusal('x.exe:scan.png', tinyPdf())).data).toMatchObject({
      messageKey: 'errors.evidence_disguised',
      params: { detected: 'application/pdf', extension: 'png' },
    });
    expect((await refusal('report.PDF.', PNG)).data).toMatchObject({ messageKey: 'errors.evidence_disguised', params: { extension: 'pdf' } });
  });
});
