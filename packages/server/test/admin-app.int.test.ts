import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '@plinth/env';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { findAdminAppRoot } from '../src/routes/admin/find-admin-app.js';
import { createRootRoutes } from '../src/routes/root-routes.js';

const INDEX = '<!doctype html><div id="root"></div>';

function createBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'plinth-admin-build-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  return root;
}

let app: ReturnType<typeof Fastify> | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(adminRoot: string | null, settings: Record<string, string> = {}) {
  app = Fastify();
  await app.register(createRootRoutes(loadEnv({ env: { LOG_LEVEL: 'silent', ...settings } }), adminRoot));
  return app;
}

describe('the admin app at /admin', () => {
  it('redirects the root to the app', async () => {
    const server = await serve(createBuild());
    const response = await server.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('./admin');
  });

  it('serves index.html at /admin and for every app path, revalidated on each load', async () => {
    const server = await serve(createBuild());
    for (const url of ['/admin', '/admin/', '/admin/content/articles/12', '/admin/login?reason=X']) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    }
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const server = await serve(createBuild());
    const asset = await server.inject({ method: 'GET', url: '/admin/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log(1)');
    const icon = await server.inject({ method: 'GET', url: '/admin/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect(icon.body).toBe('<svg/>');
  });

  it('never serves a file outside the build', async () => {
    const server = await serve(createBuild());
    const urls = [
      '/admin/%2e%2e/%2e%2e/etc/passwd',
      '/admin/assets/..%2f..%2fpackage.json',
      '/admin/..%2f..%2fetc/hosts',
    ];
    for (const url of urls) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.body, url).not.toMatch(/root:|"name"|localhost/);
    }
    const missing = await server.inject({ method: 'GET', url: '/admin/assets/missing.js' });
    expect(missing.body).toBe(INDEX);
  });

  it('says how to build the app when there is no build, and still serves the rest', async () => {
    const server = await serve(mkdtempSync(join(tmpdir(), 'plinth-admin-empty-')));
    const response = await server.inject({ method: 'GET', url: '/admin/content' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/admin app has not been built/);
    expect((await server.inject({ method: 'GET', url: '/robots.txt' })).statusCode).toBe(200);
  });

  it('finds the build of @plinth/admin by default', () => {
    expect(findAdminAppRoot()?.split(/[\\/]/).slice(-3)).toEqual(['apps', 'admin', 'dist']);
  });

  it('serves nothing at /admin when SERVE_APP is false', async () => {
    const server = await serve(createBuild(), { SERVE_APP: 'false' });
    expect((await server.inject({ method: 'GET', url: '/admin' })).statusCode).toBe(404);
  });
});
