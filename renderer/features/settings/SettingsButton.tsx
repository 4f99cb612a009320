import { lazy, Suspense, useState } from 'react';
import { ariaKeyShortcuts } from '../../../app/commands';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { isMac } from '../../platform/isMac';

// Loaded when first opened: the citation styles it lists are not needed to start the app.
const SettingsDialog = lazy(() => import('./SettingsDialog').then((module) => ({ default: module.SettingsDialog })));

/** The header's "Settings" button, which File → Settings… (Ctrl+,) also opens. */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  useMenuCommand('open-settings', () => setOpen(true));
  return (
    <>
      <button type="button" className="settings-button" aria-keyshortcuts={ariaKeyShortcuts('CmdOrCtrl+,', isMac())} onClick={() => setOpen(true)}>
        Settings
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
