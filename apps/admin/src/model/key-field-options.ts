import type { FieldInfo } from '../lib/schema-types.js';
import type { O2mInput } from './relation-plan.js';
import type { ModelRelation } from './use-collection-model.js';

/** The choice of the o2m key field select that means "create a new column". */
export const NEW_KEY_FIELD = '';

const relationOf = (relations: readonly ModelRelation[], collection: string, field: string) =>
  relations.find((relation) => relation.collection === collection && relation.field === field);

/**
 * The columns of `related` that can hold the key of a one-to-many to `collection`: not its primary
 * key, and either in no relation yet or an m2o to `collection` that has no list on the other side.
 */
export function toKeyFieldOptions(
  fields: readonly FieldInfo[],
  relations: readonly ModelRelation[],
  collection: string,
  related: string,
): string[] {
  return fields
    .filter((field) => field.schema !== null && !field.schema.is_primary_key)
    .filter((field) => {
      const relation = relationOf(relations, related, field.field);
      return !relation || (relation.related_collection === collection && !relation.meta?.one_field);
    })
    .map((field) => field.field);
}

/** Whether the chosen key field is to be created, related, or already an m2o that only needs its list. */
export function toKeyFieldState(
  relations: readonly ModelRelation[],
  related: string,
  keyField: string,
): O2mInput['relatedFieldState'] {
  if (keyField === NEW_KEY_FIELD) return 'new';
  return relationOf(relations, related, keyField) ? 'related' : 'unrelated';
}
