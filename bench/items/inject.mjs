// bench/items/inject: the in-process hot path of the items workloads, without sockets or a load
// generator, so figures stay comparable on a busy machine: each request goes through Fastify's
// `inject` (route → service → query → driver) one after another. Prints µs per request (median of
// `--rounds` rounds of `--requests` requests) and the SQL statements one request runs, beside the
// floor server's figure for W1, W3 and W6 (its rounds alternate with Plinth's).
//
//   npx --yes pnpm@10.34.9 --filter "@plinth/server..." build
//   node bench/items/inject.mjs [--requests 2000] [--rounds 5] [--only W1,W3] [--sql]
//   node --cpu-prof bench/items/inject.mjs --only W6     # a profile of one workload
import { createRequire } from 'node:module';
import { migrateToLatest } from '../../packages/database/dist/index.js';
import { loadEnv } from '../../packages/env/dist/index.js';
import { createServer } from '../../packages/server/dist/index.js';
import { forEachBenchEngine } from '../lib/bench-engines.mjs';
import { startFloorServer } from './floor-server.mjs';
import { buildModel, COUNTS, insertAdmin, seedRows } from './seed.mjs';

const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const Fastify = serverRequire('fastify');
const { sql } = serverRequire('kysely');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const requests = Number(arg('requests', 2000));
const rounds = Number(arg('rounds', 5));
const showSql = process.argv.includes('--sql');
const only = arg('only', '').split(',').filter(Boolean);

const ids = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7919) % COUNTS.articles));
const WORKLOADS = [
  {
    name: 'W1',
    url: () => '/items/articles?fields=id,title,status,author&limit=25',
    floor: { url: () => '/w1' },
  },
  {
    name: 'W2',
    url: () =>
      '/items/articles?fields=id,title,status,author.id,author.name&filter[status][_eq]=published&sort=-title&limit=25',
  },
  {
    name: 'W3',
    url: (i) => `/items/articles/${ids[i % ids.length]}?fields=id,title,status,author`,
    floor: { url: (i) => `/w3/${ids[i % ids.length]}` },
  },
  { name: 'W5', url: () => '/items/articles?fields=id,title,tags.tags_id.name&limit=25' },
  {
    name: 'W6',
    method: 'POST',
    url: () => '/items/articles?fields=id',
    payload: { title: 'Benchmark article', status: 'draft', author: 7 },
    floor: {
      method: 'POST',
      url: () => '/w6',
      payload: { title: 'Benchmark article', status: 'draft', author: 7 },
    },
  },
];

/**
 * µs per request of `requests` requests in a row: wall time, and this process's CPU time (steadier on
 * a shared machine; it leaves out the PostgreSQL server's own work).
 */
async function timeRound(app, workload, headers) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < requests; i++) await inject(app, workload, i, headers);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: ((performance.now() - start) * 1000) / requests, cpu: (cpu.user + cpu.system) / requests };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function inject(app, workload, i, headers) {
  const response = await app.inject({
    method: workload.method ?? 'GET',
    url: workload.url(i),
    headers,
    ...(workload.payload ? { payload: workload.payload } : {}),
  });
  if (response.statusCode >= 300)
    throw new Error(`${workload.name}: ${response.statusCode} ${response.body}`);
}

await forEachBenchEngine({ prefix: 'plinth-bench-inject', logStatements: true }, async (engine) => {
  const { label, database, statements } = engine;
  await migrateToLatest(database);
  const env = loadEnv({ env: { LOG_LEVEL: 'silent', RATE_LIMITER_ENABLED: 'false' } });
  const app = await createServer({ env, database, logger: false });
  const headers = { authorization: `Bearer ${await insertAdmin(database.kysely)}` };
  await buildModel(app);
  await seedRows(database.kysely);
  const floor = await startFloorServer(Fastify, sql, database.kysely);
  console.log(`\n### ${label} (${rounds} rounds of ${requests} requests, median)\n`);
  console.log(
    '| workload | Plinth µs per request | statements per request | floor µs per request | Plinth/floor time | Plinth CPU µs | floor CPU µs |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const workload of WORKLOADS) {
      if (only.length > 0 && !only.includes(workload.name)) continue;
      for (let i = 0; i < 200; i++) await inject(app, workload, i, headers);
      statements.length = 0;
      await inject(app, workload, 0, headers);
      const perRequest = statements.length;
      if (showSql) for (const text of statements) console.log(`<!-- ${workload.name}: ${text} -->`);
      const timings = [];
      const floorTimings = [];
      // Plinth and floor rounds take turns, so both see the same background load.
      for (let round = 0; round < rounds; round++) {
        timings.push(await timeRound(app, workload, headers));
        if (workload.floor) floorTimings.push(await timeRound(floor, workload.floor, {}));
        statements.length = 0;
      }
      const ours = median(timings.map((t) => t.wall));
      const bare = workload.floor ? median(floorTimings.map((t) => t.wall)) : null;
      const ratio = bare ? `${(ours / bare).toFixed(2)}×` : '-';
      const oursCpu = median(timings.map((t) => t.cpu)).toFixed(1);
      const bareCpu = workload.floor ? median(floorTimings.map((t) => t.cpu)).toFixed(1) : '-';
      console.log(
        `| ${workload.name} | ${ours.toFixed(1)} | ${perRequest} | ${bare ? bare.toFixed(1) : '-'} | ${ratio} | ${oursCpu} | ${bareCpu} |`,
      );
    }
  } finally {
    await floor.close();
    await app.close();
  }
});
