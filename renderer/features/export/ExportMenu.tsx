import { useEffect, useRef, useState } from 'react';
import type { Memo } from '../../../app/model/types';
import { saveFile } from '../../platform/files';
import { prepareExport, type ExportFormat, type PreparedExport } from './exportMemo';

const FORMATS: readonly { format: ExportFormat; label: string }[] = [{ format: 'markdown', label: 'Markdown' }];

/**
 * "Export memo": a menu of formats. When a cited quote no longer matches its source, the export
 * stops and lists the problems; the analyst fixes them or exports anyway with them marked.
 */
export function ExportMenu({ memo }: { memo: Memo }) {
  const [open, setOpen] = useState(false);
  const [blocked, setBlocked] = useState<PreparedExport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const write = async (prepared: PreparedExport) => {
    const result = await saveFile(
      { suggestedName: prepared.fileName, bytes: prepared.bytes, extensions: prepared.extensions },
      prepared.mediaType,
    );
    setMessage(result.saved ? `Exported ${prepared.fileName}` : 'Export cancelled');
  };

  const choose = async (format: ExportFormat) => {
    setOpen(false);
    setBlocked(null);
    const prepared = await prepareExport(memo, format);
    if (prepared.problems.length > 0) setBlocked(prepared);
    else await write(prepared);
  };

  return (
    <div className="export-menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export memo
      </button>
      {open && (
        <div role="menu" aria-label="Export format" ref={menuRef} className="menu">
          {FORMATS.map(({ format, label }) => (
            <button key={format} type="button" role="menuitem" onClick={() => void choose(format)}>
              {label}
            </button>
          ))}
        </div>
      )}
      {blocked && (
        <div role="alert" className="export-problems">
          <p>
            {blocked.problems.length} {blocked.problems.length === 1 ? 'citation needs' : 'citations need'} attention before export:
          </p>
          <ul>
            {blocked.problems.map((problem) => (
              <li key={problem.number}>
                Footnote {problem.number}: {problem.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void write(blocked).then(() => setBlocked(null))}>
            Export anyway, marked
          </button>
          <button type="button" onClick={() => setBlocked(null)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p role="status" className="export-status">
          {message}
        </p>
      )}
    </div>
  );
}
