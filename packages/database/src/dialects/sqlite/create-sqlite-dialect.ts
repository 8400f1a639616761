import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DatabaseConfig } from '@plinth/types';
import Database from 'better-sqlite3';
import { type Dialect, SqliteDialect } from 'kysely';
import { createBindingDatabase } from './create-binding-database.js';

/** `:memory:` and `file:` URIs have no directory to create. */
function isPlainFile(filename: string): boolean {
  return filename !== ':memory:' && filename !== '' && !filename.startsWith('file:');
}

/**
 * A SQLite dialect over better-sqlite3. The file (and its parent directory) is created on first
 * use; WAL lets readers run beside the writer, the busy timeout makes a second process wait
 * instead of failing, and foreign keys are off by default in SQLite so they are switched on.
 */
export function createSqliteDialect(config: DatabaseConfig): Dialect {
  const filename = config.filename;
  if (filename === undefined) throw new Error('SQLite needs a filename (DB_FILENAME), or ":memory:".');
  return new SqliteDialect({
    database: async () => {
      if (isPlainFile(filename)) await mkdir(dirname(resolve(filename)), { recursive: true });
      const database = new Database(filename, { ...(config.options ?? {}) });
      database.pragma('journal_mode = WAL');
      database.pragma('busy_timeout = 5000');
      database.pragma('foreign_keys = ON');
      return createBindingDatabase(database);
    },
  });
}
