import { divider, group, uuidId } from '../lib/field-helpers.js';
import type { SystemCollectionSpec } from '../system-data-types.js';

const userStatuses = ['draft', 'invited', 'unverified', 'active', 'suspended', 'archived'];

const users: SystemCollectionSpec = {
  collection: 'directus_users',
  meta: {
    icon: 'people_alt',
    archive_field: 'status',
    archive_value: 'archived',
    unarchive_value: 'draft',
    display_template: '{{ first_name }} {{ last_name }}',
  },
  fields: [
    { field: 'first_name', interface: 'input', width: 'half' },
    { field: 'last_name', interface: 'input', width: 'half' },
    { field: 'email', interface: 'input', width: 'half' },
    {
      field: 'password',
      special: ['hash', 'conceal'],
      interface: 'input-hash',
      options: { masked: true },
      width: 'half',
    },
    { field: 'avatar', interface: 'file', display: 'image' },
    { field: 'location', interface: 'input', width: 'half' },
    { field: 'title', interface: 'input', width: 'half' },
    { field: 'description', interface: 'input-multiline' },
    { field: 'tags', special: ['cast-json'], interface: 'tags', display: 'labels' },
    divider('preferences_divider'),
    { field: 'language', interface: 'system-language', width: 'half' },
    { field: 'text_direction', interface: 'select-dropdown', width: 'half' },
    { field: 'tfa_secret', special: ['conceal'], interface: 'system-mfa-setup', width: 'half' },
    { field: 'email_notifications', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    divider('theming_divider'),
    { field: 'appearance', interface: 'select-dropdown', width: 'half' },
    { field: 'theme_light', interface: 'system-theme' },
    { field: 'theme_light_overrides', special: ['cast-json'], interface: 'system-theme-overrides' },
    { field: 'theme_dark', interface: 'system-theme' },
    { field: 'theme_dark_overrides', special: ['cast-json'], interface: 'system-theme-overrides' },
    divider('admin_divider'),
    {
      field: 'status',
      interface: 'select-dropdown',
      options: { choices: userStatuses.map((value) => ({ text: value, value })) },
      width: 'half',
    },
    {
      field: 'role',
      special: ['m2o'],
      interface: 'select-dropdown-m2o',
      options: { template: '{{ name }}' },
      display: 'related-values',
      width: 'half',
    },
    { field: 'policies', special: ['m2m'], interface: 'list-m2m', display: 'related-values' },
    { field: 'token', special: ['conceal'], interface: 'system-token' },
    uuidId({ interface: 'input' }),
    { field: 'last_page', width: 'half' },
    { field: 'last_access', display: 'datetime', readonly: true, width: 'half' },
    { field: 'provider', interface: 'select-dropdown', width: 'half' },
    { field: 'external_identifier', interface: 'input', width: 'half' },
    { field: 'auth_data', hidden: true },
  ],
};

const roles: SystemCollectionSpec = {
  collection: 'directus_roles',
  meta: { icon: 'supervised_user_circle' },
  fields: [
    uuidId({ hidden: true, interface: 'input' }),
    { field: 'name', interface: 'input', width: 'half' },
    { field: 'icon', interface: 'select-icon', display: 'icon', width: 'half' },
    { field: 'description', interface: 'input' },
    {
      field: 'parent',
      special: ['m2o'],
      interface: 'select-dropdown-m2o',
      display: 'related-values',
      width: 'half',
    },
    { field: 'children', special: ['o2m'], interface: 'list-o2m-tree-view', hidden: true },
    { field: 'policies', special: ['m2m'], interface: 'list-m2m', display: 'related-values' },
    group('users_group'),
    divider('users_divider', { group: 'users_group' }),
    { field: 'users', special: ['o2m'], interface: 'list-o2m', group: 'users_group' },
  ],
};

const policies: SystemCollectionSpec = {
  collection: 'directus_policies',
  meta: { icon: 'admin_panel_settings' },
  fields: [
    uuidId({ hidden: true }),
    { field: 'name', required: true, width: 'half' },
    { field: 'icon', interface: 'select-icon', display: 'icon', width: 'half' },
    { field: 'description', interface: 'input' },
    { field: 'permissions', special: ['o2m'], interface: 'system-permissions' },
    { field: 'app_access', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    { field: 'admin_access', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    { field: 'ip_access', special: ['cast-csv'], interface: 'tags' },
    { field: 'enforce_tfa', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    divider('assigned_to_divider'),
    { field: 'users', special: ['m2m'], interface: 'list-m2m' },
    { field: 'roles', special: ['m2m'], interface: 'list-m2m' },
  ],
};

const access: SystemCollectionSpec = {
  collection: 'directus_access',
  meta: { icon: 'admin_panel_settings', display_template: '{{ policy.name }}', sort_field: 'sort' },
  fields: [
    uuidId({ hidden: true, width: 'half' }),
    { field: 'role', special: ['m2o'], hidden: true, width: 'half' },
    { field: 'user', special: ['m2o'], hidden: true, width: 'half' },
    { field: 'policy', special: ['m2o'], hidden: true, width: 'half' },
    { field: 'sort', hidden: true, width: 'half' },
  ],
};

const permissions: SystemCollectionSpec = {
  collection: 'directus_permissions',
  meta: { icon: 'admin_panel_settings' },
  fields: [
    { field: 'permissions', special: ['cast-json'], hidden: true, width: 'half' },
    { field: 'presets', special: ['cast-json'], hidden: true, width: 'half' },
    { field: 'policy', special: ['m2o'], interface: 'select-dropdown-m2o', hidden: true, width: 'half' },
    { field: 'collection', width: 'half' },
    { field: 'id', width: 'half' },
    { field: 'fields', special: ['cast-csv'], width: 'half' },
    { field: 'action', width: 'half' },
    { field: 'validation', special: ['cast-json'], width: 'half' },
  ],
};

/** Users, roles, policies and how they are tied together. */
export const accessCollections: SystemCollectionSpec[] = [users, roles, policies, access, permissions];
