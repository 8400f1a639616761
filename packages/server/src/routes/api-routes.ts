import type { PlinthEnv } from '@plinth/env';
import type { FilesRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { type ServiceContextPluginOptions, serviceContextPlugin } from '../plugins/service-context.js';
import { type AccountRoutesConfig, createAccountRoutes } from './accounts/account-routes.js';
import { createAccountServices } from './accounts/create-account-services.js';
import { type AuthRoutesOptions, createAuthRoutes } from './auth/auth-routes.js';
import { createSsoRoutes, type SsoRoutesOptions } from './auth/sso-routes.js';
import { collectionRoutes } from './collections/collection-routes.js';
import { fieldRoutes } from './fields/field-routes.js';
import { type AssetsRoutesOptions, createAssetsRoutes } from './files/assets-routes.js';
import { createFilesRoutes } from './files/files-routes.js';
import { foldersRoutes } from './files/folders-routes.js';
import { createGraphQLRoutes } from './graphql/graphql-routes.js';
import { toGraphQLSystemOptions } from './graphql/to-graphql-system-options.js';
import { itemsReadRoutes } from './items/items-read-routes.js';
import { itemsWriteRoutes } from './items/items-write-routes.js';
import { relationRoutes } from './relations/relation-routes.js';
import { createSchemaRoutes } from './schema/schema-routes.js';
import type { ServerHealthOptions } from './server/read-server-health.js';
import type { ServerInfoOptions } from './server/read-server-info.js';
import { createSpecsOasRoute } from './server/specs-oas-route.js';
import { createSharesRoutes } from './shares/shares-routes.js';
import { systemRoutes } from './system/system-routes.js';
import { usersMeRoute } from './users/users-me-route.js';
import { createExportRoutes } from './utils/export-routes.js';
import { createImportRoute } from './utils/import-route.js';
import { createWebSocketRoutes, type WebSocketRoutesOptions } from './websocket/websocket-routes.js';

/** Options of {@link apiRoutes}. */
export interface ApiRoutesOptions extends ServiceContextPluginOptions {
  version: string;
  /**
   * The app's settings; the limits above, `MAX_IMPORT_ERRORS` for `/utils/import`, and
   * `OPENAPI_ENABLED` and `PUBLIC_URL` for `/server/specs/oas`.
   */
  env?: ServiceContextPluginOptions['env'] &
    Partial<Pick<PlinthEnv, 'MAX_IMPORT_ERRORS' | 'OPENAPI_ENABLED' | 'PUBLIC_URL'>>;
  /** What the `/auth/*` routes need; they are left out without it. */
  authRoutes?: AuthRoutesOptions;
  /** What the OpenID, OAuth2 and LDAP login routes need; they are left out without it. */
  ssoRoutes?: SsoRoutesOptions;
  /** What password reset, magic links, two-factor and the `/users` routes need; left out without it. */
  accountRoutes?: AccountRoutesConfig;
  /** Storage and limits for `/files` and `/assets`; both are left out without it (`/folders` stays). */
  files?: { runtime: FilesRuntime; assets: AssetsRoutesOptions };
  /** What the realtime socket (`/websocket`) needs; it is left out without it or when disabled. */
  realtime?: WebSocketRoutesOptions;
  /** What GraphQL's `server_info` and `server_health` report, as `/server/info|health` do. */
  server?: { info: ServerInfoOptions; health: ServerHealthOptions };
}

/**
 * The routes that work on the data model and its data. They share one scope in which every request
 * carries a service context; the `/server/*` routes stay outside it, so they answer even when the
 * schema cannot be read.
 */
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  await app.register(serviceContextPlugin, {
    database: options.database,
    schemaCache: options.schemaCache,
    ...(options.env ? { env: options.env } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
  });
  if (options.authRoutes) await app.register(createAuthRoutes(options.authRoutes));
  if (options.ssoRoutes) await app.register(createSsoRoutes(options.ssoRoutes));
  await app.register(usersMeRoute);
  const accounts = options.accountRoutes ? createAccountServices(app, options.accountRoutes) : undefined;
  const oas =
    options.env?.OPENAPI_ENABLED === false
      ? undefined
      : { publicUrl: options.env?.PUBLIC_URL ?? '/', version: options.version };
  if (options.accountRoutes) await app.register(createAccountRoutes(options.accountRoutes, accounts));
  await app.register(collectionRoutes);
  await app.register(fieldRoutes);
  await app.register(relationRoutes);
  await app.register(itemsReadRoutes);
  await app.register(itemsWriteRoutes);
  // The whole app's settings arrive here; the GraphQL routes read theirs from them.
  await app.register(
    createGraphQLRoutes(options.env, {
      ...(options.realtime ? { live: options.realtime } : {}),
      ...toGraphQLSystemOptions(options.authRoutes, accounts, options.server, options.files?.runtime, oas),
    }),
  );
  await app.register(systemRoutes);
  await app.register(
    createImportRoute({
      maxErrors: options.env?.MAX_IMPORT_ERRORS,
      maxBytes: options.files?.runtime.maxUploadSize,
    }),
  );
  await app.register(foldersRoutes);
  await app.register(
    createSharesRoutes({
      ...(options.authRoutes ? { login: options.authRoutes } : {}),
      ...(options.accountRoutes ? { invite: options.accountRoutes } : {}),
    }),
  );
  if (options.files) {
    await app.register(createFilesRoutes(options.files.runtime));
    await app.register(createAssetsRoutes(options.files.runtime, options.files.assets));
    await app.register(createExportRoutes(options.files.runtime));
  }
  await app.register(createSchemaRoutes(options.version));
  if (oas) await app.register(createSpecsOasRoute(oas));
  if (options.realtime) await app.register(createWebSocketRoutes(options.realtime));
}
