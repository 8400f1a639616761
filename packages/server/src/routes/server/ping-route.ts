import type { FastifyInstance } from 'fastify';

/** `GET /server/ping` answers `pong` as text/html before authentication, so a bad token cannot break it. */
export async function pingRoute(app: FastifyInstance): Promise<void> {
  app.get('/server/ping', { config: { skipAuthentication: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return 'pong';
  });
}
