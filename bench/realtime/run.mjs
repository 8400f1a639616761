// bench/realtime: events per second delivered to 1,000 subscribers of /websocket, and the delay
// from a write to its delivery (p50, p99).
//
//   npx --yes pnpm@10.34.9 --filter "@plinth/server..." build
//   node bench/realtime/run.mjs [--subscribers 1000] [--events 100] [--rate 20]
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/realtime/run.mjs
//
// The server runs in this thread; the subscribers in a worker thread, so parsing their messages does
// not share an event loop with the server. Each write is `POST /items/bench_events` (in-process
// inject) carrying its wall-clock time; the worker measures delay on receipt. Three runs per engine:
// a burst of writes back to back (throughput), paced writes at --rate per second (delay under light
// load), and the burst again with every subscriber on its own query (no shared reads).

import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { migrateToLatest } from '../../packages/database/dist/index.js';
import { loadEnv } from '../../packages/env/dist/index.js';
import { createServer } from '../../packages/server/dist/index.js';
import { insertAdmin } from '../items/seed.mjs';
import { forEachBenchEngine } from '../lib/bench-engines.mjs';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000' },
    events: { type: 'string', default: '100' },
    rate: { type: 'string', default: '20' },
  },
});
const subscribers = Number(values.subscribers);
const events = Number(values.events);
const rate = Number(values.rate);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function startSubscribers(url, token, distinctQueries) {
  const worker = new Worker(new URL('./subscriber-worker.mjs', import.meta.url), {
    workerData: { url, token, count: subscribers, distinctQueries },
  });
  const waiters = new Map();
  worker.on('message', (message) => {
    const wake = waiters.get(message.type);
    if (wake) {
      waiters.delete(message.type);
      wake(message);
    }
  });
  const waitFor = (type) => new Promise((resolve) => waiters.set(type, resolve));
  const ask = (type) => {
    const answer = waitFor(type);
    worker.postMessage({ type });
    return answer;
  };
  return { ready: waitFor('ready'), ask, close: () => worker.postMessage({ type: 'close' }), worker };
}

function percentile(sorted, p) {
  return sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(app, headers, subs, { paced }) {
  await subs.ask('reset');
  const started = now();
  for (let index = 0; index < events; index++) {
    const response = await app.inject({
      method: 'POST',
      url: '/items/bench_events?fields=id',
      headers,
      payload: { sent: String(now()) },
    });
    if (response.statusCode !== 200) throw new Error(`write failed: ${response.body}`);
    if (paced) await sleep(1000 / rate);
  }
  const expected = events * subscribers;
  let report = await subs.ask('report');
  for (let waited = 0; report.received < expected && waited < 60_000; waited += 100) {
    await sleep(100);
    report = await subs.ask('report');
  }
  const delays = report.delays.sort((a, b) => a - b);
  return {
    delivered: report.received,
    expected,
    perSecond: (report.received / Math.max(1, report.lastAt - started)) * 1000,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    max: delays.at(-1) ?? Number.NaN,
  };
}

async function benchEngine(label, database) {
  await migrateToLatest(database);
  const env = loadEnv({
    env: {
      LOG_LEVEL: 'silent',
      RATE_LIMITER_ENABLED: 'false',
      WEBSOCKETS_ENABLED: 'true',
      WEBSOCKETS_HEARTBEAT_ENABLED: 'false',
    },
  });
  const app = await createServer({ env, database, logger: false });
  const token = await insertAdmin(database.kysely);
  const headers = { authorization: `Bearer ${token}` };
  const created = await app.inject({
    method: 'POST',
    url: '/collections',
    headers,
    payload: {
      collection: 'bench_events',
      schema: {},
      fields: [
        { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
        { field: 'sent', type: 'string' },
      ],
    },
  });
  if (created.statusCode !== 200) throw new Error(`creating bench_events: ${created.body}`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `ws://127.0.0.1:${app.server.address().port}/websocket`;
  const rows = [];
  try {
    for (const [name, distinct, paced] of [
      ['burst, one shared query', false, false],
      [`paced ${rate}/s, one shared query`, false, true],
      ['burst, a query per subscriber', true, false],
    ]) {
      const subs = startSubscribers(url, token, distinct);
      const opening = now();
      await subs.ready;
      const openS = ((now() - opening) / 1000).toFixed(1);
      rows.push({ name, openS, ...(await measure(app, headers, subs, { paced })) });
      subs.close();
      await sleep(500);
    }
  } finally {
    await app.close();
  }
  return { label, rows };
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

await forEachBenchEngine({ prefix: 'plinth-bench-realtime' }, async ({ label, database }) => {
  const { rows } = await benchEngine(label, database);
  console.log(`\n### ${label} (${subscribers} subscribers, ${events} writes per run)\n`);
  console.log(
    '| run | sockets opened in s | delivered | events/s delivered | p50 delay ms | p99 delay ms | max ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.openS} | ${row.delivered}/${row.expected} | ${fmt(row.perSecond, 0)} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${fmt(row.max)} |`,
    );
  }
});
