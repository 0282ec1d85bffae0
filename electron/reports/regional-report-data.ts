import { AppError } from '../../shared/api/app-error';
import type { Framework } from '../../shared/framework/framework-schema';
import type { Region } from '../../shared/office/office-profile';
import { buildPicture } from '../../shared/picture/build-picture';
import type { PictureMember } from '../../shared/picture/picture-input';
import type { PictureScope, ReviewStatus, SetPicture } from '../../shared/picture/picture-types';
import { buildRegionalReportData, EmptyRegionalReport } from '../../shared/reports/build-regional-report-data';
import type { Distribution } from '../../shared/reports/office-report-constants';
import { REGIONAL_REPORT_ERROR_KEYS, type RegionalReportData, type RegionalReportSource } from '../../shared/reports/regional-report-data';
import { consolidateSet } from '../consolidation/consolidate-set';
import type { Member, VerifiedConsolidated } from '../consolidation/consolidated-file';
import { hubPicture, type ReviewStatusOf } from '../consolidation/hub-picture';
import type { HubStore } from '../consolidation/hub-store';
import { readHeldPackage } from '../consolidation/hub-views';
import { documentOrder, newestRevision, pictureMemberOf, type RevisionMerge } from '../consolidation/picture-member';
import type { CountryGroups } from '../geo/country-groups';

/**
 * The regional report's data (shared/reports/regional-report-data.ts) from the two places a set
 * is held — the hub's store (the app's `reports.input`) and a consolidated file (`fieldscore
 * report F.fieldscore-set`) — both through the hub's picture (shared/picture/build-picture.ts)
 * and one pure builder, so a set printed from the hub's app and from the file it exported is the
 * same document.
 */

export interface RegionalReportRequest {
  /** Default: the newest cycle held. */
  cycle?: number;
  /** Default: the network (the hub's store); the one region of the file's offices (a consolidated file). */
  region?: Region;
  distribution?: Distribution;
}

function emptyReport(scope: PictureScope, cycle: number | null): AppError {
  return new AppError('not_found', `no office of ${scope.kind === 'network' ? 'the network' : scope.region} is held for cycle ${cycle ?? '(none)'}`, {
    messageKey: REGIONAL_REPORT_ERROR_KEYS.empty,
    params: { scope: scope.kind === 'network' ? 'network' : scope.region, cycle: cycle ?? '' },
  });
}

function reportOf(picture: SetPicture, framework: Framework, source: RegionalReportSource, distribution: Distribution | undefined): RegionalReportData {
  try {
    return buildRegionalReportData({
      picture,
      bands: framework.bands.aggregate,
      minCoverage: framework.minCoverage,
      source,
      ...(distribution === undefined ? {} : { distribution }),
    });
  } catch (error) {
    if (error instanceof EmptyRegionalReport) throw emptyReport(picture.scope, picture.cycle);
    throw error;
  }
}

/**
 * From the hub's store: the picture the hub's screen shows for that cycle and scope (its review
 * statuses as they are now), and the bands of the picture's framework, read from a held package
 * that carries it.
 */
export async function regionalReportDataOfHub(
  hub: HubStore,
  resourcesDir: string,
  reviewStatusOf: ReviewStatusOf,
  request: RegionalReportRequest = {},
): Promise<RegionalReportData> {
  const scope: PictureScope = request.region ? { kind: 'region', region: request.region } : { kind: 'network' };
  const picture = await hubPicture(hub, resourcesDir, { ...(request.cycle === undefined ? {} : { cycle: request.cycle }), scope }, reviewStatusOf);
  if (picture.framework === null || picture.rows.length === 0) throw emptyReport(scope, picture.cycle);
  const hash = picture.framework.hash;
  const row = hub.packages(['current', 'merged']).find((candidate) => candidate.framework_hash === hash);
  // The picture's framework is one of the counted packages' own: not finding it is a defect.
  if (!row) throw new Error(`no held package carries the picture's framework ${hash}`);
  const { framework } = await readHeldPackage(hub, row.package_sha256);
  return reportOf(picture, framework, { kind: 'hub' }, request.distribution);
}

