import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { NotebookPage } from './page-models/NotebookPage';

// Issue 3 in the UI: a batch through "Import sources" with good, duplicate and bad files, each
// reported; what an HTML page, a Markdown note and a windows-1251 text become in the Reader;
// nothing from a hostile page runs; metadata edits reach the exported footnote; boilerplate flips
// renumber paragraphs and keep highlights.

const FIXTURES = join(import.meta.dirname, 'fixtures/import');
const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const PORT_TITLE = 'River port reopens after winter closure';
const NOTE_TITLE = 'Field note: queues at the fuel stations';
const LIBRARY_TITLE = 'Библиотека в Уральске открылась после ремонта';
const FREIGHT = 'Freight rates on the river are set for the season at the end of March';

// An uncaught error in the page (a React tree torn down, say) fails the test that caused it.
const pageErrors: Error[] = [];
test.beforeEach(({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error));
});
test.afterEach(() => {
  expect(pageErrors.map((error) => error.message)).toEqual([]);
});

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
const fixture = (name: string): FilePayload => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(join(FIXTURES, name)),
});
/** A corpus article saved again with Windows line ends: the same text, so a duplicate. */
const corpusCopy = (): FilePayload => ({
  name: 'rferl-saved-again.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    readFileSync(join(import.meta.dirname, '../corpus/000_b5eec4deae6e9591.txt'), 'utf8').replace(
      /\n/g,
      '\r\n',
    ),
  ),
});

async function importThroughChooser(page: Page, files: FilePayload[]): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import sources' }).click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

/** Every text the import status line shows, in order, recorded from before the batch starts. */
async function recordStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    const status = document.querySelector('.import-status');
    new MutationObserver(() => {
      const text = status?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(status!, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}

test('a batch of six files is imported file by file, with a report line for each', async ({
  notebook,
  page,
  remoteRequests,
}) => {
  const statuses = await recordStatuses(page);
  await importThroughChooser(page, [
    fixture('river-port-reopens.html'),
    fixture('field-note.md'),
    fixture('library-cp1251.txt'),
    corpusCopy(),
    fixture('empty.txt'),
    fixture('photo.txt'),
  ]);

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible();
  const line = (fileName: string) => report.getByRole('listitem').filter({ hasText: fileName });
  await expect(line('river-port-reopens.html')).toContainText(`Imported as “${PORT_TITLE}”`);
  await expect(line('field-note.md')).toContainText(`Imported as “${NOTE_TITLE}”`);
  await expect(line('library-cp1251.txt')).toContainText(`Imported as “${LIBRARY_TITLE}”`);
  await expect(line('rferl-saved-again.txt')).toContainText(`Duplicate of “${RFERL_TITLE}”`);
  await expect(line('empty.txt')).toContainText(
    'Refused: empty.txt is empty: there is no text to import.',
  );
  await expect(line('photo.txt')).toContainText('Refused: photo.txt is a PNG image, not text.');
  await expect(report).toContainText('Imported 3 of 6 files: 1 duplicate, 2 refused.');

  // Progress was shown file by file, and the summary is announced in the status line.
  const shown = await statuses();
  expect(shown[0]).toBe('Importing 1 of 6…');
  expect(
    shown.every(
      (text, index) => index === shown.length - 1 || /^Importing [1-6] of 6…$/.test(text),
    ),
  ).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 of 6 files' })).toHaveCount(
    1,
  );

  // Warnings are folded under their file until asked for.
  const encodingWarning = line('library-cp1251.txt').getByText('it was detected as windows-1251');
  await expect(encodingWarning).toBeHidden();
  await line('library-cp1251.txt').getByText('2 warnings').click();
  await expect(encodingWarning).toBeVisible();

  // Refused and duplicate files added nothing: five corpus articles and three new sources.
  await expect(notebook.sourceLinks()).toHaveCount(8);
  await expect(
    notebook.sources.getByRole('button', { name: RFERL_TITLE, exact: true }),
  ).toHaveCount(1);

  await report.getByRole('button', { name: 'Dismiss import report' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import sources' })).toBeFocused();

  // The first imported file is open: its page metadata, its article text, its byline flagged.
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(PORT_TITLE);
  await expect(notebook.reader).toContainText('The Ural Courier · Marat Ospanov · March 14, 2022');
  await expect(notebook.reader).toContainText(
    'https://uralcourier.example/region/river-port-reopens',
  );
  await expect(notebook.reader).toContainText(
    'Dockworkers spent the last fortnight clearing the quays',
  );
  await expect(
    notebook.reader.locator('.boilerplate', { hasText: 'By Marat Ospanov' }),
  ).toHaveCount(1);

  await notebook.openSource(NOTE_TITLE);
  await expect(notebook.reader).toContainText('Field notes · Dana Researcher · January 4, 2022');
  await notebook.openSource(LIBRARY_TITLE);
  await expect(notebook.reader).toContainText('March 14, 2022');
  await expect(notebook.reader).toContainText(
    'УРАЛЬСК - Городская библиотека снова открыла двери для читателей после двух лет ремонта',
  );
  await expect(notebook.reader).toContainText(
    '"Мы ждали этого дня очень долго", - сказала заведующая библиотекой.',
  );

  await expectNothingFromThePageRan(page);
  expect(remoteRequests).toEqual([]);
});

/** The page's script, its handlers, its form, frame and images never reach the live document. */
async function expectNothingFromThePageRan(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    canary: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: [...document.scripts].filter(
      (script) => !script.src || script.textContent?.includes('__pwned'),
    ).length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.startsWith('on'))
        .map((attribute) => `${element.localName}[${attribute.name}]`),
    ),
    foreign: document.querySelectorAll(
      'iframe, form[action], img[src*="uralcourier"], link[href*="uralcourier"]',
    ).length,
  }));
  expect(found).toEqual({ canary: null, scripts: 0, handlers: [], foreign: 0 });
}

