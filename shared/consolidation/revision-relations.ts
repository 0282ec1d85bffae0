/**
 * How an arriving assessment revision relates to the revisions already held, decided from the
 * identities every package carries (docs/package-format.md, "Identities"): the office, the
 * lineage (all revisions of one office and cycle, named by its first revision), the revision
 * and the parent it reopened. Pure: the hub's import and `fieldscore consolidate` use it alike.
 */
import type { PackageManifest } from '../packages/package-format';

export interface RevisionRef {
  assessmentId: string;
  lineageId: string;
  officeId: string;
  officeCode: string;
  cycle: number;
  revision: number;
  parentRevisionId?: string;
  /** SHA-256 of the package (the ZIP): the same revision twice is the same file. */
  packageSha256: string;
  signerFingerprint: string;
  submittedAt: string;
}

/** The identities of a package, as its (verified) manifest states them. */
export function revisionRefOfManifest(manifest: PackageManifest, packageSha256: string): RevisionRef {
  return {
    assessmentId: manifest.assessment.id,
    lineageId: manifest.assessment.lineageId,
    officeId: manifest.office.id,
    officeCode: manifest.office.code,
    cycle: manifest.assessment.cycle,
    revision: manifest.assessment.revision,
    ...(manifest.assessment.parentRevisionId === undefined ? {} : { parentRevisionId: manifest.assessment.parentRevisionId }),
    packageSha256,
    signerFingerprint: manifest.signer.fingerprint,
    submittedAt: manifest.assessment.submittedAt,
  };
}

export type Arrival =
  /** Nothing is held for this office and cycle yet. */
  | { kind: 'new' }
  /** This very package is held already: nothing to do. */
  | { kind: 'identical'; held: string }
  /** A held revision has this id but other content: no honest writer does that (a submitted revision never changes). */
  | { kind: 'same_id_other_content'; held: string }
  /** It descends from the current revision: it replaces it. `gap` counts revisions between them never received. */
  | { kind: 'newer'; replaces: string; gap: number }
  /** The current revision descends from it: kept in the history, not current. */
  | { kind: 'older'; current: string }
  /** Neither descends from the other: a person must decide. `ancestor` is their newest common revision held, if any. */
  | { kind: 'diverged'; current: string; ancestor?: string };

/** The revisions of one lineage held with no held child: one when all is well, several when diverged. */
export function leaves(held: readonly RevisionRef[]): RevisionRef[] {
  const parents = new Set(held.map((ref) => ref.parentRevisionId).filter((id): id is string => id !== undefined));
  return held.filter((ref) => !parents.has(ref.assessmentId));
}

/** The current revision of a lineage: its only leaf, or (when diverged) the leaf with the highest revision, ties by id. */
export function currentOf(held: readonly RevisionRef[]): RevisionRef | undefined {
  return [...leaves(held)].sort((a, b) => b.revision - a.revision || (a.assessmentId < b.assessmentId ? -1 : 1))[0];
}

/** The chain of known ancestors of a revision, nearest first, following parents through `byId` as far as it goes. */
function ancestry(ref: RevisionRef, byId: ReadonlyMap<string, RevisionRef>): { known: RevisionRef[]; brokenAt?: string } {
  const known: RevisionRef[] = [];
  let parent = ref.parentRevisionId;
  const seen = new Set<string>([ref.assessmentId]);
  while (parent !== undefined) {
    if (seen.has(parent)) break; // a cycle no honest writer makes; stop rather than loop
    seen.add(parent);
    const next = byId.get(parent);
    if (!next) return { known, brokenAt: parent };
    known.push(next);
    parent = next.parentRevisionId;
  }
  return { known };
}

/**
 * Where `incoming` stands against `held`, the revisions held for the same office; `currentIds`
 * names the revisions the holder counts as current, when it knows (else the newest leaf). Revision
 * numbers grow by one along a lineage (a reopen takes the latest submitted revision), so when a
 * chain passes through a revision never received, the numbers still order the two; a proven
 * fork (both chains known down to a common revision) is always a conflict.
 */
export function arrivalOf(incoming: RevisionRef, held: readonly RevisionRef[], currentIds: ReadonlySet<string> = new Set()): Arrival {
  const same = held.find((ref) => ref.assessmentId === incoming.assessmentId);
  if (same) return same.packageSha256 === incoming.packageSha256 ? { kind: 'identical', held: same.assessmentId } : { kind: 'same_id_other_content', held: same.assessmentId };
  const cycleHeld = held.filter((ref) => ref.cycle === incoming.cycle);
  if (cycleHeld.length === 0) return { kind: 'new' };
  const lineage = cycleHeld.filter((ref) => ref.lineageId === incoming.lineageId);
  if (lineage.length === 0) {
    // Another assessment of the same office and cycle, started on its own: two truths, no common ancestor.
    return { kind: 'diverged', current: (cycleHeld.find((ref) => currentIds.has(ref.assessmentId)) ?? currentOf(cycleHeld)!).assessmentId };
  }
  const byId = new Map([...lineage, incoming].map((ref) => [ref.assessmentId, ref]));
  // Whoever holds the revisions may know which is current (a person kept one of two diverged).
  const current = lineage.find((ref) => currentIds.has(ref.assessmentId)) ?? currentOf(lineage)!;
  const incomingChain = ancestry(incoming, byId);
  if (incomingChain.known.some((ref) => ref.assessmentId === current.assessmentId)) {
    return { kind: 'newer', replaces: current.assessmentId, gap: incoming.revision - current.revision - 1 };
  }
  const currentChain = ancestry(current, byId);
  // byId holds the incoming revision too, so the current one's chain passes through it when it is an ancestor.
  if (currentChain.known.some((ref) => ref.assessmentId === incoming.assessmentId)) return { kind: 'older', current: current.assessmentId };
  // Not proven either way: a chain that stops at a revision never received is read by its numbers.
  const lowestKnown = (chain: { known: RevisionRef[] }, from: RevisionRef) => chain.known.at(-1)?.revision ?? from.revision;
  if (incomingChain.brokenAt !== undefined && incoming.revision > current.revision && lowestKnown(incomingChain, incoming) > current.revision) {
    return { kind: 'newer', replaces: current.assessmentId, gap: incoming.revision - current.revision - 1 };
  }
  if (currentChain.brokenAt !== undefined && incoming.revision < current.revision && lowestKnown(currentChain, current) > incoming.revision) {
    return { kind: 'older', current: current.assessmentId };
  }
  const incomingIds = new Set(incomingChain.known.map((ref) => ref.assessmentId));
  const ancestor = [current, ...currentChain.known].find((ref) => incomingIds.has(ref.assessmentId));
  return { kind: 'diverged', current: current.assessmentId, ...(ancestor ? { ancestor: ancestor.assessmentId } : {}) };
}
