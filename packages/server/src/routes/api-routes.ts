import type { FastifyInstance } from 'fastify';
import { type ServiceContextPluginOptions, serviceContextPlugin } from '../plugins/service-context.js';
import { collectionRoutes } from './collections/collection-routes.js';
import { fieldRoutes } from './fields/field-routes.js';
import { relationRoutes } from './relations/relation-routes.js';

/**
 * The routes that work on the data model and its data. They share one scope in which every request
 * carries a service context; the `/server/*` routes stay outside it, so they answer even when the
 * schema cannot be read.
 */
export async function apiRoutes(app: FastifyInstance, options: ServiceContextPluginOptions): Promise<void> {
  await app.register(serviceContextPlugin, options);
  await app.register(collectionRoutes);
  await app.register(fieldRoutes);
  await app.register(relationRoutes);
}
