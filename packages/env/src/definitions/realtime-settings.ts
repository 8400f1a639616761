import { defineSettings } from '../lib/define-settings.js';
import { logLevels, logStyles } from './log-setting-values.js';

const wsAuth = ['handshake', 'public', 'strict'] as const;

/** WebSockets: the REST-style socket, GraphQL subscriptions and the logs socket. */
export const realtimeSettings = defineSettings('Realtime', [
  {
    name: 'WEBSOCKETS_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Turn on every WebSocket endpoint.',
  },
  {
    name: 'WEBSOCKETS_REST_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Serve the REST-style socket.',
  },
  {
    name: 'WEBSOCKETS_REST_PATH',
    kind: 'string',
    default: '/websocket',
    description: 'Path of the REST-style socket.',
  },
  {
    name: 'WEBSOCKETS_REST_AUTH',
    kind: 'enum',
    default: 'handshake',
    values: wsAuth,
    description:
      '`handshake`: first message is `auth`; `public`: none needed (public role until `auth`); `strict`: the upgrade carries the token.',
  },
  {
    name: 'WEBSOCKETS_REST_AUTH_TIMEOUT',
    kind: 'duration',
    default: '10',
    bareUnit: 's',
    description: 'Time allowed for the handshake auth message (bare numbers are seconds).',
  },
  {
    name: 'WEBSOCKETS_REST_CONN_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Most open REST-style sockets; more are refused with 403.',
  },
  {
    name: 'WEBSOCKETS_GRAPHQL_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Serve GraphQL subscriptions.',
  },
  {
    name: 'WEBSOCKETS_GRAPHQL_PATH',
    kind: 'string',
    default: '/graphql',
    description: 'Path of the GraphQL socket.',
  },
  {
    name: 'WEBSOCKETS_GRAPHQL_AUTH',
    kind: 'enum',
    default: 'handshake',
    values: wsAuth,
    description:
      '`handshake`: `connection_init` carries `access_token`; `public`: none needed (public role); `strict`: the upgrade carries the token.',
  },
  {
    name: 'WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT',
    kind: 'duration',
    default: '10',
    bareUnit: 's',
    description: 'Time allowed for the GraphQL handshake (bare numbers are seconds).',
  },
  {
    name: 'WEBSOCKETS_GRAPHQL_CONN_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Most open GraphQL sockets.',
  },
  {
    name: 'WEBSOCKETS_HEARTBEAT_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Ping idle sockets.',
  },
  {
    name: 'WEBSOCKETS_HEARTBEAT_PERIOD',
    kind: 'duration',
    default: '30',
    bareUnit: 's',
    description: 'Time between pings (bare numbers are seconds).',
  },
  {
    name: 'WEBSOCKETS_LOGS_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Serve the admin-only log stream at `WEBSOCKETS_LOGS_PATH`.',
  },
  {
    name: 'WEBSOCKETS_LOGS_PATH',
    kind: 'string',
    default: '/websocket/logs',
    description: 'Path of the log stream socket.',
  },
  {
    name: 'WEBSOCKETS_LOGS_LEVEL',
    kind: 'enum',
    default: 'info',
    values: logLevels,
    description: 'Lowest level the log stream offers (may be below `LOG_LEVEL`).',
  },
  {
    name: 'WEBSOCKETS_LOGS_STYLE',
    kind: 'enum',
    default: 'pretty',
    values: logStyles,
    description: 'Stream `level`, `time` and `msg` (`pretty`) or whole JSON log lines (`raw`).',
  },
  {
    name: 'WEBSOCKETS_LOGS_CONN_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Most open log stream sockets; more are refused with 403.',
  },
  {
    name: 'WEBSOCKETS_COLLAB_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Collaborative-editing messages on the REST-style socket.',
  },
]);

/** The GraphQL endpoints and the OpenAPI document. */
export const graphqlSettings = defineSettings('GraphQL & OpenAPI', [
  {
    name: 'GRAPHQL_INTROSPECTION',
    kind: 'boolean',
    default: 'true',
    description: 'Answer introspection queries.',
  },
  {
    name: 'GRAPHQL_QUERY_TOKEN_LIMIT',
    kind: 'integer',
    default: '5000',
    min: 1,
    description: 'Most tokens in one GraphQL document.',
  },
  {
    name: 'GRAPHQL_SCHEMA_CACHE_CAPACITY',
    kind: 'integer',
    default: '100',
    min: 1,
    description: 'Generated schemas (one per permission set) kept in memory.',
  },
  {
    name: 'GRAPHQL_SCHEMA_GENERATION_MAX_CONCURRENT',
    kind: 'integer',
    default: '5',
    min: 1,
    description: 'Schemas generated at the same time.',
  },
  { name: 'OPENAPI_ENABLED', kind: 'boolean', default: 'true', description: 'Serve `/server/specs/oas`.' },
]);
