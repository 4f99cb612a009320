import { describe, expect, it } from 'vitest';
import { isMenuCommand, MENU_COMMANDS, menuCommandEventName } from './contract';

describe('menu commands', () => {
  it('name the DOM event the page listens for, one per command', () => {
    const names = MENU_COMMANDS.map(menuCommandEventName);
    expect(names).toContain('margin:import-sources');
    expect(names).toContain('margin:export-memo');
    expect(names.every((name) => /^margin:[a-z]+(-[a-z]+)*$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('recognise only the commands the menu sends', () => {
    expect(isMenuCommand('import-sources')).toBe(true);
    expect(isMenuCommand('export-memo')).toBe(true);
    expect(isMenuCommand('files:save')).toBe(false);
    expect(isMenuCommand({ command: 'import-sources' })).toBe(false);
  });
});
