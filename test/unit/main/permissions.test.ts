// Every permission request and check is denied: the app needs no camera, microphone, location or devices.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { denyAllPermissions } = await import('../../../electron/main/security/permissions');

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: (details: unknown) => boolean } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: (details: unknown) => boolean) => (handlers.device = h),
  };
  denyAllPermissions(session as never);
  return handlers;
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'hid',
  'serial',
  'usb',
  'fullscreen',
  'unknown',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('a request for %s is denied', (permission) => {
    const { request } = fakeSession();
    const callback = vi.fn();
    request?.({}, permission, callback, { requestingUrl: 'app://medlegal/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('a check for %s answers no, even from the app origin', (permission) => {
    const { check } = fakeSession();
    expect(check?.({}, permission, 'app://medlegal', {})).toBe(false);
  });

  it('denies device access (HID, serial, USB)', () => {
    const { device } = fakeSession();
    expect(device?.({ deviceType: 'usb', origin: 'app://medlegal' })).toBe(false);
  });
});
