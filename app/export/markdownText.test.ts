import { describe, expect, it } from 'vitest';

import {
  codeSpan,
  escapeInlineText,
  escapeLineStart,
  linkDestination,
  urlText,
} from './markdownText';

describe('Markdown escaping', () => {
  it('leaves ordinary prose and news quotes alone', () => {
    const prose =
      'About 164 people were killed, officials said (Jan. 8) — “dozens” per RFE/RL’s count!';
    expect(escapeLineStart(escapeInlineText(prose))).toBe(prose);
  });

  it('escapes markup characters and entity look-alikes only', () => {
    expect(escapeInlineText('a*b_c`d[e]f<g|h~i\\j &amp; & co')).toBe(
      'a\\*b\\_c\\`d\\[e\\]f\\<g\\|h\\~i\\\\j \\&amp; & co',
    );
  });

  it('escapes block openers only at the start of a line', () => {
    expect(escapeLineStart('# x')).toBe('\\# x');
    expect(escapeLineStart('> x')).toBe('\\> x');
    expect(escapeLineStart('+ x')).toBe('\\+ x');
    expect(escapeLineStart('===')).toBe('\\===');
    expect(escapeLineStart('2022. A year')).toBe('2022\\. A year');
    expect(escapeLineStart('16) x')).toBe('16\\) x');
    expect(escapeLineStart('x # > - 1.')).toBe('x # > - 1.');
  });

  it('makes URLs clickable when they are valid autolinks, text otherwise', () => {
    expect(urlText('https://www.rferl.org/a/31612276.html')).toBe(
      '<https://www.rferl.org/a/31612276.html>',
    );
    // The URL as printed in corpus/000, broken by a space: not a link, but still shown as written.
    expect(urlText('https://www.rferl.org/a/kazakhstan-independence -day_clampdown')).toBe(
      'https://www.rferl.org/a/kazakhstan-independence -day\\_clampdown',
    );
    expect(linkDestination('https://x.org/a b')).toBe('<https://x.org/a b>');
    expect(linkDestination('https://x.org/<script>')).toBe('<https://x.org/%3Cscript%3E>');
  });

  it('fences code spans longer than the backticks they hold', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});
