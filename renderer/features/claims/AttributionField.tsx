import { useId, useState } from 'react';
import { guessEntityKind, matchEntity, suggestEntities } from '../../../app/entities';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../../app/model/types';

/** Who said it: the words shown, the entity picked (if any), and the kind for a new one. */
export interface AttributionDraft {
  readonly name: string;
  readonly entityId: string | null;
  readonly kind: EntityKind;
  /** True once the analyst chose the kind; until then it follows the name ("Interior ministry" → body). */
  readonly kindChosen?: boolean;
}

export const NO_ATTRIBUTION: AttributionDraft = { name: '', entityId: null, kind: 'person' };

interface AttributionFieldProps {
  readonly label: string;
  readonly draft: AttributionDraft;
  readonly entities: readonly Entity[];
  readonly onChange: (draft: AttributionDraft) => void;
  readonly placeholder?: string;
}

/**
 * A combobox that suggests known people, bodies and places while typing, under any spelling
 * ("Toqaev" suggests "Kassym-Jomart Tokayev"). Arrow keys move through the suggestions, Enter
 * or a click picks one; a name no entity has becomes a new entity of the chosen kind on save.
 */
export function AttributionField({
  label,
  draft,
  entities,
  onChange,
  placeholder,
}: AttributionFieldProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const suggestions = open
    ? suggestEntities(draft.name, entities).filter(
        (s) => s.entity.id !== draft.entityId || s.entity.name !== draft.name,
      )
    : [];
  const known = draft.entityId
    ? entities.find((e) => e.id === draft.entityId)
    : matchEntity(draft.name, entities);

  const pick = (entity: Entity) => {
    onChange({ ...draft, name: entity.name, entityId: entity.id });
    setOpen(false);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(
        (index) =>
          (index + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(suggestions[Math.min(active, suggestions.length - 1)]!.entity);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="attribution-field">
      <label>
        {label}
        <input
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={
            suggestions.length > 0
              ? `${listId}-${Math.min(active, suggestions.length - 1)}`
              : undefined
          }
          value={draft.name}
          placeholder={placeholder}
          onChange={(event) => {
            const name = event.target.value;
            onChange({
              ...draft,
              name,
              entityId: null,
              kind: draft.kindChosen ? draft.kind : guessEntityKind(name),
            });
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul
        id={listId}
        role="listbox"
        aria-label="Known people and bodies"
        className="suggestions"
        hidden={suggestions.length === 0}
      >
        {suggestions.map(({ entity, matched }, index) => (
          <li
            key={entity.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === Math.min(active, suggestions.length - 1)}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(entity);
            }}
          >
            {entity.name}
            <span className="muted">
              {' '}
              · {entity.kind}
              {matched !== entity.name ? ` · as “${matched}”` : ''}
            </span>
          </li>
        ))}
      </ul>
      {draft.name.trim() !== '' &&
        (known ? (
          <p className="field-hint">
            Known {known.kind}: {known.name}
            {known.aliases.length > 0 ? ` (also ${known.aliases.join(', ')})` : ''}
          </p>
        ) : (
          <label className="inline-select">
            New entity, a
            <select
              value={draft.kind}
              onChange={(event) =>
                onChange({ ...draft, kind: event.target.value as EntityKind, kindChosen: true })
              }
            >
              {ENTITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
        ))}
    </div>
  );
}
