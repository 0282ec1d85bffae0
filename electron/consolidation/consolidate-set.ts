import type { Decision, MemberRef, TrustEntry } from '../../shared/consolidation/consolidated-format';
import { arrivalOf, currentOf, revisionRefOfManifest, type RevisionRef } from '../../shared/consolidation/revision-relations';
import { memberRefOf, type Member } from './consolidated-file';

/**
 * The rules by which a set of received packages becomes one consolidated set — the same for a
 * hub's files and for headquarters' files of hubs (docs/consolidation.md, "Consolidating"):
 *
 * 1. the same package (by SHA-256) counts once, however many files or hubs it came through;
 * 2. per office, keys decided in a trust list (from a consolidated file) rule; an office no
 *    list names trusts the key of its earliest revision (first seen); packages signed by
 *    another key, a revoked or a rejected one are left out and said so;
 * 3. per office and cycle, revisions are placed by their identities (revision-relations.ts):
 *    the current revision is kept, superseded (older) ones are reported, diverged ones are a
 *    conflict — kept only as a person decided it (a decision carried by a consolidated file),
 *    otherwise reported and left out.
 */
export interface ConsolidationInput {
  /** Where it came from: a file name, for the report. */
  source: string;
  members: readonly Member[];
  trust: readonly TrustEntry[];
  decisions: readonly Decision[];
}

export type LeftOut =
  | 'identical'
  | 'superseded'
  | 'conflict'
  | 'different_key'
  | 'revoked_key'
  | 'rejected_key'
  | 'same_id_other_content';

export interface MemberReport {
  source: string;
  member: MemberRef;
  outcome: 'included' | LeftOut;
  /** For identical: the other source; for superseded: the current revision; for conflict: the other revision(s). */
  detail?: string;
}

export interface ConflictReport {
  officeId: string;
  officeCode: string;
  cycle: number;
  revisions: string[];
  /** The decision that settled it, if one came with the files. */
  decision?: Decision;
}

export interface ConsolidatedSet {
  members: Member[];
  decisions: Decision[];
  trust: TrustEntry[];
  reports: MemberReport[];
  conflicts: ConflictReport[];
}

interface Arrived {
  source: string;
  member: Member;
  ref: MemberRef;
  revision: RevisionRef;
}

const revisionOf = (member: Member): RevisionRef => revisionRefOfManifest(member.verified.manifest, member.verified.packageSha256);

const byArrivalOrder = (a: Arrived, b: Arrived) =>
  a.revision.cycle - b.revision.cycle ||
  a.revision.revision - b.revision.revision ||
  a.revision.submittedAt.localeCompare(b.revision.submittedAt) ||
  a.revision.assessmentId.localeCompare(b.revision.assessmentId);

