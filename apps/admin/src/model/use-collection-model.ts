import { readFieldsByCollection, readRelations } from '@directus/sdk';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';

/** A relation as `GET /relations` returns it, with the meta the data model screen reads. */
export interface ModelRelation {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: { one_field?: string | null; junction_field?: string | null } | null;
}

/** What the data model screen knows of one collection. */
export interface CollectionModel {
  fields: FieldInfo[];
  /** Every relation of the data model (a collection's lists are relations of other collections). */
  relations: ModelRelation[];
}

/** The primary-key type of a collection's fields (`integer` when there is none to read). */
export function toKeyType(fields: readonly FieldInfo[]): string {
  return fields.find((field) => field.schema?.is_primary_key)?.type ?? 'integer';
}

/** Reads a collection's fields and the data model's relations, again on `reload()`. */
export function useCollectionModel(collection: string): {
  model: CollectionModel | null;
  errors: ApiError[];
  reload: () => void;
} {
  const [model, setModel] = useState<CollectionModel | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read after a change
  useEffect(() => {
    let live = true;
    Promise.all([client.request(readFieldsByCollection(collection)), client.request(readRelations())]).then(
      ([fields, relations]) => {
        if (!live) return;
        const sorted = [...(fields as FieldInfo[])].sort(
          (a, b) => (a.meta?.sort ?? 1e9) - (b.meta?.sort ?? 1e9),
        );
        setModel({ fields: sorted, relations: relations as ModelRelation[] });
        setErrors([]);
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [collection, version]);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { model, errors, reload };
}
