import { test as base, expect } from '@playwright/test';
import { NotebookPage } from './page-models/NotebookPage';

/** The web build's address; playwright.config.ts starts `npm run web` on this port. */
export const WEB_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? '5199'}/`;

/** A fresh browser profile per test: a new context has an empty IndexedDB. */
export const test = base.extend<{ notebook: NotebookPage; remoteRequests: string[] }>({
  remoteRequests: async ({ page }, use) => {
    const remote: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1';
      if (!local) remote.push(request.url());
    });
    await use(remote);
  },
  // Depends on remoteRequests so request counting starts before the first page load.
  notebook: async ({ page, remoteRequests }, use) => {
    void remoteRequests;
    const notebook = new NotebookPage(page);
    await notebook.open(WEB_URL);
    await use(notebook);
  },
});

export { expect };
