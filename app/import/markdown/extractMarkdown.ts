import type { Extraction } from '../plainText';
import { extractPlainText } from '../plainText';
import { readFrontMatter } from './frontMatter';
import { markdownParagraphs } from './markdownText';

/**
 * Extracts a Markdown note or saved article: front matter fields win, the text's own head
 * (first heading, byline, date line) fills the gaps, and the body is read like plain text once
 * the markup is gone.
 */
export function extractMarkdown(markdown: string): Extraction {
  const { fields, body } = readFrontMatter(markdown);
  const text = extractPlainText(markdownParagraphs(body).join('\n\n'));
  const warnings = text.warnings.filter(
    (warning) => fields.title === null || !/title|headline/i.test(warning),
  );
  return {
    ...text,
    title: fields.title ?? text.title,
    outlet: fields.outlet ?? text.outlet,
    authors: fields.authors.length > 0 ? fields.authors : text.authors,
    publishedAt: fields.publishedAt ?? text.publishedAt,
    url: fields.url ?? text.url,
    warnings,
  };
}
