import type { Framework, FrameworkRef } from '../../shared/framework/framework-schema';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { recommendOfficeType } from '../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment } from '../../shared/typology/typology-input';
import { formatFrameworkFileProblem, readFrameworkFile } from '../frameworks/framework-file';
import { readShippedFrameworks } from '../frameworks/shipped-frameworks';
import { readAssessmentFile } from './assessment-file';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { MESSAGES } from './cli-messages';
import { hostFlagsFor } from '../geo/country-groups';
import { buildScoreReport, renderScoreReport } from './score-report';

export interface ScoreOptions {
  json: boolean;
  frameworkFile?: string;
  fragile: boolean;
  passphrase?: string;
}

type Found = { ok: true; framework: Framework; ref: FrameworkRef } | { ok: false; lines: string[] };

/** fieldscore score <assessment-file>: scores, bands, coverage, red indicators and the office-type recommendation. */
export async function scoreCommand(file: string, options: ScoreOptions, io: CliIo): Promise<ExitCode> {
  const read = await readAssessmentFile(file, options.passphrase);
  if (!read.ok) {
    io.stderr(`${MESSAGES.assessmentInvalid(file)}\n${read.problems.map((line) => `  ${line}\n`).join('')}`);
    return EXIT.failure;
  }
  const { document } = read;
  const found: Found =
    read.format === 'package' && options.frameworkFile === undefined
      ? { ok: true, framework: read.framework, ref: document.framework }
      : await findFramework(document.framework, options.frameworkFile, io);
  if (!found.ok) {
    io.stderr(found.lines.map((line) => `${line}\n`).join(''));
    return EXIT.failure;
  }
  let hostFlags;
  try {
    hostFlags = hostFlagsFor(io.resourcesDir, document.office.hostCountry, options.fragile);
  } catch (error) {
    io.stderr(`${MESSAGES.countryGroupsUnreadable((error as Error).message)}\n`);
    return EXIT.failure;
  }
  const score = scoreAssessment(found.framework, document.answers);
  const recommendation = recommendOfficeType(typologyInputFromAssessment(found.framework, document.answers, hostFlags, document.office.region));
  const report = buildScoreReport({ document, framework: found.framework, ref: found.ref, score, recommendation, hostFlags });
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderScoreReport(report));
  return EXIT.ok;
}

/** The framework the assessment names: id, version and content hash must all match. */
async function findFramework(expected: FrameworkRef, frameworkFile: string | undefined, io: CliIo): Promise<Found> {
  let candidate: { framework: Framework; ref: FrameworkRef };
  if (frameworkFile !== undefined) {
    const result = await readFrameworkFile(frameworkFile);
    if (!result.ok) return { ok: false, lines: [MESSAGES.frameworkFileInvalid(frameworkFile), ...result.problems.map((p) => `  ${formatFrameworkFileProblem(p)}`)] };
    if (result.ref.id !== expected.id || result.ref.version !== expected.version) {
      return { ok: false, lines: [MESSAGES.frameworkMismatch(`${expected.id} ${expected.version}`, `${result.ref.id} ${result.ref.version}`)] };
    }
    candidate = result;
  } else {
    const shipped = readShippedFrameworks(io.resourcesDir).frameworks.filter(
      (f) => f.ref.id === expected.id && f.ref.version === expected.version,
    );
    const first = shipped[0];
    if (!first) return { ok: false, lines: [MESSAGES.frameworkNotShipped(expected.id, expected.version)] };
    candidate = shipped.find((f) => f.ref.hash === expected.hash) ?? first;
  }
  if (candidate.ref.hash !== expected.hash) {
    return { ok: false, lines: [MESSAGES.frameworkHashMismatch(expected.id, expected.version, expected.hash, candidate.ref.hash)] };
  }
  return { ok: true, framework: candidate.framework, ref: candidate.ref };
}
