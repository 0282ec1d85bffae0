import type { HubOffice, ImportPreview } from '../../../shared/api/hub-contract';

/**
 * The words for what importing a file would do (preview) or did (result): one message key per
 * status, with a consolidated file's own wording (its status sums up its packages).
 */
export function previewStatusKey(preview: ImportPreview): string {
  return preview.kind === 'consolidated' ? `hub.status.set.${preview.status}` : `hub.status.package.${preview.status}`;
}

export function resultStatusKey(result: ImportPreview): string {
  return result.kind === 'consolidated' ? `hub.result.set.${result.status}` : `hub.result.package.${result.status}`;
}

export function officeStateKey(state: HubOffice['state']): string {
  return `hub.officeState.${state}`;
}

/** The statuses a consolidated file can have (its own, not its members'). */
export const SET_STATUSES = ['new', 'identical', 'different_key'] as const;
