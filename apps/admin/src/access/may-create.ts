/** The part of a `GET /permissions/me` answer that says which collections an action reaches. */
export type PermissionsMe = Record<string, Partial<Record<string, { access?: string }>> | undefined>;

/** Whether `/permissions/me` lets the caller create items of `collection` (some or all of them). */
export function mayCreate(permissions: PermissionsMe | null, collection: string): boolean {
  const access = permissions?.[collection]?.['create']?.access;
  return access === 'full' || access === 'partial';
}
