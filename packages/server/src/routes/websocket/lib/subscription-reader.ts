import {
  accessCollection,
  type CollectionReads,
  filesCollection,
  foldersCollection,
  itemsReads,
  permissionsCollection,
  policiesCollection,
  rolesCollection,
  systemReads,
  usersReads,
} from '@plinth/services';

// The system collections whose rows the REST API serves as they are stored, and users through their
// own reads; the others (sessions, settings, ...) are not offered yet.
const systemReaders = new Map<string, CollectionReads>([
  ...[
    rolesCollection,
    policiesCollection,
    accessCollection,
    permissionsCollection,
    filesCollection,
    foldersCollection,
  ].map((system) => [system.collection, systemReads(system)] as const),
  ['directus_users', usersReads],
]);

/**
 * The reads of a collection that can be subscribed to: any user collection, and the system
 * collections listed above; null for other system collections. Permissions are the caller's either way.
 */
export function subscriptionReader(collection: string): CollectionReads | null {
  if (collection.startsWith('directus_')) return systemReaders.get(collection) ?? null;
  return itemsReads(collection);
}
