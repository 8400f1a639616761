export { createMemorySchemaBus } from './create-memory-schema-bus.js';
export { createRedisSchemaBus, type RedisSchemaBusOptions } from './create-redis-schema-bus.js';
export { createSchemaCache, type SchemaCache, type SchemaCacheOptions } from './create-schema-cache.js';
export type { SchemaBus, SchemaBusMessage } from './schema-bus.js';
