import { useCallback, useMemo, useRef, useState } from 'react';
import type { MemoEditorApi } from './editor/MemoEditor';
import { ClaimDialog, type ClaimDialogMode } from './features/claims/ClaimDialog';
import { ClaimsPanel } from './features/claims/ClaimsPanel';
import { useAddToClaimShortcut } from './features/claims/useAddToClaimShortcut';
import { CodebookDialog } from './features/codebook/CodebookDialog';
import { HighlightColors } from './features/codebook/HighlightColors';
import { revealOffset } from './features/codebook/revealOffset';
import { ComparePane } from './features/compare/ComparePane';
import { useRevealPassage } from './features/compare/useRevealPassage';
import { MemoPane } from './features/memo/MemoPane';
import { Reader } from './features/reader/Reader';
import type { TextRange } from './features/reader/selectionOffsets';
import { BackupControls } from './features/backup/BackupControls';
import { ImportButton } from './features/sources/ImportButton';
import { SourcesNav } from './features/sources/SourcesNav';
import { SearchPanel } from './features/search/SearchPanel';
import { useSearchHitOpener } from './features/search/useSearchHitOpener';
import { db } from './storage/database';
import { addHighlight } from './storage/highlights';
import { useHighlightsOf, useSource } from './storage/live';
import type { Highlight } from '../app/model/types';
import { claimViewsOf, useClaimsData } from './storage/liveClaims';
import { createMemo } from './storage/memos';
import { useCitationDescriber } from './features/memo/useCitationDescriber';
import { AppMenuBar } from './features/layout/AppMenuBar';
import { AppShell } from './features/layout/AppShell';
import { Panes } from './features/layout/Panes';
import { SettingsButton } from './features/settings/SettingsButton';
import { Welcome } from './features/welcome/Welcome';

/** The notebook window: sources and claims, the Reader, and the memo, side by side. */
export function App() {
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [memoId, setMemoId] = useState<string | null>(null);
  const [claimPassage, setClaimPassage] = useState<{ range: TextRange; mode: ClaimDialogMode } | null>(null);
  const [compareOpen, setCompareOpen] = useState(false);
  const [codebookOpen, setCodebookOpen] = useState(false);
  const [reveal, setReveal] = useState<{ highlightId: string; at: number } | null>(null);
  const editorApi = useRef<MemoEditorApi | null>(null);
  const pendingCitation = useRef<Parameters<MemoEditorApi['insertCitation']>[0] | null>(null);

  const source = useSource(sourceId) ?? null;
  const highlights = useHighlightsOf(sourceId) ?? [];
  const claimsData = useClaimsData();
  const claims = useMemo(() => claimsData && claimViewsOf(claimsData.records), [claimsData]);
  const describeCitation = useCitationDescriber();

  const onEditorReady = useCallback((api: MemoEditorApi | null) => {
    editorApi.current = api;
    if (api && pendingCitation.current) {
      api.insertCitation(pendingCitation.current);
      pendingCitation.current = null;
    }
  }, []);

  const newMemo = async () => {
    const memo = await createMemo(db);
    setMemoId(memo.id);
  };

  // Opens a passage's source in the Reader and scrolls to the passage (Claims view, Compare).
  const openPassage = useCallback((passageSourceId: string, highlightId: string) => {
    setSourceId(passageSourceId);
    setReveal({ highlightId, at: Date.now() });
  }, []);
  useRevealPassage(reveal);
  const openSearchHit = useSearchHitOpener(setSourceId, setMemoId);
  useAddToClaimShortcut(source, (range) => setClaimPassage({ range, mode: 'existing' }));

  const cite = async (view: { readonly claim: { readonly id: string }; readonly passages: readonly { readonly highlight: Highlight }[] }) => {
    const passage = view.passages[0];
    if (!passage) return;
    const payload = { quote: passage.highlight.selector.quote.exact, highlightId: passage.highlight.id, claimId: view.claim.id };
    if (editorApi.current) return editorApi.current.insertCitation(payload);
    // No memo open: start one and cite as soon as its editor is ready.
    pendingCitation.current = payload;
    await newMemo();
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Margin</span>
        <AppMenuBar />
        <SearchPanel onOpen={openSearchHit} />
        <ImportButton onImported={setSourceId} />
        <BackupControls />
        <SettingsButton />
      </header>
      <Panes>
        <aside className="left-pane">
          <SourcesNav selectedId={sourceId} onOpen={setSourceId} />
          <ClaimsPanel
            data={claimsData}
            onCite={(record) => void cite(record)}
            onOpenPassage={openPassage}
            compareOpen={compareOpen}
            onToggleCompare={() => setCompareOpen(!compareOpen)}
            onOpenCodebook={() => setCodebookOpen(true)}
          />
        </aside>
        <main className="center-pane">
          <Welcome sourceOpen={source !== null} />
          <Reader
            source={source}
            highlights={highlights}
            onHighlight={(range) => source && void addHighlight(db, source, range.start, range.end)}
            onTagAsClaim={(range) => setClaimPassage({ range, mode: 'new' })}
          />
          {compareOpen && <ComparePane data={claimsData} onOpenPassage={openPassage} onClose={() => setCompareOpen(false)} />}
        </main>
        <aside className="right-pane">
          <MemoPane
            memoId={memoId}
            onOpenMemo={setMemoId}
            onNewMemo={() => void newMemo()}
            onEditorReady={onEditorReady}
            describeCitation={describeCitation}
          />
        </aside>
      </Panes>
      {claimPassage && source && (
        <ClaimDialog source={source} range={claimPassage.range} data={claimsData} initialMode={claimPassage.mode} onClose={() => setClaimPassage(null)} />
      )}
      {codebookOpen && claimsData && (
        <CodebookDialog
          data={claimsData}
          source={source}
          onRevealOffset={(offset) => {
            setCodebookOpen(false);
            revealOffset(offset);
          }}
          onClose={() => setCodebookOpen(false)}
        />
      )}
      <HighlightColors colors={claimsData?.highlightColors} shown={highlights} />
      <AppShell palette={{ claims, onOpenSource: setSourceId, onOpenMemo: setMemoId, onCiteClaim: (view) => void cite(view) }} />
    </div>
  );
}
