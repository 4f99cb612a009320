/**
 * Light and dark themes. The choice is 'system' (follow the operating system), 'light' or
 * 'dark'; the page always carries the resolved theme as `data-theme` on <html>, which is all the
 * style sheet looks at. The last resolved theme is mirrored in localStorage so the next start
 * paints in the right colours before the database has answered.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

const EARLY_THEME_KEY = 'margin.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** A stored choice, or null when it is not one (the caller falls back to 'system'). */
export function parseThemeChoice(value: unknown): ThemeChoice | null {
  return (THEME_CHOICES as readonly unknown[]).includes(value) ? (value as ThemeChoice) : null;
}

/** The theme a choice shows when the system prefers dark (or not). */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** The next choice for "Toggle theme": always the opposite of what is on screen. */
export function toggledTheme(shown: Theme): ThemeChoice {
  return shown === 'dark' ? 'light' : 'dark';
}

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Calls `onChange` when the system switches between light and dark; returns the unsubscribe. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Puts the theme on <html> (and tells the browser, for scroll bars and form controls). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  try {
    localStorage.setItem(EARLY_THEME_KEY, theme);
  } catch {
    // Storage can be unavailable (private windows); the theme then settles after the first read.
  }
}

/** At start-up: the theme shown last time, or the system's, before React renders anything. */
export function applyEarlyTheme(): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(EARLY_THEME_KEY);
  } catch {
    remembered = null;
  }
  const early = remembered === 'light' || remembered === 'dark' ? remembered : resolveTheme('system', systemPrefersDark());
  applyTheme(early);
}
