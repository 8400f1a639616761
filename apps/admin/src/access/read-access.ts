import { readPermissions, readPolicies, readRoles, readUsers } from '@directus/sdk';
import { client } from '../lib/client.js';

/** Every user, by email. */
export const readAllUsers = () =>
  client.request(
    readUsers({
      fields: ['id', 'email', 'first_name', 'last_name', 'status', 'role'],
      sort: ['email'],
      limit: -1,
    }),
  );

/** Every role with its access rows, by name. */
export const readAllRoles = () =>
  client.request(
    readRoles({
      fields: ['id', 'name', 'parent', 'policies.id', 'policies.policy'],
      sort: ['name'],
      limit: -1,
    }),
  );

/** Every policy's flags, by name. */
export const readAllPolicies = () =>
  client.request(
    readPolicies({
      fields: ['id', 'name', 'admin_access', 'app_access', 'enforce_tfa', 'ip_access'],
      sort: ['name'],
      limit: -1,
    }),
  );

/** The permission rules of one policy. */
export const readPolicyPermissions = (policy: string) =>
  client.request(readPermissions({ filter: { policy: { _eq: policy } }, limit: -1 }));
