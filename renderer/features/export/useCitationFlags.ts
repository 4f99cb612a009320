import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { listCitations } from '../../../app/citation/memoCitations';
import { checkMemoCitations } from '../../../app/export/checkCitations';
import { memoQuotes } from '../../../app/export/quoteIntegrity';
import type { CitationProblem } from '../../../app/export/resolveCitation';
import type { SerializedMemoState } from '../../../app/model/types';
import type { CitationFlags } from '../../editor/MemoEditor';
import { useCitedPassages } from '../../storage/live';

const LABELS: Readonly<Record<CitationProblem['kind'], string>> = {
  'missing-highlight': 'the passage was deleted',
  'missing-source': 'the source was deleted',
  'quote-drift': 'the source’s text changed',
  'quote-edited': 'the quotation differs from the source',
  'not-in-body': 'the passage is now in boilerplate',
};

const NO_FLAGS: CitationFlags = new Map();

type CitedPassages = NonNullable<ReturnType<typeof useCitedPassages>>;

// The last check made against each reading of the cited passages. The memo is saved on every
// keystroke, and most keystrokes change neither a citation nor a quotation: the check is only
// re-run when the citations, what the memo quotes at them, or the passages change. And the flags
// keep their identity while they are the same, so no footnote marker re-renders for nothing.
const lastChecks = new WeakMap<CitedPassages, { readonly quoted: string; readonly flags: CitationFlags }>();

function sameFlags(a: CitationFlags, b: CitationFlags): boolean {
  if (a.size !== b.size) return false;
  for (const [number, flag] of a) {
    const other = b.get(number);
    if (other?.label !== flag.label || other.message !== flag.message) return false;
  }
  return true;
}

/** The memo's flags by footnote number, checked again only when what they depend on changed. */
function flagsOf(content: SerializedMemoState, passages: CitedPassages): CitationFlags {
  const quotes = memoQuotes(content);
  // Every citation's passage with the memo's quotation before it: all the check reads of the memo.
  const quoted = listCitations(content)
    .map((citation, index) => `${citation.highlightId}\u0000${quotes[index] ?? '\u0001'}`)
    .join('\u0002');
  const last = lastChecks.get(passages);
  if (last?.quoted === quoted) return last.flags;
  const problems = checkMemoCitations(content, (id) => passages.get(id));
  const checked: CitationFlags = new Map(
    [...problems].map(([number, problem]) => [number, { label: LABELS[problem.kind], message: problem.message }]),
  );
  const flags = last && sameFlags(last.flags, checked) ? last.flags : checked.size === 0 ? NO_FLAGS : checked;
  lastChecks.set(passages, { quoted, flags });
  return flags;
}

/** The highlight ids the memo cites, joined: the passages to read change only with these. */
const citedKey = (content: SerializedMemoState | null): string =>
  content ? listCitations(content).map((citation) => citation.highlightId).join('\n') : '';

/**
 * The flags of one opened memo, kept outside React: the memo is checked again at each save, and
 * the flags' readers are told only when they change (see `useCitationFlags`).
 */
function createFlagsChecker(opened: SerializedMemoState | null) {
  let content = opened;
  let key = citedKey(opened);
  let passages: CitedPassages | undefined;
  let flags: CitationFlags = NO_FLAGS;
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((listener) => listener());
  const check = () => {
    // While the passages load, the flags shown stay.
    const next = content === null ? NO_FLAGS : passages === undefined ? flags : flagsOf(content, passages);
    if (next === flags) return;
    flags = next;
    tell();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    flags: () => flags,
    citedKey: () => key,
    /** The memo as the editor last handed it over. */
    setContent(next: SerializedMemoState) {
      content = next;
      const nextKey = citedKey(next);
      if (nextKey === key) return check();
      // Other passages cited: they are read, and the check runs when they come.
      key = nextKey;
      passages = undefined;
      tell();
    },
    setPassages(read: CitedPassages | undefined) {
      passages = read;
      check();
    },
  };
}

export interface CitationFlagsCheck {
  /** The footnotes to flag, by number; the same map while nothing about them changes. */
  readonly flags: CitationFlags;
  /** Checks again with the memo as the editor last handed it over (each save). */
  recheck(content: SerializedMemoState): void;
}

/**
 * The memo's footnotes to flag in the editor: the same check the export runs (quotes against
 * their sources' text), re-run when the editor hands over the memo or a cited source or passage
 * changes. Nothing re-renders unless the flags or the cited passages change: every React commit
 * while the long memo has the focus costs a walk over its whole DOM (React measures the
 * selection of a focused contenteditable to restore it), and saves come every few seconds.
 */
export function useCitationFlags(openedContent: SerializedMemoState | null): CitationFlagsCheck {
  const checker = useMemo(() => createFlagsChecker(openedContent), [openedContent]);
  const key = useSyncExternalStore(checker.subscribe, checker.citedKey);
  const ids = useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
  const passages = useCitedPassages(ids);
  useEffect(() => checker.setPassages(passages), [checker, passages]);
  const flags = useSyncExternalStore(checker.subscribe, checker.flags);
  return { flags, recheck: checker.setContent };
}
