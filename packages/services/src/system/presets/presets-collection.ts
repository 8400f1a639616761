import type { SystemCollection } from '../system-collection.js';

/** `directus_presets` behind `/presets`: layouts and bookmarks, the standard CRUD. */
export const presetsCollection: SystemCollection = { collection: 'directus_presets' };
