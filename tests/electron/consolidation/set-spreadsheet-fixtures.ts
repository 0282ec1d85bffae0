import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hostFlagsFor } from '../../../electron/geo/country-groups';
import type { SetMember } from '../../../electron/consolidation/set-spreadsheet';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { readPackage } from '../../../electron/packages/package-reader';
import type { Answers } from '../../../shared/assessment/answer';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { frameworkRefOf } from '../../../shared/framework/framework-hash';
import type { Framework } from '../../../shared/framework/framework-schema';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';

export const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');

let demo: Promise<SetMember[]> | undefined;

/** Every package of the default demo network (107 revisions of 48 offices), read and verified as a hub would; made once per test file. */
export function demoMembers(): Promise<SetMember[]> {
  demo ??= readDemoMembers();
  return demo;
}

async function readDemoMembers(): Promise<SetMember[]> {
  const members: SetMember[] = [];
  for (const item of await generateDemoNetwork({ resourcesDir: RESOURCES_DIR })) {
    const result = await readPackage(item.bytes);
    if (!result.ok) throw new Error(`${item.fileName}: ${result.reason.code}`);
    const { document, framework, score, signer, packageSha256 } = result.package;
    const hostFlags = hostFlagsFor(RESOURCES_DIR, document.office.hostCountry, document.office.fragileContext === true);
    members.push({ document, framework, score, signerFingerprint: signer.fingerprint, packageSha256, hostFlags });
  }
  return members;
}

const text = (en: string) => ({ en });

/**
 * A small framework of its own (ids X…), for what the default one has not: a number that may be
 * negative, a yes/no and a multichoice. Checked by validateFramework like any framework.
 */
export const SMALL_FRAMEWORK: Framework = (() => {
  const result = validateFramework({
    schema: 'fieldscore.framework/1',
    id: 'set-spreadsheet-test',
    version: '1.0.0',
    languages: ['en'],
    title: text('Small framework for the set spreadsheet tests'),
    bands: { indicator: { green: 85, amber: 70 }, aggregate: { green: 80, amber: 60 } },
    minCoverage: 0.5,
    perspectives: [
      {
        id: 'X1',
        title: text('Money and answers'),
        weight: 1,
        indicators: [
          { id: 'X1.1', title: text('Net balance'), input: { type: 'number' }, scoring: { rule: 'linear', zero: -10, full: 10 }, weight: 1, justifyWhenRed: false },
          { id: 'X1.2', title: text('Audit done'), input: { type: 'yesno' }, scoring: { rule: 'yesno' }, weight: 1, justifyWhenRed: false },
          {
            id: 'X1.3',
            title: text('Services offered'),
            input: { type: 'multichoice', options: [{ id: 'a', label: text('A') }, { id: 'b', label: text('B') }] },
            scoring: { rule: 'linear', zero: 0, full: 2 },
            weight: 1,
            justifyWhenRed: false,
          },
          { id: 'X1.4', title: text('Share of women'), input: { type: 'percent' }, scoring: { rule: 'shortfall', target: 50, perPoint: 2, penalise: 'both' }, weight: 1, justifyWhenRed: false },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.framework;
})();

/** A member of the small framework made from a demo member's identity, with another name and answers. */
export function smallMember(base: SetMember, name: string, answers: Answers, index: number): SetMember {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const document: AssessmentDocument = {
    ...base.document,
    id,
    lineageId: id,
    officeId: `11111111-0000-4000-8000-${String(index).padStart(12, '0')}`,
    office: { ...base.document.office, name, code: `TST-${String(index).padStart(2, '0')}` },
    framework: frameworkRefOf(SMALL_FRAMEWORK),
    answers,
  };
  return { ...base, document, framework: SMALL_FRAMEWORK, score: scoreAssessment(SMALL_FRAMEWORK, answers) };
}

/** One CSV field as read, with whether it was quoted (LibreOffice quotes text cells, never numbers). */
export interface CsvField {
  value: string;
  quoted: boolean;
}

/**
 * A strict RFC 4180 reader: records end with CRLF (LibreOffice writes LF, also accepted), a
 * quoted field may hold commas, CR, LF and doubled quotes; a quote anywhere else is an error.
 */
export function parseCsv(input: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let index = 0;
  const endRecord = () => {
    records.push(record);
    record = [];
  };
  while (index < input.length) {
    let field: CsvField;
    if (input[index] === '"') {
      let value = '';
      index += 1;
      for (;;) {
        if (index >= input.length) throw new Error('unterminated quoted field');
        if (input[index] === '"') {
          if (input[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        value += input[index];
        index += 1;
      }
      field = { value, quoted: true };
    } else {
      const end = input.slice(index).search(/[,\r\n]/);
      const value = end === -1 ? input.slice(index) : input.slice(index, index + end);
      if (value.includes('"')) throw new Error(`a quote inside an unquoted field: ${value}`);
      field = { value, quoted: false };
      index += value.length;
    }
    record.push(field);
    if (input[index] === ',') {
      index += 1;
      if (index === input.length) record.push({ value: '', quoted: false });
    } else if (input.startsWith('\r\n', index)) {
      index += 2;
      endRecord();
    } else if (input[index] === '\n') {
      index += 1;
      endRecord();
    } else if (index < input.length) throw new Error(`unexpected ${JSON.stringify(input[index])} after a field`);
  }
  if (record.length > 0) endRecord();
  return records;
}

export function officeBinary(): string {
  for (const name of ['soffice', 'libreoffice']) {
    if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) return name;
  }
  throw new Error('LibreOffice is needed for this test: apt-get install --no-install-recommends libreoffice-calc-nogui (.ci/run does)');
}

/**
 * LibreOffice's CSV export: comma, double quote, UTF-8, text cells quoted, cell contents as
 * shown; `-1` writes every sheet (file-Sheet.csv). A fresh profile per run, so parallel runs
 * never share LibreOffice's user installation.
 */
export const LIBREOFFICE_CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1';

export function libreOfficeConvert(file: string, outDir: string, args: readonly string[] = []): { ms: number } {
  const profile = fs.mkdtempSync(path.join(path.dirname(outDir), 'lo-profile-'));
  const started = performance.now();
  const run = spawnSync(
    officeBinary(),
    [`-env:UserInstallation=file://${profile}`, '--headless', ...args, '--convert-to', LIBREOFFICE_CSV_EXPORT, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`LibreOffice failed (${run.status ?? run.signal}): ${run.stderr}`);
  return { ms };
}
