import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrivalOf, currentOf, leaves, type RevisionRef } from '../../../shared/consolidation/revision-relations';

let counter = 0;
function ref(revision: number, parent?: RevisionRef, overrides: Partial<RevisionRef> = {}): RevisionRef {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    assessmentId: id,
    lineageId: parent?.lineageId ?? id,
    officeId: 'office-1',
    officeCode: 'KEN-RH',
    cycle: 2025,
    revision,
    ...(parent ? { parentRevisionId: parent.assessmentId } : {}),
    packageSha256: `sha-${id}`,
    signerFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
    submittedAt: `2025-01-${String(revision).padStart(2, '0')}T00:00:00Z`,
    ...overrides,
  };
}

describe('arrivalOf', () => {
  const r1 = ref(1);
  const r2 = ref(2, r1);
  const r3 = ref(3, r2);
  const r2b = ref(2, r1); // reopened from r1 a second time, elsewhere

  it('new, identical, and the same id with other content', () => {
    expect(arrivalOf(r1, [])).toEqual({ kind: 'new' });
    expect(arrivalOf(r1, [r1])).toEqual({ kind: 'identical', held: r1.assessmentId });
    expect(arrivalOf({ ...r1, packageSha256: 'other' }, [r1])).toEqual({ kind: 'same_id_other_content', held: r1.assessmentId });
  });

  it('newer when it descends from the current revision, also across a revision never received', () => {
    expect(arrivalOf(r2, [r1])).toEqual({ kind: 'newer', replaces: r1.assessmentId, gap: 0 });
    expect(arrivalOf(r3, [r1])).toEqual({ kind: 'newer', replaces: r1.assessmentId, gap: 1 });
    expect(arrivalOf(r3, [r1, r2])).toEqual({ kind: 'newer', replaces: r2.assessmentId, gap: 0 });
  });

  it('older when the current revision descends from it', () => {
    expect(arrivalOf(r1, [r2, r3])).toEqual({ kind: 'older', current: r3.assessmentId });
    expect(arrivalOf(r2, [r1, r3])).toEqual({ kind: 'older', current: r3.assessmentId });
    expect(arrivalOf(r1, [r3])).toEqual({ kind: 'older', current: r3.assessmentId });
  });

  it('diverged when neither descends from the other, with their common ancestor', () => {
    expect(arrivalOf(r2b, [r1, r2])).toEqual({ kind: 'diverged', current: r2.assessmentId, ancestor: r1.assessmentId });
    expect(arrivalOf(r2b, [r1, r2, r3])).toEqual({ kind: 'diverged', current: r3.assessmentId, ancestor: r1.assessmentId });
  });

  it('diverged, with no ancestor, for a second assessment of the same office and cycle started on its own', () => {
    const other = ref(1);
    expect(arrivalOf(other, [r1])).toEqual({ kind: 'diverged', current: r1.assessmentId });
    expect(arrivalOf(ref(1, undefined, { cycle: 2024 }), [r1])).toEqual({ kind: 'new' });
  });

  it('leaves and current: one leaf normally, two when diverged', () => {
    expect(leaves([r1, r2, r3]).map((leaf) => leaf.assessmentId)).toEqual([r3.assessmentId]);
    expect(leaves([r1, r2, r2b])).toHaveLength(2);
    expect(currentOf([r1, r2, r3])?.assessmentId).toBe(r3.assessmentId);
  });

  it('in any order of arrival, a linear lineage ends with its last revision current and never a conflict', () => {
    const chain = [ref(1)];
    for (let revision = 2; revision <= 6; revision += 1) chain.push(ref(revision, chain.at(-1)));
    fc.assert(
      fc.property(fc.shuffledSubarray(chain, { minLength: 1 }), (arrivals) => {
        const held: RevisionRef[] = [];
        for (const incoming of arrivals) {
          const arrival = arrivalOf(incoming, held);
          expect(['new', 'newer', 'older']).toContain(arrival.kind);
          held.push(incoming);
        }
        const newest = [...arrivals].sort((a, b) => b.revision - a.revision)[0]!;
        expect(currentOf(held)?.assessmentId).toBe(newest.assessmentId);
      }),
    );
  });
});
