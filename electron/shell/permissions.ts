import type { Session } from 'electron';

/** Nothing Fieldscore does needs camera, location, notifications, devices or the like. */
export const denyPermissionRequest = (
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => callback(false);

export const denyPermissionCheck = (): boolean => false;

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
}
