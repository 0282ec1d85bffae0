import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Framework } from '../../shared/framework/framework-schema';
import type { PackageReason } from '../../shared/packages/package-reasons';
import { findAppRoot } from '../app-root';
import { readConsolidated, type Member, type VerifiedConsolidated } from '../consolidation/consolidated-file';
import { readPackage, type VerifiedPackage } from './package-reader';

/**
 * Verification of received files off the thread that answers the window: a hub imports hundreds
 * of packages, each a signature, every hash, every schema and a score, and with a passphrase a
 * second of scrypt. A small pool of worker threads runs verifyBytes — the same function the
 * inline path runs — so the answer is the same either way; only where it runs differs.
 */

export interface VerifyJob {
  /** For the caller's own bookkeeping (a file name); carried back unchanged. */
  name: string;
  /**
   * The file as received. It is handed over to the worker, not copied: when it fills its
   * ArrayBuffer alone (fs.readFile of a file over 4 KiB), that buffer is transferred and the
   * caller's view is empty afterwards — in every mode, inline too, so tests see what production
   * does. A view into a larger buffer (Node's pool, a subarray) is copied first, leaving the rest
   * of that buffer alone. Keep a copy if the bytes are needed after verify().
   */
  bytes: Uint8Array;
  passphrase?: string;
}

export type VerifyOutcome =
  | { kind: 'package'; name: string; package: VerifiedPackage }
  | { kind: 'consolidated'; name: string; consolidated: VerifiedConsolidated }
  | { kind: 'invalid'; name: string; reason: PackageReason };

export interface VerifyPool {
  /**
   * Resolves with the outcome, whatever the file holds; rejects only with an AbortError (the
   * signal fired) or after close(). Jobs start in the order they were given.
   */
  verify(job: VerifyJob, signal?: AbortSignal): Promise<VerifyOutcome>;
  /** Rejects what is queued or running and stops every worker. */
  close(): Promise<void>;
  /** How many jobs run at once: the number of workers, or 1 on this thread. */
  readonly size: number;
}

/** The worker script to start: a bundle, or TypeScript source run through tsx. */
export interface WorkerEntry {
  file: string;
  source: boolean;
}

export interface VerifyPoolOptions {
  /** Workers, default min(2, os.availableParallelism()). */
  size?: number;
  /** Verify on this thread (tests, and the fallback when no worker can start). One job at a time. */
  inline?: boolean;
  /** Tests only: the script to start instead of the one found beside this code; null for none. */
  workerEntry?: WorkerEntry | null;
  /** Tests only: each worker as it starts (to kill one mid-job, to see close() stop them). */
  onWorkerStarted?: (worker: Worker) => void;
  /** Where the pool says it fell back to this thread; default console.warn. */
  warn?: (message: string) => void;
}

/** What the pool posts to a worker, and what a worker posts back (verify-worker.ts). */
export interface WorkerRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  passphrase?: string;
}
export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; outcome: WireOutcome } | { type: 'failed'; id: number; message: string };

/**
 * The one function the workers and the inline path run: the package reader first; a file that is
 * not a package may be a hub's consolidated file, whose reason wins unless it too says
 * not_a_package.
 */
