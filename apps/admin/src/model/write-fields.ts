import { createCollection, createField, createRelation, readFieldsByCollection } from '@directus/sdk';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';
import {
  isFilled,
  type NewField,
  toCollectionPayload,
  toFieldPayload,
  toRelationPayload,
} from './collection-payload.js';
import { toKeyType } from './use-collection-model.js';

/** The primary-key type of each collection the m2o rows point to, so the FK column matches it. */
async function fetchKeyTypes(fields: readonly NewField[]): Promise<Record<string, string>> {
  const related = [
    ...new Set(fields.flatMap((field) => (field.type === 'm2o' && field.related ? [field.related] : []))),
  ];
  const entries = await Promise.all(
    related.map(async (collection) => {
      const columns = (await client.request(readFieldsByCollection(collection))) as FieldInfo[];
      return [collection, toKeyType(columns)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function createRelations(collection: string, fields: readonly NewField[]): Promise<void> {
  for (const field of fields) {
    if (field.type === 'm2o' && isFilled(field)) {
      await client.request(createRelation(toRelationPayload(collection, field) as never));
    }
  }
}

/** Creates a collection with its fields, then the relations of its m2o fields. */
export async function createCollectionWithFields(
  collection: string,
  fields: readonly NewField[],
): Promise<void> {
  const keyTypes = await fetchKeyTypes(fields);
  await client.request(createCollection(toCollectionPayload(collection, fields, keyTypes) as never));
  await createRelations(collection, fields);
}

/** Adds one field (and its relation, for an m2o) to an existing collection. */
export async function addField(collection: string, field: NewField): Promise<void> {
  const keyTypes = await fetchKeyTypes([field]);
  await client.request(
    createField(
      collection,
      toFieldPayload(field, field.related ? keyTypes[field.related] : undefined) as never,
    ),
  );
  await createRelations(collection, [field]);
}
