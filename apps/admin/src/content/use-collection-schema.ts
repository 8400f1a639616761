import { readFieldsByCollection, readRelations } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { type RelatedListSpec, type RelationDetails, toRelatedListSpec } from './related-list-spec.js';

/**
 * A collection's fields (in their `meta.sort` order), its primary key, its m2o targets by field, and
 * the o2m / m2m lists of its alias fields.
 */
export interface CollectionSchema {
  fields: FieldInfo[];
  primaryKey: string;
  relatedBy: Record<string, string>;
  lists: Record<string, RelatedListSpec>;
}

/** Reads the schema of `collection` (none for null); `error` is set when the caller may not see it. */
export function useCollectionSchema(collection: string | null): {
  schema: CollectionSchema | null;
  error: ApiError | null;
} {
  const [schema, setSchema] = useState<CollectionSchema | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (collection === null) return;
    let live = true;
    Promise.all([
      client.request(readFieldsByCollection(collection)),
      client.request(readRelations()).catch(() => []),
    ]).then(
      ([fields, relations]) =>
        live &&
        setSchema(toCollectionSchema(collection, fields as FieldInfo[], relations as RelationDetails[])),
      (thrown) => live && setError(toApiErrors(thrown)[0] ?? null),
    );
    return () => {
      live = false;
    };
  }, [collection]);
  return { schema, error };
}

/** Orders the fields, finds the primary key, maps m2o fields to their related collection and aliases to their lists. */
export function toCollectionSchema(
  collection: string,
  fields: FieldInfo[],
  relations: RelationDetails[],
): CollectionSchema {
  const sorted = [...fields].sort((a, b) => (a.meta?.sort ?? 1e9) - (b.meta?.sort ?? 1e9));
  const primaryKey = sorted.find((field) => field.schema?.is_primary_key)?.field ?? 'id';
  const relatedBy: Record<string, string> = {};
  for (const relation of relations) {
    if (relation.collection === collection && relation.related_collection) {
      relatedBy[relation.field] = relation.related_collection;
    }
  }
  const lists: Record<string, RelatedListSpec> = {};
  for (const field of sorted) {
    const spec = field.type === 'alias' ? toRelatedListSpec(collection, field.field, relations) : null;
    if (spec) lists[field.field] = spec;
  }
  return { fields: sorted, primaryKey, relatedBy, lists };
}
