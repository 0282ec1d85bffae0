/** One measured run of `npm run bench import`, in a process of its own (scripts/bench-import.ts). */
import { runOne } from './bench-import';

// Sampled, not getrusage's maxRSS: on Linux that high-water mark survives fork and exec, so a
// child would report its parent's peak (the bench that made the packages).
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const [mode, dir, poolSize] = process.argv.slice(2);
const result = await runOne(mode as 'floor' | 'inline' | 'pool', dir!, Number(poolSize));
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ ...result, peakMb: peak / 1024 / 1024 }));
