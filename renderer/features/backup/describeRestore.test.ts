import { describe, expect, it } from 'vitest';
import { describeCounts, describeMerge } from './describeRestore';

describe('restore messages', () => {
  it('names what a backup holds in the analyst’s words', () => {
    expect(describeCounts({ memos: 1, sources: 5, originals: 5, settings: 1, highlights: 2 })).toBe('5 sources, 2 highlights and 1 memo');
    expect(describeCounts({ settings: 1 })).toBe('nothing');
    expect(describeCounts({ codebooks: 2 })).toBe('2 codebooks records');
  });

  it('says what a merge added, updated and kept', () => {
    const counts = {
      sources: { added: 0, updated: 0, unchanged: 5 },
      claims: { added: 2, updated: 1, unchanged: 0 },
      memos: { added: 1, updated: 0, unchanged: 0 },
    };
    expect(describeMerge(counts)).toBe(
      'Merged the backup: added 2 claims and 1 memo; updated 1 claim (the backup’s copy was newer). Already here and kept: 5 sources.',
    );
  });
});
