import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { renderDocx } from './docx';
import { prepareMemo } from './prepareMemo';
import { ARRESTS, KILLED, lookup, MEMO, MOURNING } from './testing/exportFixture';

const prepared = prepareMemo(MEMO, lookup, { accessed: '2026-11-22' });
const files = unzipSync(await renderDocx(prepared));
const xml = (name: string): string => strFromU8(files[name] as Uint8Array);
// linkedom reads XML namespaced tags as plain names (`w:t`), enough to walk Word's markup.
const parseXml = (name: string) =>
  parseHTML(`<root>${xml(name).replace(/<\?xml[^>]*\?>/, '')}</root>`).document;
const textOf = (element: Element): string =>
  [...element.querySelectorAll('w\\:t')].map((t) => t.textContent ?? '').join('');

describe('renderDocx', () => {
  it('is a Word package with a document and footnotes part', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/footnotes.xml', '[Content_Types].xml']),
    );
  });

  it('puts a real footnote reference in the text for every citation, in order', () => {
    const references = [
      ...xml('word/document.xml').matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g),
    ].map((m) => m[1]);
    expect(references).toEqual(['1', '2', '3', '4', '5']);
  });

  it('writes each footnote with its reference and the quote verbatim', () => {
    const footnotes = [...parseXml('word/footnotes.xml').querySelectorAll('w\\:footnote')]
      .filter((note) => Number(note.getAttribute('w:id')) > 0)
      .map((note) => [note.getAttribute('w:id'), textOf(note).trimStart()]);
    expect(footnotes.map(([id]) => id)).toEqual(['1', '2', '3', '4', '5']);
    const text = Object.fromEntries(footnotes) as Record<string, string>;
    expect(text['1']).toContain(
      'RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” RFE/RL, December 16, 2021, para. 2, https://www.rferl.org/',
    );
    expect(text['1']).toContain(`“${MOURNING}”`);
    expect(text['2']).toContain(`“${KILLED}”`);
    expect(text['3']).toContain(`“${ARRESTS}”`);
    expect(text['4']).toMatch(
      /^RFE\/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” para\. 2\. “/,
    );
    expect(text['5']).toContain(
      'Citation problem: The memo’s quotation differs from the source (memo: “About 160 people were killed”',
    );
    // XML escaping of the source's <said> & "within hours".
    expect(xml('word/footnotes.xml')).toContain(
      'Activists &lt;said&gt; the crackdown &amp; arrests',
    );
  });

  it('italicises the outlet in the note', () => {
    expect(xml('word/footnotes.xml')).toMatch(
      /<w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">RFE\/RL<\/w:t>/,
    );
  });

  it('keeps headings, bold, italic, lists, the block quote, links and the bibliography', () => {
    const document = xml('word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="BlockQuote"/>');
    expect(document).toMatch(/<w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Bold<\/w:t>/);
    expect(document).toMatch(
      /<w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">italic<\/w:t>/,
    );
    expect(document).toContain('<w:numPr>');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; stay text.');
    expect(xml('word/_rels/document.xml.rels')).toContain('Target="https://example.org/report"');
    expect(xml('word/_rels/document.xml.rels')).not.toContain('javascript:');
    const body = textOf(parseXml('word/document.xml').querySelector('root') as Element);
    expect(body).toContain('Bibliography');
    expect(body).toContain(
      'Zarubin, Kirill, and Dasha Litvinova. “Kazakhstan Activists Recall Path from Protest to Bloodshed.” AP, January 15, 2022.',
    );
    expect(body).toContain('Exported with 1 citation problem, marked in the notes.');
  });
});
