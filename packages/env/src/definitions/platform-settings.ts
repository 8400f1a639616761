import { defineSettings } from '../lib/define-settings.js';

/** Extensions, marketplace and flows. */
export const extensionSettings = defineSettings('Extensions & flows', [
  {
    name: 'EXTENSIONS_PATH',
    kind: 'string',
    default: './extensions',
    description: 'Directory extensions are loaded from.',
  },
  {
    name: 'EXTENSIONS_AUTO_RELOAD',
    kind: 'boolean',
    default: 'false',
    description: 'Reload extensions when their files change (development).',
  },
  {
    name: 'EXTENSIONS_MUST_LOAD',
    kind: 'boolean',
    default: 'false',
    description: 'Stop start-up when an extension fails to load.',
  },
  {
    name: 'EXTENSIONS_SANDBOX_MEMORY',
    kind: 'integer',
    default: '100',
    min: 8,
    description: 'Memory limit of a sandboxed extension, in MB.',
  },
  {
    name: 'EXTENSIONS_SANDBOX_TIMEOUT',
    kind: 'duration',
    default: '1000',
    description: 'Longest one sandboxed extension call may run.',
  },
  {
    name: 'EXTENSIONS_CACHE_TTL',
    kind: 'duration',
    description: 'How long extension bundles are cached by browsers.',
  },
  {
    name: 'EXTENSIONS_LOCATION',
    kind: 'string',
    description: 'Storage location to load extensions from instead of the path.',
  },
  {
    name: 'EXTENSIONS_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 0,
    allowInfinity: true,
    description: 'Most extensions that may be installed.',
  },
  {
    name: 'MARKETPLACE_TRUST',
    kind: 'enum',
    default: 'sandbox',
    values: ['sandbox', 'all'],
    description: 'Which marketplace extensions may be installed.',
  },
  {
    name: 'MARKETPLACE_REGISTRY',
    kind: 'url',
    protocols: ['http:', 'https:'],
    description: 'Registry the marketplace reads from.',
  },
  {
    name: 'FLOWS_ENV_ALLOW_LIST',
    kind: 'list',
    default: 'false',
    orBoolean: true,
    description: 'Variables flows may read through `$env`: `false`, `true` (all), or a list of names.',
  },
  {
    name: 'FLOWS_RUN_SCRIPT_MAX_MEMORY',
    kind: 'integer',
    default: '32',
    min: 8,
    description: 'Memory limit of a flow script, in MB.',
  },
  {
    name: 'FLOWS_RUN_SCRIPT_TIMEOUT',
    kind: 'duration',
    default: '10000',
    description: 'Longest a flow script may run.',
  },
]);

/** Deleting old activity, revisions and flow logs. */
export const retentionSettings = defineSettings('Retention', [
  {
    name: 'RETENTION_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Delete old rows on a schedule.',
  },
  {
    name: 'RETENTION_SCHEDULE',
    kind: 'string',
    default: '0 0 * * *',
    description: 'Cron schedule of the clean-up.',
  },
  {
    name: 'RETENTION_BATCH',
    kind: 'integer',
    default: '500',
    min: 1,
    description: 'Rows deleted per statement.',
  },
  {
    name: 'ACTIVITY_RETENTION',
    kind: 'duration',
    default: '90d',
    orFalse: true,
    description: 'Age after which activity rows are deleted; `false` keeps them.',
  },
  {
    name: 'REVISIONS_RETENTION',
    kind: 'duration',
    default: '90d',
    orFalse: true,
    description: 'Age after which revisions are deleted; `false` keeps them.',
  },
  {
    name: 'FLOW_LOGS_RETENTION',
    kind: 'duration',
    default: '90d',
    orFalse: true,
    description: 'Age after which flow logs are deleted; `false` keeps them.',
  },
]);

/** argon2 options for passwords and `hash` fields. */
export const hashingSettings = defineSettings('Hashing', [
  {
    name: 'HASH_MEMORY_COST',
    kind: 'integer',
    default: '4096',
    min: 1024,
    description: 'argon2 memory, in KiB.',
  },
  {
    name: 'HASH_LENGTH',
    kind: 'integer',
    default: '32',
    min: 4,
    description: 'argon2 hash length, in bytes.',
  },
  { name: 'HASH_TIME_COST', kind: 'integer', default: '3', min: 2, description: 'argon2 iterations.' },
  { name: 'HASH_PARALLELISM', kind: 'integer', default: '1', min: 1, description: 'argon2 lanes.' },
  {
    name: 'HASH_TYPE',
    kind: 'integer',
    default: '2',
    min: 0,
    max: 2,
    description: 'argon2 variant: 0 = argon2d, 1 = argon2i, 2 = argon2id.',
  },
  {
    name: 'HASH_ASSOCIATED_DATA',
    kind: 'string',
    secret: true,
    description: 'Extra data mixed into every hash.',
  },
]);

/** Prometheus metrics and telemetry. */
export const metricsSettings = defineSettings('Metrics & telemetry', [
  {
    name: 'METRICS_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Serve Prometheus metrics at `/metrics`.',
  },
  {
    name: 'METRICS_TOKENS',
    kind: 'list',
    secret: true,
    description: 'Bearer tokens allowed to read `/metrics`; admins only when unset.',
  },
  {
    name: 'METRICS_SERVICES',
    kind: 'list',
    default: 'database,cache,redis,storage',
    description: 'Services whose health is measured.',
  },
  {
    name: 'TELEMETRY',
    kind: 'boolean',
    default: 'false',
    description: 'Send anonymous usage data. Plinth sends nothing unless this is `true`.',
  },
]);
