// bench/schema-introspection: how long `introspectDatabase` takes on a 1,000-table database, and how
// many SQL statements it sends, on SQLite and (when URLs are given) PostgreSQL and MariaDB/MySQL.
//
//   npx --yes pnpm@10.34.9 --filter "@plinth/schema..." build     (builds schema and what it uses)
//   node bench/schema-introspection/run.mjs [--tables 1000] [--runs 5]
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_MYSQL_URL=mysql://root@127.0.0.1:3306 \
//     node bench/schema-introspection/run.mjs
//
// Each table has 8 columns, a unique column, a two-column index, and (all but the first) a
// foreign key to the previous table. Every database it creates is dropped at the end, also when a
// step fails. Statements are counted with createDatabase's `log` option.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../packages/database/dist/index.js';

// The package root exports introspectDatabase once it is wired there; until then the built
// introspection entry point is used directly.
const schemaRoot = await import('../../packages/schema/dist/index.js');
const { introspectDatabase } =
  'introspectDatabase' in schemaRoot
    ? schemaRoot
    : await import('../../packages/schema/dist/introspection/index.js');
const { sql } = createRequire(new URL('../../packages/schema/package.json', import.meta.url))('kysely');

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? Number(process.argv[index + 1]) : fallback;
};
const tableCount = argument('tables', 1000);
const runs = argument('runs', 5);
const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;
const mysqlUrl = process.env.BENCH_MYSQL_URL ?? process.env.TEST_MYSQL_URL;

const types = {
  sqlite: { id: 'integer primary key', int: 'integer', bool: 'boolean', now: 'datetime' },
  pg: { id: 'serial primary key', int: 'integer', bool: 'boolean', now: 'timestamptz' },
  mysql: { id: 'int auto_increment primary key', int: 'int', bool: 'boolean', now: 'timestamp null' },
};

/** The statements for table `i`: one per table, its index inline where the engine allows it. */
function tableStatements(client, i) {
  const t = types[client];
  const name = `bench_${String(i).padStart(4, '0')}`;
  const previous = `bench_${String(i - 1).padStart(4, '0')}`;
  const reference = i === 0 ? '' : ` references ${previous} (id) on delete set null`;
  const columns = [
    `id ${t.id}`,
    'name varchar(255) not null',
    'slug varchar(100) unique',
    `status varchar(20) not null default 'draft'`,
    'amount decimal(10, 2)',
    `active ${t.bool} default true`,
    `created_at ${t.now} default current_timestamp`,
    client === 'mysql'
      ? `parent_id int${i === 0 ? '' : `, foreign key (parent_id)${reference}`}`
      : `parent_id ${t.int}${reference}`,
  ];
  if (client === 'mysql') {
    return [
      `create table ${name} (${columns.join(', ')}, index ${name}_status_created (status, created_at))`,
    ];
  }
  return [
    `create table ${name} (${columns.join(', ')})`,
    `create index ${name}_status_created on ${name} (status, created_at)`,
  ];
}

async function createTables(db, client) {
  // PostgreSQL and SQLite take many statements per call when nothing is bound; mysql2 does not.
  const batch = client === 'mysql' ? 1 : 50;
  let pending = [];
  for (let i = 0; i < tableCount; i++) {
    pending.push(...tableStatements(client, i));
    if (i % batch === batch - 1 || i === tableCount - 1) {
      if (client === 'sqlite') await db.kysely.connection().execute(async (c) => runEach(c, pending));
      else await sql.raw(pending.join(';\n')).execute(db.kysely);
      pending = [];
    }
  }
}

async function runEach(connection, statements) {
  for (const statement of statements) await sql.raw(statement).execute(connection);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(label, client, config) {
  let statements = 0;
  const db = createDatabase(config, { log: () => statements++ });
  try {
    const setupStart = performance.now();
    await createTables(db, client);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    const times = [];
    let counted = 0;
    let tables = 0;
    let columns = 0;
    for (let run = 0; run < runs; run++) {
      statements = 0;
      const start = performance.now();
      const schema = await introspectDatabase(db);
      times.push(performance.now() - start);
      counted = statements;
      tables = Object.keys(schema.tables).length;
      columns = Object.values(schema.tables).reduce(
        (sum, table) => sum + Object.keys(table.columns).length,
        0,
      );
    }
    if (tables !== tableCount)
      throw new Error(`${label}: introspected ${tables} tables, expected ${tableCount}`);
    return { label, tables, columns, statements: counted, times, setupSeconds };
  } finally {
    await db.destroy();
  }
}

async function onServer(label, client, url) {
  const name = `plinth_bench_${randomBytes(4).toString('hex')}`;
  const admin = createDatabase({ client, connectionString: url, pool: { min: 0, max: 1 } });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await measure(label, client, {
      client,
      connectionString: target.toString(),
      pool: { min: 0, max: 5 },
    });
  } finally {
    await sql`drop database if exists ${sql.id(name)}`.execute(admin.kysely);
    await admin.destroy();
  }
}

async function onSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'plinth-bench-schema-'));
  try {
    return await measure('SQLite', 'sqlite', { client: 'sqlite', filename: join(dir, 'bench.db') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [await onSqlite()];
if (pgUrl) results.push(await onServer('PostgreSQL', 'pg', pgUrl));
else console.warn('PostgreSQL skipped: set BENCH_PG_URL or TEST_PG_URL.');
if (mysqlUrl) results.push(await onServer('MariaDB/MySQL', 'mysql', mysqlUrl));
else console.warn('MariaDB/MySQL skipped: set BENCH_MYSQL_URL or TEST_MYSQL_URL.');

console.log(`\nintrospectDatabase, ${tableCount} tables, median of ${runs} runs\n`);
console.log('| engine | tables | columns | SQL statements | median ms | min ms | max ms | setup s |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const fmt = (ms) => ms.toFixed(0);
  console.log(
    `| ${r.label} | ${r.tables} | ${r.columns} | ${r.statements} | ${fmt(median(r.times))} | ${fmt(Math.min(...r.times))} | ${fmt(Math.max(...r.times))} | ${r.setupSeconds.toFixed(1)} |`,
  );
}
