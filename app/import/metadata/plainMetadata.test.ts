import { describe, expect, it } from 'vitest';
import { plainMetadata, plainText, webAddress } from './plainMetadata';

describe('plainMetadata', () => {
  it('strips markup and script content from names, keeping their text', () => {
    expect(plainText('<b onmouseover=window.__pwned=1>RFE/RL</b>')).toBe('RFE/RL');
    expect(plainText('<img src=x onerror=window.__pwned=1>Dozens dead')).toBe('Dozens dead');
    expect(plainText('<script>window.__pwned=1</script> Front matter')).toBe('Front matter');
    expect(plainText('Why 2 < 3 matters')).toBe('Why 2 < 3 matters');
    expect(plainText('Tokayev <em>speaks</em>')).toBe('Tokayev speaks');
  });

  it('keeps only http(s) addresses as URLs', () => {
    expect(webAddress('https://www.rferl.org/a/31612276.html')).toBe('https://www.rferl.org/a/31612276.html');
    expect(webAddress(' javascript:window.__pwned=1')).toBeNull();
    expect(webAddress('data:text/html,<script>')).toBeNull();
    expect(webAddress('/relative/path')).toBeNull();
    expect(webAddress('https://x.example/"><script>')).toBeNull();
  });

  it('shortens a title or name longer than any real one', () => {
    const { metadata, warnings } = plainMetadata({ title: 'T'.repeat(200_000), outlet: null, authors: [`${'word '.repeat(200)}`], url: null }, 'x.html');
    expect(metadata.title).toHaveLength(400);
    expect(metadata.title.endsWith('…')).toBe(true);
    expect(metadata.authors[0]!.length).toBeLessThanOrEqual(400);
    expect(warnings).toEqual(['The title was 200000 characters long; it was shortened.']);
  });

  it('says what it dropped, and falls back when a title was only markup', () => {
    const { metadata, warnings } = plainMetadata(
      { title: '<script>x()</script>', outlet: '<b></b>', authors: ['<i>A. Writer</i>', '<img src=x>', 'img src=x onerror=alert(1)>'], url: 'javascript:x()' },
      'note.md',
    );
    expect(metadata).toEqual({ title: 'note.md', outlet: null, authors: ['A. Writer'], url: null });
    expect(warnings).toEqual(['The URL given in the file is not a web address (http or https); it was left out.']);
  });
});
