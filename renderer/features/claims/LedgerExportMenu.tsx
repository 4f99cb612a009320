import { useEffect, useRef, useState } from 'react';
import { claimReviewJsonLd, ledgerCsv, ledgerJson, type ClaimRecord } from '../../../app/claims';
import { saveFile } from '../../platform/files';

interface LedgerExportMenuProps {
  readonly records: readonly ClaimRecord[];
}

interface LedgerFormat {
  readonly label: string;
  readonly extension: string;
  readonly mediaType: string;
  readonly suffix: string;
  readonly render: (records: readonly ClaimRecord[], now: string) => string;
}

const FORMATS: readonly LedgerFormat[] = [
  {
    label: 'Ledger as CSV',
    extension: 'csv',
    mediaType: 'text/csv;charset=utf-8',
    suffix: '',
    render: (records) => ledgerCsv(records),
  },
  {
    label: 'Ledger as JSON',
    extension: 'json',
    mediaType: 'application/json',
    suffix: '',
    render: (records, now) => ledgerJson(records, now),
  },
  {
    label: 'ClaimReview JSON-LD (claims with a verdict)',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    suffix: '-claimreview',
    render: (records, now) => claimReviewJsonLd(records, 'Margin notebook', now),
  },
];

/**
 * "Export claims": every claim with its evidence (quote, source metadata, locator) as CSV or
 * JSON, or the claims with a verdict as ClaimReview JSON-LD. A download in the web build, a
 * save dialog in the desktop app.
 */
export function LedgerExportMenu({ records }: LedgerExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const exportAs = async (format: LedgerFormat) => {
    setOpen(false);
    const now = new Date().toISOString();
    const bytes = new TextEncoder().encode(format.render(records, now));
    const suggestedName = `margin-claims${format.suffix}-${now.slice(0, 10)}.${format.extension}`;
    try {
      const result = await saveFile(
        { suggestedName, bytes, extensions: [format.extension] },
        format.mediaType,
      );
      setStatus(
        result.saved
          ? `Saved ${records.length} ${records.length === 1 ? 'claim' : 'claims'} to ${result.path}.`
          : 'Not saved.',
      );
    } catch (failure) {
      setStatus(
        `The claims could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };

  return (
    <div
      className="ledger-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        disabled={records.length === 0}
      >
        Export claims
      </button>
      {open && (
        <div role="menu" ref={menuRef} className="menu" aria-label="Export claims as">
          {FORMATS.map((format) => (
            <button
              key={format.extension}
              type="button"
              role="menuitem"
              onClick={() => void exportAs(format)}
            >
              {format.label}
            </button>
          ))}
        </div>
      )}
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
