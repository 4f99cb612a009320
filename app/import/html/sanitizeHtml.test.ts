import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { sanitizeHtml } from './sanitizeHtml';

const ALLOWED_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 blockquote q ul ol li dl dt dd em strong b i u s sub sup small mark abbr cite code pre figure figcaption table caption thead tbody tfoot tr th td a'.split(
    ' ',
  ),
);

/** Parses the output the way a browser does (jsdom's HTML5 parser) and checks every element and attribute. */
function expectOnlyAllowed(html: string): void {
  const { document } = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS.has(element.localName), `<${element.localName}> in ${html}`).toBe(true);
    for (const attribute of Array.from(element.attributes)) {
      expect(['href', 'rel', 'colspan', 'rowspan']).toContain(attribute.name);
      if (attribute.name === 'href') expect(attribute.value).toMatch(/^(?:https?:\/\/|mailto:|#)/i);
    }
  }
}

const HOSTILE = [
  '<p onclick="x()">hi<script>alert(1)</script><img src=x onerror=alert(1)></p>',
  '<a href="javascript:alert(1)">j</a><a href=" JaVa\tScRiPt:alert(1)">k</a><a href="data:text/html,<script>alert(1)</script>">d</a><a href="vbscript:x">v</a>',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a><foreignObject><p>f</p></foreignObject></svg><math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example"><input name=p><button formaction="javascript:alert(1)">b</button></form>',
  '<p style="background:url(https://evil.example/x.png)">s</p><link rel=stylesheet href="https://evil.example/x.css"><style>@import "https://evil.example/y.css";</style>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>',
  '<img src="https://evil.example/pixel.gif"><picture><source srcset="https://evil.example/a.png"></picture><video poster="https://evil.example/p.png"></video><audio src="https://evil.example/a.mp3"></audio>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe><object data="x.swf"></object><embed src="x">',
  '<p id="__proto__" name="body" class="x">clobber</p><template><script>alert(1)</script></template>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<a href="https://ok.example/" target="_blank" onmouseover="alert(1)">ok</a>',
  '<table><tr><td colspan="2" onclick="x()">cell</td></tr></table><textarea><script>alert(1)</script></textarea>',
  '<div><span style="color:red">unwrapped</span> <font face="x">text</font></div>',
  '<<script>script>alert(1)<</script>/script>',
];

describe('sanitizeHtml', () => {
  it.each(HOSTILE)('leaves nothing executable, remote or styled in %j', (html) => {
    const clean = sanitizeHtml(html);
    expect(clean).not.toMatch(
      /<(?:script|style|svg|math|img|iframe|object|embed|base|meta|link|form|input|button|textarea|video|audio|source|noscript|template)\b/i,
    );
    expect(clean).not.toMatch(
      /\son\w+\s*=|style=|src=|srcset=|srcdoc=|xlink:|javascript:|vbscript:|data:text|evil\.example\/[xy]\.css/i,
    );
    expectOnlyAllowed(clean);
    // Sanitizing is stable: the output is already clean.
    expect(sanitizeHtml(clean)).toBe(clean);
  });

  it('keeps the article: headings, paragraphs, emphasis, lists, quotes, safe links', () => {
    expect(
      sanitizeHtml(
        '<article><h2>Sub</h2><p>Text with <em>emphasis</em> &amp; <a href="https://example.org/a?b=1&amp;c=2">a link</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote></article>',
      ),
    ).toBe(
      '<h2>Sub</h2><p>Text with <em>emphasis</em> &amp; <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">a link</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote>',
    );
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
});
