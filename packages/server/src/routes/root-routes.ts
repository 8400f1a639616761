import type { PlinthEnv } from '@plinth/env';
import type { FastifyInstance } from 'fastify';

const ADMIN_PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Plinth</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Plinth is running</h1>
<p>The API answers on this host: try <a href="../server/ping">/server/ping</a> and
<a href="../server/info">/server/info</a>. The admin web app is not part of this build yet.</p>
</body></html>`;

/** `/` redirects to ROOT_REDIRECT, `/robots.txt` serves ROBOTS_TXT, and `/admin` serves the app. */
export function createRootRoutes(env: PlinthEnv) {
  return async function rootRoutes(app: FastifyInstance): Promise<void> {
    app.get('/', { config: { skipAuthentication: true } }, async (_request, reply) => {
      if (!env.ROOT_REDIRECT) return reply.callNotFound();
      return reply.redirect(env.ROOT_REDIRECT, 302);
    });
    app.get('/robots.txt', { config: { skipAuthentication: true } }, async (_request, reply) => {
      reply.type('text/plain; charset=utf-8');
      return env.ROBOTS_TXT;
    });
    if (!env.SERVE_APP) return;
    app.get('/admin', { config: { skipAuthentication: true } }, async (_request, reply) => {
      reply.type('text/html; charset=utf-8');
      return ADMIN_PLACEHOLDER;
    });
  };
}
