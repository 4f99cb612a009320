import { useCallback, useRef, useState } from 'react';
import type { MemoEditorApi } from './editor/MemoEditor';
import { ClaimDialog } from './features/claims/ClaimDialog';
import { ClaimsPanel } from './features/claims/ClaimsPanel';
import { MemoPane } from './features/memo/MemoPane';
import { Reader } from './features/reader/Reader';
import type { TextRange } from './features/reader/selectionOffsets';
import { BackupControls } from './features/backup/BackupControls';
import { ImportButton } from './features/sources/ImportButton';
import { SourcesNav } from './features/sources/SourcesNav';
import { addClaimFromPassage } from './storage/claims';
import { db } from './storage/database';
import { addHighlight } from './storage/highlights';
import { useClaimViews, useHighlightsOf, useMemos, useSource, useSources, type ClaimView } from './storage/live';
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
  const [claimPassage, setClaimPassage] = useState<TextRange | null>(null);
  const editorApi = useRef<MemoEditorApi | null>(null);
  const pendingCitation = useRef<Parameters<MemoEditorApi['insertCitation']>[0] | null>(null);

  const sources = useSources();
  const source = useSource(sourceId) ?? null;
  const highlights = useHighlightsOf(sourceId) ?? [];
  const claims = useClaimViews();
  const memos = useMemos();
  const activeMemo = memos?.find((memo) => memo.id === memoId) ?? memos?.[0] ?? null;
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

  const cite = async (view: ClaimView) => {
    const passage = view.passages[0];
    if (!passage) return;
    const payload = { quote: passage.highlight.selector.quote.exact, highlightId: passage.highlight.id, claimId: view.claim.id };
    if (editorApi.current && activeMemo) return editorApi.current.insertCitation(payload);
    // No memo open: start one and cite as soon as its editor is ready.
    pendingCitation.current = payload;
    await newMemo();
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Margin</span>
        <AppMenuBar />
        <ImportButton onImported={setSourceId} />
        <BackupControls />
        <SettingsButton />
      </header>
      <Panes>
        <aside className="left-pane">
          <SourcesNav sources={sources} selectedId={sourceId} onOpen={setSourceId} />
          <ClaimsPanel claims={claims} onCite={(view) => void cite(view)} onOpenPassage={(id) => setSourceId(id)} />
        </aside>
        <main className="center-pane">
          <Welcome sourceOpen={source !== null} />
          <Reader
            source={source}
            highlights={highlights}
            onHighlight={(range) => source && void addHighlight(db, source, range.start, range.end)}
            onTagAsClaim={setClaimPassage}
          />
        </main>
        <aside className="right-pane">
          <MemoPane
            memos={memos}
            activeMemo={activeMemo}
            onOpenMemo={setMemoId}
            onNewMemo={() => void newMemo()}
            onEditorReady={onEditorReady}
            describeCitation={describeCitation}
          />
        </aside>
      </Panes>
      {claimPassage && source && (
        <ClaimDialog
          passage={source.text.slice(claimPassage.start, claimPassage.end)}
          sourceTitle={source.title}
          onCancel={() => setClaimPassage(null)}
          onSave={async (draft) => {
            await addClaimFromPassage(db, source, claimPassage.start, claimPassage.end, draft);
            setClaimPassage(null);
          }}
        />
      )}
      <AppShell palette={{ sources, claims, memos, onOpenSource: setSourceId, onOpenMemo: setMemoId, onCiteClaim: (view) => void cite(view) }} />
    </div>
  );
}
