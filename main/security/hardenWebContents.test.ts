import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeNavigationEvent } from '../test/fakeElectron';
import { hardenWebContents } from './hardenWebContents';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('hardenWebContents', () => {
  it('denies window.open', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://margin/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it.each(['will-navigate', 'will-redirect'])('prevents %s away from the app', (eventName) => {
    const contents = hardened();
    const away = fakeNavigationEvent('https://example.com/');
    contents.emit(eventName, away);
    expect(away.preventDefault).toHaveBeenCalled();

    const home = fakeNavigationEvent('app://margin/index.html');
    contents.emit(eventName, home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    const event = fakeNavigationEvent('');
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
