import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useMenuCommand } from '../../platform/useMenuCommand';
import type { SourceSummary } from '../../storage/sourceSummaries';
import { useMemoList, useSources, type ClaimView } from '../../storage/live';
import type { MemoSummary } from '../../storage/memoSummaries';
import { useReturnFocus } from '../../ui/Dialog';
import { focusPane } from '../layout/focusPane';
import { readerTextShowing, revealHighlight, waitFor } from '../layout/waitFor';
import { isMac } from '../../platform/isMac';
import { runCommand } from '../shortcuts/runCommand';
import { paletteEntries } from './paletteEntries';
import { PALETTE_GROUPS, searchPalette, type PaletteEntry } from './paletteSearch';

export interface CommandPaletteProps {
  /** The sources to offer; when not given, read when the palette opens (not at every start). */
  readonly sources?: readonly SourceSummary[] | undefined;
  readonly claims: readonly ClaimView[] | undefined;
  /** The memos to offer; when not given, read when the palette opens. */
  readonly memos?: readonly MemoSummary[] | undefined;
  readonly onOpenSource: (sourceId: string) => void;
  readonly onOpenMemo: (memoId: string) => void;
  readonly onCiteClaim: (view: ClaimView) => void;
}

/** Ctrl+K (⌘K): the command palette, mounted once; it renders nothing until opened. */
export function CommandPalette(props: CommandPaletteProps) {
  const [open, setOpen] = useState(false);
  useMenuCommand('command-palette', () => setOpen((current) => !current));
  return open ? <PaletteDialog {...props} onClose={() => setOpen(false)} /> : null;
}

/**
 * A modal dialog holding a combobox and its listbox (WAI-ARIA combobox pattern): typing filters,
 * Up/Down move the active option (focus stays in the field), Enter runs it, Shift+Enter runs a
 * claim's second action (cite in memo), Escape closes. Focus goes back to where it was, and only
 * then does the chosen action run, so an action that moves focus keeps it.
 */
function PaletteDialog({ sources: given, claims, memos: givenMemos, onOpenSource, onOpenMemo, onCiteClaim, onClose }: CommandPaletteProps & { onClose: () => void }) {
  const stored = useSources();
  const sources = given ?? stored;
  const storedMemos = useMemoList();
  const memos = givenMemos ?? storedMemos;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useReturnFocus();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const entries = useMemo(
    () =>
      paletteEntries(
        { sources: sources ?? [], claims: claims ?? [], memos: memos ?? [] },
        {
          runCommand,
          openSource: (source) => {
            onOpenSource(source.id);
            void readerTextShowing(source.title).then((text) => text?.focus());
          },
          openClaim: (view) => {
            const passage = view.passages[0];
            if (!passage) return;
            onOpenSource(passage.sourceId);
            void revealHighlight(passage.highlight.id);
          },
          citeClaim: onCiteClaim,
          openMemo: (memo) => {
            onOpenMemo(memo.id);
            void waitFor(() => document.querySelector('[contenteditable="true"][aria-label="Memo"]')).then(() => focusPane('memo'));
          },
        },
        isMac(),
      ),
    [sources, claims, memos, onOpenSource, onOpenMemo, onCiteClaim],
  );
  const found = useMemo(() => searchPalette(entries, query), [entries, query]);
  const current = found[Math.min(active, found.length - 1)];
  const optionId = (entry: PaletteEntry) => `${listId}-${entry.id.replace(/[^\w-]/g, '_')}`;

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (action: (() => void) | undefined) => {
    if (!action) return;
    onClose();
    // After the dialog is gone and focus is back with its opener.
    setTimeout(action, 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = found.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      PageDown: Math.min(last, active + 8),
      PageUp: Math.max(0, active - 8),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(event.shiftKey ? current?.alternate?.run : current?.run);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      aria-label="Command palette"
      className="palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onPointerDown={(event) => event.target === dialogRef.current && onClose()}
    >
      <input
        role="combobox"
        aria-label="Find commands and notebook items"
        aria-expanded={true}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-describedby={`${listId}-hint`}
        placeholder="Type a command, or part of a source, claim or memo…"
        className="palette-input"
        value={query}
        autoFocus
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div role="listbox" id={listId} aria-label="Results" className="palette-list">
        {PALETTE_GROUPS.map((group) => {
          const inGroup = found.filter((entry) => entry.group === group);
          if (inGroup.length === 0) return null;
          return (
            <div key={group} role="group" aria-labelledby={`${listId}-${group}`} className="palette-group">
              <div role="presentation" id={`${listId}-${group}`} className="palette-group-name">
                {group}
              </div>
              {inGroup.map((entry) => {
                const index = found.indexOf(entry);
                return (
                  <div
                    key={entry.id}
                    id={optionId(entry)}
                    role="option"
                    aria-selected={entry === current}
                    className="palette-option"
                    onPointerMove={() => index !== active && setActive(index)}
                    onClick={(event) => choose(event.shiftKey ? entry.alternate?.run : entry.run)}
                  >
                    <span className="palette-label">{entry.label}</span>
                    {entry.detail && <span className="palette-detail">{entry.detail}</span>}
                    {entry.shortcutText && (
                      <kbd className="palette-shortcut" aria-hidden="true">
                        {entry.shortcutText}
                      </kbd>
                    )}
                    {entry.alternate && entry === current && (
                      <span className="palette-alternate" aria-hidden="true">
                        Shift+Enter: {entry.alternate.label}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p role="status" className={found.length === 0 ? 'palette-empty' : 'visually-hidden'}>
        {found.length === 0 ? `Nothing matches “${query}”. Try fewer words, or part of a title.` : `${found.length} results`}
      </p>
      <p id={`${listId}-hint`} className="palette-hint">
        ↑ ↓ to move, Enter to run or open, Shift+Enter on a claim to cite it in the memo, Esc to close.
      </p>
    </dialog>
  );
}
