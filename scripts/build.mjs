// Builds what runs outside the tests: the renderer (Vite → dist/renderer) and the Node/Electron
// entry points (esbuild → dist/electron/*.cjs).
import { build as esbuild } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { buildReportFonts } from './report-fonts.mjs';

const root = path.resolve(import.meta.dirname, '..');
const quiet = process.argv.includes('--quiet');

const nodeEntries = [
  ['electron/main.ts', 'main'],
  ['electron/preload.ts', 'preload'],
  ['electron/bridge/serve.ts', 'serve'],
  ['electron/cli/main.ts', 'cli'],
  // The package-verification worker thread (electron/packages/verify-pool.ts starts it from the
  // folder of whichever bundle runs: main, serve and cli all live in dist/electron/).
  ['electron/packages/verify-worker.ts', 'verify-worker'],
];

rmSync(path.join(root, 'dist'), { recursive: true, force: true });

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
// The printed reports' fonts and their @font-face rules, beside the page that loads them (report.html).
buildReportFonts(root, path.join(root, 'dist', 'renderer', 'fonts'));

for (const [entry, name] of nodeEntries) {
  if (!existsSync(path.join(root, entry))) continue;
  await esbuild({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, 'dist', 'electron', `${name}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native and Electron modules stay external; everything else is bundled, because some
    // dependencies ship only as ES modules (canonicalize, @noble/hashes) and the sandboxed
    // preload cannot require packages at all. playwright-core (printing reports through Chromium)
    // stays external too: it finds its own files beside itself, and is 9 MB a bundle need not carry.
    external: ['electron', 'better-sqlite3', 'exceljs', 'playwright-core'],
    sourcemap: true,
    logLevel: 'warning',
  });
}
if (!quiet) console.log('fieldscore: built dist/renderer and dist/electron');