export function consolidateSet(inputs: readonly ConsolidationInput[], operator: string, now: string): ConsolidatedSet {
  const reports: MemberReport[] = [];
  // 1. One package once.
  const unique = new Map<string, Arrived>();
  for (const input of inputs) {
    for (const member of input.members) {
      const ref = memberRefOf(member);
      const seen = unique.get(ref.packageSha256);
      if (seen) reports.push({ source: input.source, member: ref, outcome: 'identical', detail: seen.source });
      else unique.set(ref.packageSha256, { source: input.source, member, ref, revision: revisionOf(member) });
    }
  }

  // 2. Keys: what trust lists decided (the latest decision per office and key), else first seen.
  const decided = new Map<string, TrustEntry>();
  for (const entry of inputs.flatMap((input) => input.trust)) {
    const key = `${entry.officeId} ${entry.publicKey}`;
    const earlier = decided.get(key);
    if (!earlier || earlier.decidedAt < entry.decidedAt) decided.set(key, entry);
  }
  const byOffice = new Map<string, Arrived[]>();
  for (const arrived of unique.values()) byOffice.set(arrived.ref.officeId, [...(byOffice.get(arrived.ref.officeId) ?? []), arrived]);
  const trust: TrustEntry[] = [];
  const trusted: Arrived[] = [];
  for (const [officeId, arrivals] of byOffice) {
    arrivals.sort((a, b) => a.revision.submittedAt.localeCompare(b.revision.submittedAt) || a.ref.assessmentId.localeCompare(b.ref.assessmentId));
    const officeDecisions = [...decided.values()].filter((entry) => entry.officeId === officeId);
    const keyOf = (arrived: Arrived) => arrived.member.verified.manifest.signer.publicKey;
    if (!officeDecisions.some((entry) => entry.status === 'trusted')) {
      const first = arrivals.find((arrived) => !officeDecisions.some((entry) => entry.publicKey === keyOf(arrived)));
      if (first) {
        const entry: TrustEntry = {
          officeId,
          officeCode: first.ref.officeCode,
          publicKey: keyOf(first),
          fingerprint: first.ref.signerFingerprint,
          status: 'trusted',
          source: 'first_seen',
          decidedBy: operator,
          decidedAt: now,
        };
        officeDecisions.push(entry);
        decided.set(`${officeId} ${entry.publicKey}`, entry);
      }
    }
    trust.push(...officeDecisions);
    for (const arrived of arrivals) {
      const entry = officeDecisions.find((candidate) => candidate.publicKey === keyOf(arrived));
      if (entry?.status === 'trusted') trusted.push(arrived);
      else reports.push({ source: arrived.source, member: arrived.ref, outcome: entry?.status === 'revoked' ? 'revoked_key' : entry?.status === 'rejected' ? 'rejected_key' : 'different_key' });
    }
  }

  // 3. Revisions, per office and cycle.
  const allDecisions = inputs.flatMap((input) => input.decisions);
  const members: Member[] = [];
  const decisions: Decision[] = [];
  const conflicts: ConflictReport[] = [];
  const groups = new Map<string, Arrived[]>();
  for (const arrived of trusted) {
    const key = `${arrived.ref.officeId} ${arrived.ref.cycle}`;
    groups.set(key, [...(groups.get(key) ?? []), arrived]);
  }
  for (const group of groups.values()) {
    group.sort(byArrivalOrder);
    const held: Arrived[] = [];
    const diverged = new Set<string>();
    for (const arrived of group) {
      const arrival = arrivalOf(arrived.revision, held.map((entry) => entry.revision));
      if (arrival.kind === 'same_id_other_content' || arrival.kind === 'identical') {
        reports.push({ source: arrived.source, member: arrived.ref, outcome: arrival.kind === 'identical' ? 'identical' : 'same_id_other_content', detail: arrival.held });
        continue;
      }
      if (arrival.kind === 'diverged') {
        diverged.add(arrival.current);
        diverged.add(arrived.ref.assessmentId);
      }
      held.push(arrived);
    }
    const { officeId, officeCode, cycle } = group[0]!.ref;
    if (diverged.size > 0) {
      const revisions = [...diverged].sort();
      const decision = allDecisions
        .filter((candidate) => candidate.officeId === officeId && candidate.cycle === cycle && revisions.every((id) => candidate.revisions.includes(id)))
        .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0];
      const kept = decision && 'keep' in decision.resolution ? [decision.resolution.keep] : decision ? decision.revisions : [];
      conflicts.push({ officeId, officeCode, cycle, revisions, ...(decision ? { decision } : {}) });
      if (decision) decisions.push(decision);
      for (const arrived of held) {
        const keep = kept.includes(arrived.ref.assessmentId);
        if (keep) members.push(arrived.member);
        reports.push({ source: arrived.source, member: arrived.ref, outcome: keep ? 'included' : 'conflict', detail: revisions.filter((id) => id !== arrived.ref.assessmentId).join(' ') });
      }
      continue;
    }
    const current = currentOf(held.map((entry) => entry.revision))!;
    for (const arrived of held) {
      if (arrived.ref.assessmentId === current.assessmentId) {
        members.push(arrived.member);
        reports.push({ source: arrived.source, member: arrived.ref, outcome: 'included' });
      } else {
        // Kept in the history of whoever holds it, not current: its descendant is.
        reports.push({ source: arrived.source, member: arrived.ref, outcome: 'superseded', detail: current.assessmentId });
      }
    }
  }
  return { members, decisions, trust: trust.sort((a, b) => a.officeCode.localeCompare(b.officeCode) || a.publicKey.localeCompare(b.publicKey)), reports, conflicts };
}
