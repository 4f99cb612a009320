import { FieldReader } from './parseFields';
import type { Tag } from './types';

/** The colour a tag gets when its record has none. */
export const DEFAULT_TAG_COLOR = '#f4c542';

/**
 * A codebook tag read from storage, a backup or an imported codebook: colour and parent
 * defaulted, refused without an id or a name.
 *
 * @throws ParseError naming the first bad field
 */
export function parseTag(value: unknown): Tag {
  const fields = FieldReader.of('tag', value);
  const name = fields.string('name').trim();
  if (name === '') fields.fail('name', 'is empty');
  const description = fields.fields.description;
  return {
    id: fields.id('id'),
    name,
    color: fields.string('color', DEFAULT_TAG_COLOR),
    parentId: fields.nullableString('parentId'),
    ...(typeof description === 'string' ? { description } : {}),
  };
}
