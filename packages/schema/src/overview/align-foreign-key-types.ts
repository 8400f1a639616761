import type { CollectionOverview } from '@plinth/types';

/**
 * Gives a foreign key column the uuid type of the key it references. On MySQL and SQLite a UUID is a
 * `char(36)` that reads as `string`; the key it points at knows better (its meta says `uuid`, or it is a
 * system uuid), and an m2o must compare like with like. Changes the collections in place.
 */
export function alignForeignKeyTypes(collections: Record<string, CollectionOverview>): void {
  for (const collection of Object.values(collections)) {
    for (const field of Object.values(collection.fields)) {
      const schema = field.schema;
      if (field.type !== 'string' || !schema?.foreign_key_table || !schema.foreign_key_column) continue;
      const target = collections[schema.foreign_key_table]?.fields[schema.foreign_key_column];
      if (target?.type === 'uuid') field.type = 'uuid';
    }
  }
}
