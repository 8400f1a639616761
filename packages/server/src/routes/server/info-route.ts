import type { FastifyInstance } from 'fastify';
import { readServerInfo, type ServerInfoOptions } from './read-server-info.js';

/** What `/server/info` needs. */
export type InfoRouteOptions = ServerInfoOptions;

/**
 * `GET /server/info`: the project's public settings and whether setup is done; signed-in callers
 * also learn the version and the limits a client should respect.
 */
export function createInfoRoute(options: InfoRouteOptions) {
  return async function infoRoute(app: FastifyInstance): Promise<void> {
    app.get('/server/info', async (request) => ({
      data: await readServerInfo(options, request.accountability ?? null),
    }));
  };
}
