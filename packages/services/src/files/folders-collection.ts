import type { SystemCollection } from '../system/system-collection.js';

/** `directus_folders` behind `/folders`: the standard CRUD, nothing of its own. */
export const foldersCollection: SystemCollection = { collection: 'directus_folders' };
