import { InvalidCredentialsError, isPlinthError } from '@plinth/errors';
import type { Accountability } from '@plinth/types';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { extractToken } from '../auth/extract-token.js';
import { fetchStaticTokenAccountability } from '../auth/fetch-static-token-accountability.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: null until the authenticate hook runs, and for anonymous callers. */
    accountability: Accountability | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer before authentication (ping), so a bad token cannot break them. */
    skipAuthentication?: boolean;
    /** Routes that must answer even when the database cannot (health): a failed lookup means anonymous. */
    bestEffortAuthentication?: boolean;
  }
}

/** Options of the authenticate plugin. */
export interface AuthenticatePluginOptions {
  db: Kysely<any>;
  /** @default 'directus_session_token' */
  sessionCookieName: string;
}

/**
 * Sets `request.accountability` from the caller's token. This first slice knows static tokens;
 * JWT access tokens and sessions arrive with the authentication work (issue #5).
 */
export const authenticatePlugin = fp<AuthenticatePluginOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('accountability', null);
    app.addHook('onRequest', async (request) => {
      if (request.routeOptions.config?.skipAuthentication) return;
      const token = extractToken(request, options.sessionCookieName);
      if (!token) return;
      const accountability = await fetchStaticTokenAccountability(options.db, token, {
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
        origin: request.headers.origin ?? null,
      }).catch((error: unknown) => {
        if (request.routeOptions.config?.bestEffortAuthentication && !isPlinthError(error)) return undefined;
        throw error;
      });
      if (accountability === undefined) return;
      if (!accountability) throw new InvalidCredentialsError();
      request.accountability = accountability;
    });
  },
  { name: 'plinth-authenticate', fastify: '5.x' },
);
