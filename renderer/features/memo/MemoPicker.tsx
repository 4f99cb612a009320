import type { MemoSummary } from '../../storage/memoSummaries';

import { useId, useState } from 'react';
import './memoPicker.css';

interface MemoPickerProps {
  readonly memos: readonly MemoSummary[];
  readonly activeId: string | null;
  readonly onOpenMemo: (memoId: string) => void;
}

const titleOf = (memo: MemoSummary): string => memo.title.trim() || 'Untitled memo';

/** The memos whose title contains every word typed (case- and accent-insensitive). */
export function memosMatching(memos: readonly MemoSummary[], query: string): readonly MemoSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return memos.filter((memo) => words.every((word) => fold(titleOf(memo)).includes(word)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Opens another memo: a title filter ("Find by title"; Enter opens the first match) above the
 * list of memos, newest first. Named without the word "Memo", which belongs to the editor.
 */
export function MemoPicker({ memos, activeId, onOpenMemo }: MemoPickerProps) {
  const [query, setQuery] = useState('');
  const statusId = useId();
  const shown = memosMatching(memos, query);
  const activeShown = shown.some((memo) => memo.id === activeId);
  const status =
    query.trim() === ''
      ? ''
      : shown.length === 0
        ? 'No title matches'
        : `${shown.length} of ${memos.length} match`;

  return (
    <div className="memo-picker">
      <input
        type="text"
        className="memo-picker__find"
        aria-label="Find by title"
        aria-describedby={statusId}
        placeholder="Find by title"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const first = shown[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            onOpenMemo(first.id);
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
      <label>
        <span className="visually-hidden">Open memo</span>
        <select
          value={activeShown ? (activeId ?? '') : ''}
          onChange={(event) => event.target.value && onOpenMemo(event.target.value)}
        >
          {!activeShown && (
            <option value="" disabled>
              {shown.length === 0 ? 'No title matches' : `Choose (${shown.length} found)`}
            </option>
          )}
          {shown.map((memo) => (
            <option key={memo.id} value={memo.id}>
              {titleOf(memo)}
            </option>
          ))}
        </select>
      </label>
      <span id={statusId} className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
