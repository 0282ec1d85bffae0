import { getRawHeader } from '@electron/asar';

export interface AsarEntry {
  /** Relative, with forward slashes: "dist/electron/main.cjs". */
  path: string;
  kind: 'file' | 'directory' | 'link';
  size: number;
  /** Marked as living in app.asar.unpacked rather than inside the archive. */
  unpacked: boolean;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

/** Every entry of an asar archive, read from its header (no extraction). */
export function asarEntries(archive: string): Map<string, AsarEntry> {
  const entries = new Map<string, AsarEntry>();
  const walk = (node: HeaderNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const entryPath = prefix ? `${prefix}/${name}` : name;
      const kind = child.files ? 'directory' : child.link !== undefined ? 'link' : 'file';
      entries.set(entryPath, { path: entryPath, kind, size: child.size ?? 0, unpacked: child.unpacked === true });
      if (child.files) walk(child, entryPath);
    }
  };
  walk(getRawHeader(archive).header as HeaderNode, '');
  return entries;
}

/** The folders of the archive that are installed packages: node_modules/<name> or node_modules/@scope/<name>, at any depth, holding a package.json. */
export function packageFolders(entries: Map<string, AsarEntry>): string[] {
  return [...entries.values()]
    .filter((entry) => entry.kind === 'directory' && /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*$/.test(entry.path))
    .filter((entry) => entries.get(`${entry.path}/package.json`)?.kind === 'file')
    .map((entry) => entry.path);
}

/** Node's lookup of `require(name)` from a package folder, on the archive's listing; null when nothing is found. */
export function resolvePackage(entries: Map<string, AsarEntry>, fromFolder: string, name: string): string | null {
  let folder = fromFolder;
  for (;;) {
    if (!folder.endsWith('node_modules')) {
      const candidate = folder ? `${folder}/node_modules/${name}` : `node_modules/${name}`;
      if (entries.get(`${candidate}/package.json`)?.kind === 'file') return candidate;
    }
    if (folder === '') return null;
    const slash = folder.lastIndexOf('/');
    folder = slash === -1 ? '' : folder.slice(0, slash);
  }
}
