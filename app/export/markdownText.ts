/**
 * Escaping for Markdown (CommonMark + GitHub Flavored Markdown) so text renders as written.
 * Only characters that can start markup are escaped, so ordinary prose (and quotes) stay
 * readable in the .md file itself.
 */

/** Escapes characters that are markup anywhere in a line: emphasis, code, links, HTML, tables. */
export function escapeInlineText(text: string): string {
  return text.replace(/[\\`*_[\]<|~]/g, '\\$&').replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/**
 * Escapes what would open a block at the start of a line (already inline-escaped text): an ATX
 * heading, a block quote, a list item, a thematic break or a setext underline.
 */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^[#>+=-]/, '\\$&');
}

/** Text for an ATX heading line: no line breaks, and a trailing `#` kept as text. */
export function escapeHeadingText(text: string): string {
  return escapeInlineText(text.replace(/\s+/g, ' ').trim()).replace(/#$/, '\\#');
}

/** An inline code span whose fence is longer than any run of backticks inside it. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any run of backticks inside it. */
export function codeBlock(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language.replace(/[`\s]/g, '')}\n${text}\n${fence}`;
}

/** A link destination: bare when safe, otherwise in `<…>` with the characters it forbids encoded. */
export function linkDestination(url: string): string {
  const trimmed = url.trim();
  if (/^[^\s<>()\\]+$/.test(trimmed)) return trimmed;
  return `<${trimmed.replace(/[\n\r]/g, '').replace(/[<>\\]/g, (char) => encodeURIComponent(char))}>`;
}

/** A URL as a clickable autolink `<…>` when it is one, otherwise as escaped text. */
export function urlText(url: string): string {
  // CommonMark autolink: a scheme, then no spaces, no `<` `>` and no control characters.
  const autolink = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(url) && !hasControlCharacter(url);
  return autolink ? `<${url}>` : escapeInlineText(url);
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}
