import { defineSettings } from '../lib/define-settings.js';

/** The response and schema caches. */
export const cacheSettings = defineSettings('Cache', [
  { name: 'CACHE_ENABLED', kind: 'boolean', default: 'false', description: 'Cache GET responses.' },
  {
    name: 'CACHE_STORE',
    kind: 'enum',
    default: 'memory',
    values: ['memory', 'redis'],
    description: 'Where cached data lives; `redis` needs `REDIS` or `REDIS_HOST`.',
  },
  {
    name: 'CACHE_TTL',
    kind: 'duration',
    default: '5m',
    description: 'How long a cached response is served.',
  },
  {
    name: 'CACHE_AUTO_PURGE',
    kind: 'boolean',
    default: 'false',
    description: 'Empty the cache on every write.',
  },
  {
    name: 'CACHE_AUTO_PURGE_IGNORE_LIST',
    kind: 'list',
    default: 'directus_activity,directus_presets',
    description: 'Collections whose writes do not empty the cache.',
  },
  {
    name: 'CACHE_NAMESPACE',
    kind: 'string',
    default: 'plinth-cache',
    description: 'Key prefix shared by all cache entries.',
  },
  {
    name: 'CACHE_CONTROL_S_MAXAGE',
    kind: 'integer',
    default: '0',
    min: 0,
    orFalse: true,
    description: '`s-maxage` (seconds) in `Cache-Control` of cached responses; `false` leaves it out.',
  },
  {
    name: 'CACHE_SKIP_ALLOWED',
    kind: 'boolean',
    default: 'false',
    description: 'Let `Cache-Control: no-store` from the client bypass the cache.',
  },
  {
    name: 'CACHE_VALUE_MAX_SIZE',
    kind: 'bytes',
    default: 'false',
    orFalse: true,
    description: 'Largest response that is cached; `false` for no limit.',
  },
  {
    name: 'CACHE_STATUS_HEADER',
    kind: 'string',
    description: 'Header set to `HIT` or `MISS` on GET responses.',
  },
  {
    name: 'CACHE_SCHEMA',
    kind: 'boolean',
    default: 'true',
    description: 'Cache the introspected schema between requests.',
  },
  {
    name: 'CACHE_SCHEMA_MAX_ITERATIONS',
    kind: 'integer',
    default: '100',
    min: 1,
    description: 'Attempts to read a schema another instance is building before building it here.',
  },
  {
    name: 'CACHE_SCHEMA_SYNC_TIMEOUT',
    kind: 'duration',
    default: '10000',
    description: 'Wait for another instance to finish building the schema.',
  },
  {
    name: 'CACHE_SCHEMA_FREEZE_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Deep-freeze the cached schema to catch accidental mutation (slower).',
  },
  {
    name: 'CACHE_SYSTEM_TTL',
    kind: 'duration',
    description: 'How long permission and system lookups are cached.',
  },
]);

/** One Redis server shared by cache, rate limiter, sessions and the bus between instances. */
export const redisSettings = defineSettings('Redis', [
  {
    name: 'REDIS_ENABLED',
    kind: 'boolean',
    description:
      'Use Redis for everything that can be shared; defaults to on when `REDIS` or `REDIS_HOST` is set.',
  },
  {
    name: 'REDIS',
    kind: 'url',
    protocols: ['redis:', 'rediss:'],
    secret: true,
    description: 'Connection URL such as `redis://user:pass@host:6379/0`; wins over the separate fields.',
  },
  { name: 'REDIS_HOST', kind: 'string', description: 'Redis host.' },
  { name: 'REDIS_PORT', kind: 'integer', default: '6379', min: 1, max: 65535, description: 'Redis port.' },
  { name: 'REDIS_USERNAME', kind: 'string', description: 'Redis ACL user.' },
  { name: 'REDIS_PASSWORD', kind: 'string', secret: true, description: 'Redis password.' },
  { name: 'REDIS_DB', kind: 'integer', default: '0', min: 0, description: 'Redis database number.' },
]);
