import type { SystemCollection } from '../system-collection.js';

/**
 * `directus_activity` behind `/activity`: read only. Rows are written by the write flow itself, never
 * through the API, so the collection has no write routes.
 */
export const activityCollection: SystemCollection = { collection: 'directus_activity' };
