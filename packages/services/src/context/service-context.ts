import type { PlinthDatabase } from '@plinth/database';
import type { PermissionsRuntime } from '@plinth/permissions';
import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import type { AuthRuntime } from '../auth/create-auth-runtime.js';
import type { EventBus } from '../events/create-event-bus.js';

/** The cached data model: read it, or drop it here and on every other instance. */
export interface SchemaSource {
  get(): Promise<SchemaOverview>;
  invalidate(): Promise<void>;
}

/**
 * Everything a service function needs, built once per request (or CLI command) and passed down.
 * A transaction is the same context with `db` swapped for the transaction.
 */
export interface ServiceContext {
  /** The database and its engine; `database.kysely` is the root connection. */
  database: PlinthDatabase;
  /** Where statements go: the root connection, or the transaction in progress. */
  db: Kysely<any>;
  /** Who is calling; null for the system itself (CLI, bootstrap), which is trusted. */
  accountability: Accountability | null;
  /** The data model as of the start of this call. */
  schema: SchemaOverview;
  /** Where `schema` came from; told after anything that changes the data model. */
  schemaCache: SchemaSource;
  /**
   * Bounds on what one request may ask for, from the app's configuration.
   * @default {@link defaultServiceLimits}
   */
  limits?: ServiceLimits;
  /**
   * Where item mutations emit their filter and action events (`items.create`, `<collection>.items.create`, ...).
   * @default no bus: nothing listens, nothing is emitted
   */
  events?: EventBus;
  /**
   * The server's auth runtime (settings, access cache, login throttle), for services that log users in
   * or change what someone may do (and so must drop cached access).
   * @default none: such services refuse to run
   */
  auth?: AuthRuntime;
  /**
   * Resolves what non-admin callers may do, and is told when roles, policies, access rows or permissions
   * change.
   * @default none: callers that are neither admin nor the system may do nothing
   */
  permissions?: PermissionsRuntime;
  /**
   * Lets the items machinery target `directus_*` collections: set by the system-collection services behind
   * `/roles`, `/policies`, `/access`, `/permissions` and the like. `/items` never sets it.
   * @default false
   */
  systemAccess?: boolean;
}

/** Bounds on what one request may ask for; the app fills them from its settings of the same names. */
export interface ServiceLimits {
  /** Rows returned when a read gives no `limit` (`QUERY_LIMIT_DEFAULT`). @default 100 */
  queryLimitDefault: number;
  /** Largest `limit` accepted; `-1` becomes it (`QUERY_LIMIT_MAX`). @default Infinity */
  queryLimitMax: number;
  /** Deepest relational path in `fields`, `filter`, `sort` and `deep` (`MAX_RELATIONAL_DEPTH`). @default 10 */
  maxRelationalDepth: number;
  /** Deepest path in a `json()` query function (`MAX_JSON_QUERY_DEPTH`). @default 10 */
  maxJsonQueryDepth: number;
  /**
   * Most rows one create/update/delete may touch, nested rows included (`MAX_BATCH_MUTATION`).
   * @default Infinity
   */
  maxBatchMutation?: number;
}

/** The limits a context without `limits` gets: the settings' own defaults. */
export const defaultServiceLimits: Readonly<ServiceLimits> = Object.freeze({
  queryLimitDefault: 100,
  queryLimitMax: Number.POSITIVE_INFINITY,
  maxRelationalDepth: 10,
  maxJsonQueryDepth: 10,
});
