import { CLAIM_SORTS, listSubjects, type ClaimCounts, type ClaimSort } from '../../../app/claims';
import { buildTagTree, flattenTagTree } from '../../../app/codebook';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../app/model/types';
import type { ClaimsData } from '../../storage/liveClaims';

/** The Claims view's choices; '' means "any". */
export interface ClaimFilterState {
  readonly text: string;
  readonly tagId: string;
  readonly status: ClaimStatus | '';
  readonly sourceId: string;
  readonly entityId: string;
  readonly subject: string;
  readonly sort: ClaimSort;
}

export const NO_FILTER: ClaimFilterState = {
  text: '',
  tagId: '',
  status: '',
  sourceId: '',
  entityId: '',
  subject: '',
  sort: 'updated',
};

const SORT_LABELS: Record<ClaimSort, string> = {
  updated: 'Recently changed',
  created: 'Recently created',
  statement: 'Statement A–Z',
  evidence: 'Most passages',
  status: 'Status',
  subject: 'Subject',
};

interface ClaimFiltersProps {
  readonly data: ClaimsData;
  /** Counts over all claims, for the option labels. */
  readonly counts: ClaimCounts;
  /** Claims per tag, its children's included (see `countByTagTree`). */
  readonly tagCounts: ReadonlyMap<string, number>;
  readonly filter: ClaimFilterState;
  readonly onChange: (filter: ClaimFilterState) => void;
}

const count = (n: number | undefined) => ` (${n ?? 0})`;

/** Filters by words, tag (with its children), status, source, entity and subject; and the sort. */
export function ClaimFilters({ data, counts, tagCounts, filter, onChange }: ClaimFiltersProps) {
  const set = <K extends keyof ClaimFilterState>(key: K, value: ClaimFilterState[K]) =>
    onChange({ ...filter, [key]: value });
  const tagRows = flattenTagTree(buildTagTree(data.tags));
  const subjects = listSubjects(data.records.map((r) => r.claim.subject));
  const active = Object.entries(filter).some(([key, value]) => key !== 'sort' && value !== '');
  return (
    <div className="claim-filters">
      <label className="wide">
        <span className="visually-hidden">Filter claims by words</span>
        <input
          type="text"
          value={filter.text}
          onChange={(event) => set('text', event.target.value)}
          placeholder="Filter claims by words…"
        />
      </label>
      <label>
        Subject
        <select
          aria-label="Subject"
          value={filter.subject}
          onChange={(event) => set('subject', event.target.value)}
        >
          <option value="">Any</option>
          {subjects.map(({ key, subject }) => (
            <option key={key} value={key}>
              {subject}
              {count(counts.bySubject.get(key))}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select
          aria-label="Tag"
          value={filter.tagId}
          onChange={(event) => set('tagId', event.target.value)}
        >
          <option value="">Any</option>
          {tagRows.map(({ tag, depth }) => (
            <option key={tag.id} value={tag.id}>
              {'\u2003'.repeat(depth)}
              {tag.name}
              {count(tagCounts.get(tag.id))}
            </option>
          ))}
        </select>
      </label>
      <label>
        Claim status
        <select
          aria-label="Claim status"
          value={filter.status}
          onChange={(event) => set('status', event.target.value as ClaimStatus | '')}
        >
          <option value="">Any</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
              {count(counts.byStatus.get(status))}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select
          aria-label="Source"
          value={filter.sourceId}
          onChange={(event) => set('sourceId', event.target.value)}
        >
          <option value="">Any</option>
          {data.sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.outlet ? `${source.outlet}: ` : ''}
              {source.title.length > 48 ? `${source.title.slice(0, 47)}…` : source.title}
              {count(counts.bySource.get(source.id))}
            </option>
          ))}
        </select>
      </label>
      <label>
        Said by
        <select
          aria-label="Said by"
          value={filter.entityId}
          onChange={(event) => set('entityId', event.target.value)}
        >
          <option value="">Anyone</option>
          {data.entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
              {count(counts.byEntity.get(entity.id))}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort
        <select
          aria-label="Sort"
          value={filter.sort}
          onChange={(event) => set('sort', event.target.value as ClaimSort)}
        >
          {CLAIM_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
