import type { Filter } from '@plinth/types';
import { deepFreeze } from './lib/deep-freeze.js';
import type { PermissionAction, PermissionRule } from './permission-rule.js';

function builtIn(
  collection: string,
  action: PermissionAction,
  rule: { permissions?: Filter; validation?: Filter; fields?: string[] } = {},
): PermissionRule {
  return {
    id: null,
    policy: null,
    collection,
    action,
    permissions: rule.permissions ?? null,
    validation: rule.validation ?? null,
    presets: null,
    fields: rule.fields ?? ['*'],
    system: true,
  };
}

const own = (field: string): Filter => ({ [field]: { _eq: '$CURRENT_USER' } });

/** The fields of their own `directus_users` row an app user may always read. */
const OWN_USER_FIELDS = [
  'id',
  'first_name',
  'last_name',
  'last_page',
  'email',
  'password',
  'location',
  'title',
  'description',
  'tags',
  'provider',
  'preferences_divider',
  'avatar',
  'language',
  'appearance',
  'theme_light',
  'theme_dark',
  'tfa_secret',
  'status',
  'role',
];

/**
 * The permissions every caller with app access has without any stored row (reference §7.4): enough for the
 * admin app to start, read the data model, and manage the caller's own presets, comments and notifications.
 * Variables are unresolved here; `forCaller` resolves them like any stored rule.
 */
export const appMinimalPermissions: readonly PermissionRule[] = deepFreeze([
  builtIn('directus_collections', 'read'),
  builtIn('directus_fields', 'read'),
  builtIn('directus_relations', 'read'),
  builtIn('directus_activity', 'read', { permissions: own('user') }),
  builtIn('directus_comments', 'read', { permissions: own('user_created') }),
  builtIn('directus_comments', 'create', { validation: { comment: { _nnull: true } } }),
  builtIn('directus_comments', 'update', { permissions: own('user_created'), fields: ['comment'] }),
  builtIn('directus_comments', 'delete', { permissions: own('user_created') }),
  builtIn('directus_presets', 'read', {
    permissions: {
      _or: [
        own('user'),
        { _and: [{ user: { _null: true } }, { role: { _eq: '$CURRENT_ROLE' } }] },
        { _and: [{ user: { _null: true } }, { role: { _null: true } }] },
      ],
    },
  }),
  builtIn('directus_presets', 'create', { validation: own('user') }),
  builtIn('directus_presets', 'update', { permissions: own('user'), validation: own('user') }),
  builtIn('directus_presets', 'delete', { permissions: own('user') }),
  builtIn('directus_roles', 'read', { permissions: { id: { _in: '$CURRENT_ROLES' } } }),
  builtIn('directus_settings', 'read'),
  builtIn('directus_translations', 'read'),
  builtIn('directus_notifications', 'read', { permissions: own('recipient') }),
  builtIn('directus_notifications', 'update', { permissions: own('recipient'), fields: ['status'] }),
  builtIn('directus_shares', 'read', { permissions: own('user_created') }),
  builtIn('directus_users', 'read', { permissions: own('id'), fields: OWN_USER_FIELDS }),
]);
