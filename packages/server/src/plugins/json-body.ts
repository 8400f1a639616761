import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * JSON bodies, tolerant of what real clients send: `@directus/sdk` sets
 * `Content-Type: application/json` even on requests without a body, so an empty body is no body
 * rather than an error. Malformed JSON surfaces as a SyntaxError, which the envelope turns into
 * 400 INVALID_PAYLOAD.
 */
export const jsonBodyPlugin = fp(
  async (app: FastifyInstance) => {
    app.removeContentTypeParser(['application/json']);
    app.addContentTypeParser(
      /^application\/([\w.+-]+\+)?json(;|$)/,
      { parseAs: 'string' },
      (_request, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        if (text.trim() === '') return done(null, undefined);
        try {
          done(null, JSON.parse(text));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );
  },
  { name: 'plinth-json-body', fastify: '5.x' },
);