export async function verifyBytes(job: VerifyJob): Promise<VerifyOutcome> {
  const bytes = asBuffer(job.bytes);
  const read = await readPackage(bytes, job.passphrase === undefined ? {} : { passphrase: job.passphrase });
  if (read.ok) return { kind: 'package', name: job.name, package: read.package };
  if (read.reason.code !== 'not_a_package') return { kind: 'invalid', name: job.name, reason: read.reason };
  const consolidated = await readConsolidated(bytes, job.passphrase);
  if (consolidated.ok) return { kind: 'consolidated', name: job.name, consolidated: consolidated.consolidated };
  return { kind: 'invalid', name: job.name, reason: consolidated.reason.code === 'not_a_package' ? read.reason : consolidated.reason };
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/**
 * A verified package on its way from a worker: its framework (~140 kB of small objects, the same
 * one or two in every package a hub receives) is left out when this worker sent it before.
 * Cloned into every result it kept the window's thread busy half the time, mostly collecting
 * garbage (event-loop utilisation 0.5 for 100 demo packages through two workers; 0.25 without
 * it), while inline results share one object anyway. Each worker and its slot in the pool remember the last
 * FRAMEWORKS_REMEMBERED hashes the same way, in the same order of messages.
 */
type WirePackage = Omit<VerifiedPackage, 'framework'> & { framework?: Framework };
type WireConsolidated = Omit<VerifiedConsolidated, 'members'> & { members: { bytes: Buffer; verified: WirePackage }[] };
export type WireOutcome =
  | { kind: 'package'; name: string; package: WirePackage }
  | { kind: 'consolidated'; name: string; consolidated: WireConsolidated }
  | { kind: 'invalid'; name: string; reason: PackageReason };

const FRAMEWORKS_REMEMBERED = 16;

export class FrameworkMemory<T> {
  private readonly kept = new Map<string, T>();

  get(hash: string): T | undefined {
    return this.kept.get(hash);
  }

  remember(hash: string, value: T): void {
    if (this.kept.has(hash)) return;
    if (this.kept.size >= FRAMEWORKS_REMEMBERED) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(hash, value);
  }
}

/**
 * In the worker: the outcome with the frameworks this worker already sent left out, and the
 * hashes to remember once the message is posted (not before: a message that fails to post
 * must not change what the two sides remember). Both sides decide from what they remembered
 * before the message, then remember its new frameworks in the order they come.
 */
export function toWire(outcome: VerifyOutcome, sent: FrameworkMemory<true>): { outcome: WireOutcome; sentNow: string[] } {
  const sentNow: string[] = [];
  const pack = (verified: VerifiedPackage): WirePackage => {
    const hash = verified.manifest.framework.hash;
    if (sent.get(hash) === undefined) {
      if (!sentNow.includes(hash)) sentNow.push(hash);
      return verified;
    }
    const { framework: _framework, ...rest } = verified;
    return rest;
  };
  if (outcome.kind === 'package') return { outcome: { ...outcome, package: pack(outcome.package) }, sentNow };
  if (outcome.kind === 'consolidated') {
    const members = outcome.consolidated.members.map((member) => ({ bytes: member.bytes, verified: pack(member.verified) }));
    return { outcome: { ...outcome, consolidated: { ...outcome.consolidated, members } }, sentNow };
  }
  return { outcome, sentNow };
}

/**
 * On this side: frameworks put back, and Buffers, which structured clone brings across as plain
 * Uint8Arrays. These are every Buffer the readers return (package-reader.ts VerifiedPackage,
 * consolidated-file.ts VerifiedConsolidated); tests/electron/packages/verify-pool.test.ts fails
 * when a reader grows one that is not listed here. Undefined if a framework is missing (a defect).
 */
export function fromWire(outcome: WireOutcome, known: FrameworkMemory<Framework>): VerifyOutcome | undefined {
  let complete = true;
  const arrived: [string, Framework][] = [];
  const unpack = (verified: WirePackage): VerifiedPackage => {
    const hash = verified.manifest.framework.hash;
    if (verified.framework !== undefined) arrived.push([hash, verified.framework]);
    const framework = verified.framework ?? known.get(hash);
    if (framework === undefined) complete = false;
    return {
      ...verified,
      framework: framework!,
      evidence: verified.evidence.map((file) => ({ ...file, data: asBuffer(file.data) })),
      signer: { ...verified.signer, publicKey: asBuffer(verified.signer.publicKey) },
      signature: asBuffer(verified.signature),
      ...(verified.decryptedZip === undefined ? {} : { decryptedZip: asBuffer(verified.decryptedZip) }),
    };
  };
  let restored: VerifyOutcome = outcome as VerifyOutcome & { kind: 'invalid' };
  if (outcome.kind === 'package') restored = { ...outcome, package: unpack(outcome.package) };
  if (outcome.kind === 'consolidated') {
    const consolidated = outcome.consolidated;
    restored = {
      ...outcome,
      consolidated: {
        ...consolidated,
        members: consolidated.members.map((member): Member => ({ bytes: asBuffer(member.bytes), verified: unpack(member.verified) })),
        signer: { ...consolidated.signer, publicKey: asBuffer(consolidated.signer.publicKey) },
        signature: asBuffer(consolidated.signature),
      },
    };
  }
  for (const [hash, framework] of arrived) known.remember(hash, framework);
  return complete ? restored : undefined;
}

/** The bytes to hand over: the caller's own buffer when the view fills it, else a copy of the view. */
function transferable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}

