/** Whether a collection name belongs to the system (`directus_*`): Plinth defines its meta, not the user. */
export function isSystemCollection(collection: string): boolean {
  return collection.startsWith('directus_');
}