test('files dropped on the window are imported the same way', async ({ notebook, page }) => {
  const note = readFileSync(join(FIXTURES, 'field-note.md'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'field-note.md', { type: 'text/markdown' }));
    transfer.items.add(new File([], 'blank.txt', { type: 'text/plain' }));
    return transfer;
  }, note);
  await notebook.reader.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop files to import them')).toBeVisible();
  await notebook.reader.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop files to import them')).toBeHidden();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('listitem').filter({ hasText: 'field-note.md' })).toContainText(
    `Imported as “${NOTE_TITLE}”`,
  );
  await expect(report.getByRole('listitem').filter({ hasText: 'blank.txt' })).toContainText(
    'Refused: blank.txt is empty',
  );
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(NOTE_TITLE);
  await expect(notebook.sourceLinks()).toHaveCount(6);
});

test('edited details show in the Reader and in the exported footnote', async ({
  notebook,
  page,
}) => {
  await importThroughChooser(page, [fixture('river-port-reopens.html')]);
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(PORT_TITLE);
  await notebook.tagAsClaim(FREIGHT, {
    attribution: 'Port authority',
    tags: 'freight',
    status: 'unverified',
  });

  await notebook.reader.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit source details' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(PORT_TITLE);
  await dialog
    .getByRole('textbox', { name: 'Title' })
    .fill('River port reopens early after the thaw');
  await dialog.getByRole('textbox', { name: 'Outlet' }).fill('Ural Courier Weekly');
  await dialog.getByRole('textbox', { name: 'Authors' }).fill('Marat Ospanov\nDana Lee');
  await dialog.getByRole('textbox', { name: 'Date published' }).fill('15/03/2022');
  await dialog.getByRole('textbox', { name: 'URL' }).fill('uralcourier.example/archive/port');
  await dialog.getByRole('button', { name: 'Save details' }).click();

  // Refused with a message per field; focus on the first bad one; nothing saved yet.
  const date = dialog.getByRole('textbox', { name: 'Date published' });
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/YYYY, YYYY-MM or YYYY-MM-DD/);
  await expect(dialog.getByRole('textbox', { name: 'URL' })).toHaveAccessibleDescription(
    /starting with https:\/\//,
  );
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(PORT_TITLE);

  await date.fill('2022-03-15');
  await dialog
    .getByRole('textbox', { name: 'URL' })
    .fill('https://uralcourier.example/archive/port');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(notebook.reader.getByRole('button', { name: 'Edit details' })).toBeFocused();

  const edited = 'River port reopens early after the thaw';
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(edited);
  await expect(notebook.reader).toContainText(
    'Ural Courier Weekly · Marat Ospanov, Dana Lee · March 15, 2022',
  );
  await expect(notebook.reader).toContainText('https://uralcourier.example/archive/port');
  await expect(notebook.sources.getByRole('button', { name: edited, exact: true })).toBeVisible();
  await expect(notebook.sources.getByRole('button', { name: PORT_TITLE, exact: true })).toHaveCount(
    0,
  );

  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('Rates hold this year.');
  await notebook.claim(FREIGHT).getByRole('button', { name: 'Cite in memo' }).click();
  await expect(notebook.memo.getByLabel('Footnote 1', { exact: true })).toBeVisible();

  const markdown = await notebook.exportMemoMarkdown();
  const footnote = markdown.split('\n').find((line) => line.startsWith('[^1]:'))!;
  expect(footnote).toMatch(/River Port Reopens Early after the Thaw/i);
  expect(footnote).toContain('Marat Ospanov and Dana Lee');
  expect(footnote).toContain('*Ural Courier Weekly*');
  expect(footnote).toContain('March 15, 2022');
  expect(footnote).toContain('https://uralcourier.example/archive/port');
  expect(footnote).toContain(FREIGHT);
  expect(footnote).not.toMatch(/winter closure|March 14|region\/river-port-reopens/i);

  await page.reload();
  await notebook.openSource(edited);
  await expect(notebook.reader).toContainText('March 15, 2022');
});

