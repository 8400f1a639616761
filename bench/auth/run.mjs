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
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createDatabase, migrateToLatest } from '../../packages/database/dist/index.js';
import { loadEnv } from '../../packages/env/dist/index.js';
import { createServer } from '../../packages/server/dist/index.js';
import {
  createAuthRuntime,
  hashPassword,
  resolveAccountability,
  toSigningKey,
  verifyAccessToken,
} from '../../packages/services/dist/index.js';

const { sql } = createRequire(new URL('../../packages/server/package.json', import.meta.url))('kysely');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? Number(process.argv[index + 1]) : fallback;
};
const durationMs = arg('duration', 5) * 1000;
const connections = arg('connections', 10);
const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;
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

function load(port, target) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { port, target, connections, durationMs, warmupMs: 1000 },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

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
    for (const [name, target] of workloads) rows.push({ name, result: await load(port, target) });
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

const rps = (r) => Math.round(r.requests / (r.elapsedMs / 1000)).toLocaleString('en-US');

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

const dir = mkdtempSync(join(tmpdir(), 'plinth-bench-auth-'));
try {
  const statements = [];
  const sqlite = createDatabase(
    { client: 'sqlite', filename: join(dir, 'bench.db') },
    { log: (event) => statements.push(event.sql) },
  );
  try {
    printTable(await benchEngine('SQLite', sqlite, statements));
  } finally {
    await sqlite.destroy();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (pgUrl) {
  const name = `plinth_bench_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ client: 'pg', connectionString: pgUrl, pool: { min: 0, max: 1 } });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const statements = [];
  const pg = createDatabase(
    { client: 'pg', connectionString: url.toString(), pool: { min: 0, max: 10 } },
    { log: (event) => statements.push(event.sql) },
  );
  try {
    printTable(await benchEngine('PostgreSQL', pg, statements));
  } finally {
    await pg.destroy();
    await sql`drop database ${sql.id(name)}`.execute(admin.kysely);
    await admin.destroy();
  }
} else {
  console.log('\nPostgreSQL skipped: set BENCH_PG_URL or TEST_PG_URL.');
}
