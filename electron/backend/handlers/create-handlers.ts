import { AppError } from '../../../shared/api/app-error';
import { createVerifyPool, type VerifyPool } from '../../packages/verify-pool';
import { isCorruptionError } from '../../store/sqlite-errors';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';
import { answerHandlers } from './answer-handlers';
import { appHandlers } from './app-handlers';
import { assessmentHandlers } from './assessment-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { frameworkHandlers } from './framework-handlers';
import { hubHandlers } from './hub-handlers';
import { hubOfficeHandlers } from './hub-office-handlers';
import { officeTypeHandlers } from './office-type-handlers';
import { packageHandlers } from './package-handlers';
import { pictureHandlers } from './picture-handlers';
import { recoveryHandlers } from './recovery-handlers';
import { reportHandlers } from './report-handlers';
import { reviewHandlers } from './review-handlers';
import { settingsHandlers } from './settings-handlers';

/**
 * Every operation of the contract, one area per file; `satisfies` makes a missing one a compile error.
 * `resourcesDir` is the app's resources/ folder (country groups for the office-type recommendation).
 */
export function createHandlers(session: StoreSession, resourcesDir: string, pool: VerifyPool = createVerifyPool({ inline: true })): Handlers {
  return switchToRecoveryOnDamage(session, {
    ...appHandlers(session),
    ...settingsHandlers(session),
    ...recoveryHandlers(session),
    ...frameworkHandlers(session),
    ...assessmentHandlers(session),
    ...officeTypeHandlers(session, resourcesDir),
    ...answerHandlers(session),
    ...evidenceHandlers(session),
    ...packageHandlers(session),
    ...hubHandlers(session, resourcesDir, pool),
    ...pictureHandlers(session, resourcesDir),
    ...reviewHandlers(session),
    ...hubOfficeHandlers(session, resourcesDir),
    ...reportHandlers(session, resourcesDir),
  } satisfies Handlers);
}

/**
 * Damage can appear after a clean start (a failing disk, a sync tool writing over the file):
 * any handler meeting it puts the session into the corrupt state, so the user gets the
 * recovery screen instead of a stream of internal errors.
 */
function switchToRecoveryOnDamage(session: StoreSession, handlers: Handlers): Handlers {
  const guarded = Object.entries(handlers).map(([name, handler]) => [
    name,
    async (request: unknown) => {
      try {
        return await (handler as (request: unknown) => unknown)(request);
      } catch (error) {
        if (!isCorruptionError(error)) throw error;
        session.markCorrupt((error as Error).message);
        throw new AppError('database_corrupt', 'the database is damaged; restore a backup');
      }
    },
  ]);
  return Object.fromEntries(guarded) as Handlers;
}
