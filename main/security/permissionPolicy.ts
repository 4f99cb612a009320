// A research notebook needs no camera, microphone, location, notifications, MIDI, USB, HID,
// serial, clipboard-read, fullscreen or storage-access prompts. Electron grants every permission
// by default, so without a handler any script that reached the page would get them silently.

/** Whether a web permission is granted: never, whatever the permission or origin. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