const WORKER_FILE = 'verify-worker';

/**
 * Where the worker script is, from the file this code runs in (moduleFile: __filename, which
 * the CommonJS bundles, vitest and tsx in CommonJS define) or, when that is missing (tsx running
 * ESM source), the entry script (process.argv[1]):
 * - a bundle (dist/electron/main.cjs, serve.cjs, cli.cjs — all one folder): verify-worker.cjs
 *   beside it. In the installed app that is inside app.asar, which Electron's worker threads
 *   read since Electron 17.3 (electron/electron#33216), so it is not unpacked (and
 *   tests/packaging/ checks every file of dist/ is inside the archive). Plain Node cannot read
 *   it there: exists() says no, and the pool verifies inline;
 * - TypeScript source: electron/packages/verify-worker.ts, run through tsx.
 * import.meta is not used: esbuild empties it in a CommonJS bundle, and warns.
 */
export function locateVerifyWorker(moduleFile: string | undefined, entryFile: string | undefined, exists: (file: string) => boolean = existsSync): WorkerEntry | undefined {
  let candidate: WorkerEntry | undefined;
  if (moduleFile !== undefined && /\.c?js$/.test(moduleFile)) candidate = { file: path.join(path.dirname(moduleFile), `${WORKER_FILE}.cjs`), source: false };
  else if (moduleFile !== undefined && moduleFile.endsWith('.ts')) candidate = { file: path.join(path.dirname(moduleFile), `${WORKER_FILE}.ts`), source: true };
  else if (entryFile !== undefined) {
    try {
      candidate = { file: path.join(findAppRoot(path.dirname(entryFile)), 'electron', 'packages', `${WORKER_FILE}.ts`), source: true };
    } catch {
      candidate = undefined;
    }
  }
  return candidate && exists(candidate.file) ? candidate : undefined;
}

function defaultWorkerEntry(): WorkerEntry | undefined {
  return locateVerifyWorker(typeof __filename === 'string' ? __filename : undefined, process.argv[1]);
}

/**
 * tsx's ESM loader, found from the worker script. `--import tsx` in a worker's execArgv does
 * nothing on Node 20 (tsx registers its hooks only on the main thread there), so the worker
 * registers them itself through tsx/esm/api before importing the script.
 */
function tsxEsmApi(script: string): string {
  const manifest = createRequire(script).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> }).exports;
  const relative = exports?.['./esm/api']?.import?.default;
  if (relative === undefined) throw new Error('tsx/esm/api not found');
  return path.join(path.dirname(manifest), relative);
}

const TSX_BOOTSTRAP = `
const { pathToFileURL } = require('node:url');
const { workerData } = require('node:worker_threads');
import(pathToFileURL(workerData.tsx).href).then(({ register }) => {
  register();
  return import(pathToFileURL(workerData.script).href);
});
`;

function startWorker(entry: WorkerEntry): Worker {
  if (!entry.source) return new Worker(entry.file);
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { script: entry.file, tsx: tsxEsmApi(entry.file) } });
}

function abortError(name: string): DOMException {
  return new DOMException(`the verification of ${name} was aborted`, 'AbortError');
}

const closedError = () => new Error('the verification pool is closed');

function failed(name: string, why: string): VerifyOutcome {
  return { kind: 'invalid', name, reason: { code: 'archive_damaged', params: { detail: `verification failed: ${why}`.slice(0, 200) } } };
}

