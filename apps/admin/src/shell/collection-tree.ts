import type { CollectionInfo } from '../lib/schema-types.js';

/** A collection and the ones grouped under it (`meta.group`). */
export interface CollectionNode {
  collection: CollectionInfo;
  children: CollectionNode[];
}

/**
 * Collections people manage: not `directus_*`, not flagged system. Hidden ones count (the data model
 * and the permissions list them); only the navigation leaves them out.
 */
export function isUserCollection(collection: CollectionInfo): boolean {
  if (collection.collection.startsWith('directus_')) return false;
  return !collection.meta?.system;
}

/**
 * The navigation tree: groups nest by `meta.group`, names sort alphabetically at each level. A
 * collection whose group is missing, or whose groups form a loop, sits at the top.
 */
export function toCollectionTree(collections: readonly CollectionInfo[]): CollectionNode[] {
  const groupOf = new Map(collections.map((collection) => [collection.collection, toGroup(collection)]));
  const parentOf = (name: string): string | null => {
    const group = groupOf.get(name) ?? null;
    if (!group || !groupOf.has(group)) return null;
    const seen = new Set([name]);
    for (let at: string | null = group; at; at = groupOf.get(at) ?? null) {
      if (seen.has(at)) return null;
      seen.add(at);
    }
    return group;
  };
  const byParent = new Map<string | null, CollectionInfo[]>();
  for (const collection of collections) {
    const parent = parentOf(collection.collection);
    byParent.set(parent, [...(byParent.get(parent) ?? []), collection]);
  }
  const build = (parent: string | null): CollectionNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.collection.localeCompare(b.collection))
      .map((collection) => ({ collection, children: build(collection.collection) }));
  return build(null);
}

function toGroup(collection: CollectionInfo): string | null {
  return (collection.meta as { group?: string | null } | null)?.group ?? null;
}
