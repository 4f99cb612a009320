import { describe, expect, it, vi } from 'vitest';
import { createLinkHandlers } from './linkHandlers';
import { parseOpenLinkRequest } from './parseRequests';

const URL_OF_SOURCE = 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html';

function setup(response: number) {
  const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
  const shell = { openExternal: vi.fn(async () => undefined) };
  return { dialog, shell, handlers: createLinkHandlers({ dialog, shell }) };
}

describe('links:open', () => {
  it('asks with the whole address, Cancel first, and opens the system browser only on yes', async () => {
    const { dialog, shell, handlers } = setup(0);
    await expect(handlers['links:open']({ url: URL_OF_SOURCE }, null)).resolves.toEqual({ opened: true });
    const [options] = dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string; buttons: string[]; defaultId: number; cancelId: number }];
    expect(options.detail).toContain(URL_OF_SOURCE);
    expect(options.buttons[options.defaultId]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
    expect(shell.openExternal).toHaveBeenCalledWith(URL_OF_SOURCE, { activate: true });
  });

  it('opens nothing when the analyst says no', async () => {
    const { shell, handlers } = setup(1);
    await expect(handlers['links:open']({ url: URL_OF_SOURCE }, null)).resolves.toEqual({ opened: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('parseOpenLinkRequest', () => {
  it('accepts web and mail addresses, normalized', () => {
    expect(parseOpenLinkRequest({ url: 'HTTPS://Example.org/a b' })).toEqual({ url: 'https://example.org/a%20b' });
    expect(parseOpenLinkRequest({ url: 'mailto:desk@example.org' })).toEqual({ url: 'mailto:desk@example.org' });
  });

  it('refuses schemes that run or read something, and disguised hosts', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>', 'vscode://x', 'app://margin/index.html', 'smb://host/share']) {
      expect(() => parseOpenLinkRequest({ url }), url).toThrow(TypeError);
    }
    expect(() => parseOpenLinkRequest({ url: 'https://bank.example@evil.example/' })).toThrow(/user name/);
    expect(() => parseOpenLinkRequest({ url: '/relative' })).toThrow(/absolute/);
    expect(() => parseOpenLinkRequest({ url: `https://example.org/${'a'.repeat(3000)}` })).toThrow(TypeError);
    expect(() => parseOpenLinkRequest('https://example.org')).toThrow(/request object/);
  });
});
