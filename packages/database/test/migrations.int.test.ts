import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  isInstalled,
  listMigrations,
  migrateDown,
  migrateToLatest,
  type PlinthDatabase,
  withTransaction,
} from '../src/index.js';
import { introspectSystemColumns } from './helpers/introspect-system-columns.js';
import { listTestEngines, type TestDatabase, warnSkipped } from './helpers/test-databases.js';

const fixtureUrl = new URL('./fixtures/directus-11-system-columns.txt', import.meta.url);
const expectedColumns = (await readFile(fixtureUrl, 'utf8')).split('\n').filter((line) => line.length > 0);
const expectedTables = [...new Set(expectedColumns.map((line) => line.split('.')[0]))];

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'migration integration tests');

  describe.skipIf(!engine.url)(`migrations on ${engine.name}`, () => {
    let testDatabase: TestDatabase;
    let db: PlinthDatabase;

    beforeAll(async () => {
      testDatabase = await engine.create();
      db = createDatabase(testDatabase.config);
    });

    afterAll(async () => {
      await db?.destroy();
      await testDatabase?.drop();
    });

    it('builds exactly the Directus 11 system columns on an empty database', async () => {
      expect(await isInstalled(db)).toBe(false);
      const { applied } = await migrateToLatest(db);
      expect(applied).toEqual(['plinth-0001']);
      expect(await introspectSystemColumns(db.kysely, engine.name)).toEqual(expectedColumns);
      expect(await isInstalled(db)).toBe(true);
    });

    it('records the migration and applies nothing the second time', async () => {
      const before = await introspectSystemColumns(db.kysely, engine.name);
      const [status] = await listMigrations(db);
      expect(status?.version).toBe('plinth-0001');
      expect(status?.appliedAt).toBeInstanceOf(Date);
      expect(Math.abs(Date.now() - (status?.appliedAt?.getTime() ?? 0))).toBeLessThan(10 * 60_000);

      expect(await migrateToLatest(db)).toEqual({ applied: [] });
      expect(await introspectSystemColumns(db.kysely, engine.name)).toEqual(before);
      const rows = await db.kysely.selectFrom('directus_migrations').select('version').execute();
      expect(rows.map((row) => row.version)).toEqual(['plinth-0001']);
    });

    it('enforces the foreign keys it declares', async () => {
      const insertOrphan = db.kysely
        .insertInto('directus_access')
        .values({
          id: '00000000-0000-4000-8000-000000000001',
          policy: '00000000-0000-4000-8000-000000000002',
        })
        .execute();
      await expect(insertOrphan).rejects.toThrow();
    });

    it('cascades deletes the way Directus does', async () => {
      const policy = '00000000-0000-4000-8000-0000000000a1';
      await withTransaction(db, async (trx) => {
        await trx.insertInto('directus_policies').values({ id: policy, name: 'Editors' }).execute();
        await trx
          .insertInto('directus_permissions')
          .values({ policy, collection: 'articles', action: 'read' })
          .execute();
      });
      await db.kysely.deleteFrom('directus_policies').where('id', '=', policy).execute();
      const left = await db.kysely.selectFrom('directus_permissions').select('id').execute();
      expect(left).toEqual([]);
    });

    it('drops the tables and the migration row on the way down', async () => {
      expect(await migrateDown(db)).toEqual({ reverted: 'plinth-0001' });
      const remaining = await introspectSystemColumns(db.kysely, engine.name);
      expect(remaining).toEqual([
        'directus_migrations.name',
        'directus_migrations.timestamp',
        'directus_migrations.version',
      ]);
      const rows = await db.kysely.selectFrom('directus_migrations').selectAll().execute();
      expect(rows).toEqual([]);
      expect(await isInstalled(db)).toBe(false);
      expect(await migrateDown(db)).toEqual({ reverted: null });
      expect((await listMigrations(db))[0]?.appliedAt).toBeNull();
    });

    it('leaves a table Directus already made alone and only records itself', async () => {
      const userId = '00000000-0000-4000-8000-0000000000b1';
      // Shaped like an older Directus users table: same key type, fewer and different columns.
      const idType = sql.raw(engine.name === 'pg' ? 'uuid' : 'char(36)');
      await sql`create table directus_users (id ${idType} primary key, email varchar(128), legacy_flag integer)`.execute(
        db.kysely,
      );
      await sql`insert into directus_users (id, email, legacy_flag) values (${userId}, 'a@example.com', 7)`.execute(
        db.kysely,
      );
      await sql`insert into directus_migrations (version, name) values ('20240924A', 'Directus migration')`.execute(
        db.kysely,
      );

      expect(await migrateToLatest(db)).toEqual({ applied: ['plinth-0001'] });
      const columns = await introspectSystemColumns(db.kysely, engine.name);
      expect(columns.filter((column) => column.startsWith('directus_users.'))).toEqual([
        'directus_users.email',
        'directus_users.id',
        'directus_users.legacy_flag',
      ]);
      const users = await db.kysely.selectFrom('directus_users').selectAll().execute();
      expect(users).toEqual([{ id: userId, email: 'a@example.com', legacy_flag: 7 }]);
      const tables = new Set(columns.map((column) => column.split('.')[0]));
      expect([...tables].sort()).toEqual(expectedTables);

      // With Directus's own rows present, going down would destroy its data: refused.
      await expect(migrateDown(db)).rejects.toThrow(/refusing/);
      const versions = await db.kysely.selectFrom('directus_migrations').select('version').execute();
      expect(versions.map((row) => row.version).sort()).toEqual(['20240924A', 'plinth-0001']);
    });
  });
}
