import type { StorageDriver } from '../storage-driver.js';

/** The abilities a driver may declare; the kit checks the guards agree. */
export type StorageAbility = 'presign' | 'chunkedWrite' | 'copy';

/** Options of `runStorageConformance`. */
export interface ConformanceOptions {
  /**
   * The optional abilities the driver has, exactly (`[]` for none): a driver that gains or loses one
   * fails, and each declared ability's cases run.
   */
  abilities: readonly StorageAbility[];
  /**
   * Size of the large streamed write and read, in bytes.
   * @default 20 * 1024 * 1024
   */
  largeSize?: number;
  /** Called after the last case, once the kit has deleted its objects (stop a server here). */
  teardown?: () => Promise<void> | void;
}

/** What the case groups share. */
export interface ConformanceContext {
  /** The driver under test; valid once `beforeAll` ran. */
  driver(): StorageDriver;
  /** A key under this run's own prefix, so runs never see each other's objects. */
  key(name: string): string;
  /** This run's prefix, ending in `/`. */
  readonly prefix: string;
  readonly options: ConformanceOptions;
}
