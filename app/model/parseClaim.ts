import { FieldReader, PARTIAL_ISO_DATE } from './parseFields';
import {
  CLAIM_STATUSES,
  EVIDENCE_STANCES,
  FIGURE_QUALIFIERS,
  type Claim,
  type ClaimChange,
  type Evidence,
  type Figure,
} from './types';

const CHANGE_ACTIONS: readonly ClaimChange['action'][] = [
  'created',
  'edited',
  'evidence-added',
  'evidence-removed',
  'evidence-changed',
  'merged',
];

/**
 * A claim read from storage or a backup: attribution, subject, tags, status ("unverified"),
 * figure and history defaulted; refused without an id, a statement, or with evidence that names
 * no highlight or an unknown stance.
 *
 * @throws ParseError naming the first bad field
 */
export function parseClaim(value: unknown): Claim {
  const fields = FieldReader.of('claim', value);
  const statement = fields.string('statement');
  if (statement.trim() === '') fields.fail('statement', 'is empty');
  const times = fields.timestamps();
  return {
    id: fields.id('id'),
    statement,
    attribution: fields.string('attribution', ''),
    attributionEntityId: fields.nullableString('attributionEntityId'),
    subject: fields.string('subject', ''),
    figure: parseFigure(fields, 'figure'),
    tags: fields.stringArray('tags'),
    status: fields.oneOf('status', CLAIM_STATUSES, 'unverified'),
    evidence: fields.list('evidence').map((item, index) => parseEvidence(item, `evidence[${index}]`, times.createdAt)),
    history: fields.list('history').map((item, index) => parseChange(item, `history[${index}]`)),
    ...times,
  };
}

function parseEvidence(value: unknown, path: string, claimCreatedAt: string): Evidence {
  const fields = FieldReader.of('claim', value, path);
  return {
    highlightId: fields.id('highlightId'),
    stance: fields.oneOf('stance', EVIDENCE_STANCES, 'supports'),
    figure: parseFigure(fields, 'figure'),
    attribution: fields.string('attribution', ''),
    attributionEntityId: fields.nullableString('attributionEntityId'),
    addedAt: fields.timestamp('addedAt', claimCreatedAt),
  };
}

function parseChange(value: unknown, path: string): ClaimChange {
  const fields = FieldReader.of('claim', value, path);
  return {
    at: fields.timestamp('at'),
    action: fields.oneOf('action', CHANGE_ACTIONS, 'edited'),
    sourceId: fields.nullableString('sourceId'),
    detail: fields.string('detail', ''),
  };
}

/** A stated figure, or null when the record has none. */
export function parseFigure(parent: FieldReader, field: string): Figure | null {
  if (parent.fields[field] == null) return null;
  const fields = parent.nested(field);
  const value = fields.fields.value;
  if (value != null && (typeof value !== 'number' || !Number.isFinite(value))) fields.fail(`${field}.value`, 'is not a number');
  let range: Figure['range'] = null;
  if (fields.fields.range != null) {
    const bounds = fields.nested('range');
    const { min, max } = bounds.fields;
    if (typeof min !== 'number' || typeof max !== 'number' || !(min <= max)) fields.fail(`${field}.range`, 'is not a range');
    range = { min: min as number, max: max as number };
  }
  const asOf = fields.nullableString('asOf');
  if (asOf !== null && !PARTIAL_ISO_DATE.test(asOf)) fields.fail(`${field}.asOf`, 'is not a date');
  return {
    value: (value as number | null | undefined) ?? null,
    range,
    unit: fields.string('unit', ''),
    qualifier: fields.oneOf('qualifier', FIGURE_QUALIFIERS, 'none'),
    asOf,
  };
}
