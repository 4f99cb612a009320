import { useState } from 'react';
import type { Block } from '../../../app/model/types';
import { db } from '../../storage/database';
import { setBlockKind } from '../../storage/sources';
import './blockKind.css';

/**
 * Flips one paragraph between article text and page boilerplate. It sits beside the paragraph,
 * never inside its `<p>`, whose text content must stay exactly the block's text. The glyph is
 * decoration; the button's name says the action.
 */
export function BlockKindButton({ sourceId, block }: { sourceId: string; block: Block }) {
  const [failed, setFailed] = useState<string | null>(null);
  const toBoilerplate = block.kind === 'body';
  const label = toBoilerplate ? 'Mark as boilerplate' : 'Mark as article text';
  const flip = (event: React.MouseEvent<HTMLButtonElement>) => {
    setFailed(null);
    const button = event.currentTarget;
    const fallback = neighbour(button);
    setBlockKind(db, sourceId, block.start, toBoilerplate ? 'boilerplate' : 'body')
      .then(() => keepFocusNear(button, fallback))
      .catch((error: unknown) =>
        setFailed(`Not changed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  return (
    <span className="block-kind">
      <button
        type="button"
        className="block-kind-button"
        aria-label={label}
        title={label}
        onClick={flip}
      >
        <span aria-hidden="true">{toBoilerplate ? '−' : '+'}</span>
      </button>
      {failed && (
        <span role="alert" className="error">
          {failed}
        </span>
      )}
    </span>
  );
}

/** The flip button after this one in the Reader, or before it at the end. */
function neighbour(button: HTMLButtonElement): HTMLButtonElement | undefined {
  const all = [...document.querySelectorAll<HTMLButtonElement>('.block-kind-button')];
  const index = all.indexOf(button);
  return all[index + 1] ?? all[index - 1];
}

/**
 * With boilerplate hidden, the flipped paragraph leaves the Reader once the live query re-renders
 * it, taking the focused button along; keep a keyboard user in place on a neighbour's button.
 */
function keepFocusNear(button: HTMLButtonElement, fallback: HTMLButtonElement | undefined): void {
  const until = performance.now() + 1000;
  const check = () => {
    if (!button.isConnected) {
      // Focus fell back to the page or to a container of the paragraphs (the Reader's text is
      // focusable for its keyboard caret), not to something the user picked meanwhile.
      const active = document.activeElement;
      const lost =
        active === null || active === document.body || (fallback && active.contains(fallback));
      if (lost && fallback?.isConnected) fallback.focus();
    } else if (performance.now() < until) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
