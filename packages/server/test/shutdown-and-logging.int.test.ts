import { Writable } from 'node:stream';
import { createDatabase, migrateToLatest } from '@plinth/database';
import { loadEnv } from '@plinth/env';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { createLoggerOptions } from '../src/lib/create-logger-options.js';
import { createTestServer } from './helpers.js';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish and refuses new ones', async () => {
    const server = await createTestServer();
    let release!: () => void;
    const started = new Promise<void>((resolve) => {
      server.app.get('/slow', async () => {
        resolve();
        await new Promise<void>((done) => (release = done));
        return { data: 'finished' };
      });
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await started;
    const closing = server.app.close();
    const refused = await fetch(`http://127.0.0.1:${port}/server/ping`).then(
      (response) => response.status,
      () => 'connection refused',
    );
    expect([503, 'connection refused']).toContain(refused);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: 'finished' });
    await closing;
    await server.database.destroy();
  });
});

describe('request logging', () => {
  it('logs each request with its id and never the credentials', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const env = loadEnv({ env: { LOG_STYLE: 'raw', LOG_LEVEL: 'info' } });
    const logger = pino(createLoggerOptions(env), sink);
    const database = createDatabase({ client: 'sqlite', filename: ':memory:' });
    await migrateToLatest(database);
    const app = await createServer({ env, database, logger });
    await app.inject({
      method: 'GET',
      url: '/server/ping?access_token=query-secret&fields=id',
      headers: {
        authorization: 'Bearer super-secret-token',
        cookie: 'directus_session_token=cookie-secret',
        'x-request-id': 'req-42',
      },
    });
    await app.close();
    await database.destroy();
    const text = lines.join('');
    expect(text).toContain('req-42');
    expect(text).toContain('--redacted--');
    expect(text).not.toContain('super-secret-token');
    expect(text).not.toContain('cookie-secret');
    expect(text).not.toContain('query-secret');
    expect(text).toContain('fields=id');
  });
});
