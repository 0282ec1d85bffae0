import { useEffect } from 'react';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { SetPicture } from '../../../shared/picture/picture-types';
import { useFrameworksStore } from '../../state/stores-context';

/**
 * The picture's newest framework as a document (its indicator titles and band thresholds), read
 * once per session by the frameworks store. Null until it arrives, or when this installation does
 * not hold it: the screens then name indicators by id and draw no threshold lines.
 */
export function usePictureFramework(picture: SetPicture | null): Framework | null {
  const hash = picture?.framework?.hash ?? null;
  const framework = useFrameworksStore((state) => (hash !== null && Object.hasOwn(state.frameworks, hash) ? state.frameworks[hash]! : null));
  const loadFramework = useFrameworksStore((state) => state.loadFramework);
  useEffect(() => {
    if (hash !== null) void loadFramework(hash);
  }, [hash, loadFramework]);
  return framework;
}
