/** True on macOS, where CmdOrCtrl is ⌘ (Electron and the browser both report the platform). */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
