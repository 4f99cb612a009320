import type { ClaimView } from '../../storage/live';

interface ClaimsPanelProps {
  readonly claims: readonly ClaimView[] | undefined;
  readonly onCite: (view: ClaimView) => void;
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
}

/** The claims of the notebook, newest first, each with its passages and a "Cite in memo" action. */
export function ClaimsPanel({ claims, onCite, onOpenPassage }: ClaimsPanelProps) {
  return (
    <section aria-labelledby="claims-heading" className="claims-panel">
      <h2 id="claims-heading">Claims</h2>
      {claims === undefined ? null : claims.length === 0 ? (
        <p className="empty-state">No claims yet. Select a passage in the Reader and choose “Tag as claim”.</p>
      ) : (
        <ul className="claim-list">
          {claims.map((view) => (
            <li key={view.claim.id} className="claim">
              <p className="claim-statement">{view.claim.statement}</p>
              <p className="claim-meta">
                {view.claim.attribution && <span>{view.claim.attribution} · </span>}
                <span className={`status status-${view.claim.status}`}>{view.claim.status}</span>
                {view.tags.map((tag) => (
                  <span key={tag.id} className="tag" style={{ borderColor: tag.color }}>
                    {tag.name}
                  </span>
                ))}
              </p>
              {view.passages.map(({ highlight, sourceId, sourceTitle }) => (
                <button
                  key={highlight.id}
                  type="button"
                  className="link-button claim-source"
                  onClick={() => onOpenPassage(sourceId, highlight.id)}
                  aria-label={`Open passage in ${sourceTitle}`}
                >
                  {sourceTitle}
                  {highlight.paragraph ? `, ¶ ${highlight.paragraph}` : ''}
                </button>
              ))}
              <button type="button" onClick={() => onCite(view)} disabled={view.passages.length === 0}>
                Cite in memo
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
