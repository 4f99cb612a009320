import { describe, expect, it } from 'vitest';

import type { Source } from '../model/types';
import { checkMemoCitations } from './checkCitations';
import { HIGHLIGHTS, lookup, MEMO, SOURCES } from './testing/exportFixture';

describe('checkMemoCitations', () => {
  it('flags the misquoted citation only', () => {
    const problems = checkMemoCitations(MEMO.content, lookup);
    expect([...problems.keys()]).toEqual([5]);
    expect(problems.get(5)?.kind).toBe('quote-edited');
  });

  it('flags every citation of a source whose text changed, and one whose block was flipped', () => {
    const [rferl, ft] = SOURCES as [Source, Source, Source];
    const reextracted: Source = { ...ft, text: ft.text.replace('About 164', 'About 146') };
    const flipped: Source = {
      ...rferl,
      blocks: rferl.blocks.map((block, index) =>
        index === 3 ? { ...block, kind: 'boilerplate' } : block,
      ),
    };
    const changed = (highlightId: string) => {
      const found = lookup(highlightId);
      if (!found) return undefined;
      const source =
        found.source?.id === ft.id
          ? reextracted
          : found.source?.id === rferl.id
            ? flipped
            : found.source;
      return { highlight: found.highlight, source };
    };
    const problems = checkMemoCitations(MEMO.content, changed);
    expect([...problems.entries()].map(([n, p]) => [n, p.kind])).toEqual([
      [1, 'not-in-body'],
      [2, 'quote-drift'],
      [4, 'not-in-body'],
      [5, 'quote-drift'],
    ]);
    expect(HIGHLIGHTS).toHaveLength(3);
  });
});
