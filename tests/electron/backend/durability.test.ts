import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityCheck, ROOT, workflowFixture } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const ACKS_BEFORE_KILL = 150;

/** Runs the writer until it has acknowledged `acks` edits, then kills it with SIGKILL; returns every acknowledged value. */
function writeUntilKilled(dataDir: string, resourcesDir: string, assessmentId: string, acks: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, resourcesDir, assessmentId], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: number[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
      if (!killed && acknowledged.length >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      // Lines still in the pipe after the kill were acknowledged too.
      if (/^\d+$/.test(pending)) acknowledged.push(Number(pending));
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolve(acknowledged);
    });
  });
}

describe('durability', () => {
  it('keeps every acknowledged edit when the process is killed mid-burst', async () => {
    const setup = await fixture.start();
    const { id } = await setup.create();
    const { dataDir, resourcesDir } = setup;
    await setup.close();

    const acknowledged = await writeUntilKilled(dataDir, resourcesDir, id, ACKS_BEFORE_KILL);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    expect(integrityCheck(dataDir)).toEqual(['ok']);

    // The dead writer's lock is taken over; its committed edits are all there.
    const reopened = await fixture.start(dataDir, resourcesDir);
    const history = await reopened.call('history.list', { assessmentId: id, indicatorId: 'P2.5' });
    const saved = new Set(history.map((entry) => (entry.after as { value: number }).value));
    expect(acknowledged.filter((value) => !saved.has(value))).toEqual([]);
    const answer = (await reopened.call('assessments.get', { id })).answers['P2.5'];
    expect(answer?.state === 'answered' ? answer.value : undefined).toBeGreaterThanOrEqual(Math.max(...acknowledged));
    // And the store goes on working.
    await reopened.call('answers.set', { assessmentId: id, indicatorId: 'P2.5', answer: { state: 'answered', value: 0.5 } });
    await reopened.close();
    expect(integrityCheck(dataDir)).toEqual(['ok']);
  });
});
