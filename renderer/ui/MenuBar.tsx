import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Menu, type MenuItemSpec } from './Menu';

export interface MenuBarMenu {
  readonly name: string;
  readonly items: readonly MenuItemSpec[];
}

interface MenuBarProps {
  readonly label: string;
  readonly menus: readonly MenuBarMenu[];
  readonly onSelect: (item: MenuItemSpec) => void;
}

/**
 * A desktop-style menu bar (WAI-ARIA menubar pattern). One tab stop; Left/Right move along it;
 * Down, Enter or Space opens a menu; F10 jumps to it from anywhere, as on Windows and Linux.
 * Escape, or choosing an item, gives focus back to where it was before the menu bar.
 */
export function MenuBar({ label, menus, onSelect }: MenuBarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const [open, setOpen] = useState<{ index: number; focus: 'first' | 'last' } | null>(null);
  const barRef = useRef<HTMLUListElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const topItems = () => [...(barRef.current?.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]') ?? [])];

  const focusTop = (index: number) => {
    const wrapped = (index + menus.length) % menus.length;
    setFocusIndex(wrapped);
    topItems()[wrapped]?.focus();
    return wrapped;
  };
  const leave = () => {
    setOpen(null);
    setFocusIndex(0);
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F10' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      event.preventDefault();
      barRef.current?.querySelector<HTMLElement>('[role="menuitem"][tabindex="0"]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!barRef.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onTopKey = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => focusTop(index + 1),
      ArrowLeft: () => focusTop(index - 1),
      Home: () => focusTop(0),
      End: () => focusTop(menus.length - 1),
      ArrowDown: () => setOpen({ index, focus: 'first' }),
      Enter: () => setOpen({ index, focus: 'first' }),
      ' ': () => setOpen({ index, focus: 'first' }),
      ArrowUp: () => setOpen({ index, focus: 'last' }),
      Escape: leave,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <ul
      role="menubar"
      aria-label={label}
      ref={barRef}
      className="ui-menubar"
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnTo.current = from;
      }}
      onBlur={(event) => {
        // Leaving the menu bar (Tab, a click elsewhere): next time it starts again at File.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOpen(null);
          setFocusIndex(0);
        }
      }}
    >
      {menus.map((menu, index) => {
        const isOpen = open?.index === index;
        const menuId = `menubar-${menu.name.toLowerCase()}`;
        return (
          <li key={menu.name} role="none" className="ui-menubar-entry">
            <span
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              aria-haspopup="menu"
              aria-expanded={isOpen}
              aria-controls={isOpen ? menuId : undefined}
              className="ui-menubar-item"
              onKeyDown={(event) => onTopKey(event, index)}
              onClick={() => {
                setFocusIndex(index);
                setOpen(isOpen ? null : { index, focus: 'first' });
              }}
              onPointerEnter={() => open && !isOpen && setOpen({ index, focus: 'first' })}
            >
              {menu.name}
            </span>
            {isOpen && (
              <Menu
                id={menuId}
                label={menu.name}
                items={menu.items}
                initialFocus={open.focus}
                className="ui-menubar-menu"
                onClose={() => {
                  setOpen(null);
                  focusTop(index);
                }}
                onNeighbour={(direction) => {
                  const next = focusTop(index + direction);
                  setOpen({ index: next, focus: 'first' });
                }}
                onSelect={(item) => {
                  leave();
                  onSelect(item);
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
