import { defineSettings } from '../lib/define-settings.js';
import { logLevels, logStyles } from './log-setting-values.js';

/** Listening, logging and the app shell. */
export const serverSettings = defineSettings('Server', [
  {
    name: 'CONFIG_PATH',
    kind: 'string',
    default: '.env',
    description:
      'File of settings that the real environment overrides: .env syntax, or JSON when the name ends in .json. Relative to the working directory; read from the real environment only.',
  },
  { name: 'HOST', kind: 'string', default: '0.0.0.0', description: 'Address the HTTP server binds to.' },
  {
    name: 'PORT',
    kind: 'integer',
    default: '8055',
    min: 0,
    max: 65535,
    description: 'Port the HTTP server listens on; 0 picks a free one (the banner prints which).',
  },
  {
    name: 'PUBLIC_URL',
    kind: 'url',
    default: '/',
    allowPath: true,
    protocols: ['http:', 'https:'],
    description:
      'Where the API is reached from outside; an absolute URL is needed for emails and OAuth callbacks.',
  },
  {
    name: 'NODE_ENV',
    kind: 'string',
    description: 'Node environment name, passed through for libraries that read it.',
  },
  {
    name: 'LOG_LEVEL',
    kind: 'enum',
    default: 'info',
    values: logLevels,
    description: 'Lowest level written to the log.',
  },
  {
    name: 'LOG_STYLE',
    kind: 'enum',
    default: 'pretty',
    values: logStyles,
    description: 'Human-readable lines (`pretty`) or one JSON object per line (`raw`).',
  },
  {
    name: 'LOG_HTTP_IGNORE_PATHS',
    kind: 'list',
    default: '',
    description: 'Request paths that are not logged, e.g. `/server/ping`.',
  },
  {
    name: 'MAX_PAYLOAD_SIZE',
    kind: 'bytes',
    default: '1mb',
    description: 'Largest JSON request body accepted.',
  },
  {
    name: 'ROBOTS_TXT',
    kind: 'string',
    default: 'User-agent: *\nDisallow: /',
    description: 'Body of `/robots.txt`.',
  },
  {
    name: 'ROOT_REDIRECT',
    kind: 'string',
    default: './admin',
    orFalse: true,
    description: 'Where `/` redirects; `false` serves nothing.',
  },
  { name: 'SERVE_APP', kind: 'boolean', default: 'true', description: 'Serve the admin app at `/admin`.' },
  {
    name: 'TEMP_PATH',
    kind: 'string',
    default: './node_modules/.plinth',
    description: 'Scratch directory for temporary files.',
  },
  {
    name: 'IP_TRUST_PROXY',
    kind: 'list',
    default: 'true',
    orBoolean: true,
    description: 'Trust `X-Forwarded-*` headers: `true`, `false`, or a list of proxy addresses/CIDRs.',
  },
  {
    name: 'IP_CUSTOM_HEADER',
    kind: 'string',
    default: 'false',
    orFalse: true,
    description:
      'Header that carries the client IP (e.g. `CF-Connecting-IP`); `false` to use the connection.',
  },
  {
    name: 'HSTS_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Send `Strict-Transport-Security`.',
  },
]);

/** Bounds on what one request may ask for. */
export const queryLimitSettings = defineSettings('Query limits', [
  {
    name: 'MAX_RELATIONAL_DEPTH',
    kind: 'integer',
    default: '10',
    min: 2,
    description: 'Deepest relational nesting allowed in `fields`, `filter` and `deep`.',
  },
  {
    name: 'MAX_JSON_QUERY_DEPTH',
    kind: 'integer',
    default: '10',
    min: 1,
    description: 'Deepest path in a `json()` query function.',
  },
  {
    name: 'QUERYSTRING_MAX_PARSE_DEPTH',
    kind: 'integer',
    default: '10',
    min: 1,
    description: 'Deepest bracket nesting parsed from the query string.',
  },
  {
    name: 'QUERYSTRING_ARRAY_LIMIT',
    kind: 'integer',
    default: '500',
    min: 0,
    description: 'Largest array index parsed from the query string; larger indexes become object keys.',
  },
  {
    name: 'QUERY_LIMIT_DEFAULT',
    kind: 'integer',
    default: '100',
    min: 1,
    description: 'Rows returned when a request gives no `limit`.',
  },
  {
    name: 'QUERY_LIMIT_MAX',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Largest `limit` accepted; when finite, `limit=-1` means this many.',
  },
  {
    name: 'MAX_BATCH_MUTATION',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Most items one create/update/delete request may touch.',
  },
  {
    name: 'USERS_ADMIN_ACCESS_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 0,
    allowInfinity: true,
    description: 'Most active users with admin access.',
  },
  {
    name: 'USERS_APP_ACCESS_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 0,
    allowInfinity: true,
    description: 'Most active users with app access.',
  },
  {
    name: 'USERS_API_ACCESS_LIMIT',
    kind: 'integer',
    default: 'Infinity',
    min: 0,
    allowInfinity: true,
    description: 'Most active users with API access only.',
  },
]);
