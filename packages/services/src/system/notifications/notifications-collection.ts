import type { SystemCollection } from '../system-collection.js';

/** `directus_notifications` behind `/notifications`: the standard CRUD. */
export const notificationsCollection: SystemCollection = { collection: 'directus_notifications' };
