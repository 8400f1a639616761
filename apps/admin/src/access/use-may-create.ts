import { readUserPermissions } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import { mayCreate, type PermissionsMe } from './may-create.js';

/**
 * Whether the caller may create items of `collection`, by `GET /permissions/me`: `false` until the
 * API answers or when it refuses, so a create button appears only once it is known to work.
 */
export function useMayCreate(collection: string): boolean {
  const [permissions, setPermissions] = useState<PermissionsMe | null>(null);
  useEffect(() => {
    let live = true;
    client.request(readUserPermissions()).then(
      (answer) => live && setPermissions(answer as PermissionsMe),
      () => live && setPermissions(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return mayCreate(permissions, collection);
}
