/**
 * Child process for the crash test (durability.test.ts): opens the backend on a data folder
 * and sets one answer over and over, printing each value only after answers.set returned it
 * as saved. The parent kills it with SIGKILL mid-burst. Bounded so it ends by itself.
 * Usage: node --import tsx crash-writer.ts <dataDir> <resourcesDir> <assessmentId>
 */
import { openBackend } from '../../../electron/backend/open-backend';

const [dataDir, resourcesDir, assessmentId] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !assessmentId) throw new Error('usage: crash-writer <dataDir> <resourcesDir> <assessmentId>');

const backend = await openBackend({ dataDir, resourcesDir, appVersion: 'crash-test', mode: 'node', log: () => undefined });
process.stdout.write('ready\n');
for (let value = 1; value <= 100_000; value += 1) {
  const result = await backend.dispatch('answers.set', { assessmentId, indicatorId: 'P2.5', answer: { state: 'answered', value } });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  // Writes to a pipe are synchronous on Linux and macOS: a printed value was acknowledged.
  process.stdout.write(`${value}\n`);
}
await backend.close();
