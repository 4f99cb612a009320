import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { renderHtml } from './html';
import { prepareMemo } from './prepareMemo';
import { ARRESTS, KILLED, lookup, MEMO, MOURNING } from './testing/exportFixture';

const prepared = prepareMemo(MEMO, lookup, { accessed: '2026-11-22' });
const html = renderHtml(prepared);
const { document } = parseHTML(html);
const texts = (selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');

describe('renderHtml', () => {
  it('is self-contained: no script, no remote or embedded assets, a CSP that loads nothing', () => {
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/\ssrc=|url\(|@import/i);
    expect(html).not.toContain('<script>');
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'");
    // Links only to the web, never to script URLs.
    for (const link of document.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(#(note|ref)-\d+|https:\/\/)/);
    }
  });

  it('escapes the memo’s text and the sources’ metadata', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Zhanaozen <anniversary> & the toll');
    expect(document.querySelector('title')?.textContent).toBe('Zhanaozen <anniversary> & the toll');
    expect(document.body.textContent).toContain('<script>alert(1)</script> stay text.');
    expect(texts('a').join(' ')).toContain('a link');
    expect(document.body.textContent).toContain('a bad link');
  });

  it('numbers the footnote references in order, each linked to its note and back', () => {
    expect(texts('sup.footnote-ref a')).toEqual(['1', '2', '3', '4', '5']);
    const notes = [...document.querySelectorAll('.notes li')];
    expect(notes.map((note) => note.id)).toEqual([
      'note-1',
      'note-2',
      'note-3',
      'note-4',
      'note-5',
    ]);
    for (const [index, note] of notes.entries()) {
      expect(note.querySelector('a.backref')?.getAttribute('href')).toBe(`#ref-${index + 1}`);
      expect(document.getElementById(`ref-${index + 1}`)?.getAttribute('href')).toBe(
        `#note-${index + 1}`,
      );
    }
  });

  it('gives each note its reference and the quote verbatim; the repeat is short', () => {
    const notes = texts('.notes li');
    expect(notes[0]).toContain(
      'RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” RFE/RL, December 16, 2021, para. 2, https://www.rferl.org/',
    );
    expect(notes[0]).toContain(`“${MOURNING}”`);
    expect(notes[1]).toContain('Financial Times, n.d., para. 2');
    expect(notes[2]).toContain(`“${ARRESTS}”`);
    expect(notes[3]).toMatch(
      /^RFE\/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” para\. 2\. “/,
    );
    expect(texts('.notes .quote')).toEqual([MOURNING, KILLED, ARRESTS, MOURNING, KILLED]);
    expect(document.querySelector('.notes i')?.textContent).toBe('RFE/RL');
  });

  it('marks the misquoted citation in the text, its note and a banner', () => {
    expect(document.querySelector('.problems-banner')?.textContent).toBe(
      'Exported with 1 citation problem, marked in the notes.',
    );
    expect(document.querySelector('sup.problem a')?.textContent).toBe('5');
    const flagged = document.querySelector('#note-5');
    expect(flagged?.className).toBe('has-problem');
    expect(flagged?.textContent).toContain(
      'Citation problem: The memo’s quotation differs from the source (memo: “About 160 people were killed”; source: “About 164 people were killed”).',
    );
  });

  it('keeps the memo’s structure: heading, emphasis, block quote, list', () => {
    expect(document.querySelector('h2')?.textContent).toBe('What the sources say');
    expect(document.querySelector('strong')?.textContent).toBe('Bold');
    expect(document.querySelector('em')?.textContent).toBe('italic');
    expect(document.querySelector('blockquote')?.textContent).toBe(`${ARRESTS}3`);
    expect(texts('ul > li')).toHaveLength(2);
  });

  it('ends with the bibliography, one entry per source', () => {
    expect(document.querySelector('#bibliography-heading')?.textContent).toBe('Bibliography');
    expect(texts('.bibliography p')).toEqual([
      'Financial Times. “Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown.” n.d. Accessed November 22, 2026.',
      'RFE/RL’s Kazakh Service. “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day.” RFE/RL, December 16, 2021. https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html.',
      'Zarubin, Kirill, and Dasha Litvinova. “Kazakhstan Activists Recall Path from Protest to Bloodshed.” AP, January 15, 2022.',
    ]);
  });

  it('names the list of works as each style does', () => {
    const apa = parseHTML(renderHtml(prepareMemo(MEMO, lookup, { style: 'apa' }))).document;
    expect(apa.querySelector('#bibliography-heading')?.textContent).toBe('References');
    expect(apa.querySelector('#note-1')?.textContent).toContain(
      '(RFE/RL’s Kazakh Service, 2021, para. 2)',
    );
    const mla = parseHTML(renderHtml(prepareMemo(MEMO, lookup, { style: 'mla' }))).document;
    expect(mla.querySelector('#bibliography-heading')?.textContent).toBe('Works Cited');
  });
});
