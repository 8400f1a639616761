import { defineSettings } from '../lib/define-settings.js';

/** Cross-origin requests. */
export const corsSettings = defineSettings('CORS', [
  { name: 'CORS_ENABLED', kind: 'boolean', default: 'false', description: 'Answer cross-origin requests.' },
  {
    name: 'CORS_ORIGIN',
    kind: 'regex-or-list',
    default: 'false',
    description:
      'Allowed origins: `false` (none), `true` (reflect the caller), a comma-separated list, or a `regex:` pattern. Parsed as `boolean | string[] | RegExp`.',
  },
  {
    name: 'CORS_METHODS',
    kind: 'list',
    default: 'GET,POST,PATCH,DELETE',
    description: 'Methods allowed cross-origin.',
  },
  {
    name: 'CORS_ALLOWED_HEADERS',
    kind: 'list',
    default: 'Content-Type,Authorization',
    description: 'Request headers allowed cross-origin.',
  },
  {
    name: 'CORS_EXPOSED_HEADERS',
    kind: 'list',
    default: 'Content-Range',
    description: 'Response headers readable cross-origin.',
  },
  { name: 'CORS_CREDENTIALS', kind: 'boolean', default: 'true', description: 'Allow cookies cross-origin.' },
  {
    name: 'CORS_MAX_AGE',
    kind: 'integer',
    default: '18000',
    min: 0,
    description: 'Seconds a browser may cache a preflight answer.',
  },
]);

const store = ['memory', 'redis'] as const;

/** Per-IP, global, registration and email limits, and the event-loop pressure guard. */
export const rateLimitSettings = defineSettings('Rate limiting', [
  {
    name: 'RATE_LIMITER_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Limit requests per IP (429 when over).',
  },
  {
    name: 'RATE_LIMITER_POINTS',
    kind: 'integer',
    default: '50',
    min: 1,
    description: 'Requests allowed per IP per window.',
  },
  {
    name: 'RATE_LIMITER_DURATION',
    kind: 'duration',
    default: '1',
    bareUnit: 's',
    description: 'Length of the per-IP window (bare numbers are seconds).',
  },
  {
    name: 'RATE_LIMITER_STORE',
    kind: 'enum',
    default: 'memory',
    values: store,
    description: 'Where counters live; `redis` shares them between instances.',
  },
  {
    name: 'RATE_LIMITER_GLOBAL_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Limit requests across all callers.',
  },
  {
    name: 'RATE_LIMITER_GLOBAL_POINTS',
    kind: 'integer',
    default: '1000',
    min: 1,
    description: 'Requests allowed per global window.',
  },
  {
    name: 'RATE_LIMITER_GLOBAL_DURATION',
    kind: 'duration',
    default: '1',
    bareUnit: 's',
    description: 'Length of the global window (bare numbers are seconds).',
  },
  {
    name: 'RATE_LIMITER_REGISTRATION_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Limit `/users/register` per IP.',
  },
  {
    name: 'RATE_LIMITER_REGISTRATION_POINTS',
    kind: 'integer',
    default: '5',
    min: 1,
    description: 'Registrations allowed per window.',
  },
  {
    name: 'RATE_LIMITER_REGISTRATION_DURATION',
    kind: 'duration',
    default: '60',
    bareUnit: 's',
    description: 'Length of the registration window (bare numbers are seconds).',
  },
  {
    name: 'RATE_LIMITER_EMAIL_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Limit outgoing emails.',
  },
  {
    name: 'RATE_LIMITER_EMAIL_POINTS',
    kind: 'integer',
    default: '60',
    min: 1,
    description: 'Emails allowed per window.',
  },
  {
    name: 'RATE_LIMITER_EMAIL_DURATION',
    kind: 'duration',
    default: '60',
    bareUnit: 's',
    description: 'Length of the email window (bare numbers are seconds).',
  },
  {
    name: 'PRESSURE_LIMITER_ENABLED',
    kind: 'boolean',
    default: 'true',
    description: 'Answer 503 while the process is overloaded.',
  },
  {
    name: 'PRESSURE_LIMITER_SAMPLE_INTERVAL',
    kind: 'duration',
    default: '250',
    description: 'How often load is measured.',
  },
  {
    name: 'PRESSURE_LIMITER_MAX_EVENT_LOOP_UTILIZATION',
    kind: 'number',
    default: '0.99',
    min: 0,
    max: 1,
    orFalse: true,
    description: 'Event-loop utilization (0 to 1) above which requests are refused.',
  },
  {
    name: 'PRESSURE_LIMITER_MAX_EVENT_LOOP_DELAY',
    kind: 'duration',
    default: '500',
    orFalse: true,
    description: 'Event-loop delay above which requests are refused.',
  },
  {
    name: 'PRESSURE_LIMITER_MAX_MEMORY_RSS',
    kind: 'bytes',
    default: 'false',
    orFalse: true,
    description: 'Resident memory above which requests are refused.',
  },
  {
    name: 'PRESSURE_LIMITER_MAX_MEMORY_HEAP_USED',
    kind: 'bytes',
    default: 'false',
    orFalse: true,
    description: 'Heap use above which requests are refused.',
  },
  {
    name: 'PRESSURE_LIMITER_RETRY_AFTER',
    kind: 'duration',
    default: 'false',
    orFalse: true,
    bareUnit: 's',
    description: '`Retry-After` sent with the 503 (bare numbers are seconds).',
  },
]);
