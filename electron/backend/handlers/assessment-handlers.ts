import { AppError } from '../../../shared/api/app-error';
import { DEFAULT_FRAMEWORK_ID } from '../../frameworks/framework-registry';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function assessmentHandlers(
  session: StoreSession,
): Pick<
  Handlers,
  | 'assessments.list'
  | 'assessments.create'
  | 'assessments.get'
  | 'assessments.updateProfile'
  | 'assessments.submit'
  | 'assessments.reopen'
  | 'assessments.startNextCycle'
  | 'assessments.revisions'
> {
  return {
    'assessments.list': () => session.repositories().assessments.list(),

    // Whether the host country code exists is checked by the renderer against its country list;
    // here the contract's schema guarantees an upper-case alpha-3 shape.
    'assessments.create': ({ office, cycle, assessor, frameworkId }) => {
      const { frameworks, assessments } = session.repositories();
      const framework = frameworkId === undefined ? frameworks.getDefault() : frameworks.getLatestById(frameworkId);
      if (!framework) {
        throw new AppError('not_found', 'no such framework is installed', {
          params: { frameworkId: frameworkId ?? DEFAULT_FRAMEWORK_ID },
        });
      }
      return assessments.create({ office, cycle, assessor, framework: framework.ref });
    },

    'assessments.get': ({ id }) => session.repositories().assessments.get(id),

    'assessments.updateProfile': ({ id, office, cycle, assessor }) =>
      session.repositories().edits.updateProfile(id, { office, cycle, assessor }),

    'assessments.submit': ({ id }) => session.repositories().lifecycle.submit(id),

    'assessments.reopen': ({ id }) => session.repositories().lifecycle.reopen(id),

    'assessments.startNextCycle': ({ fromId, cycle }) => session.repositories().lifecycle.startNextCycle(fromId, cycle),

    'assessments.revisions': ({ id }) => session.repositories().lifecycle.revisions(id),
  };
}
