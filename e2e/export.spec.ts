import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import type { NotebookPage } from './page-models/NotebookPage';

// Issue 5: a memo citing three corpus sources (one quote twice), exported in all four formats
// with the same notes and numbers; styles; a quote edited in the memo is flagged and marked.

const RFERL = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FT = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const AP = 'Kazakhstan activists recall path from protest to bloodshed';
const SHETPE = 'killing at least 16 people and one person in the nearby town of Shetpe';
const KILLED = 'More than 160 people, including police officers, were killed.';
const ARRESTS = 'scores of deaths and about 16,000 arrests';
const RFERL_URL = 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html';

async function writeMemo(notebook: NotebookPage, page: Page): Promise<void> {
  await notebook.openSource(FT);
  await notebook.tagAsClaim(KILLED, {
    attribution: 'Financial Times',
    tags: 'death toll',
    status: 'unverified',
  });
  await notebook.openSource(RFERL);
  await notebook.tagAsClaim(SHETPE, {
    attribution: 'RFE/RL',
    tags: 'death toll',
    status: 'corroborated',
  });
  await notebook.openSource(AP);
  await notebook.tagAsClaim(ARRESTS, { attribution: 'AP', tags: 'arrests', status: 'unverified' });

  await page.getByRole('button', { name: 'New memo' }).click();
  await page.getByLabel('Document title').fill('Zhanaozen & the toll');
  await notebook.memo.click();
  await page.keyboard.type('Accounts of the death toll differ. ');
  for (const passage of [KILLED, SHETPE, ARRESTS, SHETPE]) {
    await notebook.claim(passage).getByRole('button', { name: 'Cite in memo' }).click();
  }
  await expect(notebook.memo.getByLabel('Footnote 4', { exact: true })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export memo' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

const numbersIn = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((m) => m[1]!);

test('a memo citing three sources exports to Markdown, HTML, Word and PDF with the same notes', async ({
  notebook,
  page,
  remoteRequests,
}, testInfo) => {
  await writeMemo(notebook, page);

  const md = await exportAs(page, 'Markdown');
  expect(md.name).toBe('Zhanaozen & the toll.md');
  const markdown = md.bytes.toString('utf8');
  expect(numbersIn(markdown, /^\[\^(\d+)\]: /gm)).toEqual(['1', '2', '3', '4']);
  const note = (n: number) => markdown.split('\n').find((line) => line.startsWith(`[^${n}]: `))!;
  expect(note(1)).toContain(`“${KILLED}”`);
  expect(note(2)).toContain(
    `RFE/RL’s Kazakh Service, “${RFERL},” *RFE/RL*, December 16, 2021, para. 6, <${RFERL_URL}>.`,
  );
  expect(note(2)).toContain(`“${SHETPE}”`);
  expect(note(3)).toContain(
    'Kirill Zarubin and Dasha Litvinova, “Kazakhstan Activists Recall Path from Protest to Bloodshed,” *AP*, January 15, 2022, para.',
  );
  // The same quote cited again: Chicago's short note, the same locator, the same words.
  expect(note(4)).toMatch(
    new RegExp(`^\\[\\^4\\]: RFE/RL’s Kazakh Service, “${RFERL},” para\\. 6\\. “${SHETPE}”$`),
  );
  expect(markdown).toContain('## Bibliography');
  expect(markdown).toContain(
    `RFE/RL’s Kazakh Service. “${RFERL}.” *RFE/RL*, December 16, 2021. <${RFERL_URL}>.`,
  );
  expect(markdown).toContain('Zarubin, Kirill, and Dasha Litvinova.');

  const html = (await exportAs(page, 'HTML')).bytes.toString('utf8');
  expect(html).not.toMatch(/<script|\ssrc=|<link/i);
  expect(numbersIn(html, /<li id="note-(\d+)"/g)).toEqual(['1', '2', '3', '4']);
  expect(numbersIn(html, /id="ref-(\d+)" role="doc-noteref"/g)).toEqual(['1', '2', '3', '4']);
  expect(html).toContain('Zhanaozen &amp; the toll');
  const view = await page.context().newPage();
  await view.setContent(html);
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Zhanaozen & the toll');
  await expect(view.locator('#note-2')).toContainText(`para. 6, ${RFERL_URL}. “${SHETPE}”`);
  await expect(view.locator('#note-4 .quote')).toHaveText(SHETPE);
  await expect(view.locator('.bibliography p')).toHaveCount(3);
  await view.screenshot({ path: testInfo.outputPath('memo-export.html.png'), fullPage: true });
  await view.close();

  const docx = await exportAs(page, 'Word');
  expect(docx.name).toBe('Zhanaozen & the toll.docx');
  const files = unzipSync(new Uint8Array(docx.bytes));
  const document = strFromU8(files['word/document.xml']!);
  const footnotes = strFromU8(files['word/footnotes.xml']!);
  expect(numbersIn(document, /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual([
    '1',
    '2',
    '3',
    '4',
  ]);
  const footnoteText = (id: number) =>
    (footnotes.split(`<w:footnote w:id="${id}">`)[1] ?? '')
      .split('</w:footnote>')[0]!
      .replace(/<[^>]+>/g, '')
      .trim();
  expect(footnoteText(2)).toContain(`para. 6, ${RFERL_URL}. “${SHETPE}”`);
  expect(footnoteText(4)).toBe(`RFE/RL’s Kazakh Service, “${RFERL},” para. 6. “${SHETPE}”`);

  const pdf = await exportAs(page, 'PDF');
  expect(pdf.name).toBe('Zhanaozen & the toll.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfPath = testInfo.outputPath('memo.pdf');
  await import('node:fs/promises').then((fs) => fs.writeFile(pdfPath, pdf.bytes));
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Accounts of the death toll differ.');
  expect(text).toContain('Notes');
  expect(text).toMatch(/1\. “Voices from Kazakhstan/);
  expect(text).toContain(`4. RFE/RL’s Kazakh Service, “${RFERL},” para. 6. “${SHETPE}”`);
  expect(text).toContain('Bibliography');

  expect(remoteRequests).toEqual([]);
});

test('the citation style setting changes every export and is remembered', async ({
  notebook,
  page,
}) => {
  await writeMemo(notebook, page);
  const style = page.getByRole('combobox', { name: 'Citation style' });
  await expect(style).toHaveValue('chicago');
  await style.selectOption('apa');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Citation style' })).toHaveValue('apa');
  const markdown = (await exportAs(page, 'Markdown')).bytes.toString('utf8');
  expect(markdown).toContain('[^2]: (RFE/RL’s Kazakh Service, 2021, para. 6)');
  expect(markdown).toContain('[^3]: (Zarubin & Litvinova, 2022, para.');
  expect(markdown).toContain('## References');

  await page.getByRole('combobox', { name: 'Citation style' }).selectOption('mla');
  const html = (await exportAs(page, 'HTML')).bytes.toString('utf8');
  expect(html).toContain('(Zarubin and Litvinova, par.');
  expect(html).toContain('Works Cited');
});

test('a quoted word edited in the memo is flagged in the editor and marked in the export', async ({
  notebook,
  page,
}) => {
  await writeMemo(notebook, page);
  await expect(notebook.memo.locator('[data-citation-problem]')).toHaveCount(0);

  // Change "160" to "170" inside the first quotation, as a slip of the keyboard would.
  await notebook.memo.focus();
  await notebook.memo.evaluate((memo) => {
    const walker = document.createTreeWalker(memo, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('160') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 3);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
  });
  await page.keyboard.type('170');
  await expect(notebook.memo).toContainText('“More than 170 people');

  const flagged = notebook.memo.getByLabel(
    'Footnote 1, citation problem: the quotation differs from the source',
  );
  await expect(flagged).toBeVisible();
  await expect(flagged).toHaveAttribute(
    'aria-description',
    /The memo’s quotation differs from the source \(memo: “More than 170 people.*”; source: “More than 160 people/,
  );
  await expect(notebook.memo.locator('[data-citation-problem]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Export memo' }).click();
  await page.getByRole('menuitem', { name: 'Markdown', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 citation needs attention before export');
  await expect(alert).toContainText('Footnote 1 (quotation differs from the source)');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export anyway, marked' }).click();
  const markdown = await readFile((await (await downloading).path())!, 'utf8');
  const note1 = markdown.split('\n').find((line) => line.startsWith('[^1]: '))!;
  // The note keeps the source's words and says what is wrong.
  expect(note1).toContain(`“${KILLED}”`);
  expect(note1).toContain(
    '**Citation problem:** The memo’s quotation differs from the source (memo: “More than 170 people',
  );

  // Put the word back: the flag goes away.
  await notebook.memo.evaluate((memo) => {
    const walker = document.createTreeWalker(memo, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('170') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 3);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
  });
  await page.keyboard.type('160');
  await expect(notebook.memo.locator('[data-citation-problem]')).toHaveCount(0);
});