/**
 * The consolidated file's members as the picture's input. The file is a set a hub signed, but
 * its members are still placed by the rules every hub applies (consolidate-set.ts): one package
 * once, the keys its trust list decided, per office and cycle the current revision or the
 * revisions a decision settled — kept one, or merged indicator by indicator (pictureMemberOf,
 * shared with the hub's store). A file made by Fieldscore holds nothing those rules leave out;
 * one made otherwise is read the way headquarters would import it.
 *
 * The file carries no review decisions, only which revisions its hub chose to pass on: every
 * member of a file made with `include: 'accepted'` was accepted; of any other, none is known to be.
 */
export function consolidatedPictureMembers(consolidated: VerifiedConsolidated, groups: CountryGroups): PictureMember[] {
  const { manifest } = consolidated;
  const set = consolidateSet(
    [{ source: 'consolidated file', members: consolidated.members, trust: consolidated.trust, decisions: consolidated.decisions }],
    manifest.hub.name,
    manifest.createdAt,
  );
  const review: ReviewStatus = manifest.include === 'accepted' ? 'accepted' : 'received';
  const byOfficeCycle = new Map<string, Member[]>();
  for (const member of set.members) {
    const key = `${member.verified.manifest.office.id}\u0000${member.verified.manifest.assessment.cycle}`;
    byOfficeCycle.set(key, [...(byOfficeCycle.get(key) ?? []), member]);
  }
  return [...byOfficeCycle.values()].map((members) => {
    const counted = newestRevision(
      members.map((member) => member.verified),
      (verified) => documentOrder(verified.document),
    );
    let merge: RevisionMerge | undefined;
    if (members.length > 1) {
      const { id: officeId } = counted.manifest.office;
      const conflict = set.conflicts.find((candidate) => candidate.officeId === officeId && candidate.cycle === counted.document.cycle && candidate.decision);
      const resolution = conflict?.decision?.resolution;
      // consolidateSet keeps several revisions of one office and cycle only for a decision that merged them.
      if (!resolution || !('picks' in resolution)) throw new Error(`office ${officeId} cycle ${counted.document.cycle}: several revisions kept without a merge decision`);
      merge = { rivals: new Map(members.map((member) => [member.verified.document.id, member.verified.document.answers] as const)), picks: resolution.picks };
    }
    return pictureMemberOf(
      { document: counted.document, framework: counted.framework, packageSha256: counted.packageSha256, fingerprint: counted.signer.fingerprint, review },
      groups,
      merge,
    );
  });
}

/** The scope a consolidated file is about: its region when every office of the cycle is of one, else the network. */
export function scopeOfMembers(members: readonly PictureMember[], cycle: number): PictureScope {
  const regions = new Set(members.filter((member) => member.document.cycle === cycle).map((member) => member.document.office.region));
  const [only] = regions;
  return regions.size === 1 && only ? { kind: 'region', region: only } : { kind: 'network' };
}

/**
 * From a verified consolidated file (the CLI): the picture of its newest cycle (or the one asked
 * for), scoped to its one region or to the network, and what ties the paper to the file.
 */
export function regionalReportDataOfConsolidated(consolidated: VerifiedConsolidated, groups: CountryGroups, request: RegionalReportRequest = {}): RegionalReportData {
  const members = consolidatedPictureMembers(consolidated, groups);
  const cycles = [...new Set(members.map((member) => member.document.cycle))].sort((a, b) => a - b);
  const cycle = request.cycle ?? cycles.at(-1);
  if (cycle === undefined) throw emptyReport(request.region ? { kind: 'region', region: request.region } : { kind: 'network' }, null);
  if (!cycles.includes(cycle)) {
    throw new AppError('invalid_request', `the consolidated file holds no assessment of cycle ${cycle}; it holds ${cycles.join(', ')}`, {
      problems: [{ path: 'cycle', message: `the file holds no assessment of cycle ${cycle}; it holds ${cycles.join(', ')}` }],
    });
  }
  const scope: PictureScope = request.region ? { kind: 'region', region: request.region } : scopeOfMembers(members, cycle);
  const picture = buildPicture(members, { cycle, scope });
  if (picture.framework === null || picture.rows.length === 0) throw emptyReport(scope, cycle);
  const hash = picture.framework.hash;
  const framework = members.find((member) => member.document.framework.hash === hash)!.framework;
  const { manifest } = consolidated;
  const source: RegionalReportSource = {
    kind: 'consolidated',
    hubName: manifest.hub.name,
    signerFingerprint: consolidated.signer.fingerprint,
    fileSha256: consolidated.fileSha256,
    createdAt: manifest.createdAt,
    include: manifest.include ?? null,
  };
  return reportOf(picture, framework, source, request.distribution);
}
