/** How the backend reports what the user does not see (slow queries, skipped files, failed backups). */
export type LogLevel = 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, message: string, detail?: unknown) => void;

export const consoleLog: Log = (level, message, detail) => {
  const line = `fieldscore: ${message}`;
  if (detail === undefined) console[level](line);
  else console[level](line, detail);
};
