import { InvalidPayloadError, ServiceUnavailableError } from '@plinth/errors';
import {
  type AuthContext,
  accessCollection,
  activityCollection,
  type CollectionReads,
  commentsCollection,
  createItem,
  createItems,
  createSystemItem,
  createSystemItems,
  createUser,
  createUsers,
  deleteItem,
  deleteItemsByKeys,
  deleteSystemItemsByKeys,
  deleteUser,
  deleteUsers,
  filesCollection,
  foldersCollection,
  itemsReads,
  notificationsCollection,
  permissionsCollection,
  policiesCollection,
  presetsCollection,
  revisionsCollection,
  rolesCollection,
  type ServiceContext,
  type SystemCollection,
  sharesCollection,
  systemReads,
  updateBatch,
  updateItem,
  updateItemsByKeys,
  updateSystemBatch,
  updateSystemItem,
  updateSystemItemsByKeys,
  updateUser,
  updateUsers,
  updateUsersBatch,
  usersReads,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';

export type { CollectionReads };

/** How the root fields of one collection read and write it; every call is the caller's, permissions included. */
export interface CollectionServices extends CollectionReads {
  /** Absent where the collection cannot be created through GraphQL (files need an upload). */
  createOne?(ctx: ServiceContext, data: unknown): Promise<PrimaryKey>;
  createMany?(ctx: ServiceContext, data: unknown[]): Promise<PrimaryKey[]>;
  updateOne(ctx: ServiceContext, key: PrimaryKey, data: unknown): Promise<PrimaryKey>;
  updateMany(ctx: ServiceContext, keys: readonly PrimaryKey[], data: unknown): Promise<PrimaryKey[]>;
  updateBatch(ctx: ServiceContext, data: unknown[]): Promise<PrimaryKey[]>;
  deleteOne(ctx: ServiceContext, key: PrimaryKey): Promise<void>;
  deleteMany(ctx: ServiceContext, keys: readonly PrimaryKey[]): Promise<void>;
}

/** A user collection, through the items services. */
export const itemsServices = (collection: string): CollectionServices => ({
  ...itemsReads(collection),
  createOne: (ctx, data) => createItem(ctx, collection, data),
  createMany: (ctx, data) => createItems(ctx, collection, data),
  updateOne: (ctx, key, data) => updateItem(ctx, collection, key, data),
  updateMany: (ctx, keys, data) => updateItemsByKeys(ctx, collection, keys, data),
  updateBatch: (ctx, data) => updateBatch(ctx, collection, data),
  deleteOne: (ctx, key) => deleteItem(ctx, collection, key),
  deleteMany: async (ctx, keys) => {
    await deleteItemsByKeys(ctx, collection, keys);
  },
});

/** Whether a collection's services write too; read-only ones (activity, revisions) get no mutations. */
export function isWritable(services: CollectionReads): services is CollectionServices {
  return 'updateOne' in services;
}

/** A system collection with its own checks and side effects, as its REST routes serve it. */
const systemServices = (system: SystemCollection, creatable = true): CollectionServices => ({
  ...systemReads(system),
  ...(creatable
    ? {
        createOne: (ctx: ServiceContext, data: unknown) => createSystemItem(ctx, system, data),
        createMany: (ctx: ServiceContext, data: unknown[]) => createSystemItems(ctx, system, data),
      }
    : {}),
  updateOne: (ctx, key, data) => updateSystemItem(ctx, system, key, data),
  updateMany: (ctx, keys, data) => updateSystemItemsByKeys(ctx, system, keys, data),
  updateBatch: (ctx, data) => updateSystemBatch(ctx, system, data),
  deleteOne: async (ctx, key) => {
    await deleteSystemItemsByKeys(ctx, system, [key]);
  },
  deleteMany: async (ctx, keys) => {
    await deleteSystemItemsByKeys(ctx, system, keys);
  },
});

/** User writes hash passwords and check roles, so they need the auth runtime of the context. */
function withAuth(ctx: ServiceContext): AuthContext {
  if (!ctx.auth)
    throw new ServiceUnavailableError({ service: 'auth', reason: 'Authentication is not set up' });
  return ctx as AuthContext;
}

const usersServices: CollectionServices = {
  ...usersReads,
  createOne: (ctx, data) => createUser(withAuth(ctx), data),
  createMany: (ctx, data) => createUsers(withAuth(ctx), data),
  updateOne: (ctx, key, data) => updateUser(withAuth(ctx), key, data),
  updateMany: (ctx, keys, data) => updateUsers(withAuth(ctx), { keys }, data),
  updateBatch: (ctx, data) => updateUsersBatch(withAuth(ctx), data),
  deleteOne: (ctx, key) => deleteUser(withAuth(ctx), key),
  deleteMany: async (ctx, keys) => {
    if (keys.length === 0) throw new InvalidPayloadError({ reason: '"ids" must not be empty' });
    await deleteUsers(withAuth(ctx), { keys });
  },
};

/**
 * The system collections `/graphql/system` serves, by table: the ones the REST system routes serve,
 * through the same services. Files are not created here (that takes an upload); activity and
 * revisions are only read.
 */
export const SYSTEM_SERVICES: ReadonlyMap<string, CollectionReads> = new Map<string, CollectionReads>([
  ['directus_users', usersServices],
  ['directus_roles', systemServices(rolesCollection)],
  ['directus_policies', systemServices(policiesCollection)],
  ['directus_access', systemServices(accessCollection)],
  ['directus_permissions', systemServices(permissionsCollection)],
  ['directus_folders', systemServices(foldersCollection)],
  ['directus_files', systemServices(filesCollection, false)],
  ['directus_activity', systemReads(activityCollection)],
  ['directus_revisions', systemReads(revisionsCollection)],
  ['directus_comments', systemServices(commentsCollection)],
  ['directus_presets', systemServices(presetsCollection)],
  ['directus_notifications', systemServices(notificationsCollection)],
  ['directus_shares', systemServices(sharesCollection)],
]);
