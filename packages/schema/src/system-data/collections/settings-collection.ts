import { divider, group, notice } from '../lib/field-helpers.js';
import type { SystemCollectionSpec, SystemFieldSpec } from '../system-data-types.js';

const json = (field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec => ({
  field,
  special: ['cast-json'],
  ...extra,
});
const flag = (field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec => ({
  field,
  special: ['cast-boolean'],
  interface: 'boolean',
  width: 'half',
  ...extra,
});
const secret = (field: string): SystemFieldSpec => ({
  field,
  special: ['encrypt'],
  interface: 'input-hash',
  options: { masked: true },
  width: 'half',
  group: 'ai_group',
});
const file = (field: string): SystemFieldSpec => ({
  field,
  interface: 'file',
  width: 'half',
  group: 'theming_group',
});
const input = (field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec => ({
  field,
  interface: 'input',
  width: 'half',
  ...extra,
});

const projectFields: SystemFieldSpec[] = [
  { field: 'id', hidden: true },
  input('project_name'),
  input('project_descriptor'),
  input('project_url'),
  { field: 'default_language', interface: 'system-language', width: 'half' },
  { field: 'project_owner', interface: 'system-owner', width: 'half' },
  { field: 'project_usage', hidden: true },
  { field: 'org_name', hidden: true },
  { field: 'product_updates', special: ['cast-boolean'], hidden: true },
  { field: 'project_status', hidden: true },
  divider('modules_divider'),
  json('module_bar', { interface: 'system-modules' }),
  divider('visual_editor_divider'),
  json('visual_editor_urls', { interface: 'list' }),
  divider('security_divider'),
  { field: 'auth_password_policy', interface: 'select-dropdown', width: 'half' },
  input('auth_login_attempts'),
  divider('public_registration_divider'),
  flag('public_registration'),
  {
    field: 'public_registration_role',
    special: ['m2o'],
    interface: 'select-dropdown-m2o',
    display: 'related-values',
    width: 'half',
  },
  flag('public_registration_verify_email'),
  json('public_registration_email_filter', { interface: 'system-filter', width: 'half' }),
  divider('files_divider'),
  { field: 'storage_asset_transform', interface: 'select-dropdown', width: 'half' },
  { field: 'storage_default_folder', interface: 'system-folder', width: 'half' },
  json('storage_asset_presets', { interface: 'list' }),
  divider('reporting_divider'),
  input('report_feature_url'),
  input('report_bug_url'),
  { field: 'report_error_url', interface: 'system-display-template' },
  divider('collaborative_editing_divider'),
  flag('collaborative_editing_enabled'),
  divider('map_divider'),
  { field: 'mapbox_key', interface: 'input' },
  json('basemaps', { interface: 'list' }),
  divider('image_editor'),
  json('custom_aspect_ratios', { interface: 'list' }),
  { field: 'project_id', hidden: true },
];

const themingFields: SystemFieldSpec[] = [
  group('theming_group'),
  divider('branding_divider', { group: 'theming_group' }),
  { field: 'project_color', interface: 'select-color', width: 'half', group: 'theming_group' },
  file('project_logo'),
  file('public_foreground'),
  file('public_background'),
  file('public_favicon'),
  input('public_note', { group: 'theming_group' }),
  divider('theming_divider', { group: 'theming_group' }),
  { field: 'default_appearance', interface: 'select-dropdown', width: 'half', group: 'theming_group' },
  { field: 'default_theme_light', interface: 'system-theme', group: 'theming_group' },
  json('theme_light_overrides', { interface: 'system-theme-overrides', group: 'theming_group' }),
  { field: 'default_theme_dark', interface: 'system-theme', group: 'theming_group' },
  json('theme_dark_overrides', { interface: 'system-theme-overrides', group: 'theming_group' }),
  { field: 'custom_css', interface: 'input-code', group: 'theming_group' },
];

const aiFields: SystemFieldSpec[] = [
  group('ai_group'),
  divider('ai_divider', { group: 'ai_group' }),
  notice('ai_notice', 'ai_group'),
  secret('ai_openai_api_key'),
  json('ai_openai_allowed_models', { interface: 'select-multiple-dropdown', group: 'ai_group' }),
  secret('ai_anthropic_api_key'),
  json('ai_anthropic_allowed_models', { interface: 'select-multiple-dropdown', group: 'ai_group' }),
  secret('ai_google_api_key'),
  json('ai_google_allowed_models', { interface: 'select-multiple-dropdown', group: 'ai_group' }),
  { field: 'ai_system_prompt', interface: 'input-rich-text-md', group: 'ai_group' },
  divider('ai_openai_compatible_divider', { group: 'ai_group' }),
  notice('ai_openai_compatible_notice', 'ai_group'),
  input('ai_openai_compatible_name', { group: 'ai_group' }),
  input('ai_openai_compatible_base_url', { group: 'ai_group' }),
  secret('ai_openai_compatible_api_key'),
  json('ai_openai_compatible_headers', { interface: 'list', width: 'half', group: 'ai_group' }),
  json('ai_openai_compatible_models', { interface: 'list', group: 'ai_group' }),
];

const mcpFields: SystemFieldSpec[] = [
  group('mcp_group'),
  divider('mcp_divider', { group: 'mcp_group' }),
  notice('mcp_notice', 'mcp_group'),
  flag('mcp_enabled', { group: 'mcp_group' }),
  flag('mcp_allow_deletes', { group: 'mcp_group' }),
  { field: 'mcp_prompts_collection', interface: 'system-collection', width: 'half', group: 'mcp_group' },
  {
    field: 'mcp_prompts_collection_validation',
    special: ['alias', 'no-data'],
    interface: 'system-mcp-prompts-collection-validation',
    width: 'half',
    group: 'mcp_group',
  },
  divider('mcp_system_prompt_divider', { group: 'mcp_group' }),
  flag('mcp_system_prompt_enabled', { group: 'mcp_group', width: 'half-left' }),
  { field: 'mcp_system_prompt', interface: 'input-rich-text-md', group: 'mcp_group' },
];

/** The project settings singleton. */
export const settingsCollection: SystemCollectionSpec = {
  collection: 'directus_settings',
  meta: { singleton: true },
  fields: [...projectFields, ...themingFields, ...aiFields, ...mcpFields],
};
