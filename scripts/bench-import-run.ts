/** One measured run of `npm run bench import`, in a process of its own (scripts/bench-import.ts). */
import { runOne } from './bench-import';

const [mode, dir, poolSize] = process.argv.slice(2);
const result = await runOne(mode as 'floor' | 'inline' | 'pool', dir!, Number(poolSize));
// maxRSS is the process's peak resident set, in kB: this run's alone, since the process is new.
console.log(JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 }));
