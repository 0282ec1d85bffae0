import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveResourcesDir } from '../../../electron/cli/resources-dir';
import { tempDir } from '../../fixtures/xlsx/cli-files';

let root: string;
beforeEach(() => {
  root = fs.realpathSync(tempDir());
  fs.mkdirSync(path.join(root, 'app', 'resources', 'frameworks'), { recursive: true });
  fs.writeFileSync(path.join(root, 'app', 'package.json'), JSON.stringify({ name: 'fieldscore' }));
  for (const file of ['bin/fieldscore.cjs', 'dist/electron/cli.cjs', 'electron/cli/main.ts']) {
    fs.mkdirSync(path.dirname(path.join(root, 'app', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'app', file), '');
  }
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('resolveResourcesDir', () => {
  it.each(['bin/fieldscore.cjs', 'dist/electron/cli.cjs', 'electron/cli/main.ts'])('finds resources/ from %s', (entry) => {
    expect(resolveResourcesDir(path.join(root, 'app', entry), {})).toBe(path.join(root, 'app', 'resources'));
  });

  it('follows the symlink npm puts in a bin folder', () => {
    fs.mkdirSync(path.join(root, 'global-bin'));
    fs.symlinkSync(path.join(root, 'app', 'bin', 'fieldscore.cjs'), path.join(root, 'global-bin', 'fieldscore'));
    expect(resolveResourcesDir(path.join(root, 'global-bin', 'fieldscore'), {})).toBe(path.join(root, 'app', 'resources'));
  });

  it('uses FIELDSCORE_RESOURCES_DIR when set', () => {
    expect(resolveResourcesDir(path.join(root, 'app', 'bin', 'fieldscore.cjs'), { FIELDSCORE_RESOURCES_DIR: root })).toBe(root);
  });

  it('names the bundle layout\'s place when nothing is found', () => {
    fs.rmSync(path.join(root, 'app', 'resources'), { recursive: true });
    expect(resolveResourcesDir(path.join(root, 'app', 'dist', 'electron', 'cli.cjs'), {})).toBe(path.join(root, 'app', 'resources'));
  });
});
