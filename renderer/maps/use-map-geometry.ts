import { useEffect, useState } from 'react';
import { DEFAULT_MAP_SIZE, loadMapGeometry, type MapGeometry, type MapSize } from './world-geometry';

export type MapGeometryState = { status: 'loading' } | { status: 'ready'; geometry: MapGeometry } | { status: 'failed'; error: unknown };

/**
 * The geometry of these countries for a screen: loading until the atlas chunk has arrived (the
 * first map of a session), then ready; recomputed only when the set of codes or the size
 * changes, not when the caller passes a new array of the same codes.
 */
export function useMapGeometry(codes: readonly string[], size: MapSize = DEFAULT_MAP_SIZE): MapGeometryState {
  const key = [...new Set(codes)].sort().join(',');
  const sizeKey = `${size.width}/${size.minAspect}/${size.maxAspect}/${size.padding}`;
  const [state, setState] = useState<{ key: string; value: MapGeometryState }>({ key: '', value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    const requested = key === '' ? [] : key.split(',');
    const [width, minAspect, maxAspect, padding] = sizeKey.split('/').map(Number) as [number, number, number, number];
    loadMapGeometry(requested, { width, minAspect, maxAspect, padding }).then(
      (geometry) => current && setState({ key: `${key}|${sizeKey}`, value: { status: 'ready', geometry } }),
      (error: unknown) => current && setState({ key: `${key}|${sizeKey}`, value: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, sizeKey]);
  // A result for other codes is not shown while the new one is computed.
  return state.key === `${key}|${sizeKey}` ? state.value : { status: 'loading' };
}
