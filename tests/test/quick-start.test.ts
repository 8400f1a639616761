import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDirectus, rest, serverHealth, serverInfo, serverPing, staticToken } from '@directus/sdk';
import argon2 from 'argon2';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkDir, START_SCRIPT, startPlinth } from '../src/plinth-process.js';

function readAdmin(cwd: string) {
  const db = new Database(join(cwd, 'data', 'plinth.db'), { readonly: true });
  try {
    return db.prepare('select email, password, token, status, role from directus_users').all() as Array<{
      email: string;
      password: string;
      token: string | null;
      status: string;
      role: string;
    }>;
  } finally {
    db.close();
  }
}

describe('quick start on the embedded default', () => {
  it('serves pong, creates the admin with an argon2id hash and prints a working password', async () => {
    const cwd = createWorkDir();
    const plinth = await startPlinth({ cwd, env: { PORT: '0' } });
    try {
      const response = await fetch(`${plinth.url}/server/ping`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe('pong');

      expect(existsSync(join(cwd, 'data', 'plinth.db'))).toBe(true);
      expect(existsSync(join(cwd, 'uploads'))).toBe(true);
      const users = readAdmin(cwd);
      expect(users).toHaveLength(1);
      expect(users[0]!.email).toBe('admin@example.com');
      expect(users[0]!.status).toBe('active');
      expect(users[0]!.password).toMatch(/^\$argon2id\$/);

      const password = /with password (\S+)/.exec(plinth.output())?.[1];
      expect(password).toBeTruthy();
      expect(await argon2.verify(users[0]!.password, password!)).toBe(true);
    } finally {
      expect(await plinth.stop()).toBe(0);
    }
  });

  it('keeps the admin on the next start and does not print a password again', async () => {
    const cwd = createWorkDir();
    const first = await startPlinth({ cwd, env: { PORT: '0' } });
    await first.stop();
    const second = await startPlinth({ cwd, env: { PORT: '0' } });
    try {
      expect(second.output()).not.toMatch(/with password/);
      expect(second.output()).toMatch(/created on the first start/);
      expect(readAdmin(cwd)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('takes ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_TOKEN, and the token makes the caller an admin', async () => {
    const cwd = createWorkDir();
    const plinth = await startPlinth({
      cwd,
      env: {
        PORT: '0',
        ADMIN_EMAIL: 'owner@plinth.test',
        ADMIN_PASSWORD: 'correct horse',
        ADMIN_TOKEN: 'static-admin-token',
      },
    });
    try {
      const [admin] = readAdmin(cwd);
      expect(admin!.email).toBe('owner@plinth.test');
      expect(admin!.token).toBe('static-admin-token');
      expect(await argon2.verify(admin!.password, 'correct horse')).toBe(true);
      expect(plinth.output()).not.toMatch(/correct horse/);

      const client = createDirectus(plinth.url).with(staticToken('static-admin-token')).with(rest());
      expect(await client.request(serverPing())).toBe('pong');
      const health = (await client.request(serverHealth())) as unknown as Record<string, unknown>;
      expect(health.status).toBe('ok');
      expect(Object.keys(health.checks as object)).toEqual(['sqlite3:responseTime']);
      const info = (await client.request(serverInfo())) as unknown as {
        project: { project_name: string };
        setupCompleted: boolean;
      };
      expect(info.project.project_name).toBe('Plinth');
      expect(info.setupCompleted).toBe(true);
    } finally {
      await plinth.stop();
    }
  });

  it('starts through the root start script behind `npm start`', async () => {
    const cwd = createWorkDir();
    const plinth = await startPlinth({ cwd, env: { PORT: '0' }, script: START_SCRIPT, timeoutMs: 120_000 });
    try {
      expect(await (await fetch(`${plinth.url}/server/ping`)).text()).toBe('pong');
    } finally {
      await plinth.stop();
    }
  });
});
