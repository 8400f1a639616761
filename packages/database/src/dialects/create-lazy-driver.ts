import type { DatabaseConnection, Driver, QueryCompiler, TransactionSettings } from 'kysely';

/**
 * A driver that loads the real one on `init()`, so a dialect's driver modules are imported only
 * by the processes that actually connect with it.
 */
export function createLazyDriver(load: () => Promise<Driver>): Driver {
  let driver: Driver | undefined;
  const get = (): Driver => {
    if (!driver) throw new Error('The database driver was used before it was initialised.');
    return driver;
  };
  type Compile = QueryCompiler['compileQuery'];
  return {
    async init() {
      driver = await load();
      await driver.init();
    },
    acquireConnection: () => get().acquireConnection(),
    beginTransaction: (connection: DatabaseConnection, settings: TransactionSettings) =>
      get().beginTransaction(connection, settings),
    commitTransaction: (connection: DatabaseConnection) => get().commitTransaction(connection),
    rollbackTransaction: (connection: DatabaseConnection) => get().rollbackTransaction(connection),
    savepoint: async (connection: DatabaseConnection, name: string, compile: Compile) =>
      get().savepoint?.(connection, name, compile),
    rollbackToSavepoint: async (connection: DatabaseConnection, name: string, compile: Compile) =>
      get().rollbackToSavepoint?.(connection, name, compile),
    releaseSavepoint: async (connection: DatabaseConnection, name: string, compile: Compile) =>
      get().releaseSavepoint?.(connection, name, compile),
    releaseConnection: (connection: DatabaseConnection) => get().releaseConnection(connection),
    destroy: async () => driver?.destroy(),
  };
}
