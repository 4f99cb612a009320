// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyTheme, parseThemeChoice, resolveTheme, toggledTheme } from './theme';

describe('themes', () => {
  it('follows the system until the analyst picks one', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('toggles to the opposite of what is shown, even when following the system', () => {
    expect(toggledTheme('dark')).toBe('light');
    expect(toggledTheme('light')).toBe('dark');
  });

  it('accepts only known choices from storage', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('Dark')).toBeNull();
    expect(parseThemeChoice(1)).toBeNull();
  });

  it('marks <html> with the theme and remembers it for the next start', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('margin.theme')).toBe('dark');
  });
});
