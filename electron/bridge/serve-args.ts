import { defaultDataDir } from './default-data-dir';

export interface ServeArgs {
  /** 0 picks any free port. */
  port: number;
  /** Take any free port when `port` is taken (npm start's fixed default), instead of failing. */
  portFallback: boolean;
  dataDir: string;
}

export const SERVE_USAGE = 'usage: serve [--port <0-65535>] [--port-fallback] [--data-dir <folder>]';

function parsePort(value: string | undefined): number {
  if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got ${JSON.stringify(value ?? '')}`);
  }
  return Number(value);
}

/** Command line, then FIELDSCORE_DATA_DIR, then the folder the desktop app uses. Throws on anything unknown. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeArgs {
  let port = 0;
  let portFallback = false;
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') port = parsePort(value());
    else if (flag === '--port-fallback' && inline === undefined) portFallback = true;
    else if (flag === '--data-dir') {
      const dir = value();
      if (!dir) throw new Error('--data-dir needs a folder');
      dataDir = dir;
    } else throw new Error(`unknown argument ${JSON.stringify(arg)}; ${SERVE_USAGE}`);
  }
  return { port, portFallback, dataDir: dataDir ?? (env.FIELDSCORE_DATA_DIR || defaultDataDir(env)) };
}
