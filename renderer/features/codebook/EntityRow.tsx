import { useState } from 'react';
import { findMentions } from '../../../app/entities';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../../app/model/types';
import { db, type StoredSource } from '../../storage/database';
import { deleteEntity, mergeEntitiesInto, updateEntity } from '../../storage/entities';
import type { UndoSnapshot } from '../../storage/undoSnapshot';

interface EntityRowProps {
  readonly entity: Entity;
  readonly entities: readonly Entity[];
  readonly claimCount: number;
  /** The source open in the Reader, to find the entity's mentions in. */
  readonly source: StoredSource | null;
  readonly onRevealOffset: (offset: number) => void;
  readonly onError: (message: string | null) => void;
  /** A destructive action was done: offer its undo. */
  readonly onUndoable: (snapshot: UndoSnapshot) => void;
}

const run = async (action: () => Promise<unknown>, onError: (message: string | null) => void) => {
  try {
    onError(null);
    await action();
  } catch (failure) {
    onError(failure instanceof Error ? failure.message : String(failure));
  }
};

/** One person, body or place: name, kind and aliases edited in place; mentions, merge, delete. */
export function EntityRow({
  entity,
  entities,
  claimCount,
  source,
  onRevealOffset,
  onError,
  onUndoable,
}: EntityRowProps) {
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.join(', '));
  const [mergeFrom, setMergeFrom] = useState('');
  const [showMentions, setShowMentions] = useState(false);
  const mentions = showMentions && source ? findMentions(source.text, entity) : [];
  const save = (patch: Parameters<typeof updateEntity>[2]) =>
    void run(() => updateEntity(db, entity.id, patch), onError);

  return (
    <li className="entity-row">
      <div className="tag-fields">
        <input
          className="tag-name"
          value={name}
          aria-label={`Name of ${entity.name}`}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() !== entity.name && save({ name })}
        />
        <select
          aria-label={`Kind of ${entity.name}`}
          value={entity.kind}
          onChange={(e) => save({ kind: e.target.value as EntityKind })}
        >
          {ENTITY_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
        <span className="muted tag-count">
          {claimCount} {claimCount === 1 ? 'claim' : 'claims'}
        </span>
        <button
          type="button"
          aria-expanded={showMentions}
          disabled={!source}
          onClick={() => setShowMentions(!showMentions)}
          title={source ? undefined : 'Open a source in the Reader first'}
        >
          Mentions
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            void run(async () => onUndoable(await deleteEntity(db, entity.id)), onError)
          }
        >
          Delete
        </button>
      </div>
      <label className="aliases">
        Also written
        <input
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          onBlur={() =>
            aliases !== entity.aliases.join(', ') && save({ aliases: aliases.split(',') })
          }
          placeholder="Other spellings, comma-separated (Toqaev, Токаев)"
        />
      </label>
      <div className="tag-panel">
        <label>
          Same as
          <select value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            <option value="">Choose an entity to merge in…</option>
            {entities
              .filter((e) => e.id !== entity.id)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!mergeFrom}
          onClick={() =>
            void run(
              async () => onUndoable(await mergeEntitiesInto(db, entity.id, mergeFrom)),
              onError,
            )
          }
        >
          Merge in
        </button>
      </div>
      {showMentions && source && (
        <div className="mentions">
          <p className="muted">
            {mentions.length === 0
              ? `Not mentioned in “${source.title}”.`
              : `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'} in “${source.title}”:`}
          </p>
          <ol>
            {mentions.map((mention) => (
              <li key={mention.start}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRevealOffset(mention.start)}
                >
                  …{source.text.slice(Math.max(0, mention.start - 40), mention.start)}
                  <strong>{mention.text}</strong>
                  {source.text.slice(mention.end, mention.end + 40)}…
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </li>
  );
}
