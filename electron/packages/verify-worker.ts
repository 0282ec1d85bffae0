import { parentPort } from 'node:worker_threads';
import { FrameworkMemory, toWire, verifyBytes, type WorkerReply, type WorkerRequest } from './verify-pool';

/**
 * One thread of the verification pool (verify-pool.ts): verifies one file at a time and posts the
 * outcome back. It reads bytes and nothing else — no store, no files, no network — so it imports
 * the readers only (dist/electron/verify-worker.cjs has no better-sqlite3).
 */
const port = parentPort;
if (!port) throw new Error('verify-worker runs as a worker thread of electron/packages/verify-pool.ts');

const reply = (message: WorkerReply) => port.postMessage(message);
/** The frameworks this worker has sent; the pool's slot for it remembers the same ones. */
const sent = new FrameworkMemory<true>();

port.on('message', (request: WorkerRequest) => {
  verifyBytes({ name: request.name, bytes: request.bytes, ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }) }).then(
    (outcome) => {
      try {
        const wire = toWire(outcome, sent);
        reply({ type: 'done', id: request.id, outcome: wire.outcome });
        for (const hash of wire.sentNow) sent.remember(hash, true);
      } catch (error) {
        // An outcome that structured clone cannot carry is a defect of ours; still only this job fails.
        reply({ type: 'failed', id: request.id, message: `the result cannot be sent (${(error as Error).message})` });
      }
    },
    (error: unknown) => reply({ type: 'failed', id: request.id, message: (error as Error).message }),
  );
});

reply({ type: 'ready' });
