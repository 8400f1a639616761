import type { PlinthEnv } from '@plinth/env';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { fetchProjectInfo } from './fetch-project-info.js';

/** What `/server/info` needs. */
export interface InfoRouteOptions {
  db: Kysely<any>;
  env: PlinthEnv;
  version: string;
}

/**
 * `GET /server/info`: the project's public settings and whether setup is done; signed-in callers
 * also learn the version and the limits a client should respect.
 */
export function createInfoRoute({ db, env, version }: InfoRouteOptions) {
  return async function infoRoute(app: FastifyInstance): Promise<void> {
    app.get('/server/info', async (request) => {
      const project = await fetchProjectInfo(db, env.PROJECT_NAME);
      const anyUser = await db.selectFrom('directus_users').select('id').limit(1).executeTakeFirst();
      const setupCompleted = anyUser !== undefined;
      const data: Record<string, unknown> = { project, setupCompleted };
      if (!request.accountability?.user && setupCompleted) return { data };
      data.version = version;
      if (!request.accountability?.user) return { data };
      data.rateLimit = env.RATE_LIMITER_ENABLED
        ? { points: env.RATE_LIMITER_POINTS, duration: env.RATE_LIMITER_DURATION }
        : false;
      data.rateLimitGlobal = env.RATE_LIMITER_GLOBAL_ENABLED
        ? { points: env.RATE_LIMITER_GLOBAL_POINTS, duration: env.RATE_LIMITER_GLOBAL_DURATION }
        : false;
      data.queryLimit = {
        default: env.QUERY_LIMIT_DEFAULT,
        max: Number.isFinite(env.QUERY_LIMIT_MAX) ? env.QUERY_LIMIT_MAX : -1,
      };
      data.websocket = env.WEBSOCKETS_ENABLED ? { heartbeat: env.WEBSOCKETS_HEARTBEAT_ENABLED } : false;
      data.files = { mimeTypeAllowList: env.FILES_MIME_TYPE_ALLOW_LIST };
      return { data };
    });
  };
}
