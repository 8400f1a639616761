import { accessCollections } from './collections/access-collections.js';
import { activityCollections } from './collections/activity-collections.js';
import { appCollections } from './collections/app-collections.js';
import { filesCollections } from './collections/files-collections.js';
import { schemaCollections } from './collections/schema-collections.js';
import { settingsCollection } from './collections/settings-collection.js';
import type { SystemCollectionSpec } from './system-data-types.js';

/**
 * Every system collection with the meta and field meta Plinth reports for it (Directus 11's system data).
 * Interfaces and display options are partial; special flags and relational markers are complete.
 */
export const systemCollections: readonly SystemCollectionSpec[] = Object.freeze([
  ...accessCollections,
  ...schemaCollections,
  ...filesCollections,
  settingsCollection,
  ...activityCollections,
  ...appCollections,
]);
