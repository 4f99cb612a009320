import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { htmlParagraphs } from './blocks';
import { parseDocument } from './dom';
import { extractHtml } from './extractHtml';
import { readPageMetadata, stripSiteName } from './htmlMetadata';
import { readJsonLdArticle } from './jsonLd';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('readPageMetadata', () => {
  it('reads Open Graph, article:published_time, JSON-LD authors and the canonical link', () => {
    expect(readPageMetadata(parseDocument(fixture('article.html')))).toEqual({
      title: 'Fuel price protests turn deadly in Almaty',
      outlet: 'Steppe Herald',
      authors: ['Aigerim Sultanova', 'Daniyar Bekov'],
      publishedAt: '2022-01-06',
      url: 'https://steppeherald.example/world/almaty-protests-deadly',
      language: 'en',
    });
  });

  it('falls back to <title> without the site name, meta author and <time>', () => {
    const page = parseDocument(
      '<html><head><title>Dozens dead in unrest | Example Times</title><meta name="author" content="By Jane Doe"></head><body><time datetime="2022-01-06T10:00">Jan 6</time></body></html>',
    );
    expect(readPageMetadata(page)).toMatchObject({
      title: 'Dozens dead in unrest',
      authors: ['Jane Doe'],
      publishedAt: '2022-01-06',
      url: null,
    });
  });

  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteName('Kazakhstan - Russia talks stall - Example News', 'Example News')).toBe(
      'Kazakhstan - Russia talks stall',
    );
    expect(stripSiteName('Tokayev - the man in the middle', null)).toBe(
      'Tokayev - the man in the middle',
    );
  });
});

describe('readJsonLdArticle', () => {
  it('finds a NewsArticle in a @graph and skips malformed blocks', () => {
    const page = parseDocument(
      '<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","author":{"name":"A B"},"datePublished":"2021-12-16","publisher":{"name":"RFE/RL"},"url":"https://x.example/a"}]}</script>',
    );
    expect(readJsonLdArticle(page)).toEqual({
      headline: 'H',
      authors: ['A B'],
      datePublished: '2021-12-16',
      publisher: 'RFE/RL',
      url: 'https://x.example/a',
    });
  });
});

describe('htmlParagraphs', () => {
  it('makes one paragraph per block, list items with bullets, nothing from scripts or forms', () => {
    const page = parseDocument(
      '<div><h2>Sub</h2><p>One <b>bold</b> line<br>Second line</p><script>alert(1)</script><ul><li>Item</li></ul><form><button>Go</button></form>Tail text</div>',
    );
    expect(htmlParagraphs(page.body!)).toEqual([
      'Sub',
      'One bold line',
      'Second line',
      '• Item',
      'Tail text',
    ]);
  });
});

describe('extractHtml', () => {
  it('extracts the article body and flags what is left of the page furniture', () => {
    const result = extractHtml(fixture('article.html'));
    const body = result.paragraphs
      .filter((paragraph) => paragraph.kind === 'body')
      .map((paragraph) => paragraph.text);
    const flagged = result.paragraphs
      .filter((paragraph) => paragraph.kind === 'boilerplate')
      .map((paragraph) => paragraph.text);
    expect(body[0]).toMatch(/^ALMATY, Kazakhstan — Security forces opened fire/);
    expect(body.at(-1)).toMatch(/^The government resigned earlier on Wednesday/);
    expect(body.some((text) => text.startsWith('“We came out because'))).toBe(true);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'please wait',
        'No media source currently available',
        'By Aigerim Sultanova and Daniyar Bekov',
      ]),
    );
    const all = result.paragraphs.map((paragraph) => paragraph.text).join('\n');
    for (const furniture of [
      'Skip to main content',
      'Accept all cookies',
      'tracker',
      'Tenge slides',
      'All rights reserved',
      '<',
    ]) {
      expect(all).not.toContain(furniture);
    }
  });

  it('reads a windows-1251 page’s title from its h1 and its date from the dateline', () => {
    const html = new TextDecoder('windows-1251').decode(
      readFileSync(join(__dirname, '..', 'fixtures', 'ru-windows-1251.html')),
    );
    const result = extractHtml(html);
    expect(result).toMatchObject({
      title: 'Протесты в Алматы: задержаны сотни человек',
      publishedAt: '2022-01-06',
    });
    expect(result.paragraphs[0]).toEqual({
      text: 'Протесты в Алматы: задержаны сотни человек',
      kind: 'boilerplate',
    });
  });

  it('imports a page without an article body whole, flagged by the plain-text rules', () => {
    const result = extractHtml(
      '<html><head><title>Short note</title></head><body><p>Accessibility links</p><p>Only a short note.</p></body></html>',
    );
    expect(result.title).toBe('Short note');
    expect(result.paragraphs).toEqual([
      { text: 'Accessibility links', kind: 'boilerplate' },
      { text: 'Only a short note.', kind: 'body' },
    ]);
  });
});
