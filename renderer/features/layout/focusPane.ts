import { FOCUS_HOME_ATTRIBUTE } from '../../ui/useFocusRescue';

export const PANE_ORDER = ['sources', 'reader', 'memo'] as const;
export type PaneName = (typeof PANE_ORDER)[number];

/**
 * What gets focus when the analyst goes to a pane, best first: the open source in the list, the
 * Reader's text, the memo's text. The pane itself (tabindex -1) when none of them is there.
 */
const TARGETS: Readonly<Record<PaneName, readonly string[]>> = {
  sources: ['nav [aria-current="true"]', 'nav button', 'button'],
  reader: ['[data-reader-text]'],
  memo: ['[contenteditable="true"]', 'button'],
};

function paneElement(pane: PaneName): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${FOCUS_HOME_ATTRIBUTE}="${pane}"]`);
}

/** Moves focus into a pane; returns the element that got it. */
export function focusPane(pane: PaneName): HTMLElement | null {
  const container = paneElement(pane);
  if (!container) return null;
  const target =
    TARGETS[pane].map((selector) => container.querySelector<HTMLElement>(selector)).find((element) => element && isVisible(element)) ??
    container;
  target.focus();
  // An element that cannot take focus (an empty Reader's article) leaves it to the pane itself.
  if (document.activeElement === target) return target;
  container.focus();
  return container;
}

/** The pane an element is in, if any. */
export function paneOf(element: Element | null): PaneName | null {
  const home = element?.closest(`[${FOCUS_HOME_ATTRIBUTE}]`)?.getAttribute(FOCUS_HOME_ATTRIBUTE);
  return (PANE_ORDER as readonly string[]).includes(home ?? '') ? (home as PaneName) : null;
}

function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}
