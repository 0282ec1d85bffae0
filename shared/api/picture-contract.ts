import { z } from 'zod';
import { cycleYearSchema, REGIONS } from '../office/office-profile';

/**
 * The request of the hub's picture (issue 9; docs/hub-picture.md). The response is the
 * `SetPicture` of shared/picture/picture-types.ts; the operation is `hub.picture` in contract.ts.
 */
export const pictureScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('network') }).strict(),
  z.object({ kind: z.literal('region'), region: z.enum(REGIONS) }).strict(),
]);

export const pictureRequest = z
  .object({
    /** Default: the newest cycle the hub holds. A cycle it does not hold is refused (invalid_request, problem on "cycle"). */
    cycle: cycleYearSchema.optional(),
    /** Default: the whole network. */
    scope: pictureScopeSchema.optional(),
  })
  .strict();
export type PictureRequest = z.infer<typeof pictureRequest>;

export type { SetPicture } from '../picture/picture-types';
