import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countClaims } from '../../../app/claims';
import { buildTagTree, flattenTagTree } from '../../../app/codebook';
import { db, type StoredSource } from '../../storage/database';
import type { ClaimsData } from '../../storage/liveClaims';
import { createTag, importCodebook } from '../../storage/tags';
import { useInlineUndo } from '../claims/InlineUndo';
import { exportCodebook, readCodebookFile } from './codebookFiles';
import { EntityRow } from './EntityRow';
import { TagRow } from './TagRow';
import './codebook.css';

interface CodebookDialogProps {
  readonly data: ClaimsData;
  readonly source: StoredSource | null;
  readonly onRevealOffset: (offset: number) => void;
  readonly onClose: () => void;
}

/**
 * The codebook: tags with colours in a tree (rename, recolour, move, merge, delete with the
 * choice of what happens to their claims; import and export as CSV or REFI-QDA), and the
 * people, bodies and places claims are attributed to, with their spellings.
 */
export function CodebookDialog({ data, source, onRevealOffset, onClose }: CodebookDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [newTag, setNewTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const undo = useInlineUndo();
  const counts = useMemo(() => countClaims(data.records), [data.records]);
  const rows = flattenTagTree(buildTagTree(data.tags));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const add = () =>
    attempt(async () => {
      await createTag(db, newTag);
      setNewTag('');
    });

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="claim-dialog codebook-dialog"
      onCancel={onClose}
    >
      <div className="codebook-header">
        <h2 id={titleId}>Codebook</h2>
        <button
          type="button"
          className="close-button"
          aria-label="Close the codebook"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {undo.view}
      <section aria-labelledby={`${titleId}-tags`}>
        <h3 id={`${titleId}-tags`}>Tags</h3>
        <p className="muted">
          A highlight takes the colour of its claim’s first tag. Filtering by a tag includes the
          tags under it.
        </p>
        {rows.length === 0 ? (
          <p className="empty-state">
            No tags yet. Add one below, or type tags when you tag a claim.
          </p>
        ) : (
          <ul className="tag-tree">
            {rows.map((node) => (
              <TagRow
                key={`${node.tag.id}:${node.tag.name}`}
                node={node}
                tags={data.tags}
                claimCount={counts.byTag.get(node.tag.id) ?? 0}
                onError={setError}
                onUndoable={undo.offer}
              />
            ))}
          </ul>
        )}
        <form
          className="new-tag"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label>
            New tag
            <input
              value={newTag}
              onChange={(event) => setNewTag(event.target.value)}
              placeholder="e.g. Zhanaozen"
            />
          </label>
          <button type="submit" disabled={!newTag.trim()}>
            Add tag
          </button>
        </form>
        <div className="codebook-files">
          <button
            type="button"
            onClick={() =>
              void attempt(async () => {
                const file = await readCodebookFile();
                if (!file) return;
                undo.offer(await importCodebook(db, file.codes));
                setStatus(
                  `Imported ${file.codes.length} ${file.codes.length === 1 ? 'code' : 'codes'} from ${file.fileName}.`,
                );
              })
            }
          >
            Import codebook…
          </button>
          <button
            type="button"
            disabled={data.tags.length === 0}
            onClick={() =>
              void attempt(async () =>
                setStatus((await exportCodebook(data.tags, 'csv')) ? 'Codebook saved as CSV.' : ''),
              )
            }
          >
            Save as CSV
          </button>
          <button
            type="button"
            disabled={data.tags.length === 0}
            onClick={() =>
              void attempt(async () =>
                setStatus(
                  (await exportCodebook(data.tags, 'qdc'))
                    ? 'Codebook saved as REFI-QDA (.qdc).'
                    : '',
                ),
              )
            }
          >
            Save as REFI-QDA (.qdc)
          </button>
        </div>
      </section>
      <section aria-labelledby={`${titleId}-entities`}>
        <h3 id={`${titleId}-entities`}>People, bodies and places</h3>
        {data.entities.length === 0 ? (
          <p className="empty-state">
            None yet: every attribution you give a claim becomes one, and “Toqaev” finds “Tokayev”.
          </p>
        ) : (
          <ul className="tag-tree">
            {data.entities.map((entity) => (
              <EntityRow
                key={`${entity.id}:${entity.name}:${entity.aliases.join('|')}`}
                entity={entity}
                entities={data.entities}
                claimCount={counts.byEntity.get(entity.id) ?? 0}
                source={source}
                onRevealOffset={onRevealOffset}
                onError={setError}
                onUndoable={undo.offer}
              />
            ))}
          </ul>
        )}
      </section>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </dialog>
  );
}
