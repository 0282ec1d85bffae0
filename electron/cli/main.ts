import { runCli } from './run-cli';
import { resolveResourcesDir } from './resources-dir';

// Entry of the `fieldscore` command (bundled to dist/electron/cli.cjs, started by bin/fieldscore.cjs).
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  resourcesDir: resolveResourcesDir(process.argv[1]),
}).then((code) => {
  process.exitCode = code;
});
