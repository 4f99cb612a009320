import { canonicalEncoding } from './textDecoder';

/**
 * The charset an HTML or XML document declares in its first bytes (`<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml encoding=…?>`), as a
 * WHATWG encoding name, or null. As in the HTML spec's prescan, a declared UTF-16 is read as
 * UTF-8: a page whose bytes can be scanned as ASCII is not UTF-16.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, 4096)) head += String.fromCharCode(byte);
  const found =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const label = found?.[1];
  if (label === undefined) return null;
  const encoding = canonicalEncoding(label);
  if (encoding === null) return null;
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}
