import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { SchemaOverview } from '@plinth/types';
import type { RelationPayload } from './parse-relation-payload.js';

function fail(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

/** A many-to-any relation names the column holding the target's collection and the targets allowed. */
function assertAnyTargets(overview: SchemaOverview, payload: RelationPayload): void {
  const allowed = payload.meta.one_allowed_collections;
  if (!Array.isArray(allowed) || allowed.length === 0) {
    fail('A relation without "related_collection" needs "meta.one_allowed_collections"');
  }
  for (const name of allowed) {
    if (typeof name !== 'string' || !overview.collections[name])
      fail(`Related collection "${String(name)}" doesn't exist`);
  }
  const holder = payload.meta.one_collection_field;
  if (typeof holder !== 'string' || !overview.collections[payload.collection]?.fields[holder]) {
    fail(`"meta.one_collection_field" must name a field of collection "${payload.collection}"`);
  }
}

/**
 * Checks what a new relation points at against the data model: the many side's collection and
 * field (a column, not an alias or a system field), the related collection, or for many-to-any the
 * allowed collections; and that the field has no relation yet. Throws `INVALID_PAYLOAD`.
 */
export function assertRelationTargets(overview: SchemaOverview, payload: RelationPayload): void {
  const many = overview.collections[payload.collection];
  if (!many) fail(`Collection "${payload.collection}" doesn't exist`);
  const field = many.fields[payload.field];
  if (!field) fail(`Field "${payload.field}" doesn't exist in collection "${payload.collection}"`);
  if (field.meta?.system) throw new ForbiddenError();
  if (field.schema === null) fail(`Field "${payload.field}" has no column to hold a key`);
  const related = payload.related_collection;
  if (related === null) assertAnyTargets(overview, payload);
  else if (!overview.collections[related]) fail(`Related collection "${related}" doesn't exist`);
  const existing = overview.relations.find(
    (relation) => relation.collection === payload.collection && relation.field === payload.field,
  );
  if (existing?.meta)
    fail(`Field "${payload.field}" in collection "${payload.collection}" already has a relation`);
}
