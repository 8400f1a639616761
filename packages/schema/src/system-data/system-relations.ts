import type { SystemRelationSpec } from './system-data-types.js';

const m2o = (many: string, field: string, one: string, extra: Partial<SystemRelationSpec> = {}) => ({
  many_collection: many,
  many_field: field,
  one_collection: one,
  ...extra,
});

const users = 'directus_users';
const roles = 'directus_roles';
const files = 'directus_files';
const deleteOnDeselect = { one_deselect_action: 'delete' } as const;

/**
 * Every relation between system collections, as Directus 11 defines them. `directus_access.policy` appears
 * twice on purpose: once for `directus_policies.roles` and once for `directus_policies.users`, which are two
 * m2m aliases through the same junction column.
 */
export const systemRelations: readonly SystemRelationSpec[] = Object.freeze([
  m2o('directus_collections', 'group', 'directus_collections'),
  m2o('directus_comments', 'collection', 'directus_collections'),
  m2o('directus_comments', 'user_created', users),
  m2o('directus_comments', 'user_updated', users),
  m2o(users, 'role', roles, { one_field: 'users' }),
  m2o(users, 'avatar', files),
  m2o('directus_revisions', 'activity', 'directus_activity', { one_field: 'revisions' }),
  m2o('directus_revisions', 'parent', 'directus_revisions'),
  m2o('directus_revisions', 'version', 'directus_versions'),
  m2o('directus_presets', 'user', users),
  m2o('directus_presets', 'role', roles),
  m2o('directus_folders', 'parent', 'directus_folders'),
  m2o(files, 'folder', 'directus_folders'),
  m2o(files, 'uploaded_by', users),
  m2o(files, 'modified_by', users),
  m2o('directus_fields', 'collection', 'directus_collections', { one_field: 'fields' }),
  m2o('directus_fields', 'group', 'directus_fields'),
  m2o('directus_activity', 'user', users),
  m2o('directus_settings', 'project_logo', files),
  m2o('directus_settings', 'public_foreground', files),
  m2o('directus_settings', 'public_background', files),
  m2o('directus_settings', 'public_favicon', files),
  m2o('directus_settings', 'storage_default_folder', 'directus_folders'),
  m2o('directus_settings', 'public_registration_role', roles),
  m2o('directus_panels', 'dashboard', 'directus_dashboards', { one_field: 'panels' }),
  m2o('directus_panels', 'user_created', users),
  m2o('directus_flows', 'operation', 'directus_operations'),
  m2o('directus_flows', 'user_created', users),
  m2o('directus_operations', 'flow', 'directus_flows', { one_field: 'operations', ...deleteOnDeselect }),
  m2o('directus_operations', 'resolve', 'directus_operations'),
  m2o('directus_operations', 'reject', 'directus_operations'),
  m2o('directus_operations', 'user_created', users),
  m2o('directus_sessions', 'user', users),
  m2o('directus_sessions', 'share', 'directus_shares'),
  m2o('directus_dashboards', 'user_created', users),
  m2o('directus_notifications', 'recipient', users),
  m2o('directus_notifications', 'sender', users),
  m2o('directus_shares', 'role', roles),
  m2o('directus_shares', 'collection', 'directus_collections'),
  m2o('directus_shares', 'user_created', users),
  m2o('directus_versions', 'collection', 'directus_collections'),
  m2o('directus_versions', 'user_created', users),
  m2o('directus_versions', 'user_updated', users),
  m2o('directus_permissions', 'policy', 'directus_policies', {
    one_field: 'permissions',
    ...deleteOnDeselect,
  }),
  m2o('directus_access', 'policy', 'directus_policies', {
    one_field: 'roles',
    junction_field: 'role',
    ...deleteOnDeselect,
  }),
  m2o('directus_access', 'policy', 'directus_policies', {
    one_field: 'users',
    junction_field: 'user',
    ...deleteOnDeselect,
  }),
  m2o('directus_access', 'role', roles, {
    one_field: 'policies',
    junction_field: 'policy',
    sort_field: 'sort',
    ...deleteOnDeselect,
  }),
  m2o('directus_access', 'user', users, {
    one_field: 'policies',
    junction_field: 'policy',
    sort_field: 'sort',
    ...deleteOnDeselect,
  }),
  m2o(roles, 'parent', roles, { one_field: 'children' }),
  m2o('directus_deployment_projects', 'deployment', 'directus_deployments', {
    one_field: 'projects',
    ...deleteOnDeselect,
  }),
  m2o('directus_deployments', 'user_created', users),
  m2o('directus_deployment_projects', 'user_created', users),
  m2o('directus_deployment_runs', 'project', 'directus_deployment_projects', {
    one_field: 'runs',
    ...deleteOnDeselect,
  }),
  m2o('directus_deployment_runs', 'user_created', users),
]);
