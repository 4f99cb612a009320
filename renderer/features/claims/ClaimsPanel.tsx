import { useCallback, useMemo, useState } from 'react';
import {
  ANY_CLAIM,
  countByTagTree,
  countClaims,
  filterClaims,
  type ClaimFilter,
  type ClaimRecord,
} from '../../../app/claims';
import { withDescendants } from '../../../app/codebook';
import { deleteClaim } from '../../storage/claims';
import { db } from '../../storage/database';
import type { ClaimsData } from '../../storage/liveClaims';
import { ClaimEditor } from './ClaimEditor';
import { ClaimFilters, NO_FILTER, type ClaimFilterState } from './ClaimFilters';
import { ClaimItem } from './ClaimItem';
import { ClaimWindowList } from './ClaimWindowList';
import { LedgerExportMenu } from './LedgerExportMenu';
import { offerUndo } from './offerUndo';
import './claims.css';

interface ClaimsPanelProps {
  readonly data: ClaimsData | undefined;
  readonly onCite: (record: ClaimRecord) => void;
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
  readonly compareOpen: boolean;
  readonly onToggleCompare: () => void;
  readonly onOpenCodebook: () => void;
}

/** Past this many claims (after filtering) the list draws only those in view: there may be 20,000. */
const WINDOWED_FROM = 300;

function toFilter(state: ClaimFilterState, data: ClaimsData): ClaimFilter {
  return {
    ...ANY_CLAIM,
    text: state.text,
    tagIds: state.tagId ? withDescendants(data.tags, state.tagId) : null,
    status: state.status || null,
    sourceId: state.sourceId || null,
    entityId: state.entityId || null,
    subject: state.subject || null,
  };
}

/**
 * The Claims view: every claim with its passages, filtered by words, subject, tag, status,
 * source and who said it, sorted, counted; each offers "Cite in memo", Edit and Delete (with
 * Undo). Its toolbar opens Compare, the codebook and the ledger export.
 */
export function ClaimsPanel({
  data,
  onCite,
  onOpenPassage,
  compareOpen,
  onToggleCompare,
  onOpenCodebook,
}: ClaimsPanelProps) {
  const [filter, setFilter] = useState<ClaimFilterState>(NO_FILTER);
  const [showFilters, setShowFilters] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const counts = useMemo(() => (data ? countClaims(data.records) : null), [data]);
  const tagCounts = useMemo(
    () => (data ? countByTagTree(data.records, data.tags) : new Map<string, number>()),
    [data],
  );
  const visible = useMemo(
    () => (data ? filterClaims(data.records, toFilter(filter, data), filter.sort) : []),
    [data, filter],
  );
  const activeFilters = Object.entries(filter).filter(
    ([key, value]) => key !== 'sort' && key !== 'text' && value !== '',
  ).length;
  const editingRecord = editing ? data?.records.find((r) => r.claim.id === editing) : undefined;

  // Stable, so the claims drawn are not drawn again on every render of the panel.
  const remove = useCallback((claimId: string) => {
    void deleteClaim(db, claimId)
      .then(offerUndo)
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure)),
      );
  }, []);

  return (
    // Named "Claims" exactly, whatever the count beside the heading (a UI contract).
    <section aria-label="Claims" className="claims-panel">
      <h2>
        Claims{' '}
        {counts && (
          <span className="count" aria-hidden="true">
            {counts.total}
          </span>
        )}
      </h2>
      <div className="claims-toolbar">
        <button type="button" aria-pressed={compareOpen} onClick={onToggleCompare}>
          Compare
        </button>
        <button type="button" onClick={onOpenCodebook}>
          Codebook
        </button>
        <LedgerExportMenu records={data?.records ?? []} />
      </div>
      {data && data.records.length > 0 && (
        <>
          <div className="filter-bar">
            <button
              type="button"
              className="link-button"
              aria-expanded={showFilters}
              onClick={() => setShowFilters(!showFilters)}
            >
              Filters{activeFilters ? ` (${activeFilters} on)` : ''}
            </button>
            <p className="filter-count" role="status">
              {visible.length === counts!.total
                ? `${counts!.total} ${counts!.total === 1 ? 'claim' : 'claims'}`
                : `${visible.length} of ${counts!.total} claims`}
            </p>
          </div>
          {showFilters ? (
            <ClaimFilters
              data={data}
              counts={counts!}
              tagCounts={tagCounts}
              filter={filter}
              onChange={setFilter}
            />
          ) : (
            <label className="claim-words-filter">
              <span className="visually-hidden">Filter claims by words</span>
              <input
                type="text"
                value={filter.text}
                onChange={(event) => setFilter({ ...filter, text: event.target.value })}
                placeholder="Filter claims by words…"
              />
            </label>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {data === undefined ? null : data.records.length === 0 ? (
        <p className="empty-state">
          No claims yet. Select a passage in the Reader and choose “Tag as claim” (Alt+C), or add it
          to an existing claim (Alt+E).
        </p>
      ) : visible.length === 0 ? (
        <p className="empty-state">No claim matches these filters.</p>
      ) : visible.length >= WINDOWED_FROM ? (
        <ClaimWindowList
          records={visible}
          resetKey={filter}
          onCite={onCite}
          onOpenPassage={onOpenPassage}
          onEdit={setEditing}
          onDelete={remove}
        />
      ) : (
        <ul className="claim-list">
          {visible.map((record) => (
            <ClaimItem
              key={record.claim.id}
              record={record}
              onCite={onCite}
              onOpenPassage={onOpenPassage}
              onEdit={setEditing}
              onDelete={remove}
            />
          ))}
        </ul>
      )}
      {editingRecord && data && (
        <ClaimEditor
          key={editingRecord.claim.id}
          record={editingRecord}
          data={data}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
