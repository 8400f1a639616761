// bench/startup: how long `plinth start` takes from process start to the first `pong`, and how
// much memory the idle server holds, on SQLite and (when a URL is given) PostgreSQL.
//
//   node bench/startup/run.mjs [--runs 5]          (build first: npm run build)
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/startup/run.mjs
//
// "first start" bootstraps an empty database (migrations, first admin); "restart" starts again on
// the database the first start left. Idle RSS is read 2 s after the first pong.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const cli = fileURLToPath(new URL('../../apps/api/dist/cli.js', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > -1 ? Number(process.argv[runsArg + 1]) : 5;
const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function startOnce(cwd, settings) {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [cli, 'start'], {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      LOG_STYLE: 'raw',
      HOST: '127.0.0.1',
      PORT: String(port),
      ADMIN_PASSWORD: 'bench',
      ...settings,
    },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let startMs = null;
  while (performance.now() - began < 60_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/server/ping`);
      if ((await response.text()) === 'pong') {
        startMs = performance.now() - began;
        break;
      }
    } catch {}
    await sleep(5);
  }
  if (startMs === null) throw new Error('plinth did not answer within 60 s');
  await sleep(2000);
  const idleRssMb = rssMb(child.pid);
  child.kill('SIGTERM');
  await exited;
  return { startMs, idleRssMb };
}

async function benchEngine(label, prepare) {
  const first = [];
  const restart = [];
  for (let i = 0; i < runs; i++) {
    const { cwd, settings, cleanup } = await prepare(i);
    try {
      first.push(await startOnce(cwd, settings));
      restart.push(await startOnce(cwd, settings));
    } finally {
      await cleanup();
    }
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} done\n`);
  }
  return { label, first, restart };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = [];
results.push(
  await benchEngine('SQLite', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plinth-bench-'));
    return { cwd, settings: {}, cleanup: async () => rmSync(cwd, { recursive: true, force: true }) };
  }),
);
if (pgUrl) {
  results.push(
    await benchEngine('PostgreSQL', async (i) => {
      const name = `plinth_bench_${process.pid}_${i}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const cwd = mkdtempSync(join(tmpdir(), 'plinth-bench-'));
      return {
        cwd,
        settings: { DB_CLIENT: 'pg', DB_CONNECTION_STRING: url.toString() },
        cleanup: async () => {
          await admin.query(`drop database if exists ${name} with (force)`);
          await admin.end();
          rmSync(cwd, { recursive: true, force: true });
        },
      };
    }),
  );
} else {
  process.stderr.write('PostgreSQL skipped: set BENCH_PG_URL (or TEST_PG_URL) to include it.\n');
}

console.log(`\nplinth start, median of ${runs} runs (Node ${process.version})\n`);
console.log('| database | first start → pong (ms) | restart → pong (ms) | idle RSS (MB) |');
console.log('|---|---|---|---|');
for (const { label, first, restart } of results) {
  const fmt = (values) => median(values).toFixed(0);
  console.log(
    `| ${label} | ${fmt(first.map((r) => r.startMs))} | ${fmt(restart.map((r) => r.startMs))} | ${fmt(restart.map((r) => r.idleRssMb))} |`,
  );
}
