import { listMigrations, migrateDown, migrateToLatest } from '@plinth/database';
import type { Runtime } from '../lib/open-runtime.js';

/** `plinth migrate latest|down|status`. */
export async function migrate(
  runtime: Runtime,
  direction: 'latest' | 'down' | 'status',
  print: (line: string) => void,
): Promise<void> {
  if (direction === 'latest') {
    const { applied } = await migrateToLatest(runtime.database);
    for (const version of applied) print(`applied ${version}`);
    print(applied.length === 0 ? 'Already up to date.' : `Applied ${applied.length} migration(s).`);
    return;
  }
  if (direction === 'down') {
    const { reverted } = await migrateDown(runtime.database);
    print(reverted ? `Reverted ${reverted}.` : 'Nothing to revert.');
    return;
  }
  for (const migration of await listMigrations(runtime.database)) {
    const state = migration.appliedAt ? `applied ${migration.appliedAt.toISOString()}` : 'pending';
    print(`${migration.version}  ${migration.name}  ${state}`);
  }
}
