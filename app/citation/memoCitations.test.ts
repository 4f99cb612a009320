import { describe, expect, it } from 'vitest';

import type { SerializedMemoState } from '../model/types';
import { listCitations } from './memoCitations';

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 });
const cite = (highlightId: string, claimId: string | null = null) => ({
  type: 'citation',
  highlightId,
  claimId,
  version: 1,
});

describe('listCitations', () => {
  it('numbers citations in reading order, through headings, lists, quotes and links', () => {
    const memo: SerializedMemoState = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Deaths'), cite('hl_a')] },
          {
            type: 'paragraph',
            children: [
              text('Officials said '),
              cite('hl_b', 'clm_1'),
              { type: 'link', url: 'https://example.org', children: [text('see'), cite('hl_c')] },
              cite('hl_d'),
            ],
          },
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [cite('hl_e')] },
              {
                type: 'listitem',
                children: [
                  {
                    type: 'list',
                    listType: 'number',
                    children: [{ type: 'listitem', children: [cite('hl_f')] }],
                  },
                ],
              },
            ],
          },
          { type: 'quote', children: [cite('hl_a')] },
        ],
      },
    };
    expect(listCitations(memo)).toEqual([
      { number: 1, highlightId: 'hl_a', claimId: null },
      { number: 2, highlightId: 'hl_b', claimId: 'clm_1' },
      { number: 3, highlightId: 'hl_c', claimId: null },
      { number: 4, highlightId: 'hl_d', claimId: null },
      { number: 5, highlightId: 'hl_e', claimId: null },
      { number: 6, highlightId: 'hl_f', claimId: null },
      { number: 7, highlightId: 'hl_a', claimId: null },
    ]);
  });

  it('keeps a malformed citation in the count so numbers do not shift', () => {
    const memo: SerializedMemoState = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'citation' }, cite('hl_b')] }],
      },
    };
    expect(listCitations(memo).map((citation) => [citation.number, citation.highlightId])).toEqual([
      [1, ''],
      [2, 'hl_b'],
    ]);
  });

  it('returns nothing for an empty memo', () => {
    expect(listCitations({ root: { type: 'root', children: [] } })).toEqual([]);
  });
});
