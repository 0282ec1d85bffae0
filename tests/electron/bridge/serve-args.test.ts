import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/bridge/default-data-dir';
import { parseServeArgs } from '../../../electron/bridge/serve-args';

describe('parseServeArgs', () => {
  it('defaults to any free port and the desktop data folder', () => {
    expect(parseServeArgs([], { HOME: '/h' })).toEqual({ port: 0, portFallback: false, dataDir: defaultDataDir({ HOME: '/h' }) });
  });

  it('prefers --data-dir over FIELDSCORE_DATA_DIR over the default', () => {
    expect(parseServeArgs([], { FIELDSCORE_DATA_DIR: '/env' }).dataDir).toBe('/env');
    expect(parseServeArgs(['--data-dir', '/arg'], { FIELDSCORE_DATA_DIR: '/env' }).dataDir).toBe('/arg');
    expect(parseServeArgs(['--data-dir=/eq'], {}).dataDir).toBe('/eq');
  });

  it('reads --port in both spellings and --port-fallback', () => {
    expect(parseServeArgs(['--port', '4873', '--port-fallback'], {})).toMatchObject({ port: 4873, portFallback: true });
    expect(parseServeArgs(['--port=0'], {}).port).toBe(0);
  });

  it.each([
    [['--port']],
    [['--port', 'abc']],
    [['--port', '65536']],
    [['--port', '-1']],
    [['--port', '1e3']],
    [['--data-dir']],
    [['--data-dir', '']],
    [['--verbose']],
    [['stray']],
    [['--port-fallback=yes']],
  ])('rejects %j', (argv) => {
    expect(() => parseServeArgs(argv, {})).toThrow();
  });
});
