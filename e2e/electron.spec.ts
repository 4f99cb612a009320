// The foundation flow (issue 2) in the real Electron app, plus its security seen from inside the
// page. Runs only where an Electron binary exists: this machine cannot download one, so by
// default every test here is skipped with the reason. To run it, point ELECTRON_OVERRIDE_DIST_PATH
// at an unpacked Electron 45 (the folder holding the `electron` executable) and, on Linux without
// a desktop, wrap the run in `xvfb-run -a`.
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NotebookPage } from './page-models/NotebookPage';

const root = resolve(import.meta.dirname, '..');
const mainEntry = join(root, 'out/main/index.js');

const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FT_TITLE = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';

/**
 * The Electron executable, found the way `require('electron')` finds it — ELECTRON_OVERRIDE_DIST_PATH
 * first, then node_modules/electron/dist — but without its side effect: when the binary is
 * missing, `require('electron')` tries to download it, which here only fails slowly.
 */
function findElectronExecutable(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const platformDefault =
    process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformDefault;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

function whyNotRunnable(executable: string | null): string | null {
  if (!executable) {
    return 'No Electron binary on this machine (it cannot be downloaded here); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder to run this spec.';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return `Electron found at ${executable}, but there is no display; run the suite under xvfb-run -a.`;
  }
  return null;
}

const executable = findElectronExecutable();
const skipReason = whyNotRunnable(executable);
// The list reporter does not print skip reasons; say it where the run's log will show it.
if (skipReason) process.stderr.write(`Electron spec skipped: ${skipReason}\n`);

test.describe('Margin in Electron', () => {
  // Why skipped: Electron's binary is fetched from GitHub at install, which this machine cannot
  // reach, so there is nothing to launch; without a display it cannot open a window either. The
  // exact cause, from whyNotRunnable() above, goes to stderr. Everywhere else these tests run.
  // prettier-ignore
  test.skip(skipReason !== null, 'No runnable Electron binary (it cannot be downloaded on this machine) or no display: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder, and run under xvfb-run -a on Linux.');
  test.describe.configure({ timeout: 120_000 });

  let profile: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    // Build what the test launches, so it never runs a stale out/ (about two seconds).
    const { build } = await import('electron-vite');
    await build({ root, configFile: join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
  });

  test.beforeEach(async () => {
    // A fresh profile per test: the corpus is imported on first start, and nothing else is there.
    profile = await mkdtemp(join(tmpdir(), 'margin-electron-'));
    app = await electron.launch({
      executablePath: executable!,
      args: [mainEntry],
      env: { ...process.env, MARGIN_USER_DATA_DIR: join(profile, 'user-data') } as Record<
        string,
        string
      >,
    });
    page = await app.firstWindow();
    await expect(page).toHaveURL('app://margin/index.html');
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(profile, { recursive: true, force: true });
  });

  test('the page has no Node, a bridge of exactly two methods, and no way out', async () => {
    const inside = await page.evaluate(async () => {
      const globals = window as unknown as Record<string, unknown>;
      const bridge = globals.margin as Record<string, unknown> | undefined;
      const fetched = await fetch('https://example.com/').then(
        () => 'fetched',
        (error: unknown) => `failed: ${String(error)}`,
      );
      return {
        require: typeof globals.require,
        process: typeof globals.process,
        bridge: bridge ? Object.keys(bridge).sort() : null,
        fetched,
        opened: window.open('https://example.com/') === null ? 'denied' : 'opened',
      };
    });
    expect(inside).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      bridge: ['openFiles', 'openLink', 'saveFile'],
      opened: 'denied',
    });
    expect(inside.fetched).toMatch(/^failed/);

    // Navigation away is refused: the window stays on the app.
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://margin/index.html');
    expect(app.windows()).toHaveLength(1);

    // The network layer refuses too, where no CSP applies: a request from the main process's session.
    const fromSession = await app.evaluate(async ({ session }) =>
      session.defaultSession.fetch('https://example.com/').then(
        () => 'fetched',
        (error: unknown) => `failed: ${String(error)}`,
      ),
    );
    expect(fromSession).toMatch(/^failed/);
  });

  test('highlight, claim, cite in a memo and export it through the save dialog', async () => {
    const notebook = new NotebookPage(page);
    const first = 'killing at least 16 people and one person in the nearby town of Shetpe';
    const second = 'More than 160 people, including police officers, were killed.';

    await expect(notebook.sourceLinks()).toHaveCount(5);
    await notebook.openSource(RFERL_TITLE);
    await notebook.highlight('Security measures have been beefed up');
    await notebook.tagAsClaim(first, {
      attribution: 'RFE/RL',
      tags: 'death toll, Zhanaozen',
      status: 'corroborated',
    });
    await expect(notebook.claim(first)).toBeVisible();

    // A reload goes through the app: protocol again, and the profile keeps everything.
    await page.reload();
    await expect(notebook.sourceLinks()).toHaveCount(5);
    await notebook.openSource(RFERL_TITLE);
    await expect(
      notebook.reader.locator('mark[data-highlight-id]', { hasText: 'Shetpe' }),
    ).toHaveText(first);

    await notebook.openSource(FT_TITLE);
    await notebook.tagAsClaim(second, {
      attribution: 'Financial Times',
      tags: 'death toll',
      status: 'unverified',
    });

    await page.getByRole('button', { name: 'New memo' }).click();
    await notebook.memo.click();
    await page.keyboard.type('Accounts of the death toll differ. ');
    await notebook.claim(second).getByRole('button', { name: 'Cite in memo' }).click();
    await expect(notebook.memo).toContainText(`“${second}”`);
    await expect(notebook.memo.getByLabel('Footnote 1')).toBeVisible();

    // Export in Electron is a native save dialog: answer it from the main process with a path.
    const target = join(profile, 'Kazakhstan memo.md');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath });
    }, target);
    await page.getByRole('button', { name: 'Export memo' }).click();
    await page.getByRole('menuitem', { name: 'Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('Exported');

    const markdown = await readFile(target, 'utf8');
    expect(markdown).toContain('Accounts of the death toll differ.');
    expect(markdown).toContain(`“${second}”[^1]`);
    const footnote = markdown.split('\n').find((line) => line.startsWith('[^1]:'));
    expect(footnote).toContain(FT_TITLE);
    expect(footnote).toContain(second);
  });
});
