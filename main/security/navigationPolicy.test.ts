import { describe, expect, it } from 'vitest';
import { isNavigationAllowed, windowOpenDecision } from './navigationPolicy';

describe('isNavigationAllowed', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5174/',
    'file:///home/analyst/notes.html',
    'app://elsewhere/index.html',
    'app://user:secret@margin/index.html',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('allows the app’s own pages', () => {
    expect(isNavigationAllowed('app://margin/index.html')).toBe(true);
    expect(isNavigationAllowed('app://margin/')).toBe(true);
  });
});

describe('windowOpenDecision', () => {
  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});
