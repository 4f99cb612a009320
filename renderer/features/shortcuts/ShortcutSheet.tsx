import { useState } from 'react';
import { COMMANDS, formatShortcut, MENUS } from '../../../app/commands';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { Dialog } from '../../ui/Dialog';
import { isMac } from '../../platform/isMac';

/** Keys that are not commands of the menus: they act where the focus is. */
const IN_PLACE: readonly { readonly area: string; readonly keys: readonly (readonly [string, string])[] }[] = [
  {
    area: 'Reader',
    keys: [
      ['Tab or Ctrl+2', 'Focus the article text'],
      ['Arrow keys', 'Move the reading caret (Ctrl: by word or paragraph)'],
      ['Shift+Arrow keys', 'Select text from the caret (Ctrl+Shift: by word or paragraph)'],
      ['Shift+Home / Shift+End', 'Select to the start or end of the line'],
      ['Alt+H', 'Highlight the selection'],
      ['Alt+C', 'Tag the selection as a claim'],
      ['Alt+E', 'Add the selection to an existing claim'],
      ['Escape', 'Clear the selection'],
    ],
  },
  {
    area: 'Memo',
    keys: [
      ['Ctrl+B / Ctrl+I', 'Bold / italic'],
      ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo'],
      ['[[ or Ctrl+Shift+C', 'Cite a passage or claim: type to find it, Enter to cite'],
      ['Ctrl+Shift+K', 'Add or edit a link'],
      ['Ctrl+K, a claim, Shift+Enter', 'Cite the claim where the caret is'],
    ],
  },
  {
    area: 'Menus, lists and dialogs',
    keys: [
      ['F10', 'Go to the menu bar (web)'],
      ['Arrow keys, Home, End', 'Move within a menu, toolbar or list'],
      ['Enter or Space', 'Choose'],
      ['Escape', 'Close; focus goes back where it was'],
      ['Arrow keys on a pane border', 'Resize the pane (Shift: faster, Enter: reset)'],
    ],
  },
];

/** "Keyboard shortcuts" (Help menu, or "?" anywhere but a text field): every key in one sheet. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  useMenuCommand('show-shortcuts', () => setOpen(true));
  if (!open) return null;
  const mac = isMac();
  const show = (keys: string) => (mac ? keys.replaceAll('Ctrl+', '⌘').replaceAll('Alt+', '⌥') : keys);
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)} className="shortcut-sheet">
      <div className="shortcut-columns">
        {MENUS.map((menu) => (
          <div key={menu} className="shortcut-group">
            <h3>{menu}</h3>
            <dl>
              {COMMANDS.filter((command) => command.menu === menu && 'shortcut' in command).map((command) => (
                <div key={command.id} className="shortcut-row">
                  <dt>
                    <kbd>{formatShortcut((command as { shortcut: string }).shortcut, mac)}</kbd>
                  </dt>
                  <dd>{command.label.replace('…', '')}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {IN_PLACE.map(({ area, keys }) => (
          <div key={area} className="shortcut-group">
            <h3>{area}</h3>
            <dl>
              {keys.map(([key, action]) => (
                <div key={key} className="shortcut-row">
                  <dt>
                    <kbd>{show(key)}</kbd>
                  </dt>
                  <dd>{action}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </Dialog>
  );
}
