import { isPlinthError } from '@plinth/errors';
import { type AuthRuntime, resolveAccountability, SessionEndedError } from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { type AuthCookie, clearingOptions } from '../auth/auth-cookies.js';
import { extractToken } from '../auth/extract-token.js';
import { requestOrigin } from '../auth/request-origin.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: null until the authenticate hook runs, and for anonymous callers. */
    accountability: Accountability | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer before authentication (ping, login), so a bad token cannot break them. */
    skipAuthentication?: boolean;
    /** Routes that must answer even when the database cannot (health): a failed lookup means anonymous. */
    bestEffortAuthentication?: boolean;
  }
}

/** Options of the authenticate plugin. */
export interface AuthenticatePluginOptions {
  db: Kysely<any>;
  auth: AuthRuntime;
  /** The session cookie: read as a token source, cleared when its session has ended. */
  sessionCookie: AuthCookie;
}

/**
 * Sets `request.accountability` from the caller's token (bearer header, `?access_token=` or the
 * session cookie): an access token or a static token, resolved through the auth runtime's cache.
 * A bad token is refused with its wire error; a session cookie whose session has ended is cleared.
 */
export const authenticatePlugin = fp<AuthenticatePluginOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('accountability', null);
    const lookup = { db: options.db, auth: options.auth };
    const { name: cookieName } = options.sessionCookie;
    // A callback hook, not an async one: requests without a token (and skipped routes) go on in the
    // same tick, without a promise of their own.
    app.addHook('onRequest', (request, reply, done) => {
      const config = request.routeOptions.config;
      if (config?.skipAuthentication) return done();
      const extracted = extractToken(request, cookieName);
      if (!extracted) return done();
      resolveAccountability(lookup, extracted.token, requestOrigin(request)).then(
        (accountability) => {
          request.accountability = accountability;
          done();
        },
        (error: unknown) => {
          if (config?.bestEffortAuthentication && !isPlinthError(error)) return done();
          if (error instanceof SessionEndedError && extracted.source === 'cookie') {
            reply.clearCookie(cookieName, clearingOptions(options.sessionCookie.options));
          }
          done(error as Error);
        },
      );
    });
  },
  { name: 'plinth-authenticate', fastify: '5.x' },
);
