import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Headers every response carries, as the wire protocol has them: who answered, and that
 * responses are not to be cached unless a cache layer says otherwise.
 */
export const responseHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    // A callback hook: it awaits nothing, so it costs no promise per response.
    app.addHook('onSend', (_request, reply, payload, done) => {
      reply.header('X-Powered-By', 'Plinth');
      if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-cache');
      if (!reply.hasHeader('Vary')) reply.header('Vary', 'Origin, Cache-Control');
      done(null, payload);
    });
  },
  { name: 'plinth-response-headers', fastify: '5.x' },
);
