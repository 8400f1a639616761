import { readPolicyGlobals } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { client } from '../lib/client.js';

/**
 * Whether the signed-in user has admin access (`GET /policies/me/globals`); `null` until the API
 * answers, `false` when it refuses. The app hides admin screens by it; the API enforces it anyway.
 */
export function useAdminAccess(): boolean | null {
  const [admin, setAdmin] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    client.request(readPolicyGlobals()).then(
      (globals) => live && setAdmin((globals as { admin_access?: boolean }).admin_access === true),
      () => live && setAdmin(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return admin;
}
