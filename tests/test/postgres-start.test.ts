import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkDir, startPlinth } from '../src/plinth-process.js';

const baseUrl = process.env.TEST_PG_URL;
if (!baseUrl) console.warn('[skipped] PostgreSQL start tests: set TEST_PG_URL to run them.');

describe.skipIf(!baseUrl)('plinth start on PostgreSQL', () => {
  const name = `plinth_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  const databaseUrl = () => {
    const url = new URL(baseUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${name}`);
  });
  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('bootstraps an empty database and serves pong', async () => {
    const plinth = await startPlinth({
      cwd: createWorkDir(),
      env: { PORT: '0', DB_CLIENT: 'pg', DB_CONNECTION_STRING: databaseUrl(), ADMIN_PASSWORD: 'pg-admin' },
    });
    try {
      expect(await (await fetch(`${plinth.url}/server/ping`)).text()).toBe('pong');
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      const { rows } = await client.query('select email, password from directus_users');
      await client.end();
      expect(rows).toHaveLength(1);
      expect(rows[0].password).toMatch(/^\$argon2id\$/);
    } finally {
      expect(await plinth.stop()).toBe(0);
    }
  });
});
