import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  applyTheme,
  parseThemeChoice,
  resolveTheme,
  systemPrefersDark,
  toggledTheme,
  watchSystemTheme,
  type Theme,
  type ThemeChoice,
} from '../../platform/theme';
import { SETTING_KEYS, useSetting } from '../../storage/settings';

export interface ThemePreference {
  /** What the analyst chose: 'system' until she picks. */
  readonly choice: ThemeChoice;
  /** What is on screen now. */
  readonly shown: Theme;
  readonly choose: (choice: ThemeChoice) => Promise<void>;
  /** Light ↔ dark, whatever was chosen before. */
  readonly toggle: () => Promise<void>;
  /** False until the setting has been read (until then `choice` is the fallback). */
  readonly loaded: boolean;
}

/** The theme setting, live, and what it shows given the system's preference. */
export function useThemePreference(): ThemePreference {
  const [choice, choose, loaded] = useSetting<ThemeChoice>(SETTING_KEYS.theme, 'system', parseThemeChoice);
  const prefersDark = useSyncExternalStore(watchSystemTheme, systemPrefersDark);
  const shown = resolveTheme(choice, prefersDark);
  const toggle = useCallback(() => choose(toggledTheme(shown)), [choose, shown]);
  return { choice, shown, choose, toggle, loaded };
}

/** Keeps <html data-theme> in step with the setting and the system (mounted once, by the shell). */
export function useApplyTheme(): ThemePreference {
  const preference = useThemePreference();
  // Not before the setting is read: the early theme (last session's) stays on screen until then.
  useEffect(() => {
    if (preference.loaded) applyTheme(preference.shown);
  }, [preference.loaded, preference.shown]);
  return preference;
}
