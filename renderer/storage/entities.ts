import { addAlias, distinctAliases, matchEntity, mergeEntities } from '../../app/entities';
import { newId } from '../../app/model/ids';
import type { Claim, Entity, EntityKind } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { explainStorageFull } from './storageFull';
import { rowsBefore, type UndoSnapshot } from './undoSnapshot';

/** Who a claim or passage is attributed to, as the form gives it. */
export interface AttributionInput {
  readonly name: string;
  /** An entity picked from the suggestions; null to match or create by name. */
  readonly entityId?: string | null;
  /** The kind for a new entity. */
  readonly kind?: EntityKind;
}

/**
 * The entity an attribution names: the one picked, else the one with that spelling ("Toqaev"
 * finds "Tokayev"), else a new one — so the entity list builds itself as the analyst works.
 * A picked entity learns the typed spelling as an alias. Null for an empty attribution. Call
 * inside a transaction that includes `entities`.
 */
export async function resolveAttribution(
  db: NotebookDatabase,
  input: AttributionInput,
  at: string,
): Promise<Entity | null> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) return null;
  if (input.entityId) {
    const picked = await db.entities.get(input.entityId);
    if (picked) {
      const learned = addAlias(picked, name, at);
      if (learned !== picked) await db.entities.put(learned);
      return learned;
    }
  }
  const known = matchEntity(name, await db.entities.toArray());
  if (known) return known;
  const entity: Entity = {
    id: newId('ent'),
    kind: input.kind ?? 'person',
    name,
    aliases: [],
    createdAt: at,
    updatedAt: at,
  };
  await db.entities.add(entity);
  return entity;
}

/** Renames an entity, changes its kind or its aliases. The old name stays as an alias. */
export async function updateEntity(
  db: NotebookDatabase,
  id: string,
  patch: Partial<Pick<Entity, 'name' | 'kind' | 'aliases'>>,
): Promise<void> {
  await db
    .transaction('rw', db.entities, async () => {
      const entity = await db.entities.get(id);
      if (!entity) throw new Error('That entity is no longer in the notebook.');
      const name = patch.name?.trim() || entity.name;
      const aliases = distinctAliases(name, [
        ...(patch.aliases ?? entity.aliases),
        ...(name !== entity.name ? [entity.name] : []),
      ]);
      await db.entities.put({
        ...entity,
        name,
        kind: patch.kind ?? entity.kind,
        aliases,
        updatedAt: new Date().toISOString(),
      });
    })
    .catch(explainStorageFull('the entity'));
}

/** Points claims and passages attributed to `from` at `to` (null: no entity, the text stays). */
function repoint(claim: Claim, from: string, to: string | null): Claim | null {
  const evidence = claim.evidence.map((e) =>
    e.attributionEntityId === from ? { ...e, attributionEntityId: to } : e,
  );
  const changed =
    claim.attributionEntityId === from || evidence.some((e, i) => e !== claim.evidence[i]);
  if (!changed) return null;
  return {
    ...claim,
    attributionEntityId: claim.attributionEntityId === from ? to : claim.attributionEntityId,
    evidence,
  };
}

/**
 * Two entities made one: `absorbed`'s spellings become `kept`'s aliases and every claim or
 * passage attributed to `absorbed` is attributed to `kept`. Returns how to undo it.
 */
export async function mergeEntitiesInto(
  db: NotebookDatabase,
  keptId: string,
  absorbedId: string,
): Promise<UndoSnapshot> {
  return db
    .transaction('rw', db.entities, db.claims, async () => {
      const [kept, absorbed] = await db.entities.bulkGet([keptId, absorbedId]);
      if (!kept || !absorbed)
        throw new Error('One of the two entities is no longer in the notebook.');
      if (keptId === absorbedId) return { label: 'Nothing merged', put: {}, remove: {} };
      const claims = (await db.claims.toArray()).flatMap(
        (claim) => repoint(claim, absorbedId, keptId) ?? [],
      );
      const before = await rowsBefore(db, {
        entities: [keptId, absorbedId],
        claims: claims.map((c) => c.id),
      });
      await db.entities.put(mergeEntities(kept, absorbed, new Date().toISOString()));
      await db.entities.delete(absorbedId);
      await db.claims.bulkPut(claims);
      return { label: `“${absorbed.name}” merged into “${kept.name}”`, put: before, remove: {} };
    })
    .catch(explainStorageFull('the merge'));
}

/** An entity deleted; its claims keep their attribution text, without the entity. */
export async function deleteEntity(db: NotebookDatabase, id: string): Promise<UndoSnapshot> {
  return db.transaction('rw', db.entities, db.claims, async () => {
    const entity = await db.entities.get(id);
    if (!entity) throw new Error('That entity is no longer in the notebook.');
    const claims = (await db.claims.toArray()).flatMap((claim) => repoint(claim, id, null) ?? []);
    const before = await rowsBefore(db, { entities: [id], claims: claims.map((c) => c.id) });
    await db.entities.delete(id);
    await db.claims.bulkPut(claims);
    return { label: `Entity “${entity.name}” deleted`, put: before, remove: {} };
  });
}
