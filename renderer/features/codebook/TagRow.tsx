import { useState } from 'react';
import { withDescendants, type TagDeletion, type TagNode } from '../../../app/codebook';
import type { Tag } from '../../../app/model/types';
import { db } from '../../storage/database';
import {
  deleteTagInNotebook,
  mergeTagsInNotebook,
  moveTagInNotebook,
  recolorTagInNotebook,
  renameTagInNotebook,
} from '../../storage/tags';
import type { UndoSnapshot } from '../../storage/undoSnapshot';

interface TagRowProps {
  readonly node: TagNode;
  readonly tags: readonly Tag[];
  /** How many claims carry this tag. */
  readonly claimCount: number;
  readonly onError: (message: string | null) => void;
  /** A destructive action was done: offer its undo. */
  readonly onUndoable: (snapshot: UndoSnapshot) => void;
}

type Panel = 'none' | 'merge' | 'delete';

const run = async (action: () => Promise<unknown>, onError: (message: string | null) => void) => {
  try {
    onError(null);
    await action();
  } catch (failure) {
    onError(failure instanceof Error ? failure.message : String(failure));
  }
};

/** One tag of the codebook: colour, name and parent edited in place; merge and delete on request. */
export function TagRow({ node, tags, claimCount, onError, onUndoable }: TagRowProps) {
  const { tag, depth } = node;
  const [name, setName] = useState(tag.name);
  const [panel, setPanel] = useState<Panel>('none');
  const [mergeInto, setMergeInto] = useState('');
  const [deletion, setDeletion] = useState<TagDeletion['kind']>('untag');
  const [retagTo, setRetagTo] = useState(tag.parentId ?? '');
  const below = withDescendants(tags, tag.id);
  const others = tags.filter((t) => t.id !== tag.id);

  const rename = () =>
    name.trim() === tag.name
      ? undefined
      : run(
          () => renameTagInNotebook(db, tag.id, name),
          (m) => (onError(m), m && setName(tag.name)),
        );
  const remove = () => {
    const choice: TagDeletion =
      deletion === 'retag' ? { kind: 'retag', tagId: retagTo } : { kind: deletion };
    void run(async () => onUndoable(await deleteTagInNotebook(db, tag.id, choice)), onError);
  };
  const claims = `${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`;

  return (
    <li className="tag-row" style={{ paddingLeft: `${depth * 1.25}rem` }}>
      <div className="tag-fields">
        <input
          type="color"
          value={tag.color}
          aria-label={`Colour of ${tag.name}`}
          onChange={(event) =>
            void run(() => recolorTagInNotebook(db, tag.id, event.target.value), onError)
          }
        />
        <input
          className="tag-name"
          value={name}
          aria-label={`Name of ${tag.name}`}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void rename()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void rename();
            }
          }}
        />
        <select
          aria-label={`Parent of ${tag.name}`}
          value={tag.parentId ?? ''}
          onChange={(event) =>
            void run(() => moveTagInNotebook(db, tag.id, event.target.value || null), onError)
          }
        >
          <option value="">Top level</option>
          {others
            .filter((t) => !below.has(t.id))
            .map((t) => (
              <option key={t.id} value={t.id}>
                under {t.name}
              </option>
            ))}
        </select>
        <span className="muted tag-count">{claims}</span>
        <button
          type="button"
          aria-expanded={panel === 'merge'}
          onClick={() => setPanel(panel === 'merge' ? 'none' : 'merge')}
          disabled={others.length === 0}
        >
          Merge…
        </button>
        <button
          type="button"
          aria-expanded={panel === 'delete'}
          onClick={() => setPanel(panel === 'delete' ? 'none' : 'delete')}
        >
          Delete…
        </button>
      </div>
      {panel === 'merge' && (
        <div className="tag-panel">
          <label>
            Merge “{tag.name}” into
            <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
              <option value="">Choose a tag…</option>
              {others
                .filter((t) => !below.has(t.id))
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!mergeInto}
            onClick={() =>
              void run(
                async () => onUndoable(await mergeTagsInNotebook(db, tag.id, mergeInto)),
                onError,
              )
            }
          >
            Merge tags
          </button>
        </div>
      )}
      {panel === 'delete' && (
        <fieldset className="tag-panel">
          <legend>
            Delete “{tag.name}”: what happens to its {claims}?
          </legend>
          <label className="radio">
            <input
              type="radio"
              name={`delete-${tag.id}`}
              checked={deletion === 'untag'}
              onChange={() => setDeletion('untag')}
            />
            Keep them, without this tag
          </label>
          <label className="radio">
            <input
              type="radio"
              name={`delete-${tag.id}`}
              checked={deletion === 'retag'}
              onChange={() => setDeletion('retag')}
              disabled={others.length === 0}
            />
            Tag them instead with
            <select
              aria-label="Replacement tag"
              value={retagTo}
              onChange={(event) => (setRetagTo(event.target.value), setDeletion('retag'))}
            >
              <option value="">Choose a tag…</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label className="radio">
            <input
              type="radio"
              name={`delete-${tag.id}`}
              checked={deletion === 'delete-claims'}
              onChange={() => setDeletion('delete-claims')}
            />
            Delete them too
          </label>
          <button
            type="button"
            className="danger"
            onClick={remove}
            disabled={deletion === 'retag' && !retagTo}
          >
            Delete tag
          </button>
        </fieldset>
      )}
    </li>
  );
}
