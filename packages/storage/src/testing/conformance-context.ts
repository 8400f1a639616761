import type { StorageDriver } from '../storage-driver.js';

/** The abilities a driver may declare; the kit checks the guards agree. */
export type StorageAbility = 'presign' | 'chunkedWrite' | 'copy';

/** Options of `runStorageConformance`. */
export interface ConformanceOptions {
  /**
   * The optional abilities the driver must have, exactly. When given, a driver that gains or loses one
   * fails; when omitted, each ability's cases run if the driver has it and report as skipped otherwise.
   */
  abilities?: readonly StorageAbility[];
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
