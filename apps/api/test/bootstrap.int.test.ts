import type { PlinthDatabase } from '@plinth/database';
import { loadEnv } from '@plinth/env';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import argon2 from 'argon2';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/commands/bootstrap.js';
import type { Runtime } from '../src/lib/open-runtime.js';

function runtimeFor(database: PlinthDatabase, settings: Record<string, string>): Runtime {
  return { env: loadEnv({ env: settings }), database, redis: undefined, close: () => database.destroy() };
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'bootstrap tests', '@plinth/api');
  describe.skipIf(!engine.url)(`bootstrap on ${engine.client}`, () => {
    const created: TestDatabase[] = [];
    afterAll(async () => {
      for (const test of created) await test.drop();
    });
    /** A new, empty database for each test: bootstrap must start from nothing. */
    async function openDatabase(): Promise<PlinthDatabase> {
      const test = await createTestDatabase(engine, { prefix: 'plinth_api' });
      created.push(test);
      return test.database;
    }

    it('migrates, creates role, policy, access, admin and settings once, and is safe to re-run', async () => {
      const database = await openDatabase();
      const lines: string[] = [];
      const runtime = runtimeFor(database, {
        ADMIN_EMAIL: 'root@plinth.test',
        ADMIN_TOKEN: 'tok',
        PROJECT_NAME: 'P1',
      });
      try {
        const first = await bootstrap(runtime, (line) => lines.push(line));
        expect(first.appliedMigrations.length).toBeGreaterThan(0);
        expect(first.admin?.email).toBe('root@plinth.test');
        expect(first.admin?.password).toHaveLength(20);

        const db = database.kysely;
        const user = await db.selectFrom('directus_users').selectAll().executeTakeFirstOrThrow();
        expect(await argon2.verify(user.password, first.admin!.password!)).toBe(true);
        expect(user.token).toBe('tok');
        const policy = await db
          .selectFrom('directus_access as a')
          .innerJoin('directus_policies as p', 'p.id', 'a.policy')
          .select(['p.admin_access', 'p.app_access', 'a.role'])
          .executeTakeFirstOrThrow();
        expect(Boolean(policy.admin_access)).toBe(true);
        expect(policy.role).toBe(user.role);
        const settings = await db.selectFrom('directus_settings').select('project_name').execute();
        expect(settings).toEqual([{ project_name: 'P1' }]);

        const second = await bootstrap(runtime, (line) => lines.push(line));
        expect(second).toEqual({ appliedMigrations: [], admin: null });
        expect(await db.selectFrom('directus_users').select('id').execute()).toHaveLength(1);
        expect(lines.some((line) => line.startsWith('migrated: '))).toBe(true);
      } finally {
        await database.destroy();
      }
    });

    it('writes nothing of the admin when one step fails', async () => {
      const database = await openDatabase();
      try {
        await bootstrap(runtimeFor(database, { ADMIN_PASSWORD: 'x' }), () => {});
        await database.kysely.deleteFrom('directus_users').execute();
        await database.kysely.deleteFrom('directus_access').execute();
        const before = await database.kysely.selectFrom('directus_roles').select('id').execute();
        // Without the settings table the last step of the transaction fails on every engine.
        await database.kysely.schema.dropTable('directus_settings').execute();
        await expect(bootstrap(runtimeFor(database, { ADMIN_PASSWORD: 'x' }), () => {})).rejects.toThrow();
        expect(await database.kysely.selectFrom('directus_users').select('id').execute()).toHaveLength(0);
        expect(await database.kysely.selectFrom('directus_roles').select('id').execute()).toHaveLength(
          before.length,
        );
      } finally {
        await database.destroy();
      }
    });
  });
}
