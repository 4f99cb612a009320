import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuItemSpec {
  readonly id: string;
  readonly label: string;
  /** Shown at the right ("Ctrl+O") and exposed as `aria-keyshortcuts`. */
  readonly shortcutText?: string;
  readonly ariaKeyShortcuts?: string;
  readonly disabled?: boolean;
  /** Draws a separator before the item. */
  readonly groupStart?: boolean;
}

interface MenuProps {
  readonly label: string;
  readonly items: readonly MenuItemSpec[];
  /** Which item gets focus when the menu opens. */
  readonly initialFocus: 'first' | 'last';
  readonly onSelect: (item: MenuItemSpec) => void;
  /** Escape: close and give focus back to the button or menu bar item that opened it. */
  readonly onClose: () => void;
  /** Left/Right inside a menu bar: close this menu and open the neighbour. */
  readonly onNeighbour?: (direction: -1 | 1) => void;
  readonly id?: string;
  readonly className?: string;
}

/**
 * A popup menu (WAI-ARIA menu pattern): focus moves into it; Up/Down, Home/End and the first
 * letter move between items; Enter or Space chooses; Escape closes; Tab closes and moves on.
 */
export function Menu({ label, items, initialFocus, onSelect, onClose, onNeighbour, id, className }: MenuProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const focusables = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];

  useEffect(() => {
    const all = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    (initialFocus === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [initialFocus]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = focusables();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return go(at + 1);
      case 'ArrowUp':
        return go(at - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(all.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return onClose();
      case 'ArrowLeft':
      case 'ArrowRight':
        if (!onNeighbour) return;
        event.preventDefault();
        return onNeighbour(event.key === 'ArrowLeft' ? -1 : 1);
      case 'Tab':
        return onClose();
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLowerCase();
        const order = [...all.slice(at + 1), ...all.slice(0, at + 1)];
        const match = order.find((item) => item.textContent?.trim().toLowerCase().startsWith(letter));
        if (match) {
          event.preventDefault();
          match.focus();
        }
      }
    }
  };

  return (
    <div role="menu" aria-label={label} id={id} ref={listRef} className={['ui-menu', className].filter(Boolean).join(' ')} onKeyDown={move}>
      {items.map((item) => (
        <Fragment key={item.id}>
          {item.groupStart && <div role="separator" className="ui-menu-separator" />}
          <div
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled || undefined}
            aria-keyshortcuts={item.ariaKeyShortcuts}
            className="ui-menu-item"
            onClick={() => !item.disabled && onSelect(item)}
            onKeyDown={(event) => {
              if ((event.key === 'Enter' || event.key === ' ') && !item.disabled) {
                event.preventDefault();
                onSelect(item);
              }
            }}
          >
            <span>{item.label}</span>
            {item.shortcutText && (
              <kbd className="ui-menu-shortcut" aria-hidden="true">
                {item.shortcutText}
              </kbd>
            )}
          </div>
        </Fragment>
      ))}
    </div>
  );
}
