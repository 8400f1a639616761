import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AdminAppBuild } from './find-admin-app.js';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Plinth</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Plinth is running</h1>
<p>The API answers on this host: try <a href="/server/ping">/server/ping</a> and
<a href="/server/info">/server/info</a>.</p>
<p><strong>The admin app has not been built.</strong> Run <code>npm run build</code> (or
<code>pnpm --filter @plinth/admin build</code>) and restart the server to use it here.</p>
</body></html>`;

const unauthenticated = { config: { skipAuthentication: true } };
/** Vite names every file under `assets/` after a hash of its content, so it never changes. */
const HASHED_ASSETS = /^assets\//;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * `GET /admin` and `GET /admin/*`: the files of the admin build, and its `index.html` for every
 * other path so the app's own router can take it (single-page fallback). Hashed assets are cached
 * for a year; `index.html` is revalidated on every load so a new build is picked up at once.
 * Without a build, a page saying how to make one.
 */
export function createAdminAppRoutes(build: AdminAppBuild | null) {
  return async function adminAppRoutes(app: FastifyInstance): Promise<void> {
    if (!build) {
      const notBuilt = async (_request: unknown, reply: FastifyReply) =>
        reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      app.get('/admin', unauthenticated, notBuilt);
      app.get('/admin/*', unauthenticated, notBuilt);
      return;
    }
    await app.register(fastifyStatic, { root: build.root, serve: false });
    const sendIndex = (reply: FastifyReply) =>
      reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });

    app.get('/admin', unauthenticated, async (_request, reply) => sendIndex(reply));
    app.get<{ Params: { '*': string } }>('/admin/*', unauthenticated, async (request, reply) => {
      const path = request.params['*'];
      if (path === 'index.html' || !build.files.has(path)) return sendIndex(reply);
      if (HASHED_ASSETS.test(path)) return reply.sendFile(path, { maxAge: YEAR_MS, immutable: true });
      return reply.header('Cache-Control', 'no-cache').sendFile(path, { cacheControl: false });
    });
  };
}
