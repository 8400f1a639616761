import { InvalidForeignKeyError } from '@plinth/errors';
import { type Kysely, sql } from 'kysely';

interface Violation {
  table: string;
  parent: string;
  fkid: number;
}

async function listTables(executor: Kysely<any>, touched: readonly string[]): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select distinct m.name as name from sqlite_master m
    left join pragma_foreign_key_list(m.name) f
    where m.type = 'table' and (m.name in (${sql.join(touched)}) or f."table" in (${sql.join(touched)}))`.execute(
    executor,
  );
  return result.rows.map((row) => row.name);
}

/**
 * With foreign keys switched off for a rebuild, nothing stopped a row from losing its parent; this
 * is SQLite's prescribed check before committing, limited to the tables the plan touched and
 * those pointing at them. Throws `INVALID_FOREIGN_KEY` for the first violation.
 */
export async function checkSqliteForeignKeys(
  executor: Kysely<any>,
  touched: readonly string[],
): Promise<void> {
  if (touched.length === 0) return;
  for (const table of await listTables(executor, touched)) {
    const result = await sql<Violation>`select * from pragma_foreign_key_check(${table})`.execute(executor);
    const violation = result.rows[0];
    if (!violation) continue;
    const keys = await sql<{
      id: number;
      from: string;
    }>`select id, "from" from pragma_foreign_key_list(${table})`.execute(executor);
    const field = keys.rows.find((key) => key.id === violation.fkid)?.from ?? null;
    throw new InvalidForeignKeyError({ collection: violation.table, field, value: null });
  }
}
