// `npm run screenshots`: serve the web build, walk through the main flow in Debian's Chromium and
// save each main screen in the light and the dark theme to docs/screenshots/ (the README shows
// them): first-run, reader, claim-dialog, memo, palette — `<name>.png` and `<name>-dark.png`.
// SCREENSHOT_SCHEME=light (or dark) takes one theme only.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const out = join(import.meta.dirname, '../docs/screenshots');
const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FT_TITLE = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const SHETPE = 'killing at least 16 people and one person in the nearby town of Shetpe';
const FT_TOLL = 'More than 160 people, including police officers, were killed.';

const server = spawn('npx', ['tsx', join(import.meta.dirname, 'web.ts')], {
  env: { ...process.env, PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
const url = chunk.toString().trim();

/** Selects the first occurrence of `passage` in the Reader's paragraphs, as a drag would. */
async function select(page: Page, passage: string): Promise<void> {
  await page.getByRole('article', { name: 'Reader' }).evaluate((article, wanted) => {
    for (const block of article.querySelectorAll('[data-block-start]')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error(`not found: ${wanted}`);
  }, passage);
}

async function openSource(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function tagAsClaim(page: Page, passage: string, attribution: string): Promise<void> {
  await select(page, passage);
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await dialog.getByLabel('Attribution', { exact: true }).fill(attribution);
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function walkThrough(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  const shot = async (name: string) => {
    // Let the live queries and the caret settle before the picture.
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(out, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) });
  };

  await page.goto(url);
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first().waitFor();
  await page.getByRole('heading', { name: 'Welcome to Margin' }).waitFor();
  await shot('first-run');

  await openSource(page, RFERL_TITLE);
  await select(page, 'Security measures have been beefed up');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await tagAsClaim(page, SHETPE, 'RFE/RL');
  // The article without its page furniture, a highlight and a claim in view, and a fresh selection.
  await page.getByRole('article', { name: 'Reader' }).getByLabel(/Show page boilerplate/).uncheck();
  await select(page, 'Internet access was blocked in the area');
  await shot('reader');

  await openSource(page, FT_TITLE);
  await select(page, FT_TOLL);
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  await page.getByRole('dialog', { name: 'Tag as claim' }).getByLabel('Attribution', { exact: true }).fill('Financial Times');
  await shot('claim-dialog');
  await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Save claim' }).click();

  await page.getByRole('button', { name: 'New memo' }).click();
  const memo = page.getByRole('textbox', { name: 'Memo', exact: true });
  await memo.click();
  await page.keyboard.type('Accounts of the death toll differ. The FT wrote ');
  await page.getByRole('region', { name: 'Claims' }).getByRole('listitem').filter({ hasText: FT_TOLL }).getByRole('button', { name: 'Cite in memo' }).click();
  await page.keyboard.type('while RFE/RL recalled that in Zhanaozen in 2011 police were ');
  await page.getByRole('region', { name: 'Claims' }).getByRole('listitem').filter({ hasText: SHETPE }).getByRole('button', { name: 'Cite in memo' }).click();
  await shot('memo');

  await page.keyboard.press('Control+K');
  await page.keyboard.type('kaz');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await shot('palette');
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const wanted = process.env.SCREENSHOT_SCHEME;
  for (const scheme of ['light', 'dark'] as const) if (!wanted || wanted === scheme) await walkThrough(browser, scheme);
} finally {
  await browser.close();
  server.kill();
}
