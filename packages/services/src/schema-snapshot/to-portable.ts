import type { SnapshotField, SnapshotRelation } from './snapshot-types.js';

const LENGTH_TYPES = new Set(['string', 'hash']);
const PRECISION_TYPES = new Set(['decimal']);
const ENGINE_ONLY_KEYS = new Set([
  'data_type',
  'generation_expression',
  'comment',
  'schema',
  'foreign_key_schema',
]);

/**
 * A field as far as it means the same on every engine. Engine type names, lengths of types that
 * have no length in the model (a uuid's 36), the precision of floats, and indexes an engine adds by
 * itself (primary keys, unique columns, MySQL's foreign-key indexes) would otherwise show up as
 * changes between two databases holding the same model.
 */
export function toPortableField(field: SnapshotField): SnapshotField {
  if (field.schema === null) return field;
  const schema: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(field.schema)) {
    if (ENGINE_ONLY_KEYS.has(key)) continue;
    if (key === 'max_length' && !LENGTH_TYPES.has(field.type)) continue;
    if ((key === 'numeric_precision' || key === 'numeric_scale') && !PRECISION_TYPES.has(field.type))
      continue;
    schema[key] = value;
  }
  const implied =
    schema.is_primary_key === true || schema.is_unique === true || schema.foreign_key_table != null;
  if (implied) delete schema.is_indexed;
  return { ...field, schema };
}

const normalizeRule = (rule: unknown) => (rule === 'RESTRICT' ? 'NO ACTION' : rule);

/** A relation without engine-only details: constraint names, schema names, RESTRICT vs NO ACTION. */
export function toPortableRelation(relation: SnapshotRelation): SnapshotRelation {
  if (relation.schema === null) return relation;
  const { constraint_name: _name, foreign_key_schema: _schema, ...schema } = relation.schema;
  return {
    ...relation,
    schema: {
      ...schema,
      on_update: normalizeRule(schema.on_update),
      on_delete: normalizeRule(schema.on_delete),
    },
  };
}
