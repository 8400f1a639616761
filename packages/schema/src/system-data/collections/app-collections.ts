import { userField, uuidId } from '../lib/field-helpers.js';
import type { SystemCollectionSpec, SystemFieldSpec } from '../system-data-types.js';

const created = (): SystemFieldSpec[] => [
  { field: 'date_created', special: ['date-created', 'cast-timestamp'] },
  userField('user_created', 'user-created'),
];

const plain = (...names: string[]): SystemFieldSpec[] => names.map((field) => ({ field }));

const dashboards: SystemCollectionSpec = {
  collection: 'directus_dashboards',
  fields: [
    uuidId(),
    ...plain('name', 'icon'),
    { field: 'panels', special: ['o2m'] },
    ...created(),
    ...plain('note', 'color'),
  ],
};

const panels: SystemCollectionSpec = {
  collection: 'directus_panels',
  fields: [
    uuidId(),
    ...plain('name', 'icon', 'color', 'note', 'type'),
    { field: 'show_header', special: ['cast-boolean'] },
    ...plain('position_x', 'position_y', 'width', 'height'),
    { field: 'options', special: ['cast-json'] },
    ...created(),
    { field: 'dashboard' },
  ],
};

const flows: SystemCollectionSpec = {
  collection: 'directus_flows',
  fields: [
    uuidId(),
    ...plain('name', 'icon', 'color', 'description', 'status', 'trigger', 'accountability'),
    { field: 'options', special: ['cast-json'] },
    { field: 'operation' },
    { field: 'operations', special: ['o2m'] },
    ...created(),
  ],
};

const operations: SystemCollectionSpec = {
  collection: 'directus_operations',
  fields: [
    uuidId(),
    ...plain('name', 'key', 'type', 'position_x', 'position_y'),
    { field: 'options', special: ['cast-json'] },
    ...plain('resolve', 'reject', 'flow'),
    ...created(),
  ],
};

const deployments: SystemCollectionSpec = {
  collection: 'directus_deployments',
  meta: { icon: 'cloud_upload' },
  fields: [
    uuidId(),
    { field: 'provider' },
    { field: 'credentials', special: ['encrypt'], hidden: true },
    { field: 'options', special: ['cast-json'] },
    { field: 'projects', special: ['o2m'] },
    ...created(),
  ],
};

const deploymentProjects: SystemCollectionSpec = {
  collection: 'directus_deployment_projects',
  fields: [
    uuidId(),
    ...plain('deployment', 'external_id', 'name'),
    { field: 'runs', special: ['o2m'] },
    ...created(),
  ],
};

const deploymentRuns: SystemCollectionSpec = {
  collection: 'directus_deployment_runs',
  fields: [uuidId(), ...plain('project', 'external_id', 'target'), ...created()],
};

/** Insights dashboards, flows and operations, and the deployment integrations. */
export const appCollections: SystemCollectionSpec[] = [
  dashboards,
  panels,
  flows,
  operations,
  deployments,
  deploymentProjects,
  deploymentRuns,
];
