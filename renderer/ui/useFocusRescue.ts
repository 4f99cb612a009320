import { useEffect, useRef } from 'react';

/** The attribute that marks a container focus can fall back to (each pane has one). */
export const FOCUS_HOME_ATTRIBUTE = 'data-focus-home';

/**
 * Keeps keyboard focus from falling out of the page. When the focused element is removed — a
 * dialog closed by unmounting it, the "Tag as claim" button that hid itself with the selection,
 * a toast that timed out — browsers drop focus to <body> and a keyboard user starts over from the
 * top. This puts it back: on what had focus before the dialog opened if that is still there,
 * otherwise on the closest `[data-focus-home]` container the lost element was in (`rescue`
 * decides what inside it gets focus).
 */
export function useFocusRescue(rescue: (home: HTMLElement) => void): void {
  const latest = useRef(rescue);
  useEffect(() => {
    latest.current = rescue;
  }, [rescue]);

  useEffect(() => {
    let focused: HTMLElement | null = null;
    let outsideDialogs: HTMLElement | null = null;
    let home: HTMLElement | null = null;

    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      focused = event.target;
      if (!focused.closest('dialog')) outsideDialogs = focused;
      home = focused.closest<HTMLElement>(`[${FOCUS_HOME_ATTRIBUTE}]`) ?? home;
    };

    const check = () => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (!focused || focused.isConnected) return;
      if (outsideDialogs && outsideDialogs !== focused && outsideDialogs.isConnected) {
        outsideDialogs.focus({ preventScroll: true });
      } else if (home?.isConnected) {
        latest.current(home);
      }
    };

    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
