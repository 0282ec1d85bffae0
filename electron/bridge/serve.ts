// Browser mode: the backend behind the local HTTP bridge, for machines without the Electron
// runtime (`npm run web`, the e2e tests). Prints the launch URL as its one line of stdout.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openBackend } from '../backend/open-backend';
import type { Backend } from '../backend/backend-types';
import { appVersionOf, findAppRoot } from '../app-root';
import { startBridgeServer, type BridgeServer } from './bridge-server';
import { parseServeArgs } from './serve-args';

function fail(message: string): void {
  process.stderr.write(`fieldscore: ${message}\n`);
  process.exitCode = 1;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    fail(describe(error));
    return;
  }
  const root = findAppRoot(path.dirname(path.resolve(process.argv[1] ?? '.')));
  const rendererDir = path.join(root, 'dist', 'renderer');

  let backend: Backend;
  try {
    backend = await openBackend({
      dataDir: path.resolve(args.dataDir),
      resourcesDir: path.join(root, 'resources'),
      appVersion: appVersionOf(root),
      mode: 'browser',
      // stdout carries only the launch URL (tests and start.mjs parse it); everything else goes to stderr.
      log: (level, message, detail) => {
        if (detail === undefined) console.error(`fieldscore: ${level}: ${message}`);
        else console.error(`fieldscore: ${level}: ${message}`, detail);
      },
    });
  } catch (error) {
    fail(`cannot open the data folder ${path.resolve(args.dataDir)}: ${describe(error)}`);
    return;
  }

  let server: BridgeServer;
  try {
    server = await startBridgeServer({ backend, rendererDir, port: args.port, fallbackToAnyPort: args.portFallback });
  } catch (error) {
    await backend.close();
    fail(`cannot listen on 127.0.0.1:${args.port}: ${describe(error)}`);
    return;
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Close the backend even if the server fails to close: it takes the backup and releases the lock.
    server
      .close()
      .catch((error: unknown) => process.stderr.write(`fieldscore: ${describe(error)}\n`))
      .then(() => backend.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`fieldscore: closing the database failed: ${describe(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // npm start asks for a fixed port so the browser address stays the same; moving silently would
  // leave the user wondering why the address (and what the browser keeps for it) changed.
  if (args.port !== 0 && server.port !== args.port) {
    process.stderr.write(`fieldscore: port ${args.port} is already in use; Fieldscore is using port ${server.port} instead.\n`);
  }
  process.stdout.write(`Fieldscore is running at ${server.url}\n`);
  // Warn only once running, so a failed start still says exactly one thing.
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write('fieldscore: warning: dist/renderer/index.html is missing; run `npm run build` (the API still works).\n');
  }
}

main().catch((error: unknown) => fail(describe(error)));
