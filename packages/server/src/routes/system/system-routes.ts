import {
  accessCollection,
  permissionsCollection,
  policiesCollection,
  rolesCollection,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { createSystemCollectionRoutes } from './create-system-collection-routes.js';
import { meRoutes } from './me-routes.js';
import { settingsRoutes } from './settings-routes.js';

/**
 * The access-control system collections: `/roles`, `/policies`, `/access` and `/permissions` with the
 * standard CRUD, the `/…/me` routes callers ask about themselves with, and the `/settings` singleton.
 */
export async function systemRoutes(app: FastifyInstance): Promise<void> {
  await app.register(meRoutes);
  await app.register(createSystemCollectionRoutes('/roles', rolesCollection));
  await app.register(createSystemCollectionRoutes('/policies', policiesCollection));
  await app.register(createSystemCollectionRoutes('/access', accessCollection));
  await app.register(createSystemCollectionRoutes('/permissions', permissionsCollection));
  await app.register(settingsRoutes);
}
