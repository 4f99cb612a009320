// Just enough XML for codebook files, without a DOM (app/ has none): elements, attributes,
// text, character references, comments, CDATA. DOCTYPEs are refused outright: their entity
// declarations are how XML files attack parsers ("billion laughs"), and codebooks have none.

/** An element: local name (prefix dropped), attributes by local name, children and text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Replaces the five named entities and numeric character references. */
export function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Escapes text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
const TAG = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses an XML document into its root element; throws on malformed markup. */
export function parseXml(source: string): XmlElement {
  const input = source.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf('<', at);
    const text = input.slice(at, open < 0 ? input.length : open);
    if (stack.length > 0) stack[stack.length - 1]!.text += decodeXmlText(text);
    else if (text.trim()) throw new Error('Text outside the root element.');
    if (open < 0) break;
    if (input.startsWith('<?', open)) at = skipTo(input, '?>', open);
    else if (input.startsWith('<!--', open)) at = skipTo(input, '-->', open);
    else if (input.startsWith('<![CDATA[', open)) {
      const end = skipTo(input, ']]>', open);
      if (stack.length > 0) stack[stack.length - 1]!.text += input.slice(open + 9, end - 3);
      at = end;
    } else if (input.startsWith('<!', open))
      throw new Error('Document type declarations are not accepted.');
    else {
      TAG.lastIndex = open;
      const match = TAG.exec(input);
      if (!match) throw new Error(`Malformed tag at offset ${open}.`);
      const [whole, closing, name, rawAttributes, selfClosing] = match;
      at = open + whole.length;
      if (closing) {
        const top = stack.pop();
        if (!top || top.name !== localName(name!)) throw new Error(`Unexpected </${name}>.`);
        if (stack.length === 0) root = top;
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const [, key, double, single] of rawAttributes!.matchAll(ATTRIBUTE)) {
        attributes[localName(key!)] = decodeXmlText(double ?? single ?? '');
      }
      const element: XmlElement = { name: localName(name!), attributes, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) throw new Error('More than one root element.');
      if (selfClosing) {
        if (stack.length === 0) root = element;
      } else stack.push(element);
    }
  }
  if (stack.length > 0 || !root)
    throw new Error('The document ends before its root element closes.');
  return root;
}

function skipTo(input: string, end: string, from: number): number {
  const found = input.indexOf(end, from);
  if (found < 0) throw new Error(`Unterminated markup at offset ${from}.`);
  return found + end.length;
}