test('flipping a paragraph renumbers ¶ and keeps the highlight where it was', async ({
  notebook,
  page,
}) => {
  const shetpe = 'killing at least 16 people and one person in the nearby town of Shetpe';
  await notebook.openSource(RFERL_TITLE);
  await notebook.tagAsClaim(shetpe, {
    attribution: 'RFE/RL',
    tags: 'death toll',
    status: 'corroborated',
  });
  await expectParagraph(notebook, shetpe, '6');

  const block = (text: string) =>
    notebook.reader.locator('.reader-block').filter({ hasText: text });
  const square = block("Almaty's Republic Square and major streets nearby were cordoned off");
  await square.getByRole('button', { name: 'Mark as boilerplate' }).click();
  await expect(square).toHaveClass(/boilerplate/);
  await expect(square.getByRole('button', { name: 'Mark as article text' })).toBeFocused();
  await expectParagraph(notebook, shetpe, '5');

  // From the keyboard: the headline above the lede becomes article text, ¶ 1.
  const headline = notebook.reader.locator('.reader-block', {
    has: page.locator('p', { hasText: new RegExp(`^${RFERL_TITLE}$`) }),
  });
  await headline.getByRole('button', { name: 'Mark as article text' }).focus();
  await page.keyboard.press('Enter');
  await expect(headline.locator('.paragraph-number')).toHaveText('1');
  await expectParagraph(notebook, shetpe, '6');

  // The buttons sit beside the paragraphs: each <p> still holds exactly its block's text.
  await expect(notebook.reader.locator('p[data-block-start] button')).toHaveCount(0);

  // With boilerplate hidden, a paragraph flipped away leaves; focus moves on to the next one.
  await notebook.reader.getByLabel(/Show page boilerplate/).uncheck();
  const lede = block('ALMATY, Kazakhstan -- Security measures have been beefed up');
  await lede.getByRole('button', { name: 'Mark as boilerplate' }).focus();
  await page.keyboard.press('Enter');
  await expect(lede).toHaveCount(0);
  await expect(
    block('It is not a celebration day now').getByRole('button', { name: 'Mark as boilerplate' }),
  ).toBeFocused();
  await expectParagraph(notebook, shetpe, '5');

  await page.reload();
  await notebook.openSource(RFERL_TITLE);
  await expect(square).toHaveClass(/boilerplate/);
  await expect(headline.locator('.paragraph-number')).toHaveText('1');
  await expectParagraph(notebook, shetpe, '5');
});

/** The passage is still highlighted verbatim, and the Reader and its claim agree on its ¶. */
async function expectParagraph(
  notebook: NotebookPage,
  passage: string,
  paragraph: string,
): Promise<void> {
  const mark = notebook.page.locator('mark[data-highlight-id]', { hasText: passage });
  await expect(mark).toHaveText(passage);
  await expect(
    notebook.reader.locator('.reader-block', { has: mark }).locator('.paragraph-number'),
  ).toHaveText(paragraph);
  await expect(notebook.claim(passage)).toContainText(`RFE/RL, ¶ ${paragraph}`);
}
