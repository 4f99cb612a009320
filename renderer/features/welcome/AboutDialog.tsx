import { useState } from 'react';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { APP_VERSION } from '../../storage/backupFile';
import { Dialog } from '../../ui/Dialog';

/** Help → About Margin (the desktop app shows its native About panel instead). */
export function AboutDialog() {
  const [open, setOpen] = useState(false);
  useMenuCommand('about', () => setOpen(true));
  if (!open) return null;
  return (
    <Dialog title="About Margin" onClose={() => setOpen(false)} className="about-dialog">
      <p>Margin {APP_VERSION} — an offline-first research notebook for sources, highlights, claims and the memos that cite them.</p>
      <p>Nothing you import or write leaves this computer: the notebook lives in this app’s own storage, and Margin makes no network requests.</p>
    </Dialog>
  );
}
