import { runStorageConformance } from '@plinth/storage/testing';
import { createMemoryDriver } from './memory-driver.js';

// The worked example of docs/storage.md passes the same suite as the built-in drivers.
runStorageConformance('memory (worked example)', () => createMemoryDriver(), {
  abilities: [],
  largeSize: 4 * 1024 * 1024,
});
