import { readFieldsByCollection, readRelationByCollection } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { FieldInfo, RelationInfo } from '../lib/schema-types.js';

/** A collection's fields (in their `meta.sort` order), its primary key, and its m2o targets by field. */
export interface CollectionSchema {
  fields: FieldInfo[];
  primaryKey: string;
  relatedBy: Record<string, string>;
}

/** Reads the schema of `collection`; `error` is set when the caller may not see it. */
export function useCollectionSchema(collection: string): {
  schema: CollectionSchema | null;
  error: ApiError | null;
} {
  const [schema, setSchema] = useState<CollectionSchema | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      client.request(readFieldsByCollection(collection)),
      client.request(readRelationByCollection(collection)).catch(() => []),
    ]).then(
      ([fields, relations]) =>
        live && setSchema(toCollectionSchema(fields as FieldInfo[], relations as RelationInfo[])),
      (thrown) => live && setError(toApiErrors(thrown)[0] ?? null),
    );
    return () => {
      live = false;
    };
  }, [collection]);
  return { schema, error };
}

/** Orders the fields, finds the primary key and maps m2o fields to their related collection. */
export function toCollectionSchema(fields: FieldInfo[], relations: RelationInfo[]): CollectionSchema {
  const sorted = [...fields].sort((a, b) => (a.meta?.sort ?? 1e9) - (b.meta?.sort ?? 1e9));
  const primaryKey = sorted.find((field) => field.schema?.is_primary_key)?.field ?? 'id';
  const relatedBy: Record<string, string> = {};
  for (const relation of relations) {
    if (relation.related_collection) relatedBy[relation.field] = relation.related_collection;
  }
  return { fields: sorted, primaryKey, relatedBy };
}
