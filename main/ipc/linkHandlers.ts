import type { Dialog, MessageBoxOptions, Shell } from 'electron';
import type { ChannelHandlers } from './fileHandlers';

export interface LinkHandlerDependencies {
  /** Electron's `dialog`, looked up on every call (an e2e test may replace its methods). */
  readonly dialog: Pick<Dialog, 'showMessageBox'>;
  readonly shell: Pick<Shell, 'openExternal'>;
}

/**
 * `links:open`: a native question first — the page cannot draw it, skip it or click it — with the
 * whole address in it, "Cancel" as the default; the system browser gets the address only on
 * "Open in browser". The request arrives already checked (http, https or mailto only).
 */
export function createLinkHandlers(dependencies: LinkHandlerDependencies): Pick<ChannelHandlers, 'links:open'> {
  return {
    'links:open': async (request, owner) => {
      const options: MessageBoxOptions = {
        type: 'question',
        title: 'Open link',
        message: 'Open this link in your browser?',
        detail: `${request.url}\n\nIt opens outside Margin, in your web browser.`,
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const answer = owner
        ? await dependencies.dialog.showMessageBox(owner, options)
        : await dependencies.dialog.showMessageBox(options);
      if (answer.response !== 0) return { opened: false };
      await dependencies.shell.openExternal(request.url, { activate: true });
      return { opened: true };
    },
  };
}
