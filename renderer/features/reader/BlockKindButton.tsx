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
  const flip = () => {
    setFailed(null);
    setBlockKind(db, sourceId, block.start, toBoilerplate ? 'boilerplate' : 'body').catch(
      (error: unknown) =>
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
