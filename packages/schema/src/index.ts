export * from './cache/index.js';
export * from './ddl/index.js';
export * from './introspection/index.js';
export * from './overview/index.js';
