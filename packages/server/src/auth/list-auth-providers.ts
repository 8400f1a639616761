import { type PlinthEnv, pickPrefixed } from '@plinth/env';

/** One configured login provider as `GET /auth` lists it. */
export interface AuthProviderListing {
  name: string;
  driver: string;
  label?: string;
  icon?: string;
}

/** Drivers that log in by redirect; `?sessionOnly` hides those not set to session mode. */
const REDIRECT_DRIVERS = new Set(['oauth2', 'openid', 'saml']);

/**
 * The providers named in `AUTH_PROVIDERS` that have an `AUTH_<NAME>_DRIVER`, with their label and
 * icon. With `sessionOnly`, redirect providers whose `AUTH_<NAME>_MODE` is not `session` (the default)
 * are left out.
 */
export function listAuthProviders(
  env: Pick<PlinthEnv, 'AUTH_PROVIDERS' | 'raw'>,
  options: { sessionOnly?: boolean } = {},
): AuthProviderListing[] {
  const listed: AuthProviderListing[] = [];
  for (const name of env.AUTH_PROVIDERS) {
    const config = pickPrefixed(env, `AUTH_${name.toUpperCase()}_`);
    const driver = config['DRIVER'];
    if (!driver) continue;
    if (options.sessionOnly && REDIRECT_DRIVERS.has(driver) && (config['MODE'] ?? 'session') !== 'session')
      continue;
    listed.push({
      name,
      driver,
      ...(config['LABEL'] ? { label: config['LABEL'] } : {}),
      ...(config['ICON'] ? { icon: config['ICON'] } : {}),
    });
  }
  return listed;
}
