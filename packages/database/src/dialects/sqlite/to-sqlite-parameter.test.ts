import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../create-database.js';
import { toSqliteParameter } from './to-sqlite-parameter.js';

describe('SQLite parameters', () => {
  it('turns booleans into 1/0 and Dates into sortable UTC text, and leaves the rest', () => {
    expect(toSqliteParameter(true)).toBe(1);
    expect(toSqliteParameter(false)).toBe(0);
    expect(toSqliteParameter(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02 03:04:05.678');
    expect(toSqliteParameter('x')).toBe('x');
    expect(toSqliteParameter(null)).toBeNull();
  });

  it('binds booleans and Dates through Kysely, in builders and raw SQL alike', async () => {
    const db = createDatabase({ client: 'sqlite', filename: ':memory:' });
    try {
      await db.kysely.schema.createTable('t').addColumn('flag', 'boolean').addColumn('at', 'text').execute();
      await db.kysely
        .insertInto('t')
        .values({ flag: true, at: new Date('2026-05-06T07:08:09.000Z') })
        .execute();
      const rows = await db.kysely.selectFrom('t').selectAll().where('flag', '=', true).execute();
      expect(rows).toEqual([{ flag: 1, at: '2026-05-06 07:08:09.000' }]);
      const iterated = [];
      for await (const row of db.kysely
        .selectFrom('t')
        .select('flag')
        .where('flag', 'in', [true, false])
        .stream()) {
        iterated.push(row);
      }
      expect(iterated).toEqual([{ flag: 1 }]);
    } finally {
      await db.destroy();
    }
  });
});
