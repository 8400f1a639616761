// bench/items: read throughput of GET /items against a bare Fastify "floor" with hand-written SQL.
//
//   npx --yes pnpm@10.34.9 --filter "@plinth/server..." build
//   node bench/items/run.mjs [--duration 5] [--connections 10] [--only W1,W3]
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/items/run.mjs
//
// Seeds 1,000 authors, 20,000 articles, 50 tags and 40,000 article-tag rows (SQLite, and PostgreSQL
// when BENCH_PG_URL or TEST_PG_URL is set), serves them with createServer on a random loopback port,
// and drives each workload from a worker thread for a fixed time. Prints a Markdown table.
import { createRequire } from 'node:module';
import { migrateToLatest } from '../../packages/database/dist/index.js';
import { loadEnv } from '../../packages/env/dist/index.js';
import { createServer } from '../../packages/server/dist/index.js';
import { forEachBenchEngine } from '../lib/bench-engines.mjs';
import { loadSettings, requestsPerSecond, runLoad } from '../lib/run-load.mjs';
import { startFloorServer } from './floor-server.mjs';
import { buildModel, COUNTS, insertAdmin, insertRoleCaller, seedRows } from './seed.mjs';

const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const Fastify = serverRequire('fastify');
const { sql } = serverRequire('kysely');

const { durationMs, connections } = loadSettings;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? [] : process.argv[onlyAt + 1].split(',');

const ids = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7919) % COUNTS.articles));
const WORKLOADS = [
  {
    name: 'W1 list 25',
    plinth: ['/items/articles?fields=id,title,status,author&limit=25'],
    floor: ['/w1'],
  },
  {
    name: 'W2 filter + sort + m2o fields',
    plinth: [
      '/items/articles?fields=id,title,status,author.id,author.name&filter[status][_eq]=published&sort=-title&limit=25',
    ],
    floor: ['/w2'],
  },
  {
    // W2 as a non-admin: the role's row filter and field list are compiled into the same statement.
    name: 'W7 W2 as a role (row filter, limited fields)',
    plinth: [
      '/items/articles?fields=id,title,status,author.id,author.name&filter[status][_eq]=published&sort=-title&limit=25',
    ],
    caller: 'role',
  },
  {
    name: 'W3 one by key',
    plinth: ids.map((id) => `/items/articles/${id}?fields=id,title,status,author`),
    floor: ids.map((id) => `/w3/${id}`),
  },
  { name: 'W4 count grouped by status', plinth: ['/items/articles?aggregate[count]=*&groupBy=status'] },
  {
    name: 'W5 list 25 with m2m tag names',
    plinth: ['/items/articles?fields=id,title,tags.tags_id.name&limit=25'],
  },
  {
    name: 'W6 create one',
    plinth: [
      {
        method: 'POST',
        path: '/items/articles?fields=id',
        body: { title: 'Benchmark article', status: 'draft', author: 7 },
      },
    ],
    floor: [
      { method: 'POST', path: '/w6', body: { title: 'Benchmark article', status: 'draft', author: 7 } },
    ],
  },
];

async function benchEngine(label, database) {
  await migrateToLatest(database);
  const env = loadEnv({ env: { LOG_LEVEL: 'silent', RATE_LIMITER_ENABLED: 'false' } });
  const app = await createServer({ env, database, logger: false });
  const token = await insertAdmin(database.kysely);
  const roleToken = await insertRoleCaller(database.kysely);
  const seeding = performance.now();
  await buildModel(app);
  await seedRows(database.kysely);
  const seedS = ((performance.now() - seeding) / 1000).toFixed(1);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const floor = await startFloorServer(Fastify, sql, database.kysely);
  const headers = { authorization: `Bearer ${token}` };
  const roleHeaders = { authorization: `Bearer ${roleToken}` };
  const rows = [];
  try {
    for (const workload of WORKLOADS) {
      if (only.length > 0 && !only.includes(workload.name.split(' ')[0])) continue;
      const callerHeaders = workload.caller === 'role' ? roleHeaders : headers;
      const plinth = await runLoad(app.server.address().port, workload.plinth, callerHeaders);
      const bare = workload.floor ? await runLoad(floor.server.address().port, workload.floor) : null;
      rows.push({ workload: workload.name, plinth, floor: bare });
    }
  } finally {
    await floor.close();
    await app.close();
  }
  return { label, seedS, rows };
}

const rps = requestsPerSecond;
const ms = (value) => value.toFixed(2);

function printTable({ label, seedS, rows }) {
  console.log(
    `\n### ${label} (seeded in ${seedS} s; ${connections} connections, ${durationMs / 1000} s each)\n`,
  );
  console.log(
    '| workload | Plinth req/s | Plinth p99 ms | floor req/s | floor p99 ms | Plinth/floor | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { workload, plinth, floor } of rows) {
    const ratio = floor
      ? `${((plinth.requests / plinth.elapsedMs / (floor.requests / floor.elapsedMs)) * 100).toFixed(0)} %`
      : '-';
    const errors = plinth.errors + (floor?.errors ?? 0);
    console.log(
      `| ${workload} | ${rps(plinth)} | ${ms(plinth.p99)} | ${floor ? rps(floor) : '-'} | ${floor ? ms(floor.p99) : '-'} | ${ratio} | ${errors} |`,
    );
  }
  const admin = rows.find((row) => row.workload.startsWith('W2'))?.plinth;
  const role = rows.find((row) => row.workload.startsWith('W7'))?.plinth;
  if (admin && role) {
    const share = (role.requests / role.elapsedMs / (admin.requests / admin.elapsedMs)) * 100;
    console.log(`\nW7 (role) runs at ${share.toFixed(0)} % of W2 (admin) throughput (goal: at least 85 %).`);
  }
}

await forEachBenchEngine({ prefix: 'plinth-bench-items' }, async ({ label, database }) => {
  printTable(await benchEngine(label, database));
});
