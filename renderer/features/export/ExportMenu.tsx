import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  CITATION_STYLE_IDS,
  CITATION_STYLES,
  DEFAULT_CITATION_STYLE,
  isCitationStyleId,
  type CitationStyleId,
} from '../../../app/citation/styles';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '../../../app/export/formatInfo';
import type { Memo } from '../../../app/model/types';
import { saveFile } from '../../platform/files';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { SETTING_KEYS, useSetting } from '../../storage/settings';
import './export.css';
import { ExportProblems } from './ExportProblems';
import { prepareExport, type ExportFormat, type PreparedExport } from './exportMemo';

const FORMAT_HINTS: Readonly<Record<ExportFormat, string>> = {
  markdown: 'Markdown with [^n] footnotes',
  html: 'One self-contained web page',
  docx: 'Word document with real footnotes',
  // Say which route the PDF takes: it is made here, not through the print dialog.
  pdf: 'PDF made in the app (no print dialog)',
};

const parseStyle = (value: unknown): CitationStyleId | null =>
  isCitationStyleId(value) ? value : null;

/**
 * "Export memo": a menu of formats and the citation style they use (remembered in settings).
 * When a citation has a problem the export stops and lists them; the analyst fixes them in the
 * memo (they are flagged there too) or exports anyway with them marked.
 */
export function ExportMenu({ getMemo }: { readonly getMemo: () => Memo }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<PreparedExport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [style, setStyle] = useSetting<CitationStyleId>(
    SETTING_KEYS.citationStyle,
    DEFAULT_CITATION_STYLE,
    parseStyle,
  );
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // The format chosen in Settings gets focus first; the others are an arrow key away.
  const [defaultFormat] = useSetting<ExportFormat>(SETTING_KEYS.exportFormat, 'markdown', (value) =>
    (EXPORT_FORMATS as readonly unknown[]).includes(value) ? (value as ExportFormat) : null,
  );
  useMenuCommand('export-memo', () => setOpen(true));
  useEffect(() => {
    if (!open) return;
    const menu = menuRef.current;
    (menu?.querySelector<HTMLElement>(`[data-format="${defaultFormat}"]`) ?? menu?.querySelector<HTMLElement>('[role="menuitem"]'))?.focus();
  }, [open, defaultFormat]);

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
    setMessage(null);
    setBusy(true);
    try {
      // The memo as last handed over by its editor (choosing the format took the focus, and saved it).
      const prepared = await prepareExport(getMemo(), format, style);
      if (prepared.problems.length > 0) setBlocked(prepared);
      else await write(prepared);
    } catch (error) {
      console.error('Export failed', error);
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[
      event.key
    ];
    if (next !== undefined) {
      event.preventDefault();
      items[(next + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy}
        onClick={() => setOpen(!open)}
      >
        Export memo
      </button>
      <select
        className="export-style"
        aria-label="Citation style"
        title="Citation style"
        value={style}
        onChange={(event) => void setStyle(event.target.value as CitationStyleId)}
      >
        {CITATION_STYLE_IDS.map((id) => (
          <option key={id} value={id}>
            {CITATION_STYLES[id].label}
          </option>
        ))}
      </select>
      {open && (
        <div
          role="menu"
          aria-label="Export format"
          ref={menuRef}
          className="menu"
          onKeyDown={onMenuKeyDown}
        >
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-format={format}
              title={FORMAT_HINTS[format]}
              onClick={() => void choose(format)}
            >
              {EXPORT_FORMAT_INFO[format].label}
            </button>
          ))}
        </div>
      )}
      {blocked && (
        <ExportProblems
          problems={blocked.problems}
          onExportAnyway={() => void write(blocked).then(() => setBlocked(null))}
          onCancel={() => setBlocked(null)}
        />
      )}
      {message && (
        <p role="status" className="export-status">
          {message}
        </p>
      )}
    </div>
  );
}
