import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import { pingDatabase } from '@plinth/database';
import { createPermissionsRuntime, type PermissionsRuntime } from '@plinth/permissions';
import { type AuthRuntime, createAuthRuntime, createEventBus, type EventBus } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { toAuthCookies } from './auth/auth-cookies.js';
import { toAuthRuntimeOptions } from './auth/to-auth-runtime-options.js';
import { createResponseTimeProbe } from './health/create-response-time-probe.js';
import type { HealthProbe } from './health/health-check.js';
import { createServerSchemaCache } from './lib/create-server-schema-cache.js';
import { authenticatePlugin } from './plugins/authenticate.js';
import { errorEnvelopePlugin } from './plugins/error-envelope.js';
import { exportDownloadPlugin } from './plugins/export-download.js';
import { jsonBodyPlugin } from './plugins/json-body.js';
import { responseHeadersPlugin } from './plugins/response-headers.js';
import { apiRoutes } from './routes/api-routes.js';
import { createFilesRuntime } from './routes/files/create-files-runtime.js';
import { assetsContentSecurityPolicy } from './routes/files/lib/assets-content-security-policy.js';
import { createRootRoutes } from './routes/root-routes.js';
import { createHealthRoute } from './routes/server/health-route.js';
import { createInfoRoute } from './routes/server/info-route.js';
import { pingRoute } from './routes/server/ping-route.js';
import { createLogsRoutes } from './routes/websocket/logs/create-logs-routes.js';
import { registerWebSocketSupport } from './routes/websocket/register-websocket-support.js';
import type { PlinthPluginOptions } from './server-options.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** What Plinth shares with the app it is mounted in (and, later, extensions). */
    plinth: {
      /** The server's one event bus: `onFilter`/`onAction` hook into item mutations. */
      events: EventBus;
      /** Token settings, access cache and login throttle, for login flows added by other plugins. */
      auth: AuthRuntime;
      /** Resolves callers' permissions; `invalidate()` it after changing roles, policies or permissions. */
      permissions: PermissionsRuntime;
    };
  }
}

const HEALTH_NAME_BY_CLIENT = { sqlite: 'sqlite3', pg: 'pg', mysql: 'mysql', mssql: 'mssql' } as const;

/**
 * Plinth as a Fastify plugin: mount it in your own app, or let {@link createServer} build one.
 * It brings the wire conventions (envelope, headers, JSON bodies, CORS, authentication) and the
 * routes.
 */
export const plinthPlugin = fp<PlinthPluginOptions>(
  async (app: FastifyInstance, options) => {
    const { env, database, redis } = options;
    const version = options.version ?? '0.0.0';
    const events = createEventBus({
      onActionError: (error, event) => app.log.error({ err: error, event }, 'action handler failed'),
    });
    const auth = createAuthRuntime({ ...toAuthRuntimeOptions(env), events, redis });
    app.addHook('onClose', async () => auth.close());
    const permissions = createPermissionsRuntime({
      redis,
      channel: `${env.CACHE_NAMESPACE}:permissions`,
      log: app.log,
    });
    app.addHook('onClose', async () => permissions.close());
    app.decorate('plinth', { events, auth, permissions });
    const cookies = toAuthCookies(env);

    await app.register(errorEnvelopePlugin, { includeStack: env.NODE_ENV === 'development' });
    await app.register(responseHeadersPlugin);
    await app.register(jsonBodyPlugin);
    await app.register(exportDownloadPlugin);
    if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
    if (env.CORS_ENABLED) await app.register(cors, corsOptions(env));
    // One upgrade listener for every socket route (`/websocket`, GraphQL subscriptions).
    if (env.WEBSOCKETS_ENABLED) await registerWebSocketSupport(app, env.MAX_PAYLOAD_SIZE);
    await app.register(authenticatePlugin, { db: database.kysely, auth, sessionCookie: cookies.session });

    const probes: HealthProbe[] = [
      createResponseTimeProbe({
        name: `${HEALTH_NAME_BY_CLIENT[database.client]}:responseTime`,
        componentType: 'datastore',
        thresholdMs: env.DB_HEALTHCHECK_THRESHOLD,
        roundTrip: () => pingDatabase(database),
      }),
    ];
    if (redis) {
      probes.push(
        createResponseTimeProbe({
          name: 'redis:responseTime',
          componentType: 'cache',
          thresholdMs: 150,
          roundTrip: () => redis.ping(),
        }),
      );
    }

    await app.register(createRootRoutes(env));
    await app.register(pingRoute);
    const server = {
      health: { probes, releaseId: version, serviceId: env.PUBLIC_URL },
      info: { db: database.kysely, env, version, logsServed: options.logTap !== undefined },
    };
    await app.register(createHealthRoute(server.health));
    await app.register(createInfoRoute(server.info));

    const ownCache = options.schemaCache ? null : createServerSchemaCache(env, database, redis, app.log);
    const schemaCache = options.schemaCache ?? ownCache!.cache;
    if (ownCache) app.addHook('onClose', ownCache.close);
    await app.register(apiRoutes, {
      database,
      schemaCache,
      version,
      env,
      events,
      auth,
      permissions,
      authRoutes: { auth, cookies, env },
      accountRoutes: { auth, cookies, env, redis },
      server,
      ssoRoutes: { auth, cookies, env },
      files: {
        runtime: await createFilesRuntime(env),
        assets: {
          cacheTtlMs: env.ASSETS_CACHE_TTL,
          revalidate: env.ASSETS_CACHE_REVALIDATE,
          contentSecurityPolicy: assetsContentSecurityPolicy(env),
        },
      },
      realtime: {
        env,
        events,
        auth,
        ...(redis ? { redis } : {}),
        sessionCookieName: cookies.session.name,
      },
    });
    if (options.logTap) {
      await app.register(
        createLogsRoutes({
          env,
          tap: options.logTap,
          auth,
          db: database.kysely,
          sessionCookieName: cookies.session.name,
        }),
      );
    }
  },
  { name: 'plinth', fastify: '5.x' },
);

function corsOptions(env: PlinthPluginOptions['env']) {
  return {
    origin: Array.isArray(env.CORS_ORIGIN) ? [...env.CORS_ORIGIN] : (env.CORS_ORIGIN as boolean | RegExp),
    methods: [...env.CORS_METHODS],
    allowedHeaders: [...env.CORS_ALLOWED_HEADERS],
    exposedHeaders: [...env.CORS_EXPOSED_HEADERS],
    credentials: env.CORS_CREDENTIALS,
    maxAge: env.CORS_MAX_AGE,
  };
}
