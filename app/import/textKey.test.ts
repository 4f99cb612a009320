import { describe, expect, it } from 'vitest';

import { textKey } from './textKey';

describe('textKey', () => {
  it('ignores line ends, runs of whitespace, no-break spaces and leading/trailing space', () => {
    expect(textKey('  A  headline\r\n\r\nBody\u00a0text.\n')).toBe(
      textKey('A headline\n\nBody text.'),
    );
  });

  it('keeps wording and case apart', () => {
    expect(textKey('Body text.')).not.toBe(textKey('Body Text.'));
  });

  it('treats composed and decomposed accents as the same text', () => {
    expect(textKey('état')).toBe(textKey('e\u0301tat'));
  });
});
