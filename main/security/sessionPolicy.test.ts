import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFakeSession } from '../test/fakeElectron';
import { applySessionPolicy } from './sessionPolicy';

function decide(session: ReturnType<typeof createFakeSession>, url: string): unknown {
  const callback = vi.fn();
  session.beforeRequest?.listener({ url } as never, callback as never);
  return callback.mock.calls[0]?.[0];
}

describe('applySessionPolicy', () => {
  it('cancels http, https, ws and wss requests and lets app: through', () => {
    const session = createFakeSession();
    applySessionPolicy(session as unknown as Session);
    expect(session.beforeRequest?.filter).toEqual({ urls: ['<all_urls>'] });
    expect(decide(session, 'http://example.com/')).toEqual({ cancel: true });
    expect(decide(session, 'https://example.com/')).toEqual({ cancel: true });
    expect(decide(session, 'ws://example.com/')).toEqual({ cancel: true });
    expect(decide(session, 'wss://example.com/')).toEqual({ cancel: true });
    expect(decide(session, 'app://margin/index.html')).toEqual({ cancel: false });
  });

  it('denies permission requests and checks', () => {
    const session = createFakeSession();
    applySessionPolicy(session as unknown as Session);
    const callback = vi.fn();
    session.permissionRequestHandler?.({} as never, 'media' as never, callback as never);
    expect(callback).toHaveBeenCalledWith(false);
    expect(
      session.permissionCheckHandler?.(
        null as never,
        'geolocation' as never,
        'app://margin' as never,
      ),
    ).toBe(false);
  });

  it('removes what it installed when undone', () => {
    const session = createFakeSession();
    applySessionPolicy(session as unknown as Session)();
    expect(session.beforeRequest).toBeUndefined();
    expect(session.permissionRequestHandler).toBeNull();
    expect(session.permissionCheckHandler).toBeNull();
  });
});
