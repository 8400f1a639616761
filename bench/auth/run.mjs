// bench/auth: logins per second, and authenticated requests / token verifications per second.
//
//   npx --yes pnpm@10.34.9 --filter "@plinth/server..." build
//   node bench/auth/run.mjs [--duration 5] [--connections 10]
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/auth/run.mjs
//
// Seeds one user (argon2id at the HASH_* defaults, as `plinth bootstrap` hashes) with a static token
// on SQLite (and PostgreSQL when BENCH_PG_URL or TEST_PG_URL is set), serves it with createServer on a
// random loopback port, and drives each workload from a worker thread for a fixed time. Then counts
// the SQL statements one authenticated request runs, and resolves tokens in-process without HTTP.
import { randomUUID } from 'node:crypto';
import { migrateToLatest } from '../../packages/database/dist/index.js';
import { loadEnv } from '../../packages/env/dist/index.js';
import { createServer } from '../../packages/server/dist/index.js';
import {
  createAuthRuntime,
  hashPassword,
  resolveAccountability,
  toSigningKey,
  verifyAccessToken,
} from '../../packages/services/dist/index.js';
import { forEachBenchEngine } from '../lib/bench-engines.mjs';
import { loadSettings, requestsPerSecond, runLoad } from '../lib/run-load.mjs';

const { durationMs, connections } = loadSettings;
const EMAIL = 'bench@example.com';
const PASSWORD = 'bench-password-1';
const STATIC_TOKEN = 'bench-static-token';

const env = loadEnv({
  env: {
    LOG_LEVEL: 'silent',
    SECRET: 'bench-secret',
    LOGIN_THROTTLE_ACCOUNT_POINTS: '0',
    LOGIN_THROTTLE_IP_POINTS: '0',
  },
});

async function seedUser(db) {
  const role = randomUUID();
  const policy = randomUUID();
  await db.insertInto('directus_roles').values({ id: role, name: 'Editor' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: policy, name: 'Editor', app_access: true, admin_access: false, enforce_tfa: false })
    .execute();
  await db.insertInto('directus_access').values({ id: randomUUID(), role, policy }).execute();
  const password = await hashPassword(PASSWORD, {
    type: env.HASH_TYPE,
    memoryCost: env.HASH_MEMORY_COST,
    timeCost: env.HASH_TIME_COST,
    parallelism: env.HASH_PARALLELISM,
    hashLength: env.HASH_LENGTH,
  });
  await db
    .insertInto('directus_users')
    .values({ id: randomUUID(), email: EMAIL, password, role, status: 'active', token: STATIC_TOKEN })
    .execute();
}

async function login(port, mode) {
  const response = await fetch(`http://127.0.0.1:${port}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD, mode }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  return { ...(await response.json()).data, cookie };
}

/** How many times per second `run` completes, in-process, over up to 3 seconds. */
async function perSecond(run) {
  await run();
  let count = 0;
  const until = performance.now() + Math.min(durationMs, 3000);
  const started = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 100; i += 1) await run();
    count += 100;
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

/** What the authenticate hook costs without HTTP: a full signature check, and cached resolutions. */
async function inProcessRates(database, jwt) {
  const auth = createAuthRuntime({ settings: { secret: 'bench-secret' } });
  const ctx = { db: database.kysely, auth };
  const origin = { ip: '127.0.0.1', userAgent: 'bench', origin: null };
  const key = toSigningKey('bench-secret');
  try {
    return {
      verify: await perSecond(() => verifyAccessToken(jwt, key)),
      jwt: await perSecond(() => resolveAccountability(ctx, jwt, origin)),
      static: await perSecond(() => resolveAccountability(ctx, STATIC_TOKEN, origin)),
    };
  } finally {
    auth.close();
  }
}

async function statementsPerRequest(port, statements, headers) {
  const path = '/users/me?fields=id';
  await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  const before = statements.length;
  for (let i = 0; i < 50; i += 1) await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return (statements.length - before) / 50;
}

async function benchEngine(label, database, statements) {
  await migrateToLatest(database);
  await seedUser(database.kysely);
  const app = await createServer({ env, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.server.address().port;
  const rows = [];
  try {
    const jwt = (await login(port, 'json')).access_token;
    const session = (await login(port, 'session')).cookie;
    const me = { path: '/users/me?fields=id' };
    const workloads = [
      ['GET /server/ping (no auth, floor)', { path: '/server/ping' }],
      ['GET /users/me, access token', { ...me, headers: { authorization: `Bearer ${jwt}` } }],
      ['GET /users/me, static token', { ...me, headers: { authorization: `Bearer ${STATIC_TOKEN}` } }],
      ['GET /users/me, session cookie', { ...me, headers: { cookie: session } }],
      [
        'POST /auth/login (json mode)',
        { method: 'POST', path: '/auth/login', body: { email: EMAIL, password: PASSWORD } },
      ],
    ];
    for (const [name, target] of workloads) rows.push({ name, result: await runLoad(port, [target]) });
    const counts = {
      jwt: await statementsPerRequest(port, statements, { authorization: `Bearer ${jwt}` }),
      static: await statementsPerRequest(port, statements, { authorization: `Bearer ${STATIC_TOKEN}` }),
      session: await statementsPerRequest(port, statements, { cookie: session }),
    };
    const inProcess = await inProcessRates(database, jwt);
    return { label, rows, counts, inProcess };
  } finally {
    await app.close();
  }
}

const rps = requestsPerSecond;

function printTable({ label, rows, counts, inProcess }) {
  console.log(`\n### ${label} (${connections} connections, ${durationMs / 1000} s each)\n`);
  console.log('| workload | req/s | p50 ms | p99 ms | non-2xx |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const { name, result } of rows) {
    console.log(
      `| ${name} | ${rps(result)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${result.errors} |`,
    );
  }
  console.log(
    `\nSQL statements per \`GET /users/me?fields=id\` (the read itself is 1): access token ${counts.jwt}, static token ${counts.static}, session cookie ${counts.session}.`,
  );
  const n = (value) => value.toLocaleString('en-US');
  console.log(
    `In-process, per second: ${n(inProcess.verify)} access-token signature checks (jose, HS256); token resolutions with the user cached: access token ${n(inProcess.jwt)}, static token ${n(inProcess.static)}.`,
  );
}

await forEachBenchEngine(
  { prefix: 'plinth-bench-auth', logStatements: true },
  async ({ label, database, statements }) => {
    printTable(await benchEngine(label, database, statements));
  },
);
