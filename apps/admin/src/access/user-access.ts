import { customEndpoint } from '@directus/sdk';
import { client } from '../lib/client.js';

/** A `directus_access` row attaching a policy to one user directly (not through a role). */
export interface UserAccessRow {
  id: string;
  policy: { id: string; name: string };
}

// The SDK has no commands for `/access`; these are its plain REST routes.

/** The policies attached to `user` directly. */
export const readUserAccess = (user: string) =>
  client.request<UserAccessRow[]>(
    customEndpoint({
      path: '/access',
      params: { filter: { user: { _eq: user } }, fields: ['id', 'policy.id', 'policy.name'] },
    }),
  );

/** Attaches `policy` to `user` (a new `directus_access` row). */
export const attachPolicyToUser = (user: string, policy: string) =>
  client.request(customEndpoint({ path: '/access', method: 'POST', body: JSON.stringify({ user, policy }) }));

/** Removes one `directus_access` row: the user loses that policy. */
export const detachAccess = (id: string) =>
  client.request(customEndpoint({ path: `/access/${encodeURIComponent(id)}`, method: 'DELETE' }));
