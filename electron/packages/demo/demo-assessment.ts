import canonicalize from 'canonicalize';
import type { ChangeEntry } from '../../../shared/api/contract';
import type { Answer, Answers } from '../../../shared/assessment/answer';
import { ASSESSMENT_SCHEMA_ID, type AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { checkAnswerValue } from '../../../shared/assessment/check-answer';
import type { Framework, FrameworkRef, Indicator } from '../../../shared/framework/framework-schema';
import { checkEvidence } from '../../evidence/check-evidence';
import type { PackageEvidence } from '../package-writer';
import { carriedOver, checkSubmittable, cycleValues, justified, officeBase, reopenedValues } from './demo-answers';
import { closureNote, coverageCsv, minutesNote, premisesPhoto, termsOfReference, type EvidencePlan } from './demo-files';
import type { DemoOffice } from './demo-network';
import { demoUuid, DemoRandom, round } from './demo-random';
import { assessorName, correctionNote } from './demo-texts';

/**
 * The life of one office's assessments as the app would have recorded it, cycle after cycle:
 * create (or start the next cycle from the last one, values carried over), answer, attach
 * evidence, justify the red indicators, submit, export; now and then reopen, correct a few
 * figures, submit again. Every revision comes out as a package's content — the document, its
 * whole history (ChangeEntry, ids and times increasing, actor = the assessor) and its evidence.
 */
export interface DemoRevision {
  document: AssessmentDocument;
  history: ChangeEntry[];
  evidence: PackageEvidence[];
  /** When the package was written: a little after the submission. */
  exportedAt: string;
}

export interface OfficeRun {
  seed: string;
  office: DemoOffice;
  framework: Framework;
  ref: FrameworkRef;
  /** Consecutive cycle years, oldest first. */
  cycles: readonly number[];
  /** Cycles whose submitted revision is reopened once (revision 2). */
  reopened: ReadonlySet<number>;
}

type Change = Omit<ChangeEntry, 'id' | 'assessmentId' | 'at' | 'actor'>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** One installation's clock and change-log counter: ids and times only ever increase. */
class Journal {
  private ms = 0;
  private nextId = 1;

  constructor(private readonly random: DemoRandom) {}

  startAt(ms: number): void {
    this.ms = Math.max(ms, this.ms + MINUTE);
  }

  /** A few minutes of work, now and then a break of a day or more between sessions. */
  work(): string {
    this.ms += this.random.int(40, 9 * 60) * 1000 + this.random.int(0, 999);
    if (this.random.chance(0.06)) this.ms += this.random.int(1, 3) * DAY + this.random.int(0, 4 * 60) * MINUTE;
    return this.now();
  }

  now(): string {
    return new Date(this.ms).toISOString();
  }

  /** The next change-log entry, at `at` (a time this journal gave out). */
  entry(assessmentId: string, actor: string, at: string, change: Change): ChangeEntry {
    const id = this.nextId;
    this.nextId += 1;
    return { id, assessmentId, at, actor, ...change };
  }
}

const same = (a: unknown, b: unknown) => canonicalize(a ?? null) === canonicalize(b ?? null);
const withoutJustification = (answer: Answer | undefined): Answer | undefined => {
  if (answer === undefined) return undefined;
  const { justification: _justification, ...rest } = answer;
  return rest as Answer;
};

interface RevisionPlan {
  id: string;
  lineageId: string;
  revision: number;
  previousRevisionId?: string;
  previousCycleId?: string;
  cycle: number;
  assessor: string;
  start: 'create' | 'reopen';
  /** The answers the draft starts with (carried over or copied) and the ones it is submitted with. */
  initial: Answers;
  final: Answers;
  /** Copied from the reopened revision: new attachment ids, same bytes and times, no history entry. */
  copied: PackageEvidence[];
  attach: EvidencePlan[];
  /** First-time answers are sometimes entered as an estimate and corrected later. */
  estimates: boolean;
}

async function attached(plan: EvidencePlan, id: string, addedAt: string): Promise<PackageEvidence> {
  // The app's own upload check: the bytes must be accepted, and the stored name is the one it keeps.
  const checked = await checkEvidence(plan.fileName, plan.data.toString('base64'));
  return {
    info: { id, indicatorId: plan.indicatorId, fileName: checked.fileName, mediaType: checked.mediaType, sizeBytes: checked.bytes.length, sha256: checked.sha256, addedAt },
    data: checked.bytes,
  };
}

/** A plausible earlier figure for a number (entered first, corrected later), or undefined. */
function estimateOf(indicator: Indicator, answer: Answer | undefined, random: DemoRandom): Answer | undefined {
  if (answer?.state !== 'answered' || typeof answer.value !== 'number' || answer.value === 0) return undefined;
  const integer = indicator.input.type === 'number' && indicator.input.integer === true;
  const value = integer ? answer.value + (answer.value > 0 ? -1 : 1) : round(answer.value * random.between(0.8, 1.2), 1);
  if (value === answer.value || !checkAnswerValue(indicator, value).ok) return undefined;
  return { ...withoutJustification(answer)!, value } as Answer;
}

async function recordRevision(run: OfficeRun, journal: Journal, random: DemoRandom, plan: RevisionPlan): Promise<DemoRevision> {
  const { framework, office } = run;
  const history: ChangeEntry[] = [];
  const log = (change: Change, at = journal.work()) => {
    const entry = journal.entry(plan.id, plan.assessor, at, change);
    history.push(entry);
    return entry;
  };
  const created = log({ kind: 'status', action: plan.start, before: plan.start === 'reopen' ? 'submitted' : null, after: 'draft' });
  const state: Answers = { ...plan.initial };
  const edit = (indicatorId: string, after: Answer | undefined) => {
    log({ kind: 'answer', indicatorId, action: 'edit', before: state[indicatorId] ?? null, after: after ?? null });
    if (after === undefined) delete state[indicatorId];
    else state[indicatorId] = after;
  };
  const evidence: PackageEvidence[] = plan.copied.map((file, index) => ({
    info: { ...file.info, id: demoUuid(run.seed, `evidence:${plan.id}:copy:${index}`) },
    data: file.data,
  }));
  const pending = [...plan.attach];
  const attachFor = async (indicatorId: string | undefined) => {
    for (const planned of pending.filter((candidate) => indicatorId === undefined || candidate.indicatorId === indicatorId)) {
      pending.splice(pending.indexOf(planned), 1);
      const added = await attached(planned, demoUuid(run.seed, `evidence:${plan.id}:${evidence.length}`), journal.work());
      evidence.push(added);
      // What the store's history keeps of an attachment (evidence-repository.ts, recorded()).
      const { id, fileName, mediaType, sizeBytes, sha256, addedAt } = added.info;
      log({ kind: 'evidence', indicatorId: planned.indicatorId, action: 'add', before: null, after: { id, fileName, mediaType, sizeBytes, sha256 } }, addedAt);
    }
  };

  // Values first, in questionnaire order; an estimate now and then, corrected later.
  const corrections: [string, Answer | undefined][] = [];
  for (const indicator of framework.perspectives.flatMap((perspective) => perspective.indicators)) {
    const id = indicator.id;
    const target = withoutJustification(plan.final[id]);
    if (!same(withoutJustification(state[id]), target)) {
      const estimate = plan.estimates && random.chance(0.1) ? estimateOf(indicator, target, random) : undefined;
      if (estimate) corrections.push([id, target]);
      // A copied justification stays while the value changes; the justification pass settles it.
      const kept = state[id]?.justification;
      edit(id, estimate ?? (kept === undefined || target === undefined ? target : ({ ...target, justification: kept } as Answer)));
    }
    await attachFor(id);
  }
  for (const [id, target] of corrections) edit(id, target);
  // Then the justifications the red indicators ask for (the progress panel lists them).
  for (const id of Object.keys(plan.final)) {
    if (!same(state[id], plan.final[id])) edit(id, plan.final[id]);
  }
  await attachFor(undefined);
  if (!same(state, plan.final)) throw new Error(`demo history of ${plan.id} does not end at its answers`);
  checkSubmittable(framework, plan.final);
  const submitted = log({ kind: 'status', action: 'submit', before: 'draft', after: 'submitted' });

  const document: AssessmentDocument = {
    schema: ASSESSMENT_SCHEMA_ID,
    id: plan.id,
    officeId: office.id,
    lineageId: plan.lineageId,
    office: {
      name: office.name,
      code: office.code,
      currentTier: office.tier,
      region: office.region,
      hostCountry: office.hostCountry,
      ...(office.fragile ? { fragileContext: true } : {}),
    },
    cycle: plan.cycle,
    assessor: plan.assessor,
    framework: run.ref,
    status: 'submitted',
    revision: plan.revision,
    ...(plan.previousRevisionId === undefined ? {} : { previousRevisionId: plan.previousRevisionId }),
    ...(plan.previousCycleId === undefined ? {} : { previousCycleId: plan.previousCycleId }),
    submittedAt: submitted.at,
    answers: plan.final,
    createdAt: created.at,
    updatedAt: submitted.at,
  };
  return { document, history, evidence, exportedAt: new Date(Date.parse(submitted.at) + random.int(3, 90) * MINUTE).toISOString() };
}

/** Every revision of one office, oldest first: one per cycle, two for a reopened cycle. */
export async function officeRevisions(run: OfficeRun): Promise<DemoRevision[]> {
  const { seed, office, framework } = run;
  const random = new DemoRandom(seed, `life:${office.code}`);
  const journal = new Journal(random);
  const base = officeBase(seed, office);
  const revisions: DemoRevision[] = [];
  let assessor = assessorName(office.region, random);
  let previous: DemoRevision | undefined;

  for (const [cycleIndex, cycle] of run.cycles.entries()) {
    // A new head of office now and then signs the next cycle.
    if (previous && random.chance(0.2)) assessor = assessorName(office.region, random);
    journal.startAt(Date.UTC(cycle, 0, 13) + random.int(0, 110) * DAY + random.int(6 * 60, 10 * 60) * MINUTE);
    const initial = previous ? carriedOver(previous.document.answers) : {};
    const final = justified(framework, cycleValues(seed, office, base, cycle, cycleIndex, previous?.document.answers), office.language);
    const id = demoUuid(seed, `assessment:${office.code}:${cycle}:r1`);
    const first = await recordRevision(run, journal, random, {
      id,
      lineageId: id,
      revision: 1,
      ...(previous ? { previousCycleId: previous.document.id } : {}),
      cycle,
      assessor,
      start: 'create',
      initial,
      final,
      copied: [],
      attach: firstEvidence(seed, office, cycle, final, random),
      estimates: previous === undefined,
    });
    revisions.push(first);
    previous = first;

    if (run.reopened.has(cycle)) {
      journal.startAt(Date.parse(first.exportedAt) + random.int(14, 45) * DAY);
      const { answers, corrected } = reopenedValues(seed, office, cycle, 2, first.document.answers, correctionNote(office.language));
      const second = await recordRevision(run, journal, random, {
        id: demoUuid(seed, `assessment:${office.code}:${cycle}:r2`),
        lineageId: id,
        revision: 2,
        previousRevisionId: id,
        ...(first.document.previousCycleId === undefined ? {} : { previousCycleId: first.document.previousCycleId }),
        cycle,
        assessor,
        start: 'reopen',
        initial: first.document.answers,
        final: justified(framework, answers, office.language),
        copied: first.evidence,
        attach: random.chance(0.6) ? [closureNote(seed, office, cycle, corrected)] : [],
        estimates: false,
      });
      revisions.push(second);
      previous = second;
    }
  }
  return revisions;
}

/** The files a first revision attaches: some of terms of reference, coverage list, premises photo, call minutes. */
function firstEvidence(seed: string, office: DemoOffice, cycle: number, answers: Answers, random: DemoRandom): EvidencePlan[] {
  const value = (id: string) => (answers[id]?.state === 'answered' ? (answers[id] as { value: unknown }).value : undefined);
  const files: EvidencePlan[] = [];
  if (value('P1.4') !== 'no' && random.chance(0.7)) files.push(termsOfReference(seed, office, cycle));
  if (random.chance(0.6)) files.push(coverageCsv(office));
  if (value('P3.2') === 'yes' && random.chance(0.6)) files.push(premisesPhoto(seed, office, cycle));
  const calls = value('P5.3');
  if (typeof calls === 'number' && (files.length === 0 || random.chance(0.5))) files.push(minutesNote(seed, office, cycle, calls));
  return files;
}
