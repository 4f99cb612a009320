/** Escapes text for an HTML element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A URL that may become a link's `href`: http, https or mailto only, with no whitespace or
 * control characters. Anything else (`javascript:`, `data:`, relative paths) is shown as text.
 */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!/^(https?:\/\/|mailto:)[^\s\u0000-\u001f<>"]+$/i.test(trimmed)) return null;
  return trimmed;
}
