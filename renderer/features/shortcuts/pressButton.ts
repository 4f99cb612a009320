/**
 * Finds the visible button with exactly this accessible name (its aria-label, or else its text)
 * and presses it. Commands whose action already has a button with a contract name (DESIGN.md:
 * "New memo", "Export memo", "Back up notebook", …) run through that button, so the menu, the
 * palette and the button can never drift apart. Returns false when no such button is shown.
 */
export function pressButton(name: string, root: ParentNode = document): boolean {
  const button = findButton(name, root);
  if (!button || button.disabled) return false;
  button.focus({ preventScroll: true });
  button.click();
  return true;
}

function accessibleName(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible button with exactly this accessible name, if the page shows one. */
export function findButton(name: string, root: ParentNode = document): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => accessibleName(candidate) === name && candidate.getClientRects().length > 0 && !candidate.closest('[inert]'),
  );
}
