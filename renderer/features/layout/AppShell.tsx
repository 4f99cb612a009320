import { applyEarlyTheme } from '../../platform/theme';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { ToastRegion } from '../../ui/Toast';
import { CommandPalette, type CommandPaletteProps } from '../palette/CommandPalette';
import { useApplyTheme } from '../settings/useThemePreference';
import { ShortcutSheet } from '../shortcuts/ShortcutSheet';
import { useCommandHandlers } from '../shortcuts/useCommandHandlers';
import { useGlobalShortcuts } from '../shortcuts/useGlobalShortcuts';
import { AboutDialog } from '../welcome/AboutDialog';
import { ExternalLinks } from './ExternalLinks';

// Paint last session's theme before the first render, not after the database answers.
applyEarlyTheme();

/**
 * What surrounds the notebook window, mounted once beside it: toasts, the theme, keyboard
 * shortcuts and the commands no single pane owns, the command palette, the shortcut sheet,
 * About, and the guard on links.
 */
export function AppShell({ palette }: { readonly palette: CommandPaletteProps }) {
  return (
    <>
      <ShellBehaviour />
      <CommandPalette {...palette} />
      <ShortcutSheet />
      <AboutDialog />
      <ExternalLinks />
      <ToastRegion />
    </>
  );
}

function ShellBehaviour() {
  const theme = useApplyTheme();
  useMenuCommand('toggle-theme', () => void theme.toggle());
  useGlobalShortcuts();
  useCommandHandlers();
  return null;
}
