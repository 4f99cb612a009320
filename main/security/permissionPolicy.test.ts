import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permissionPolicy';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'usb',
    'openExternal',
    'unknown',
  ])('denies %s', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});
