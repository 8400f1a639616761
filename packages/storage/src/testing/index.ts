export type { ConformanceOptions, StorageAbility } from './conformance-context.js';
export {
  collectKeys,
  digestOf,
  failingStream,
  generatedDigest,
  generatedStream,
  readAll,
} from './generated-stream.js';
export { measureRoundTrip, type RoundTripMeasurement } from './measure-round-trip.js';
export { runStorageConformance } from './run-storage-conformance.js';
export { ESCAPING_KEYS } from './safety-cases.js';
