import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Search (issue 6) on a fresh profile: the search worker builds its index from the bundled
// corpus, then finds names in any spelling, phrases, claims and memos; opening a hit scrolls the
// Reader to the passage without adding anything to the article.

const TOKAYEV_ARTICLES = [
  // Spelled "Tokayev"…
  'Voices from Kazakhstan: protesters do not yield despite bloody crackdown',
  'Kazakhstan activists recall path from protest to bloodshed',
  'Dozens dead in unrest in Kazakhstan',
  // …and "Toqaev" (RFE/RL's spelling).
  'More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan',
  'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
];

async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  return page.getByRole('region', { name: 'Search results' });
}

test('"Toqaev" finds every article that names Tokayev, in either spelling', async ({ notebook, page }) => {
  void notebook;
  const results = await searchFor(page, 'Toqaev');
  for (const title of TOKAYEV_ARTICLES) await expect(results.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(results.getByRole('link')).toHaveCount(TOKAYEV_ARTICLES.length);
  // The snippet marks the word as the article spells it; the link's name is the title alone.
  const voices = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: TOKAYEV_ARTICLES[0], exact: true }) });
  await expect(voices.locator('mark').first()).toHaveText('Tokayev');
  // Cyrillic finds them too.
  await page.getByRole('searchbox', { name: 'Search' }).fill('Токаев');
  await expect(results.getByRole('link')).toHaveCount(TOKAYEV_ARTICLES.length);
});

test('a quoted phrase finds the words in a row, and marks the whole phrase', async ({ notebook, page }) => {
  void notebook;
  const results = await searchFor(page, '"without warning"');
  const hit = results.getByRole('link', { name: TOKAYEV_ARTICLES[0], exact: true });
  await expect(hit).toBeVisible();
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.locator('mark').first()).toHaveText('without warning');
  await expect(hit).toHaveAccessibleDescription(/Source.*without warning/);
});

test('claims and memos are found too', async ({ notebook, page }) => {
  const passage = 'More than 160 people, including police officers, were killed.';
  await notebook.openSource(TOKAYEV_ARTICLES[0]!);
  await notebook.tagAsClaim(passage, { attribution: 'Financial Times', tags: 'death toll', status: 'unverified' });
  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('Casualty figures disagree between outlets.');

  const results = await searchFor(page, 'police officers killed');
  await expect(results.getByRole('link', { name: passage, exact: true })).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: 'Claim' })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('casualty');
  await expect(results.getByRole('link', { name: /memo/i })).toBeVisible();
});

test('opening a hit opens its source in the Reader, scrolled to the passage, with no mark added', async ({ notebook, page }) => {
  const results = await searchFor(page, 'Ruzakhunov');
  const title = 'Kazakhstan activists recall path from protest to bloodshed';
  await results.getByRole('link', { name: title, exact: true }).click();
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const paragraph = notebook.reader.locator('p[data-block-start]', { hasText: 'Ruzakhunov' }).first();
  await expect(paragraph).toBeInViewport();
  // The hit is painted with the CSS Custom Highlight API, not wrapped in a <mark>.
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('search-hit'))).toBe(true);
  await expect(notebook.reader.locator('mark')).toHaveCount(0);
  // The first paragraph is far above: the Reader did scroll.
  await expect(notebook.reader.locator('p[data-block-start]').first()).not.toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('open results have no serious or critical axe finding', async ({ notebook, page }) => {
      void notebook;
      const results = await searchFor(page, 'Toqaev');
      await expect(results.getByRole('link')).toHaveCount(TOKAYEV_ARTICLES.length);
      await page.waitForTimeout(150);
      const scan = await new AxeBuilder({ page }).include('.search-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
      const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      expect(serious).toEqual([]);
    });
  });
}
