import {
  accessCollection,
  activityCollection,
  commentsCollection,
  notificationsCollection,
  permissionsCollection,
  policiesCollection,
  presetsCollection,
  revisionsCollection,
  rolesCollection,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { utilsRoutes } from '../utils/utils-routes.js';
import { createSystemCollectionRoutes } from './create-system-collection-routes.js';
import { createSystemReadRoutes } from './create-system-read-routes.js';
import { meRoutes } from './me-routes.js';
import { settingsRoutes } from './settings-routes.js';

/**
 * The access-control system collections: `/roles`, `/policies`, `/access` and `/permissions` with the
 * standard CRUD, the `/…/me` routes callers ask about themselves with, and the `/settings` singleton;
 * the read-only history (`/activity`, `/revisions`), `/comments`, `/presets`, `/notifications`, and
 * `/utils/*`.
 */
export async function systemRoutes(app: FastifyInstance): Promise<void> {
  await app.register(meRoutes);
  await app.register(createSystemCollectionRoutes('/roles', rolesCollection));
  await app.register(createSystemCollectionRoutes('/policies', policiesCollection));
  await app.register(createSystemCollectionRoutes('/access', accessCollection));
  await app.register(createSystemCollectionRoutes('/permissions', permissionsCollection));
  await app.register(settingsRoutes);
  await app.register(createSystemReadRoutes('/activity', activityCollection));
  await app.register(createSystemReadRoutes('/revisions', revisionsCollection));
  await app.register(createSystemCollectionRoutes('/comments', commentsCollection));
  await app.register(createSystemCollectionRoutes('/presets', presetsCollection));
  await app.register(createSystemCollectionRoutes('/notifications', notificationsCollection));
  await app.register(utilsRoutes);
}
