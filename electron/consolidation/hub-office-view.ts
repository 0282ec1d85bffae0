import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../shared/api/app-error';
import type { OfficeTypeResult } from '../../shared/api/contract';
import type { HubAssessmentView, HubEvidenceFile } from '../../shared/api/hub-office-contract';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework } from '../../shared/framework/framework-schema';
import type { AssessmentScore } from '../../shared/scoring/assessment-score';
import { extensionOf } from '../evidence/evidence-file-name';
import { TEXT_EVIDENCE_TYPES, UNKNOWN_MEDIA_TYPE } from '../evidence/evidence-types';
import { isPlainText } from '../evidence/plain-text';
import { hostFlagsOf, readCountryGroups, type CountryGroups } from '../geo/country-groups';
import type { VerifiedPackage } from '../packages/package-reader';
import type { HubPackageRow, HubStore } from './hub-store';
import { readHeldPackage } from './hub-views';
import { memberRows, type SetMember } from './set-member';

/**
 * The hub's drill-down (issue 9): one held revision read again from its stored bytes through the
 * one reader of packages, and its evidence files. Nothing is written.
 *
 * Bounds: everything returned comes from a package the reader verified on import and verifies
 * again here, so it is within the package limits (docs/package-format.md): an evidence file is at
 * most EVIDENCE_MAX_BYTES (10 MiB, checked by checkEvidenceBytes), history.json at most one entry
 * of 12 MiB and 200,000 changes, the whole ZIP at most 256 MiB. One evidence file is sent per
 * request, so a response is never more than one file's base64 (≈ 13.4 MiB).
 */

/** The stored row of an assessment the hub holds (any state), or a not_found the screen can word. */
function heldRow(hub: HubStore, assessmentId: string): HubPackageRow {
  const row = hub.packageOf(assessmentId);
  if (!row) throw new AppError('not_found', 'the hub holds no revision with this assessment id', { messageKey: 'hubOffice.errors.not_held' });
  return row;
}

function memberOf(document: AssessmentDocument, framework: Framework, score: AssessmentScore, row: HubPackageRow, groups: CountryGroups): SetMember {
  return {
    document,
    framework,
    score,
    signerFingerprint: row.signer_fingerprint,
    packageSha256: row.package_sha256,
    hostFlags: hostFlagsOf(groups, document.office.hostCountry, document.office.fragileContext === true),
  };
}

/**
 * The office-type recommendation as the set's spreadsheet computes it (memberRows): the rule
 * "top third of the portfolio" compares an office with the other offices of its region and cycle,
 * each by its latest revision among the revisions the set counts (current and merged). Only those
 * rows are read. This revision stands for its office whatever its state, so a superseded or
 * diverged revision is shown with the recommendation its own answers would get.
 *
 * The other offices' documents come from `document_json`, written by the import from the verified
 * package, and their frameworks from one package read per framework hash: re-verifying every
 * package of the region for one screen would cost a second per hundred offices.
 */
async function officeTypeOf(hub: HubStore, row: HubPackageRow, own: VerifiedPackage, groups: CountryGroups): Promise<OfficeTypeResult> {
  const frameworks = new Map<string, Framework>([[own.document.framework.hash, own.framework]]);
  const mine = memberOf(own.document, own.framework, own.score, row, groups);
  const members: SetMember[] = [mine];
  for (const other of hub.packages(['current', 'merged'])) {
    if (other.office_id === row.office_id || other.region !== row.region || other.cycle !== row.cycle) continue;
    let framework = frameworks.get(other.framework_hash);
    if (!framework) {
      framework = (await readHeldPackage(hub, other.package_sha256)).framework;
      frameworks.set(other.framework_hash, framework);
    }
    members.push(memberOf(JSON.parse(other.document_json) as AssessmentDocument, framework, JSON.parse(other.score_json) as AssessmentScore, other, groups));
  }
  const result = memberRows(members).find((candidate) => candidate.member === mine)!;
  return { recommendation: result.recommendation, hostFlags: mine.hostFlags, comparedOffices: result.comparedOffices };
}

/** `resourcesDir` holds geo/country-groups.json (LDC and SIDS of the host country). */
export async function hubAssessment(hub: HubStore, resourcesDir: string, assessmentId: string): Promise<HubAssessmentView> {
  const row = heldRow(hub, assessmentId);
  const read = await readHeldPackage(hub, row.package_sha256);
  const officeType = await officeTypeOf(hub, row, read, readCountryGroups(resourcesDir));
  return {
    document: read.document,
    framework: read.framework,
    score: read.score,
    history: read.history,
    evidence: read.evidence.map((file) => file.info),
    state: row.state,
    fingerprint: read.signer.fingerprint,
    packageSha256: read.packageSha256,
    received: { at: row.received_at, by: row.received_by, from: row.received_from, ...(row.via_fingerprint === null ? {} : { via: row.via_fingerprint }) },
    officeType,
  };
}

/**
 * The media type of evidence bytes, detected as an upload's is (electron/evidence/check-evidence.ts):
 * a signature file-type recognises, else clean UTF-8 text — text/csv under a .csv name, otherwise
 * text/plain — else application/octet-stream. The index's declared type is never used.
 */
export async function detectedMediaType(bytes: Buffer, fileName: string): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  if (!isPlainText(bytes)) return UNKNOWN_MEDIA_TYPE;
  const extension = extensionOf(fileName);
  return TEXT_EVIDENCE_TYPES.find((type) => type.extensions.includes(extension))?.mediaType ?? 'text/plain';
}

/** One evidence file of a held revision, by its SHA-256; a hash this package does not list is refused. */
export async function hubEvidence(hub: HubStore, assessmentId: string, sha256: string): Promise<HubEvidenceFile> {
  const row = heldRow(hub, assessmentId);
  const read = await readHeldPackage(hub, row.package_sha256);
  const file = read.evidence.find((candidate) => candidate.info.sha256 === sha256);
  if (!file) {
    throw new AppError('not_found', 'this file is not one of the evidence files of this revision', { messageKey: 'hubOffice.errors.evidence_not_in_package' });
  }
  return {
    fileName: file.info.fileName,
    mediaType: await detectedMediaType(file.data, file.info.fileName),
    size: file.data.length,
    dataBase64: file.data.toString('base64'),
  };
}
