import {
  readSystemItem,
  readSystemItems,
  readSystemItemsByKeys,
  type SystemCollection,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { toSearchBody } from '../lib/crud-bodies.js';

type ByBase = { Querystring: Record<string, unknown> };
type ByKey = ByBase & { Params: { key: string } };

/**
 * The reads of a system collection under `basePath`, answered as `/items` answers them: list, SEARCH
 * (`{query}` or `{keys}`) and one by key. On their own they serve the read-only collections
 * (`/activity`, `/revisions`), whose writes are not routes at all (404 ROUTE_NOT_FOUND).
 *
 * @example
 * await app.register(createSystemReadRoutes('/activity', activityCollection));
 */
export function createSystemReadRoutes(basePath: string, system: SystemCollection) {
  return async function systemReadRoutes(app: FastifyInstance): Promise<void> {
    // SEARCH (a GET with a body) is not one of Fastify's default methods; the list is app-wide.
    if (!app.supportedMethods.includes('SEARCH')) app.addHttpMethod('SEARCH', { hasBody: true });

    app.get<ByBase>(basePath, (request) => readSystemItems(request.ctx, system, request.query));
    app.route<ByBase>({
      method: 'SEARCH',
      url: basePath,
      handler: async (request) => {
        const body = toSearchBody(request.body);
        if (body && 'keys' in body) {
          return { data: await readSystemItemsByKeys(request.ctx, system, body.keys, request.query) };
        }
        return readSystemItems(request.ctx, system, body ? body.query : request.query);
      },
    });
    app.get<ByKey>(`${basePath}/:key`, async (request) => ({
      data: await readSystemItem(request.ctx, system, request.params.key, request.query),
    }));
  };
}
