export {
  type CreateTestDatabaseOptions,
  createTestDatabase,
  type TestDatabase,
} from './create-test-database.js';
export { listTestEngines, type TestEngine, type TestEngineClient } from './list-test-engines.js';
export { warnSkipped } from './warn-skipped.js';
