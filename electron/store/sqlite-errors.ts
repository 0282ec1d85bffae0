import Database from 'better-sqlite3';

/**
 * True when SQLite says the file itself is damaged or is not a database at all: the cases in
 * which the app must stop and offer a backup rather than start over with an empty store.
 * Extended codes (SQLITE_CORRUPT_INDEX, …) count too.
 */
export function isCorruptionError(error: unknown): boolean {
  if (!(error instanceof Database.SqliteError)) return false;
  return error.code.startsWith('SQLITE_CORRUPT') || error.code.startsWith('SQLITE_NOTADB');
}
