// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MenuBar } from './MenuBar';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

const menus = [
  { name: 'File', items: [{ id: 'import-sources', label: 'Import sources…' }, { id: 'export-memo', label: 'Export memo…' }] },
  { name: 'View', items: [{ id: 'toggle-theme', label: 'Toggle dark theme' }, { id: 'reset-panes', label: 'Reset pane sizes' }] },
];

function mount(onSelect = vi.fn()) {
  const before = document.body.appendChild(document.createElement('button'));
  before.textContent = 'Where I was';
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(<MenuBar label="Application" menus={menus} onSelect={onSelect} />));
  const key = (key: string) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  const focused = () => document.activeElement?.textContent;
  return { before, key, focused, onSelect };
}

describe('MenuBar', () => {
  it('is one tab stop of menu items named File and View', () => {
    mount();
    const items = [...document.querySelectorAll('[role="menubar"] > li > [role="menuitem"]')];
    expect(items.map((item) => [item.textContent, item.getAttribute('tabindex')])).toEqual([
      ['File', '0'],
      ['View', '-1'],
    ]);
  });

  it('F10 enters it, arrows move and open, Enter chooses, and focus goes back where it was', () => {
    const { before, key, focused, onSelect } = mount();
    before.focus();
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', bubbles: true })));
    expect(focused()).toBe('File');
    key('ArrowRight');
    expect(focused()).toBe('View');
    key('ArrowDown');
    expect(document.querySelector('[role="menu"]')?.getAttribute('aria-label')).toBe('View');
    expect(focused()).toBe('Toggle dark theme');
    key('ArrowDown');
    expect(focused()).toBe('Reset pane sizes');
    key('Enter');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'reset-panes' }));
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('Escape closes the menu, then leaves the bar', () => {
    const { before, key, focused } = mount();
    before.focus();
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', bubbles: true })));
    key('ArrowUp');
    expect(focused()).toBe('Export memo…');
    key('Escape');
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(focused()).toBe('File');
    key('Escape');
    expect(document.activeElement).toBe(before);
  });
});
