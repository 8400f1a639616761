import { errorHeaders, RouteNotFoundError, toErrorEnvelope } from '@plinth/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toPlinthError } from '../lib/to-plinth-error.js';

/** Options of the error-envelope plugin. */
export interface ErrorEnvelopeOptions {
  /** Adds `stack` to each error (NODE_ENV=development). @default false */
  includeStack?: boolean;
}

/**
 * Every failure leaves the server in the wire envelope `{errors:[{message, extensions:{code}}]}`:
 * thrown errors, Fastify's own (bad JSON, too large) and unknown routes alike.
 */
export const errorEnvelopePlugin = fp<ErrorEnvelopeOptions>(
  async (app: FastifyInstance, options) => {
    // Both handlers are synchronous: they await nothing, and a returned value is sent as it is.
    app.setErrorHandler((error, request: FastifyRequest, reply: FastifyReply) => {
      const plinthError = toPlinthError(error, request.url);
      const envelope = toErrorEnvelope(plinthError, {
        exposeUnknown: request.accountability?.admin === true,
        includeStack: options.includeStack === true,
      });
      if (envelope.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.debug({ err: error }, 'request refused');
      reply.headers(errorHeaders(plinthError)).code(envelope.status).type('application/json; charset=utf-8');
      return envelope.body;
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? request.url;
      const envelope = toErrorEnvelope(new RouteNotFoundError({ path }));
      reply.code(envelope.status).type('application/json; charset=utf-8');
      return envelope.body;
    });
  },
  { name: 'plinth-error-envelope', fastify: '5.x' },
);
