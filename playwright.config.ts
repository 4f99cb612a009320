import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browsers on this machine. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const port = process.env.E2E_PORT ?? '5199';

export default defineConfig({
  // `npm run web` exactly as a user runs it; test:e2e builds first, so it only serves.
  webServer: {
    command: 'npx tsx scripts/web.ts',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: port },
    reuseExistingServer: false,
    stdout: 'pipe',
  },
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
