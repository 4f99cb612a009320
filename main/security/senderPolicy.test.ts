import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from './senderPolicy';

describe('isTrustedSenderUrl', () => {
  it('trusts only the app’s own origin', () => {
    expect(isTrustedSenderUrl('app://margin/index.html')).toBe(true);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://other/index.html')).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isTrustedSenderUrl(null)).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
  });
});
