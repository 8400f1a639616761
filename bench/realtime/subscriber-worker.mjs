// Worker thread of bench/realtime: opens `count` sockets, authenticates and subscribes each, then
// records, for every event received, the delay from the write (its `sent` field) to delivery.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, token, count, distinctQueries } = workerData;
const now = () => performance.timeOrigin + performance.now();
const delays = [];
let received = 0;
let lastAt = 0;

function open(index) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', access_token: token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'auth') {
        // Distinct queries defeat the shared read: every subscriber is read back on its own.
        const filter = distinctQueries ? { id: { _gt: -index - 1 } } : undefined;
        socket.send(
          JSON.stringify({
            type: 'subscribe',
            collection: 'bench_events',
            event: 'create',
            query: { fields: ['id', 'sent'], ...(filter ? { filter } : {}) },
            uid: 's',
          }),
        );
      } else if (message.type === 'subscription' && message.event === 'init') {
        resolve(socket);
      } else if (message.type === 'subscription' && message.event === 'create') {
        const at = now();
        for (const row of message.data) delays.push(at - Number(row.sent));
        received++;
        lastAt = at;
        if (received % 1000 === 0) parentPort.postMessage({ type: 'progress', received });
      } else if (message.status === 'error') {
        reject(new Error(JSON.stringify(message)));
      }
    });
  });
}

const sockets = [];
// A few at a time, so the handshakes do not all queue behind one another.
for (let start = 0; start < count; start += 50) {
  const batch = [];
  for (let index = start; index < Math.min(count, start + 50); index++) batch.push(open(index));
  sockets.push(...(await Promise.all(batch)));
}
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', (message) => {
  if (message.type === 'reset') {
    delays.length = 0;
    received = 0;
    lastAt = 0;
    parentPort.postMessage({ type: 'reset' });
  } else if (message.type === 'report') {
    parentPort.postMessage({ type: 'report', received, delays, lastAt });
  } else if (message.type === 'close') {
    for (const socket of sockets) socket.close();
    parentPort.close();
  }
});
