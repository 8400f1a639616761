// One load run in its own thread (so the load generator does not share the server's event loop):
// `connections` loops, each sending its next request as soon as the previous answer is read, over
// keep-alive sockets to 127.0.0.1, for `durationMs`. Posts back the request count, errors and
// latencies. A path is a GET path, or `{ method, path, body }` for a JSON write.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { port, paths, connections, durationMs, warmupMs } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });

function send(target) {
  const { method = 'GET', path, body } = typeof target === 'string' ? { path: target } : target;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = payload
    ? { ...workerData.headers, 'content-type': 'application/json' }
    : workerData.headers;
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

async function loop(until, latencies, counters) {
  let i = Math.floor(Math.random() * paths.length);
  while (performance.now() < until) {
    const path = paths[i++ % paths.length];
    const started = performance.now();
    const status = await send(path);
    if (latencies) latencies.push(performance.now() - started);
    if (counters) {
      counters.requests++;
      if (status < 200 || status >= 300) counters.errors++;
    }
  }
}

async function run(ms, latencies, counters) {
  const until = performance.now() + ms;
  await Promise.all(Array.from({ length: connections }, () => loop(until, latencies, counters)));
}

await run(warmupMs, null, null);
const latencies = [];
const counters = { requests: 0, errors: 0 };
const started = performance.now();
await run(durationMs, latencies, counters);
const elapsedMs = performance.now() - started;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
parentPort.postMessage({ ...counters, elapsedMs, p50: at(0.5), p99: at(0.99) });
