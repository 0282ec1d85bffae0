/** What a command may touch besides files: its output streams and where the shipped resources are. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  resourcesDir: string;
}

export const EXIT = {
  ok: 0,
  /** Invalid input (a bad framework, assessment or hash mismatch) or a failure to read or write. */
  failure: 1,
  /** Wrong usage: unknown command or option, missing argument. */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
