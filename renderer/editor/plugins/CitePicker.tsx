import type { JSX, KeyboardEvent } from 'react';
import type { CitablePassage } from '../citables';

import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { filterCitables } from '../citables';

interface CitePickerProps {
  /** null while the passages load. */
  readonly citables: readonly CitablePassage[] | null;
  onPick(citable: CitablePassage): void;
  onClose(): void;
}

/**
 * A searchable list of highlights and claims to cite (the WAI-ARIA combobox with a listbox):
 * typing filters, arrows move, Enter cites, Escape closes and the caret is back in the memo.
 */
export function CitePicker({ citables, onPick, onClose }: CitePickerProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => filterCitables(citables ?? [], query), [citables, query]);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: Math.min(activeIndex + 1, shown.length - 1),
      ArrowUp: Math.max(activeIndex - 1, 0),
      PageDown: Math.min(activeIndex + 10, shown.length - 1),
      PageUp: Math.max(activeIndex - 10, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key] ?? 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = shown[activeIndex];
      if (picked) onPick(picked);
    }
  };

  const status =
    citables === null
      ? 'Loading passages…'
      : shown.length === 0
        ? 'No passage or claim matches.'
        : `${shown.length} to choose from.`;

  return (
    <Dialog title="Cite a passage" onClose={onClose} focusClose={false} className="cite-picker">
      <input
        className="cite-picker__input"
        role="combobox"
        aria-label="Find a passage or claim"
        placeholder="Words of the passage, the claim or the source’s title"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="cite-picker__status" role="status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label="Passages and claims" className="cite-picker__list">
        {shown.map((citable, index) => (
          <li
            key={citable.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="cite-picker__option"
            // Keep focus in the field: the list is driven from it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(citable)}
          >
            {citable.statement !== null && (
              <span className="cite-picker__statement">Claim: {citable.statement}</span>
            )}
            <span className="cite-picker__quote">“{citable.quote}”</span>
            <span className="cite-picker__source">{citable.sourceTitle}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
