import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createServerLogging } from './lib/create-server-logging.js';
import { parseFlatQueryString } from './lib/parse-flat-query-string.js';
import { createQueryStringParser } from './lib/parse-query-string.js';
import { plinthPlugin } from './plinth-plugin.js';
import type { CreateServerOptions } from './server-options.js';

/**
 * A ready-to-listen Fastify app serving Plinth. Only `apps/api` calls `listen()`; tests use
 * `inject()`. Closing it drains in-flight requests and answers new ones with 503.
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const { env } = options;
  const own = options.logger === undefined ? createServerLogging(env) : null;
  const logging: Pick<FastifyServerOptions, 'logger' | 'loggerInstance'> = own
    ? { logger: own.logger }
    : options.logger === false
      ? { logger: false }
      : { loggerInstance: options.logger as FastifyBaseLogger };
  const trustProxy = env.IP_TRUST_PROXY;
  const parseNested = createQueryStringParser({
    depth: env.QUERYSTRING_MAX_PARSE_DEPTH,
    arrayLimit: env.QUERYSTRING_ARRAY_LIMIT,
  });
  const app: FastifyInstance = Fastify({
    ...logging,
    bodyLimit: env.MAX_PAYLOAD_SIZE,
    trustProxy: typeof trustProxy === 'boolean' ? trustProxy : [...trustProxy],
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: {
      // Most query strings are flat (`fields=...&limit=25`): they skip qs, which costs more per request.
      querystringParser: (text) => parseFlatQueryString(text) ?? parseNested(text),
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  // Responses finishing while the server closes end their connection, so a keep-alive socket of
  // an in-flight request cannot hold the shutdown open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', request.id);
    if (closing) reply.header('Connection', 'close');
    done(null, payload);
  });
  const logTap = options.logTap ?? own?.logTap;
  await app.register(plinthPlugin, logTap ? { ...options, logTap } : options);
  return app;
}
