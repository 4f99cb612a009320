import { describe, expect, it } from 'vitest';

import type { SerializedMemoNode, SerializedMemoState } from '../model/types';
import { memoQuotes, quotedBefore, quoteMatches } from './quoteIntegrity';

const text = (value: string): SerializedMemoNode => ({ type: 'text', text: value, format: 0 });
const cite = (highlightId: string): SerializedMemoNode => ({
  type: 'citation',
  highlightId,
  claimId: null,
});
const memo = (...children: SerializedMemoNode[]): SerializedMemoState => ({
  root: { type: 'root', children },
});

describe('memoQuotes', () => {
  it('finds the quotation the editor inserted before each citation, in footnote order', () => {
    const content = memo(
      {
        type: 'paragraph',
        children: [
          text('The FT counted '),
          text('“About 164 people were killed”'),
          cite('a'),
          text(' and RFE/RL wrote '),
          text('“"It is not a celebration day now, it is a day of mourning,"”'),
          cite('b'),
          text(' — then a paraphrase'),
          cite('c'),
        ],
      },
      { type: 'quote', children: [text('Officials said the toll was dozens.'), cite('d')] },
      {
        type: 'list',
        children: [{ type: 'listitem', children: [text('“quoted in a list”'), cite('e')] }],
      },
    );
    expect(memoQuotes(content)).toEqual([
      'About 164 people were killed',
      '"It is not a celebration day now, it is a day of mourning,"',
      null,
      'Officials said the toll was dozens.',
      'quoted in a list',
    ]);
  });

  it('does not carry text across paragraphs', () => {
    const content = memo(
      { type: 'paragraph', children: [text('“left open')] },
      { type: 'paragraph', children: [text('no quote here”'), cite('a')] },
    );
    expect(memoQuotes(content)).toEqual([null]);
  });
});

describe('quotedBefore', () => {
  it('matches nested quotation marks', () => {
    expect(quotedBefore('He said “they called it “dozens” at first” ')).toBe(
      'they called it “dozens” at first',
    );
    expect(quotedBefore('no quotation here')).toBeNull();
    expect(quotedBefore('the protesters’')).toBeNull();
  });
});

describe('quoteMatches', () => {
  const exact = 'About 164 people were killed,\n\nincluding 16 police officers.';

  it('accepts the passage, an excerpt and ellipses in order', () => {
    expect(quoteMatches('About 164 people were killed, including 16 police officers.', exact)).toBe(
      true,
    );
    expect(quoteMatches('164 people were killed', exact)).toBe(true);
    expect(quoteMatches('About 164 people … police officers.', exact)).toBe(true);
    expect(quoteMatches('About 164 people [...] police officers.', exact)).toBe(true);
  });

  it('refuses an edited word, a changed number, reordered segments and an empty quote', () => {
    expect(quoteMatches('About 160 people were killed', exact)).toBe(false);
    expect(quoteMatches('About 164 persons were killed', exact)).toBe(false);
    expect(quoteMatches('police officers … About 164', exact)).toBe(false);
    expect(quoteMatches('…', exact)).toBe(false);
  });
});
