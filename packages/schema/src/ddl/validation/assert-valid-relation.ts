import { InvalidPayloadError } from '@plinth/errors';
import type { ForeignKeyAction } from '@plinth/types';
import type { DatabaseSchema, ForeignKeySchema } from '../../introspection/database-schema.js';
import type { RelationInput } from '../ddl-types.js';
import { toConstraintName } from '../to-constraint-name.js';

const actions: readonly ForeignKeyAction[] = ['NO ACTION', 'SET NULL', 'SET DEFAULT', 'CASCADE', 'RESTRICT'];

function fail(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

function toAction(value: unknown, key: string): ForeignKeyAction {
  if (value === undefined || value === null) return 'NO ACTION';
  if (typeof value === 'string' && (actions as readonly string[]).includes(value.toUpperCase())) {
    return value.toUpperCase() as ForeignKeyAction;
  }
  return fail(`schema.${key} must be one of ${actions.join(', ')}`);
}

/**
 * Checks a relation against the database as introspected and returns the foreign key to create:
 * both tables and the key column must exist, the related table must have a single-column primary
 * key (the key points at it), the column must not already have a foreign key, and `SET NULL` needs
 * a nullable column. Throws `INVALID_PAYLOAD` otherwise.
 */
export function assertValidRelation(relation: RelationInput, schema: DatabaseSchema): ForeignKeySchema {
  const table = schema.tables[relation.collection];
  if (!table) fail(`Collection "${relation.collection}" doesn't exist`);
  const column = table.columns[relation.field];
  if (!column) fail(`Field "${relation.field}" doesn't exist in collection "${relation.collection}"`);
  if (relation.related_collection === null)
    fail('A relation without a related collection has no foreign key');
  const related = schema.tables[relation.related_collection];
  if (!related) fail(`Related collection "${relation.related_collection}" doesn't exist`);
  if (related.primaryKey.length !== 1) {
    fail(`Related collection "${related.name}" needs a single-column primary key to be referenced`);
  }
  const key = related.primaryKey[0]!;
  if (!related.columns[key]) fail(`Primary key "${key}" doesn't exist in collection "${related.name}"`);
  if (table.foreignKeys.some((existing) => existing.column === column.name)) {
    fail(`Field "${column.name}" in collection "${table.name}" already has a foreign key`);
  }
  const onDelete = toAction(relation.schema?.on_delete, 'on_delete');
  const onUpdate = toAction(relation.schema?.on_update, 'on_update');
  if ((onDelete === 'SET NULL' || onUpdate === 'SET NULL') && !column.is_nullable) {
    fail(`Field "${column.name}" is required (NOT NULL), so it can't be SET NULL`);
  }
  return {
    table: table.name,
    column: column.name,
    foreign_key_schema: related.schema,
    foreign_key_table: related.name,
    foreign_key_column: key,
    constraint_name: toConstraintName(table.name, [column.name], 'foreign'),
    on_delete: onDelete,
    on_update: onUpdate,
  };
}
