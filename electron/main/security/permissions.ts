// Denies every permission request and check (camera, microphone, notifications, geolocation, HID, USB, …):
// writing reports needs none of them, and a prompt could leak patient context.
import type { Session } from 'electron';

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
