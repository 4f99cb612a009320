import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ExtractedSource } from './index';
import { importDocument } from './index';

/** Imports one bundled corpus article through the same pipeline the app and the CLI use. */
function corpus(name: string): { source: ExtractedSource; warnings: readonly string[] } {
  const fileName = `${name}.txt`;
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'corpus', fileName)));
  const result = importDocument({ fileName, bytes });
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
  return result;
}

const paragraphs = (source: ExtractedSource, kind: 'body' | 'boilerplate'): string[] =>
  source.blocks
    .filter((block) => block.kind === kind)
    .map((block) => source.text.slice(block.start, block.end));

/** Every boilerplate paragraph containing `fragment`, and no body paragraph containing it. */
function expectFlagged(source: ExtractedSource, fragment: string): void {
  expect(
    paragraphs(source, 'boilerplate').some((text) => text.includes(fragment)),
    `"${fragment}" flagged`,
  ).toBe(true);
  expect(
    paragraphs(source, 'body').filter((text) => text.includes(fragment)),
    `"${fragment}" not in body`,
  ).toEqual([]);
}

describe('the five corpus articles', () => {
  it('lays out canonical text: blocks cover it in order, separated by one blank line', () => {
    for (const name of [
      '000_b5eec4deae6e9591',
      '001_31aec38b310682cc',
      '002_77fbe7e49db49578',
      '003_9d745875fe9f4945',
      '004_a65856c8e52ad3f5',
    ]) {
      const { source } = corpus(name);
      expect(source.text).not.toMatch(/\r|\n{3,}|^\s|\s$/);
      const rebuilt = source.blocks
        .map((block) => source.text.slice(block.start, block.end))
        .join('\n\n');
      expect(rebuilt).toBe(source.text);
      expect(source.origin.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(source.origin.encoding).toBe('utf-8');
      expect(source.language).toBe('en');
    }
  });

  it('000 (RFE/RL via GlobalSecurity): headline under banners, byline, date, repaired URL, footers flagged', () => {
    const { source, warnings } = corpus('000_b5eec4deae6e9591');
    expect(source).toMatchObject({
      title: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
      outlet: 'RFE/RL',
      authors: ["RFE/RL's Kazakh Service"],
      publishedAt: '2021-12-16',
      url: 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html',
    });
    const body = paragraphs(source, 'body');
    expect(body[0]).toMatch(/^ALMATY, Kazakhstan -- Security measures have been beefed up/);
    expect(body.at(-1)).toMatch(/^Source: https:\/\/www\.rferl\.org/);
    for (const fragment of [
      'UNITED24',
      'Weapons of Mass Destruction (WMD)',
      '[ rfe/rl banner ]',
      'Copyright (c) 2021. RFE/RL',
      'Join the GlobalSecurity.org mailing list',
    ]) {
      expectFlagged(source, fragment);
    }
    expect(warnings.some((warning) => warning.includes('repaired'))).toBe(true);
  });

  it('001 (FT via News7h): headline, captions and credits flagged, timeline kept, link lists flagged', () => {
    const { source, warnings } = corpus('001_31aec38b310682cc');
    expect(source.title).toBe(
      'Voices from Kazakhstan: protesters do not yield despite bloody crackdown',
    );
    expect(source.publishedAt).toBeNull();
    expect(warnings).toContain('No publication date found; add it if you know it.');
    const body = paragraphs(source, 'body');
    expect(body[0]).toMatch(/^Aset Abishev was one of the first protesters/);
    expect(body.at(-1)).toMatch(/^An uneasy calm was restored\. About 164 people were killed/);
    for (const fragment of [
      '© AFP/Getty',
      'Nuraliya Aytkulova and daughter Tomiris Izgutdinova',
      '© Alexander Kuznetsov',
      'Source link',
      'News7h:',
      'Related Articles',
      'Back to top',
    ]) {
      expectFlagged(source, fragment);
    }
    expect(body).toContain('January 4');
  });

  it('002 (RFE/RL): headline under "Breaking News", player residue flagged, author card gives the outlet', () => {
    const { source } = corpus('002_77fbe7e49db49578');
    expect(source.title).toBe(
      'More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan',
    );
    expect(source.outlet).toBe('RFE/RL');
    const body = paragraphs(source, 'body');
    expect(body[0]).toMatch(
      /^ALMATY, Kazakhstan -- More than 100 people planning to attend opposition rallies/,
    );
    expect(body.at(-1)).toBe('With reporting by AFP');
    for (const fragment of [
      'Accessibility links',
      'Breaking News',
      'please wait',
      'No media source currently available',
      '0:00 0:02:24 0:00',
      '0:00 0:01:25 0:00',
      'Dozens Detained As Police Block',
      '16x9 Image',
      'offers informed and accurate reporting',
    ]) {
      expectFlagged(source, fragment);
    }
  });

  it('003 (AP via Yahoo): date prefix off the title, all-caps byline, AP dateline, widget and story list flagged', () => {
    const { source } = corpus('003_9d745875fe9f4945');
    expect(source).toMatchObject({
      title: 'Kazakhstan activists recall path from protest to bloodshed',
      publishedAt: '2022-01-15',
      authors: ['Kirill Zarubin', 'Dasha Litvinova'],
      outlet: 'AP',
      url: null,
    });
    const body = paragraphs(source, 'body');
    expect(body[0]).toMatch(
      /^ALMATY, Kazakhstan \(AP\) — The mass protests in Kazakhstan began peacefully/,
    );
    expect(body.at(-1)).toBe(
      '“It is unfathomable. I can’t understand it. How is this possible?” he said.',
    );
    for (const fragment of [
      'Oops!',
      '5 min read',
      'In this article:',
      'temporarily suspending article commenting',
      'Recommended Stories',
      'Joel Embiid',
      'Topeka police',
      'Chicago students walk out',
    ]) {
      expectFlagged(source, fragment);
    }
    // Quotes and the dateline are article text.
    expect(body).toContain('But something changed over the course of a week.');
  });

  it('004 (Independent via aggregator): photo captions, author stub and "Check Also" list flagged', () => {
    const { source } = corpus('004_a65856c8e52ad3f5');
    expect(source.title).toBe('Dozens dead in unrest in Kazakhstan');
    const body = paragraphs(source, 'body');
    expect(body[0]).toMatch(
      /^Security forces killed dozens of protesters and 12 police officers died/,
    );
    expect(body.at(-1)).toMatch(
      /^At the start of the year, prices for fuel called liquefied petroleum gas roughly doubled/,
    );
    for (const fragment of [
      '(Vladimir Tretyakov / AP)',
      '(Yan Blagov / AP)',
      'Smoke rises from town hall during protest in Almaty',
      'About Lillian Coomer',
      'Check Also',
      'Kingdom Hunter',
    ]) {
      expectFlagged(source, fragment);
    }
    expect(
      body.some((text) =>
        text.startsWith('“What is happening in Kazakhstan is the internal affair'),
      ),
    ).toBe(true);
  });
});
