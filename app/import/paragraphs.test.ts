import { describe, expect, it } from 'vitest';

import { layOut, splitPlainText } from './paragraphs';

describe('splitPlainText', () => {
  it('splits on blank lines and on single line breaks in text saved from a page', () => {
    expect(
      splitPlainText('Title\r\n\r\nCaption line\r\nAnother line\n\n\n  Last  paragraph \t here '),
    ).toEqual(['Title', 'Caption line', 'Another line', 'Last paragraph here']);
  });

  it('joins the continuation lines of an indented bullet item', () => {
    expect(
      splitPlainText('  • Oops!\n    Something went wrong.\n    Please try again later.\nJANE DOE'),
    ).toEqual(['• Oops! Something went wrong. Please try again later.', 'JANE DOE']);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'Thousands of people rallied in the oil town of Zhanaozen on Monday to',
      'protest against a sharp rise in the price of liquefied gas, officials said',
      'on Tuesday, adding that the rallies had been peaceful.',
      '',
      'The demonstrations spread to Aktau and other cities by the evening, and',
      'the government promised to review the price of gas within days.',
    ].join('\n');
    expect(splitPlainText(wrapped)).toEqual([
      'Thousands of people rallied in the oil town of Zhanaozen on Monday to protest against a sharp rise in the price of liquefied gas, officials said on Tuesday, adding that the rallies had been peaceful.',
      'The demonstrations spread to Aktau and other cities by the evening, and the government promised to review the price of gas within days.',
    ]);
  });
});

describe('layOut', () => {
  it('separates paragraphs by one blank line and gives each a block with exclusive end', () => {
    const { text, blocks } = layOut([
      { text: 'Banner', kind: 'boilerplate' },
      { text: 'Body.', kind: 'body' },
    ]);
    expect(text).toBe('Banner\n\nBody.');
    expect(blocks).toEqual([
      { start: 0, end: 6, kind: 'boilerplate' },
      { start: 8, end: 13, kind: 'body' },
    ]);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(['Banner', 'Body.']);
  });
});
