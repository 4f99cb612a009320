import { describe, expect, it } from 'vitest';
import { htmlNestingDepth } from './nestingDepth';

describe('htmlNestingDepth', () => {
  it('counts nested elements', () => {
    expect(htmlNestingDepth('<html><body><article><div><p>x</p></div></article></body></html>')).toBe(4);
    expect(htmlNestingDepth('<div>'.repeat(3000))).toBe(3000);
    expect(htmlNestingDepth('<span><b><i>'.repeat(10))).toBe(30);
  });

  it('does not count void, self-closed or implicitly closed elements, nor raw text', () => {
    expect(htmlNestingDepth(`<body>${'<p>para<br><img src=x><li>item'.repeat(5000)}</body>`)).toBe(1);
    expect(htmlNestingDepth('<svg><circle r=1 /><path d="M0" /></svg>')).toBe(1);
    expect(htmlNestingDepth(`<script>${'<div>'.repeat(900)}</script><!-- ${'<div>'.repeat(900)} --><p>x`)).toBe(0);
  });
});
