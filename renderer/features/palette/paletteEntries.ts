import { COMMANDS, formatShortcut, type CommandId } from '../../../app/commands';
import { formatPartialDate } from '../../../app/citation/dates';
import type { MemoSummary } from '../../storage/memoSummaries';
import type { SourceSummary } from '../../storage/sourceSummaries';
import type { ClaimView } from '../../storage/live';
import type { PaletteEntry } from './paletteSearch';

export interface PaletteActions {
  readonly runCommand: (id: CommandId) => void;
  readonly openSource: (source: SourceSummary) => void;
  readonly openClaim: (view: ClaimView) => void;
  readonly citeClaim: (view: ClaimView) => void;
  readonly openMemo: (memo: MemoSummary) => void;
}

/** Everything the palette can find: the command table, then the notebook's sources, claims and memos. */
export function paletteEntries(
  notebook: {
    readonly sources: readonly SourceSummary[];
    readonly claims: readonly ClaimView[];
    readonly memos: readonly MemoSummary[];
  },
  actions: PaletteActions,
  mac: boolean,
): PaletteEntry[] {
  const commands: PaletteEntry[] = COMMANDS.map((command) => ({
    id: `command:${command.id}`,
    group: 'Commands',
    label: command.label,
    keywords: `${command.menu} ${'keywords' in command ? command.keywords : ''}`,
    shortcutText: 'shortcut' in command ? formatShortcut(command.shortcut, mac) : undefined,
    run: () => actions.runCommand(command.id),
  }));
  const sources: PaletteEntry[] = notebook.sources.map((source) => ({
    id: `source:${source.id}`,
    group: 'Sources',
    label: source.title,
    detail: [source.outlet, source.authors.join(', '), formatPartialDate(source.publishedAt)].filter(Boolean).join(' · '),
    run: () => actions.openSource(source),
  }));
  const claims: PaletteEntry[] = notebook.claims.map((view) => ({
    id: `claim:${view.claim.id}`,
    group: 'Claims',
    label: view.claim.statement,
    detail: [view.claim.attribution, view.claim.status, view.passages[0]?.sourceTitle].filter(Boolean).join(' · '),
    keywords: view.tags.map((tag) => tag.name).join(' '),
    run: () => actions.openClaim(view),
    alternate: view.passages.length > 0 ? { label: 'cite in memo', run: () => actions.citeClaim(view) } : undefined,
  }));
  const memos: PaletteEntry[] = notebook.memos.map((memo) => ({
    id: `memo:${memo.id}`,
    group: 'Memos',
    label: memo.title.trim() || 'Untitled memo',
    detail: `Memo, edited ${new Date(memo.updatedAt).toLocaleDateString()}`,
    run: () => actions.openMemo(memo),
  }));
  return [...commands, ...sources, ...claims, ...memos];
}
