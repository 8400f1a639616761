import { type Kysely, sql } from 'kysely';

interface Row {
  table_name: string;
  column_name: string;
}

async function readColumns(db: Kysely<any>, client: 'sqlite' | 'pg' | 'mysql'): Promise<Row[]> {
  if (client === 'sqlite') {
    const result = await sql<Row>`
      select m.name as table_name, p.name as column_name
      from sqlite_master m join pragma_table_info(m.name) p
      where m.type = 'table' and m.name like 'directus\\_%' escape '\\'`.execute(db);
    return result.rows;
  }
  const schema = client === 'pg' ? sql`current_schema()` : sql`database()`;
  const result = await sql<Row>`
    select table_name as table_name, column_name as column_name
    from information_schema.columns
    where table_schema = ${schema} and table_name like 'directus\\_%'`.execute(db);
  return result.rows;
}

/** Every `table.column` of the `directus_*` tables, read from the engine's catalog, sorted. */
export async function introspectSystemColumns(
  db: Kysely<any>,
  client: 'sqlite' | 'pg' | 'mysql',
): Promise<string[]> {
  const rows = await readColumns(db, client);
  return rows.map((row) => `${row.table_name}.${row.column_name}`).sort();
}
