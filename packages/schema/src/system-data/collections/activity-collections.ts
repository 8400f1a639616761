import { dateField, userField, uuidId } from '../lib/field-helpers.js';
import type { SystemCollectionSpec, SystemFieldSpec } from '../system-data-types.js';

const half = (field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec => ({
  field,
  width: 'half',
  ...extra,
});

const activity: SystemCollectionSpec = {
  collection: 'directus_activity',
  meta: { accountability: null },
  fields: [
    half('id'),
    half('item'),
    half('action', { display: 'labels' }),
    half('collection', { display: 'collection' }),
    half('timestamp', { special: ['date-created', 'cast-timestamp'], display: 'datetime' }),
    half('user', { display: 'user' }),
    half('user_agent', { display: 'formatted-value' }),
    half('origin', { display: 'formatted-value' }),
    half('ip', { display: 'formatted-value' }),
    half('revisions', { special: ['o2m'], interface: 'list-o2m' }),
  ],
};

const revisions: SystemCollectionSpec = {
  collection: 'directus_revisions',
  meta: { accountability: null },
  fields: [
    half('id'),
    half('activity'),
    half('collection'),
    half('item'),
    { field: 'data', special: ['cast-json'], hidden: true },
    { field: 'delta', special: ['cast-json'], hidden: true },
    half('parent'),
    half('version'),
  ],
};

const versions: SystemCollectionSpec = {
  collection: 'directus_versions',
  fields: [
    uuidId({ readonly: true, hidden: true }),
    { field: 'key' },
    { field: 'name' },
    { field: 'collection' },
    { field: 'item' },
    { field: 'hash', readonly: true, hidden: true },
    dateField('date_created', 'date-created'),
    dateField('date_updated', 'date-updated'),
    userField('user_created', 'user-created'),
    userField('user_updated', 'user-updated'),
    { field: 'delta', special: ['cast-json'], hidden: true },
  ],
};

const comments: SystemCollectionSpec = {
  collection: 'directus_comments',
  fields: [
    uuidId({ readonly: true, hidden: true }),
    { field: 'collection' },
    { field: 'item' },
    { field: 'comment' },
    dateField('date_created', 'date-created'),
    dateField('date_updated', 'date-updated'),
    userField('user_created', 'user-created'),
    userField('user_updated', 'user-updated'),
  ],
};

const presets: SystemCollectionSpec = {
  collection: 'directus_presets',
  meta: { icon: 'bookmark', accountability: null },
  fields: [
    { field: 'filter', special: ['cast-json'], hidden: true },
    { field: 'layout_query', special: ['cast-json'], hidden: true },
    { field: 'layout_options', special: ['cast-json'], hidden: true },
    half('role', { special: ['m2o'], display: 'related-values' }),
    half('user', { special: ['m2o'], display: 'related-values' }),
    half('id'),
    half('bookmark'),
    half('icon', { display: 'icon' }),
    half('color', { display: 'color' }),
    half('search'),
    half('collection'),
    half('layout'),
    { field: 'refresh_interval' },
  ],
};

const notifications: SystemCollectionSpec = {
  collection: 'directus_notifications',
  fields: [
    { field: 'id' },
    { field: 'timestamp', special: ['date-created', 'cast-timestamp'] },
    { field: 'status' },
    { field: 'recipient' },
    { field: 'sender' },
    { field: 'subject' },
    { field: 'message' },
    { field: 'collection' },
    { field: 'item' },
  ],
};

const shares: SystemCollectionSpec = {
  collection: 'directus_shares',
  meta: { icon: 'share' },
  fields: [
    uuidId({ readonly: true, hidden: true }),
    { field: 'name' },
    half('collection', { hidden: true }),
    half('item', { hidden: true }),
    half('role', { interface: 'select-dropdown-m2o' }),
    half('password', { special: ['hash', 'conceal'], interface: 'input-hash', options: { masked: true } }),
    half('date_start'),
    half('date_end'),
    half('max_uses'),
    half('times_used', { readonly: true }),
    half('date_created', { special: ['date-created', 'cast-timestamp'], readonly: true }),
    half('user_created', {
      special: ['user-created'],
      interface: 'select-dropdown-m2o',
      display: 'user',
      readonly: true,
    }),
  ],
};

const sessions: SystemCollectionSpec = {
  collection: 'directus_sessions',
  fields: ['token', 'user', 'expires', 'ip', 'user_agent', 'origin', 'share', 'next_token'].map((field) =>
    half(field),
  ),
};

/** Activity, revisions, versions, comments, presets, notifications, shares and sessions. */
export const activityCollections: SystemCollectionSpec[] = [
  activity,
  revisions,
  versions,
  comments,
  presets,
  notifications,
  shares,
  sessions,
];
