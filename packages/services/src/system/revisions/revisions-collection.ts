import type { SystemCollection } from '../system-collection.js';

/**
 * `directus_revisions` behind `/revisions`: read only, like activity. A revision is restored with
 * `revertRevision` (`POST /utils/revert/:revision`), which writes to the item, never to the revision.
 */
export const revisionsCollection: SystemCollection = { collection: 'directus_revisions' };
