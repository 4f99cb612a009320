import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../storage/database';
import { importBatch, summarizeImport, type ImportEntry, type ReportLine } from './importBatch';

export interface ImportQueue {
  /** "Importing 3 of 20…" while a batch runs; the last batch's summary after; null when idle. */
  readonly status: string | null;
  readonly busy: boolean;
  /** The last batch's report, until dismissed. */
  readonly report: readonly ReportLine[] | null;
  readonly enqueue: (entries: Promise<readonly ImportEntry[]>) => void;
  readonly dismiss: () => void;
}

/**
 * Runs import batches one after another, whether they come from the file chooser, the desktop
 * menu or a drop: a batch started while another runs waits its turn instead of interleaving.
 */
export function useImportQueue(onImported: (sourceId: string) => void): ImportQueue {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<readonly ReportLine[] | null>(null);
  const tail = useRef<Promise<void>>(Promise.resolve());
  const latestOnImported = useRef(onImported);
  useEffect(() => {
    latestOnImported.current = onImported;
  }, [onImported]);

  const run = useCallback(async (pending: Promise<readonly ImportEntry[]>) => {
    const entries = await pending;
    if (entries.length === 0) return;
    setBusy(true);
    setReport(null);
    setStatus(`Importing 1 of ${entries.length}…`);
    try {
      const lines = await importBatch(db, entries, (done, total) => {
        if (done < total) setStatus(`Importing ${done + 1} of ${total}…`);
      });
      setReport(lines);
      setStatus(summarizeImport(lines));
      const first = lines.find((line) => line.outcome.status === 'imported');
      if (first?.outcome.status === 'imported') latestOnImported.current(first.outcome.sourceId);
    } catch (error) {
      // importBatch already turns a bad file into a "refused" line; this is the database failing.
      setStatus(`The import stopped: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  const enqueue = useCallback(
    (entries: Promise<readonly ImportEntry[]>) => {
      tail.current = tail.current.then(() => run(entries)).catch(() => undefined);
    },
    [run],
  );

  const dismiss = useCallback(() => {
    setReport(null);
    setStatus(null);
  }, []);

  return { status, busy, report, enqueue, dismiss };
}