interface Pending {
  seq: number;
  job: VerifyJob;
  signal: AbortSignal | undefined;
  resolve: (outcome: VerifyOutcome) => void;
  reject: (error: unknown) => void;
  onAbort: () => void;
  done: boolean;
}

interface Slot {
  worker: Worker;
  /** Its script loaded (it said 'ready'): only then does it get a job. A later exit is a crash; an earlier one, a script that cannot start. */
  ready: boolean;
  running: { pending: Pending; id: number } | undefined;
  /** Stopped by the pool (abort, close, fallback): its exit means nothing. */
  retired: boolean;
  error: string | undefined;
  frameworks: FrameworkMemory<Framework>;
}

/**
 * At most `size` jobs run, in the order given. Aborting a queued job drops it; aborting a running
 * one terminates its worker (so the CPU really stops) and starts a fresh one. A worker that dies
 * fails only its own job, as archive_damaged "verification failed: …", and is replaced. A worker
 * script that cannot load at all (it dies before saying 'ready') turns the pool into an inline
 * one, with a warning, and its jobs run here instead.
 */
export function createVerifyPool(options: VerifyPoolOptions = {}): VerifyPool {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const wanted = options.size ?? Math.min(2, os.availableParallelism());
  if (!Number.isInteger(wanted) || wanted < 1) throw new RangeError(`size must be a whole number of at least 1, not ${wanted}`);

  const queue: Pending[] = [];
  const slots: Slot[] = [];
  const stopping = new Set<Promise<unknown>>();
  let entry: WorkerEntry | undefined;
  let inline = options.inline === true;
  let inlineRunning: Pending | undefined;
  let closed = false;
  let seq = 0;
  let nextId = 0;

  if (!inline) {
    entry = options.workerEntry === undefined ? defaultWorkerEntry() : (options.workerEntry ?? undefined);
    if (entry === undefined) fallBackInline('no verify-worker script was found beside this code');
    for (let index = 0; index < wanted && !inline; index++) addSlot();
  }

  function fallBackInline(why: string): void {
    if (inline) return;
    warn(`fieldscore: verifying packages on this thread: ${why}`);
    inline = true;
    for (const slot of slots.splice(0)) {
      if (slot.running) queue.push(slot.running.pending);
      retire(slot);
    }
    queue.sort((a, b) => a.seq - b.seq);
  }

  function addSlot(): void {
    let worker: Worker;
    try {
      worker = startWorker(entry!);
    } catch (error) {
      fallBackInline(`the worker cannot start (${(error as Error).message})`);
      return;
    }
    const slot: Slot = { worker, ready: false, running: undefined, retired: false, error: undefined, frameworks: new FrameworkMemory() };
    slots.push(slot);
    // An idle worker does not keep the process alive: a command that forgets close() still exits.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => onReply(slot, reply));
    worker.on('error', (error) => {
      slot.error = error.message;
    });
    // Emitted after 'error', and after the messages the worker posted before it ended.
    worker.on('exit', (code) => onExit(slot, code));
    options.onWorkerStarted?.(worker);
  }

  function retire(slot: Slot): void {
    slot.retired = true;
    const stopped = slot.worker.terminate();
    stopping.add(stopped);
    void stopped.finally(() => stopping.delete(stopped));
  }

  function replace(slot: Slot): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    if (!closed && !inline) addSlot();
  }

  function finish(pending: Pending, outcome: { value: VerifyOutcome } | { error: unknown }): void {
    if (pending.done) return;
    pending.done = true;
    pending.signal?.removeEventListener('abort', pending.onAbort);
    if ('value' in outcome) pending.resolve(outcome.value);
    else pending.reject(outcome.error);
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    if (slot.retired) return;
    if (reply.type === 'ready') {
      slot.ready = true;
      pump();
      return;
    }
    const running = slot.running;
    if (!running || running.id !== reply.id) return;
    slot.running = undefined;
    slot.worker.unref();
    const name = running.pending.job.name;
    const outcome = reply.type === 'done' ? (fromWire(reply.outcome, slot.frameworks) ?? failed(name, 'a framework went missing between the threads')) : failed(name, reply.message);
    finish(running.pending, { value: outcome });
    pump();
  }

  function onExit(slot: Slot, code: number): void {
    if (slot.retired) return;
    slot.retired = true;
    const why = slot.error ?? `the worker stopped (exit code ${code})`;
    if (!slot.ready) {
      fallBackInline(`the worker did not start: ${why}`);
    } else {
      const running = slot.running;
      slot.running = undefined;
      replace(slot);
      if (running) finish(running.pending, { value: failed(running.pending.job.name, why) });
    }
    pump();
  }

  function pump(): void {
    if (closed) return;
    if (inline) {
      if (inlineRunning === undefined && queue.length > 0) runInline(queue.shift()!);
      return;
    }
    for (const slot of slots) {
      if (queue.length === 0) return;
      // Not before it is ready: the bytes are transferred, and a worker that cannot start
      // must leave them here to be verified inline.
      if (!slot.ready || slot.running || slot.retired) continue;
      const pending = queue.shift()!;
      const id = nextId++;
      slot.running = { pending, id };
      slot.worker.ref();
      try {
        const bytes = transferable(pending.job.bytes);
        const request: WorkerRequest = { id, name: pending.job.name, bytes, ...(pending.job.passphrase === undefined ? {} : { passphrase: pending.job.passphrase }) };
        slot.worker.postMessage(request, bytes.byteLength > 0 ? [bytes.buffer as ArrayBuffer] : []);
      } catch (error) {
        slot.running = undefined;
        slot.worker.unref();
        finish(pending, { value: failed(pending.job.name, `the bytes cannot be handed over (${(error as Error).message})`) });
      }
    }
  }

  function runInline(pending: Pending): void {
    inlineRunning = pending;
    const run = async (): Promise<VerifyOutcome> => {
      const bytes = transferable(pending.job.bytes);
      // Detach the caller's bytes as the worker path does, so inline runs show the same contract.
      const own = bytes.byteLength > 0 ? structuredClone(bytes, { transfer: [bytes.buffer as ArrayBuffer] }) : bytes;
      return verifyBytes({ ...pending.job, bytes: own });
    };
    void run()
      .catch((error: unknown) => failed(pending.job.name, (error as Error).message))
      .then((outcome) => {
        // An aborted inline job cannot be stopped, only forgotten; the next one waits for it to end.
        inlineRunning = undefined;
        finish(pending, { value: outcome });
        pump();
      });
  }

  return {
    get size() {
      return inline ? 1 : wanted;
    },
    verify(job: VerifyJob, signal?: AbortSignal): Promise<VerifyOutcome> {
      if (closed) return Promise.reject(closedError());
      if (signal?.aborted) return Promise.reject(abortError(job.name));
      return new Promise<VerifyOutcome>((resolve, reject) => {
        const pending: Pending = { seq: seq++, job, signal, resolve, reject, onAbort: () => abort(pending), done: false };
        signal?.addEventListener('abort', pending.onAbort, { once: true });
        queue.push(pending);
        pump();
      });
    },
    async close(): Promise<void> {
      if (!closed) {
        closed = true;
        for (const pending of queue.splice(0)) finish(pending, { error: closedError() });
        for (const slot of slots.splice(0)) {
          if (slot.running) finish(slot.running.pending, { error: closedError() });
          retire(slot);
        }
        if (inlineRunning) finish(inlineRunning, { error: closedError() });
      }
      await Promise.allSettled([...stopping]);
    },
  };

  function abort(pending: Pending): void {
    if (pending.done) return;
    const queued = queue.indexOf(pending);
    if (queued >= 0) queue.splice(queued, 1);
    const slot = slots.find((candidate) => candidate.running?.pending === pending);
    if (slot) {
      slot.running = undefined;
      retire(slot);
      replace(slot);
    }
    finish(pending, { error: abortError(pending.job.name) });
    pump();
  }
}
