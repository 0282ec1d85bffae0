import { z } from 'zod';
import { AppError } from '../../shared/api/app-error';
import type { PictureRequest } from '../../shared/api/picture-contract';
import { storedAssessmentDocumentSchema, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Decision } from '../../shared/consolidation/consolidated-format';
import type { Framework } from '../../shared/framework/framework-schema';
import { buildPicture } from '../../shared/picture/build-picture';
import { mergedAnswers } from '../../shared/picture/merged-answers';
import type { PictureMember } from '../../shared/picture/picture-input';
import type { ReviewStatus, SetPicture } from '../../shared/picture/picture-types';
import type { AssessmentScore } from '../../shared/scoring/assessment-score';
import { BANDS } from '../../shared/scoring/band';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { hostFlagsOf, readCountryGroups } from '../geo/country-groups';
import type { HubPackageRow, HubStore } from './hub-store';
import { readHeldPackage } from './hub-views';

/**
 * The hub's picture read from its store (docs/hub-picture.md). Which revision counts is the
 * consolidated file's rule (hub-export.ts): per office and cycle its current revision, or — where
 * a person merged diverged revisions indicator by indicator — their merge. An office and cycle
 * with an open conflict has neither until someone decides, so it is not in the picture.
 */

export type ReviewStatusOf = (packageSha256: string) => ReviewStatus;

const aggregateBand = z.enum([...BANDS, 'insufficient_data']);

/**
 * What the picture reads of a stored score, checked before it is trusted: the store wrote it
 * (the reader's engine score at import), but a row read back is input like any other.
 */
const storedScoreShape = z.object({
  overall: z.object({ score: z.number().nullable(), band: aggregateBand, coverage: z.number().min(0).max(1) }),
  perspectives: z.array(z.object({ perspectiveId: z.string(), score: z.number().nullable(), band: aggregateBand, coverage: z.number().min(0).max(1) })),
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      perspectiveId: z.string(),
      status: z.enum(['scored', 'context', 'blank', 'not_applicable', 'unknown', 'invalid']),
      score: z.number().nullable(),
      band: z.enum(BANDS).nullable(),
    }),
  ),
});

function parseStored<T>(row: HubPackageRow, column: 'document_json' | 'score_json', check: (value: unknown) => { success: boolean }): T {
  let value: unknown;
  try {
    value = JSON.parse(row[column]);
  } catch {
    value = undefined;
  }
  // A row the store cannot read back is a defect of the store, not a user's mistake.
  if (value === undefined || !check(value).success) throw new Error(`held package ${row.package_sha256}: ${column} does not fit its shape`);
  return value as T;
}

/** Frameworks by content hash, each read once from the first held package that carries it: 1,000 offices on one framework read one package. */
class FrameworkCache {
  private readonly byHash = new Map<string, Framework>();
  constructor(private readonly hub: HubStore) {}
  async of(row: HubPackageRow): Promise<Framework> {
    const known = this.byHash.get(row.framework_hash);
    if (known) return known;
    const { framework } = await readHeldPackage(this.hub, row.package_sha256);
    this.byHash.set(row.framework_hash, framework);
    return framework;
  }
}

/** The merge decision of an office and cycle: the latest one whose picks name these merged revisions. */
function mergeDecision(decisions: readonly Decision[], rows: readonly HubPackageRow[]): Extract<Decision['resolution'], { picks: unknown }> | undefined {
  const ids = rows.map((row) => row.assessment_id);
  for (let index = decisions.length - 1; index >= 0; index -= 1) {
    const decision = decisions[index]!;
    if (decision.officeId === rows[0]!.office_id && decision.cycle === rows[0]!.cycle && 'picks' in decision.resolution && ids.every((id) => decision.revisions.includes(id))) {
      return decision.resolution;
    }
  }
  return undefined;
}

/** The newest of some revisions: highest revision, then latest submission, then assessment id. */
function newestRow(rows: readonly HubPackageRow[]): HubPackageRow {
  return [...rows].sort((a, b) => b.revision - a.revision || (a.submitted_at < b.submitted_at ? 1 : a.submitted_at > b.submitted_at ? -1 : 0) || (a.assessment_id < b.assessment_id ? 1 : -1))[0]!;
}

/** Every office's counted revision of every cycle, as the picture's members. */
export async function hubPictureMembers(hub: HubStore, resourcesDir: string, reviewStatusOf: ReviewStatusOf = () => 'received'): Promise<PictureMember[]> {
  const groups = readCountryGroups(resourcesDir); // once for the set, not once per office
  const frameworks = new FrameworkCache(hub);
  const byOfficeCycle = new Map<string, HubPackageRow[]>();
  for (const row of hub.packages(['current', 'merged'])) {
    const key = `${row.office_id}\u0000${row.cycle}`;
    const rows = byOfficeCycle.get(key) ?? [];
    rows.push(row);
    byOfficeCycle.set(key, rows);
  }
  let decisions: Decision[] | undefined;
  const members: PictureMember[] = [];
  for (const rows of byOfficeCycle.values()) {
    const current = rows.filter((row) => row.state === 'current');
    const merged = current.length === 0 ? rows : [];
    const row = newestRow(current.length > 0 ? current : rows);
    let document = parseStored<AssessmentDocument>(row, 'document_json', (value) => storedAssessmentDocumentSchema.safeParse(value));
    let score = parseStored<AssessmentScore>(row, 'score_json', (value) => storedScoreShape.safeParse(value));
    const framework = await frameworks.of(row);
    let mergedFrom: string[] | undefined;
    if (merged.length > 1) {
      decisions ??= hub.decisions();
      const resolution = mergeDecision(decisions, merged);
      const answers = new Map(merged.map((rival) => [rival.assessment_id, parseStored<AssessmentDocument>(rival, 'document_json', (value) => storedAssessmentDocumentSchema.safeParse(value)).answers] as const));
      if (resolution) {
        document = { ...document, answers: mergedAnswers(document.answers, answers, resolution.picks) };
        // The merge is no package's own: the engine scores it, as the office's own app would.
        score = scoreAssessment(framework, document.answers);
        mergedFrom = merged.map((rival) => rival.assessment_id).sort();
      }
    }
    members.push({
      document,
      score,
      framework,
      hostFlags: hostFlagsOf(groups, document.office.hostCountry, document.office.fragileContext === true),
      packageSha256: row.package_sha256,
      fingerprint: row.signer_fingerprint,
      review: reviewStatusOf(row.package_sha256),
      ...(mergedFrom ? { mergedFrom } : {}),
    });
  }
  return members;
}

/** `hub.picture`: the picture of a scope and cycle; a cycle the hub does not hold is refused. */
export async function hubPicture(hub: HubStore, resourcesDir: string, request: PictureRequest, reviewStatusOf?: ReviewStatusOf): Promise<SetPicture> {
  const members = await hubPictureMembers(hub, resourcesDir, reviewStatusOf);
  if (request.cycle !== undefined && !members.some((member) => member.document.cycle === request.cycle)) {
    const held = [...new Set(members.map((member) => member.document.cycle))].sort((a, b) => a - b);
    throw new AppError('invalid_request', `the hub holds no assessment of cycle ${request.cycle}`, {
      problems: [{ path: 'cycle', message: held.length > 0 ? `the hub holds no assessment of cycle ${request.cycle}; it holds ${held.join(', ')}` : 'the hub holds no assessment yet' }],
    });
  }
  return buildPicture(members, { ...(request.cycle === undefined ? {} : { cycle: request.cycle }), ...(request.scope ? { scope: request.scope } : {}) });
}
