// `npm start`: the desktop app, or — where the Electron runtime could not be installed (offline,
// locked-down machines) — the same app in the browser behind the local bridge.
// `npm run web -- [--port <n>] [--data-dir <folder>]`: browser mode on purpose.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

/**
 * A fixed port keeps the browser origin (and so its per-origin storage) the same across launches.
 * When it is taken, serve moves to a free port and says so in one line (electron/bridge/serve.ts).
 */
const DEFAULT_WEB_PORT = '4873';

const SOURCES = ['electron', 'renderer', 'shared', 'scripts/build.mjs', 'vite.config.ts', 'package.json'];
const OUTPUTS = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/serve.cjs'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Rebuild only when an output is missing or older than a source: a field laptop starts faster. */
function isBuildStale() {
  const outputs = OUTPUTS.map((file) => path.join(root, file));
  if (outputs.some((file) => !existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > oldestOutput);
}

function buildIfNeeded() {
  if (!isBuildStale()) return;
  if (!existsSync(path.join(root, 'node_modules', 'vite'))) {
    // A production install has no build tools; it runs whatever dist/ it shipped with.
    if (OUTPUTS.every((file) => existsSync(path.join(root, file)))) return;
    console.error('fieldscore: dist/ is missing and the build tools are not installed; run `npm install` first.');
    process.exit(1);
  }
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** require('electron') is the runtime's path once its download succeeded, and throws otherwise. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function optionValue(args, name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** Runs the child in the foreground: its output is ours, signals reach it, its exit code is ours. */
function runChild(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // The terminal's Ctrl-C already reaches the child too; forwarding covers a kill aimed at us alone.
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`fieldscore: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
}

const args = process.argv.slice(2);
const webRequested = args.includes('--web');
const passed = args.filter((arg) => arg !== '--web');

buildIfNeeded();

const electron = webRequested ? null : electronBinary();
if (electron) {
  const env = { ...process.env };
  // Set in some shells and CI images; it would make the binary run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const dataDir = optionValue(passed, '--data-dir');
  if (dataDir) env.FIELDSCORE_DATA_DIR = path.resolve(dataDir);
  runChild(electron, [root], env);
} else {
  if (!webRequested) console.log('Electron runtime not installed; opening Fieldscore in browser mode instead.');
  const serveArgs = optionValue(passed, '--port') === undefined ? [...passed, '--port', DEFAULT_WEB_PORT, '--port-fallback'] : passed;
  runChild(process.execPath, [path.join(root, 'dist', 'electron', 'serve.cjs'), ...serveArgs], process.env);
}
