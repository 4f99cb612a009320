// REFI-QDA codebook exchange (`.qdc`, namespace urn:QDA-XML:codebook:1.0): the format ATLAS.ti,
// MAXQDA, NVivo, QualCoder and Taguette read and write. A codebook is a tree of <Code> elements
// with a guid, a name, isCodable, an optional #RRGGBB colour and a <Description>.

import type { Tag } from '../model/types';
import type { ImportedCode } from './codebookImport';
import { normalizeTagColor } from './colors';
import { buildTagTree, type TagNode } from './tree';
import { escapeXml, parseXml, type XmlElement } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/**
 * A stable GUID for a tag id, so exporting twice gives the same file and other tools see the
 * same codes. Shaped as an RFC 9562 version 8 (vendor-defined) UUID from FNV-1a hashes.
 */
export function tagGuid(tagId: string): string {
  let hex = '';
  for (let seed = 0; seed < 4; seed++) {
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < tagId.length; i++) hash = Math.imul(hash ^ tagId.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  const chars = [...hex];
  chars[12] = '8';
  chars[16] = ((parseInt(chars[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = chars.join('').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function codeElement(node: TagNode, indent: string): string {
  const { tag } = node;
  const attributes = `guid="${tagGuid(tag.id)}" name="${escapeXml(tag.name)}" isCodable="true" color="${escapeXml(tag.color.toUpperCase())}"`;
  const inner = [
    tag.description ? `${indent}  <Description>${escapeXml(tag.description)}</Description>` : '',
    ...node.children.map((child) => codeElement(child, `${indent}  `)),
  ].filter(Boolean);
  return inner.length === 0
    ? `${indent}<Code ${attributes}/>`
    : `${indent}<Code ${attributes}>\n${inner.join('\n')}\n${indent}</Code>`;
}

/** The codebook as a REFI-QDA `.qdc` document (UTF-8 XML), children nested in their parents. */
export function codebookToQdc(tags: readonly Tag[], origin = 'Margin'): string {
  const codes = buildTagTree(tags).map((node) => codeElement(node, '    '));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeXml(origin)}">`,
    codes.length ? `  <Codes>\n${codes.join('\n')}\n  </Codes>` : '  <Codes/>',
    '</CodeBook>',
    '',
  ].join('\n');
}

/**
 * Codes from a REFI-QDA `.qdc` document, parents before children. Throws when the file is not
 * a codebook (wrong root) or not well-formed XML.
 */
export function codebookFromQdc(xml: string): ImportedCode[] {
  const root = parseXml(xml);
  if (root.name !== 'CodeBook')
    throw new Error('This file is not a REFI-QDA codebook (its root is not <CodeBook>).');
  const codes: ImportedCode[] = [];
  const walk = (element: XmlElement, parentName: string | null) => {
    for (const code of element.children.filter((child) => child.name === 'Code')) {
      const name = (code.attributes.name ?? '').trim();
      if (!name) continue;
      const description =
        code.children.find((child) => child.name === 'Description')?.text.trim() ?? '';
      codes.push({
        name,
        color: normalizeTagColor(code.attributes.color ?? ''),
        parentName,
        description,
      });
      walk(code, name);
    }
  };
  for (const section of root.children.filter((child) => child.name === 'Codes'))
    walk(section, null);
  return codes;
}
