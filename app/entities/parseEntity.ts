import { FieldReader } from '../model/parseFields';
import { ENTITY_KINDS, type Entity } from '../model/types';
import { distinctAliases } from './matchEntity';

/**
 * An entity read from storage or a backup: kind defaulted to "person", aliases cleaned (no
 * duplicates by spelling, not the name again); refused without an id or a name.
 *
 * @throws ParseError naming the first bad field
 */
export function parseEntity(value: unknown): Entity {
  const fields = FieldReader.of('entity', value);
  const name = fields.string('name').trim();
  if (name === '') fields.fail('name', 'is empty');
  return {
    id: fields.id('id'),
    kind: fields.oneOf('kind', ENTITY_KINDS, 'person'),
    name,
    aliases: distinctAliases(name, fields.stringArray('aliases')),
    ...fields.timestamps(),
  };
}
