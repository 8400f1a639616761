import type { PlinthEnv } from '@plinth/env';
import type { Accountability } from '@plinth/types';
import type { Kysely } from 'kysely';
import { fetchProjectInfo } from './fetch-project-info.js';
import { websocketInfo } from './websocket-info.js';

/** What the server's info report reads. */
export interface ServerInfoOptions {
  db: Kysely<any>;
  env: PlinthEnv;
  version: string;
  /** Whether `/websocket/logs` is served; admins then see the levels it offers. */
  logsServed?: boolean;
}

/**
 * The data of `GET /server/info` (and GraphQL's `server_info`): the project's public settings and
 * whether setup is done; before setup, or for signed-in callers, the version; signed-in callers also
 * learn the limits a client should respect.
 */
export async function readServerInfo(
  { db, env, version, logsServed = false }: ServerInfoOptions,
  caller: Accountability | null,
): Promise<Record<string, unknown>> {
  const project = await fetchProjectInfo(db, env.PROJECT_NAME);
  const anyUser = await db.selectFrom('directus_users').select('id').limit(1).executeTakeFirst();
  const setupCompleted = anyUser !== undefined;
  const data: Record<string, unknown> = { project, setupCompleted };
  if (!caller?.user && setupCompleted) return data;
  data.version = version;
  if (!caller?.user) return data;
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
  data.websocket = websocketInfo(env, { admin: caller.admin, logsServed });
  data.files = { mimeTypeAllowList: env.FILES_MIME_TYPE_ALLOW_LIST };
  return data;
}
