import path from 'node:path';
import { appVersionOf } from '../app-root';
import type { CliIo } from './cli-io';

/** The version the CLI writes into what it makes: the app folder's, or 0.0.0 in a layout without package.json beside resources/. */
export function cliAppVersion(io: CliIo): string {
  try {
    return appVersionOf(path.dirname(io.resourcesDir));
  } catch {
    return '0.0.0';
  }
}
