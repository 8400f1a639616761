import { ForbiddenError } from '@plinth/errors';
import type { SchemaOverview } from '@plinth/types';
import type { CollectionMeta, CollectionSchema } from './wire-types.js';

/** A collection as `GET /collections` returns it. */
export interface CollectionObject {
  collection: string;
  /** The `directus_collections` row (system collections: Plinth's meta with `system: true`); null when unmanaged. */
  meta: CollectionMeta | null;
  /** The table; null for a folder. */
  schema: CollectionSchema | null;
}

/**
 * The wire object of a collection or folder, detached from the (cached) overview. An unknown name throws `FORBIDDEN`, as the API answers for
 * collections that do not exist.
 */
export function toCollectionObject(overview: SchemaOverview, name: string): CollectionObject {
  const collection = overview.collections[name];
  if (collection) {
    return { collection: name, meta: structuredClone(collection.meta), schema: { ...collection.schema } };
  }
  const folder = overview.folders[name];
  if (folder) return { collection: name, meta: structuredClone(folder), schema: null };
  throw new ForbiddenError();
}

/** Every collection and folder as `GET /collections` lists them, by name. */
export function toCollectionObjects(overview: SchemaOverview): CollectionObject[] {
  return [...Object.keys(overview.collections), ...Object.keys(overview.folders)]
    .sort()
    .map((name) => toCollectionObject(overview, name));
}
