import fs from 'node:fs';

/**
 * A passphrase for --passphrase-file: the file's first line, its line ending removed. Read
 * from a file rather than an option so it never shows in the shell history or the process list.
 */
export function readPassphraseFile(file: string): string {
  const stat = fs.statSync(file);
  if (stat.size > 4096) throw new Error(`${file} is larger than a passphrase file can be (4 KB)`);
  const passphrase = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (passphrase.trim() === '') throw new Error(`${file} holds no passphrase on its first line`);
  return passphrase;
}
