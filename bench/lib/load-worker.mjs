// One load run in its own thread, so the load generator does not share the server's event loop:
// `connections` loops, each sending its next request as soon as the previous answer is read, over
// keep-alive sockets to 127.0.0.1, for `durationMs` after `warmupMs`. Each loop starts at a random
// target and goes round them in turn. Posts back the request count, non-2xx answers and latencies.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { port, targets, connections, durationMs, warmupMs } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });

function send({ method, path, headers, payload }) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

async function run(ms, latencies, counters) {
  const until = performance.now() + ms;
  const loop = async () => {
    let i = Math.floor(Math.random() * targets.length);
    while (performance.now() < until) {
      const started = performance.now();
      const status = await send(targets[i++ % targets.length]);
      latencies?.push(performance.now() - started);
      if (!counters) continue;
      counters.requests++;
      if (status < 200 || status >= 300) counters.errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
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
