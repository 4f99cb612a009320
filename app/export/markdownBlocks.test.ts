import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

import type { SerializedMemoNode } from '../model/types';
import { renderBlocks } from './markdownBlocks';

const text = (value: string, format = 0): SerializedMemoNode => ({
  type: 'text',
  text: value,
  format,
});
const br: SerializedMemoNode = { type: 'linebreak' };
const node = (
  type: string,
  children: SerializedMemoNode[],
  extra: object = {},
): SerializedMemoNode => ({
  type,
  children,
  ...extra,
});
const cite = (highlightId: string): SerializedMemoNode => ({
  type: 'citation',
  highlightId,
  claimId: null,
});

/** Renders with citation numbers in the order the test meets them. */
function render(...nodes: SerializedMemoNode[]): string {
  const numbers = new Map<SerializedMemoNode, number>();
  return renderBlocks(nodes, {
    citationNumber: (citation) => {
      if (!numbers.has(citation)) numbers.set(citation, numbers.size + 1);
      return numbers.get(citation);
    },
  }).join('\n\n');
}
const html = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trim();

describe('inline formatting', () => {
  it('keeps whitespace outside emphasis so it still renders', () => {
    const markdown = render(
      node('paragraph', [text('a '), text('bold ', 1), text('and '), text(' italic', 2)]),
    );
    expect(markdown).toBe('a **bold** and  *italic*');
    expect(html(markdown)).toBe('<p>a <strong>bold</strong> and  <em>italic</em></p>');
  });

  it('nests formats across adjacent text nodes instead of closing and reopening', () => {
    const markdown = render(node('paragraph', [text('one', 1), text('two', 3), text('three', 1)]));
    expect(markdown).toBe('**one*two*three**');
    expect(html(markdown)).toBe('<p><strong>one<em>two</em>three</strong></p>');
  });

  it('writes strikethrough and code, fencing backticks inside code', () => {
    const markdown = render(
      node('paragraph', [text('gone', 4), text(' and '), text('a `tick`', 16)]),
    );
    expect(markdown).toBe('~~gone~~ and `` a `tick` ``');
    expect(html(markdown)).toBe('<p><del>gone</del> and <code>a `tick`</code></p>');
  });

  it('does not let a tab or spaces at the start of a paragraph become a code block', () => {
    const markdown = render(node('paragraph', [{ type: 'tab' }, text('    indented')]));
    expect(markdown).toBe('indented');
  });

  it('keeps a citation at the start of a paragraph from becoming a footnote definition', () => {
    const markdown = render(node('paragraph', [cite('hl_a'), text(': so they said')]));
    expect(markdown).toBe('[^1]\\: so they said');
  });

  it('closes emphasis before a citation', () => {
    const markdown = render(node('paragraph', [text('sure', 1), cite('hl_a'), text('ly', 1)]));
    expect(markdown).toBe('**sure**[^1]**ly**');
  });

  it('writes links with their label escaped and awkward URLs in angle brackets', () => {
    const markdown = render(
      node('paragraph', [
        node('link', [text('the [FT] piece')], { url: 'https://www.ft.com/content/abc' }),
        text(' and '),
        node('link', [text('a wiki')], {
          url: 'https://en.wikipedia.org/wiki/Kazakhstan_(country) x',
        }),
      ]),
    );
    expect(markdown).toBe(
      '[the \\[FT\\] piece](https://www.ft.com/content/abc) and ' +
        '[a wiki](<https://en.wikipedia.org/wiki/Kazakhstan_(country) x>)',
    );
    expect(html(markdown)).toContain(
      '<a href="https://en.wikipedia.org/wiki/Kazakhstan_(country)%20x">a wiki</a>',
    );
  });
});

describe('blocks', () => {
  it('writes headings by level and keeps a trailing # as text', () => {
    const markdown = render(
      node('heading', [text('Arrests'), br, text('by city #')], { tag: 'h2' }),
    );
    expect(markdown).toBe('## Arrests by city \\#');
    expect(html(markdown)).toBe('<h2>Arrests by city #</h2>');
  });

  it('writes quotes line by line', () => {
    const markdown = render(node('quote', [text('first'), br, text('> second')]));
    expect(markdown).toBe('> first\\\n> \\> second');
    expect(html(markdown)).toBe('<blockquote>\n<p>first<br />\n&gt; second</p>\n</blockquote>');
  });

  it('writes bullet, numbered (with start) and nested lists as Lexical nests them', () => {
    const markdown = render(
      node('list', [node('listitem', [text('Almaty')]), node('listitem', [text('Zhanaozen')])], {
        listType: 'bullet',
      }),
      node(
        'list',
        [
          node('listitem', [text('arrests')]),
          node('listitem', [
            node('list', [node('listitem', [text('10,000')])], { listType: 'bullet' }),
          ]),
          node('listitem', [text('deaths')]),
        ],
        { listType: 'number', start: 3 },
      ),
    );
    expect(markdown).toBe('- Almaty\n- Zhanaozen\n\n3. arrests\n   - 10,000\n4. deaths');
    expect(html(markdown)).toBe(
      '<ul>\n<li>Almaty</li>\n<li>Zhanaozen</li>\n</ul>\n<ol start="3">\n<li>arrests\n<ul>\n<li>10,000</li>\n</ul>\n</li>\n<li>deaths</li>\n</ol>',
    );
  });

  it('writes check lists', () => {
    expect(
      render(
        node(
          'list',
          [
            node('listitem', [text('verify toll')], { checked: true }),
            node('listitem', [text('call')]),
          ],
          { listType: 'check' },
        ),
      ),
    ).toBe('- [x] verify toll\n- [ ] call');
  });

  it('drops empty paragraphs and renders unknown elements by their children', () => {
    const markdown = render(
      node('paragraph', []),
      node('layout-container', [node('paragraph', [text('inside'), cite('hl_b')])]),
      { type: 'horizontalrule' },
      node('code', [text('let x = 1;'), br, text('x *= 2;')], { language: 'js' }),
    );
    expect(markdown).toBe('inside[^1]\n\n---\n\n```js\nlet x = 1;\nx *= 2;\n```');
  });
});
