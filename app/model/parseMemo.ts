import { FieldReader } from './parseFields';
import type { Memo, SerializedMemoNode } from './types';

/** Deeper than any real memo; a bound so a hostile backup cannot blow the stack of a walker. */
const MAX_MEMO_DEPTH = 64;

/**
 * A memo read from storage or a backup: title defaulted, refused when its content is not a
 * Lexical document (a `root` node whose children are nodes with a `type`, to a sane depth).
 * The content is kept as-is otherwise: the editor owns its node format.
 *
 * @throws ParseError naming the first bad field
 */
export function parseMemo(value: unknown): Memo {
  const fields = FieldReader.of('memo', value);
  const content = fields.nested('content');
  const root = FieldReader.of('memo', content.fields.root, 'content.root');
  if (root.fields.type !== 'root') fields.fail('content.root', 'is not a Lexical root node');
  checkNode(fields, root.fields as SerializedMemoNode, 'content.root', 0);
  return {
    id: fields.id('id'),
    title: fields.string('title', ''),
    content: content.fields as unknown as Memo['content'],
    ...fields.timestamps(),
  };
}

function checkNode(fields: FieldReader, node: SerializedMemoNode, path: string, depth: number): void {
  if (depth > MAX_MEMO_DEPTH) fields.fail(path, 'is nested too deeply');
  if (typeof node.type !== 'string') fields.fail(path, 'has no node type');
  if (node.text !== undefined && typeof node.text !== 'string') fields.fail(`${path}.text`, 'is not text');
  if (node.children === undefined) return;
  if (!Array.isArray(node.children)) fields.fail(`${path}.children`, 'is not a list');
  node.children.forEach((child, index) => {
    const childPath = `${path}.children[${index}]`;
    FieldReader.of('memo', child, childPath);
    checkNode(fields, child, childPath, depth + 1);
  });
}
