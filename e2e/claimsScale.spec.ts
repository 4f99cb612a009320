import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ANY_CLAIM, filterClaims } from '../app/claims';
import { generateClaims } from '../bench/claims/generateClaims';
import { expect, test } from './fixtures';

// Issue 6: the Claims view stays smooth with thousands of claims. Past 300 claims the list draws
// only the claims in and near view, in its own scroll box, each telling its place in the whole.

const COUNT = 3_000;
const notebookData = generateClaims(COUNT, 50);
// Newest change first, as the view sorts by default.
const sorted = filterClaims(notebookData.records, ANY_CLAIM, 'updated');

/** Writes the claims with their passages, tags and entities into the notebook, as the app stores them. */
async function storeClaims(page: Page): Promise<void> {
  const claims = notebookData.records.map((record) => record.claim);
  const highlights = notebookData.records.flatMap((record) =>
    record.passages.map((passage) => passage.highlight),
  );
  await page.evaluate(
    ({ claims, highlights, tags, entities }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sources', 'highlights', 'claims', 'tags', 'entities'], 'readwrite');
          const keys = tx.objectStore('sources').getAllKeys();
          keys.onsuccess = () => {
            // Passages in the bundled articles, so each names a real source.
            const sourceIds = keys.result as string[];
            highlights.forEach((highlight, i) =>
              tx.objectStore('highlights').put({ ...highlight, sourceId: sourceIds[i % sourceIds.length] }),
            );
            for (const claim of claims) tx.objectStore('claims').put(claim);
            for (const tag of tags) tx.objectStore('tags').put(tag);
            for (const entity of entities) tx.objectStore('entities').put(entity);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { claims, highlights, tags: notebookData.tags, entities: notebookData.entities },
  );
}

test('3,000 claims: a bounded list that scrolls to the last claim, keeps focus and narrows with filters', async ({
  notebook,
  page,
}, testInfo) => {
  await storeClaims(page);
  await page.reload();
  const claims = notebook.claims;
  const shown = claims.getByRole('status').filter({ hasText: 'claims' });
  await expect(shown).toHaveText(`${COUNT} claims`);

  const items = claims.getByRole('listitem');
  const box = claims.locator('.claim-window');
  // The Claims view at the top of its pane, its scroll box in full view.
  await claims.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(box).toBeInViewport({ ratio: 1 });
  await expect(items.first()).toContainText(sorted[0]!.claim.statement);
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  const drawn = await items.count();
  expect(drawn).toBeGreaterThan(2);
  expect(drawn).toBeLessThan(40);

  // Midway: the claims there, and still a dozen or so in the page.
  const placesDrawn = () =>
    items.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-posinset'))));
  await box.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
  await expect.poll(async () => Math.min(...(await placesDrawn()))).toBeGreaterThan(COUNT * 0.4);
  const midway = await placesDrawn();
  expect(Math.max(...midway)).toBeLessThan(COUNT * 0.6);
  expect(midway.length).toBeLessThan(40);
  const middle = midway[Math.floor(midway.length / 2)]!;
  await expect(claims.locator(`li[aria-posinset="${middle}"]`)).toContainText(
    sorted[middle - 1]!.claim.statement,
  );
  await page.screenshot({ path: testInfo.outputPath('claims-3000-midway.png') });
  // The windowed list is still a list of claims to axe (list items only, a focusable scroll box).
  const scan = await new AxeBuilder({ page })
    .include('[aria-label="Claims"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Scrolling up from there, claims above are drawn and measured for the first time, and what is
  // in view moves by the distance scrolled, not by the guesses corrected above it.
  const boxTop = (await box.boundingBox())!.y;
  const tops = await items.evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('aria-posinset'), row.getBoundingClientRect().top] as const),
  );
  const [place, top] = tops.find(([, y]) => y >= boxTop)!;
  const reference = claims.locator(`li[aria-posinset="${place}"]`);
  for (const step of [1, 2, 3]) {
    await box.evaluate((element) => element.scrollBy(0, -100));
    await expect
      // Null while the row is being drawn again after the scroll: asked again until it is there.
      .poll(async () => {
        const now = await reference.boundingBox();
        return now ? Math.abs(now.y - (top + 100 * step)) : Infinity;
      })
      .toBeLessThanOrEqual(1);
  }

  // To the end: the last claim is there, whatever the heights of those before it.
  await box.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = claims.locator(`li[aria-posinset="${COUNT}"]`);
  await expect(last).toBeInViewport();
  await expect(last).toContainText(sorted[COUNT - 1]!.claim.statement);
  expect(await items.count()).toBeLessThan(40);

  // Focus in a claim stays there when the list scrolls far away from it.
  const cite = last.getByRole('button', { name: 'Cite in memo' });
  await cite.focus();
  await box.evaluate((element) => (element.scrollTop = 0));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(cite).toBeFocused();

  // Tab walks from claim to claim, drawing the next ones as it goes: each claim has a button per
  // passage, then Cite in memo, Edit and Delete.
  await items.first().getByRole('button', { name: 'Delete' }).focus();
  const presses = 60;
  let row = 1;
  for (let left = presses; left > 0; row++) left -= sorted[row]!.passages.length + 3;
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  const focusedRow = claims.locator('li.claim:focus-within');
  await expect(focusedRow).toHaveAttribute('aria-posinset', String(row));
  await expect(page.locator(':focus')).toBeInViewport();
  expect(await items.count()).toBeLessThan(40);

  // A words filter narrows the list; the window starts again from the top.
  const expected = (text: string) => filterClaims(notebookData.records, { ...ANY_CLAIM, text }, 'updated');
  const police = expected('police');
  expect(police.length).toBeGreaterThan(300);
  const words = claims.getByRole('textbox', { name: 'Filter claims by words' });
  await words.fill('police');
  await expect(shown).toHaveText(`${police.length} of ${COUNT} claims`);
  await expect(items.first()).toContainText(police[0]!.claim.statement);
  await expect(items.first()).toHaveAttribute('aria-setsize', String(police.length));

  // Fewer than 300: every claim drawn, as a plain list.
  const few = expected('police killed shot');
  expect(few.length).toBeGreaterThan(0);
  expect(few.length).toBeLessThan(300);
  await words.fill('police killed shot');
  await expect(shown).toHaveText(`${few.length} of ${COUNT} claims`);
  await expect(items).toHaveCount(few.length);
  await expect(items.first()).not.toHaveAttribute('aria-setsize');
});
