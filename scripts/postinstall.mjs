// Runs after `npm install`. Electron's own install script is denied in package.json
// (allowScripts) because it downloads the Electron runtime and fails the whole install where
// that download is impossible (an offline or locked-down machine). We run it here instead and
// tolerate its failure: without the runtime, `npm start` serves the app in the browser.
// Then we build, so `npm start` and `npx fieldscore` work straight after install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

function electronInstallScript() {
  try {
    return path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return null; // production install without devDependencies
  }
}

const script = electronInstallScript();
if (script && existsSync(script) && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
  const result = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  if (result.status === 0) console.log('fieldscore: Electron runtime installed.');
  else console.log('fieldscore: Electron runtime could not be downloaded; `npm start` will open the app in your browser instead.');
}

if (existsSync(path.join(root, 'scripts', 'build.mjs')) && existsSync(path.join(root, 'node_modules', 'vite'))) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
