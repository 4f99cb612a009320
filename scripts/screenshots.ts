// `npm run screenshots`: serve the web build, walk through the main flow in Debian's Chromium and
// save a screenshot of each step in docs/screenshots/ (the README shows notebook.png).
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const out = join(import.meta.dirname, '../docs/screenshots');
const server = spawn('npx', ['tsx', join(import.meta.dirname, 'web.ts')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
const url = chunk.toString().trim();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const scheme = (process.env.SCREENSHOT_SCHEME ?? 'light') as 'light' | 'dark';
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
const shot = (name: string) => page.screenshot({ path: join(out, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) });

async function select(target: Page, passage: string): Promise<void> {
  await target.getByRole('article', { name: 'Reader' }).evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
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
    throw new Error(`not found: ${wanted}`);
  }, passage);
}

try {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first().waitFor();
  await shot('first-run');
  await page.getByRole('button', { name: 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown' }).click();
  await select(page, 'More than 160 people, including police officers, were killed.');
  await shot('selection');
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await dialog.getByLabel('Attribution').fill('Financial Times');
  await dialog.getByLabel('Tags').fill('death toll');
  await shot('claim-dialog');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await page.getByRole('button', { name: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day' }).click();
  await select(page, 'killing at least 16 people and one person in the nearby town of Shetpe');
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  await dialog.getByLabel('Attribution').fill('RFE/RL');
  await dialog.getByLabel('Tags').fill('death toll, Zhanaozen');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await page.getByRole('button', { name: 'New memo' }).click();
  await page.getByRole('textbox', { name: 'Memo', exact: true }).click();
  await page.keyboard.type('Accounts of the death toll differ. The FT wrote ');
  await page.getByRole('button', { name: 'Cite in memo' }).nth(1).click();
  await page.keyboard.type('while RFE/RL recalled that in Zhanaozen police were ');
  await page.getByRole('button', { name: 'Cite in memo' }).nth(0).click();
  await shot('notebook');
} finally {
  await browser.close();
  server.kill();
}
