import { describe, expect, it } from 'vitest';

import { findSourceUrl, mendUrl } from './sourceUrl';

describe('findSourceUrl', () => {
  it('repairs a URL broken by a stray space and says so', () => {
    expect(
      findSourceUrl([
        'Body.',
        'Source: https://www.rferl.org/a/kazakhstan-independence -day-clampdown/31612276.html',
      ]),
    ).toEqual({
      url: 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html',
      repaired: true,
    });
  });

  it('leaves a whole URL alone and stops at words after it', () => {
    expect(mendUrl('https://example.org/news/1.html (accessed today)')).toEqual({
      url: 'https://example.org/news/1.html',
      repaired: false,
    });
    expect(mendUrl('https://example.org/a/ b/c.html')).toEqual({
      url: 'https://example.org/a/b/c.html',
      repaired: true,
    });
  });

  it('falls back to a paragraph that is only a URL, and to null', () => {
    expect(findSourceUrl(['Body.', 'https://example.org/story'])?.url).toBe(
      'https://example.org/story',
    );
    expect(findSourceUrl(['Source link', 'Body.'])).toBeNull();
  });
});
