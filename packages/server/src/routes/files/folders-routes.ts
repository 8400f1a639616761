import { foldersCollection } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { createSystemCollectionRoutes } from '../system/create-system-collection-routes.js';

/** `/folders`: the standard CRUD of `directus_folders`. */
export async function foldersRoutes(app: FastifyInstance): Promise<void> {
  await app.register(createSystemCollectionRoutes('/folders', foldersCollection));
}
