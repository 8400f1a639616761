import { foldersCollection } from '../files/folders-collection.js';
import { accessCollection } from '../system/access/access-collection.js';
import { commentsCollection } from '../system/comments/comments-collection.js';
import { notificationsCollection } from '../system/notifications/notifications-collection.js';
import { permissionsCollection } from '../system/permissions/permissions-collection.js';
import { policiesCollection } from '../system/policies/policies-collection.js';
import { presetsCollection } from '../system/presets/presets-collection.js';
import { rolesCollection } from '../system/roles/roles-collection.js';
import type { SystemCollection } from '../system/system-collection.js';

/**
 * The system collections a revision may be reverted on, each written through its own checks. Users,
 * files and shares are left out: their snapshots hold concealed or storage-bound values that cannot be
 * written back as they were read.
 */
export const REVERTABLE_SYSTEM_COLLECTIONS: ReadonlyMap<string, SystemCollection> = new Map(
  [
    rolesCollection,
    policiesCollection,
    accessCollection,
    permissionsCollection,
    foldersCollection,
    commentsCollection,
    presetsCollection,
    notificationsCollection,
  ].map((system) => [system.collection, system]),
);
