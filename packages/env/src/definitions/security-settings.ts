import { defineSettings } from '../lib/define-settings.js';

const sameSite = ['lax', 'strict', 'none'] as const;

/** Signing key, token lifetimes, cookies and stall times. */
export const securitySettings = defineSettings('Security & tokens', [
  {
    name: 'SECRET',
    kind: 'string',
    secret: true,
    description:
      'Key that signs access tokens. When unset a random one is made at each boot, so tokens die on restart.',
  },
  { name: 'ACCESS_TOKEN_TTL', kind: 'duration', default: '15m', description: 'Lifetime of an access token.' },
  { name: 'REFRESH_TOKEN_TTL', kind: 'duration', default: '7d', description: 'Lifetime of a refresh token.' },
  {
    name: 'REFRESH_TOKEN_COOKIE_NAME',
    kind: 'string',
    default: 'directus_refresh_token',
    description: 'Cookie that holds the refresh token in cookie mode.',
  },
  {
    name: 'REFRESH_TOKEN_COOKIE_SECURE',
    kind: 'boolean',
    default: 'false',
    description: 'Mark the refresh cookie `Secure`.',
  },
  {
    name: 'REFRESH_TOKEN_COOKIE_SAME_SITE',
    kind: 'enum',
    default: 'lax',
    values: sameSite,
    description: '`SameSite` of the refresh cookie.',
  },
  { name: 'REFRESH_TOKEN_COOKIE_DOMAIN', kind: 'string', description: '`Domain` of the refresh cookie.' },
  {
    name: 'SESSION_COOKIE_TTL',
    kind: 'duration',
    default: '1d',
    description: 'Lifetime of the session cookie, and of the access token in session mode.',
  },
  {
    name: 'SESSION_COOKIE_NAME',
    kind: 'string',
    default: 'directus_session_token',
    description: 'Cookie that holds the access token in session mode.',
  },
  {
    name: 'SESSION_COOKIE_SECURE',
    kind: 'boolean',
    default: 'false',
    description: 'Mark the session cookie `Secure`.',
  },
  {
    name: 'SESSION_COOKIE_SAME_SITE',
    kind: 'enum',
    default: 'lax',
    values: sameSite,
    description: '`SameSite` of the session cookie.',
  },
  { name: 'SESSION_COOKIE_DOMAIN', kind: 'string', description: '`Domain` of the session cookie.' },
  {
    name: 'SESSION_REFRESH_GRACE_PERIOD',
    kind: 'duration',
    default: '10s',
    description: 'How long a replaced session token keeps working, for requests already in flight.',
  },
  {
    name: 'EMAIL_VERIFICATION_TOKEN_TTL',
    kind: 'duration',
    default: '7d',
    description: 'Lifetime of the link in a registration verification email.',
  },
  {
    name: 'USER_INVITE_TOKEN_TTL',
    kind: 'duration',
    default: '7d',
    description: 'Lifetime of an invitation link.',
  },
  {
    name: 'PASSWORD_RESET_TOKEN_TTL',
    kind: 'duration',
    default: '1d',
    description: 'Lifetime of the link in a password-reset email.',
  },
  {
    name: 'MAGIC_LINK_ENABLED',
    kind: 'boolean',
    default: 'false',
    description:
      'Offer passwordless login by email (`/auth/magic-link/*`, a Plinth extension) to users of the default provider.',
  },
  {
    name: 'MAGIC_LINK_TTL',
    kind: 'duration',
    default: '15m',
    description:
      'Lifetime of a magic login link; a link also stops working once used or after any other login.',
  },
  {
    name: 'MAGIC_LINK_URL_ALLOW_LIST',
    kind: 'list',
    default: '',
    description: 'URLs a magic-link request may send the user to instead of the built-in page.',
  },
  {
    name: 'LOGIN_STALL_TIME',
    kind: 'duration',
    default: '500',
    description: 'Least time a login takes, so timing does not reveal which emails exist.',
  },
  {
    name: 'LOGIN_THROTTLE_ACCOUNT_POINTS',
    kind: 'integer',
    default: '10',
    min: 0,
    description:
      'Login attempts one account may get per `LOGIN_THROTTLE_DURATION` before the next are refused with 429; successes give theirs back. `0` for no limit.',
  },
  {
    name: 'LOGIN_THROTTLE_IP_POINTS',
    kind: 'integer',
    default: '50',
    min: 0,
    description:
      'Login attempts one IP may make per `LOGIN_THROTTLE_DURATION`, over all accounts; successes give theirs back. `0` for no limit.',
  },
  {
    name: 'LOGIN_THROTTLE_DURATION',
    kind: 'duration',
    default: '15m',
    description:
      'Window of the login throttle (in Redis when `REDIS` is set, so all instances count together).',
  },
  {
    name: 'REGISTER_STALL_TIME',
    kind: 'duration',
    default: '750',
    description: 'Least time a registration takes, for the same reason.',
  },
  {
    name: 'PASSWORD_RESET_URL_ALLOW_LIST',
    kind: 'list',
    default: '',
    description: 'URLs a password-reset request may send the user back to.',
  },
  {
    name: 'USER_INVITE_URL_ALLOW_LIST',
    kind: 'list',
    default: '',
    description: 'URLs an invitation may point at.',
  },
  {
    name: 'USER_REGISTER_URL_ALLOW_LIST',
    kind: 'list',
    default: '',
    description: 'URLs a registration verification may redirect to.',
  },
]);

/** Login providers and the first admin made by `plinth bootstrap`. */
export const authenticationSettings = defineSettings('Authentication', [
  {
    name: 'AUTH_PROVIDERS',
    kind: 'list',
    default: '',
    description: 'Extra login providers; each is configured by its `AUTH_<PROVIDER>_*` variables.',
  },
  {
    name: 'AUTH_DISABLE_DEFAULT',
    kind: 'boolean',
    default: 'false',
    description: 'Turn off email/password login.',
  },
  {
    name: 'ADMIN_EMAIL',
    kind: 'string',
    default: 'admin@example.com',
    description: 'Email of the admin created by `plinth bootstrap`.',
  },
  {
    name: 'ADMIN_PASSWORD',
    kind: 'string',
    secret: true,
    description: 'Password of that admin; a random one is printed when unset.',
  },
  { name: 'ADMIN_TOKEN', kind: 'string', secret: true, description: 'Static API token given to that admin.' },
  {
    name: 'PROJECT_NAME',
    kind: 'string',
    default: 'Plinth',
    description: 'Project name shown in the app and emails.',
  },
]);
