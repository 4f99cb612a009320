import { describe, expect, it } from 'vitest';
import { isMenuCommand, MENU_COMMANDS, menuCommandEventName } from './contract';

describe('menu commands', () => {
  it('name the DOM event the page listens for', () => {
    expect(MENU_COMMANDS.map(menuCommandEventName)).toEqual([
      'margin:import-sources',
      'margin:export-memo',
    ]);
  });

  it('recognise only the commands the menu sends', () => {
    expect(isMenuCommand('import-sources')).toBe(true);
    expect(isMenuCommand('export-memo')).toBe(true);
    expect(isMenuCommand('files:save')).toBe(false);
    expect(isMenuCommand({ command: 'import-sources' })).toBe(false);
  });
});
