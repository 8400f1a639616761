import type { CookieSerializeOptions } from '@fastify/cookie';
import type { PlinthEnv } from '@plinth/env';

/** One auth cookie: its name and how it is set (and cleared: with the same path and domain). */
export interface AuthCookie {
  name: string;
  options: CookieSerializeOptions;
}

/** The refresh-token cookie (cookie mode) and the session cookie (session mode). */
export interface AuthCookies {
  refresh: AuthCookie;
  session: AuthCookie;
}

type EnvForCookies = Pick<
  PlinthEnv,
  | 'REFRESH_TOKEN_COOKIE_NAME'
  | 'REFRESH_TOKEN_TTL'
  | 'REFRESH_TOKEN_COOKIE_SECURE'
  | 'REFRESH_TOKEN_COOKIE_SAME_SITE'
  | 'REFRESH_TOKEN_COOKIE_DOMAIN'
  | 'SESSION_COOKIE_NAME'
  | 'SESSION_COOKIE_TTL'
  | 'SESSION_COOKIE_SECURE'
  | 'SESSION_COOKIE_SAME_SITE'
  | 'SESSION_COOKIE_DOMAIN'
>;

function cookie(
  name: string,
  ttl: number,
  secure: boolean,
  sameSite: 'lax' | 'strict' | 'none',
  domain: string | undefined,
): AuthCookie {
  return {
    name,
    options: {
      httpOnly: true,
      path: '/',
      maxAge: Math.floor(ttl / 1000),
      secure,
      sameSite,
      ...(domain ? { domain } : {}),
    },
  };
}

/** Both auth cookies as the `REFRESH_TOKEN_COOKIE_*` and `SESSION_COOKIE_*` settings describe them. */
export function toAuthCookies(env: EnvForCookies): AuthCookies {
  return {
    refresh: cookie(
      env.REFRESH_TOKEN_COOKIE_NAME,
      env.REFRESH_TOKEN_TTL,
      env.REFRESH_TOKEN_COOKIE_SECURE,
      env.REFRESH_TOKEN_COOKIE_SAME_SITE,
      env.REFRESH_TOKEN_COOKIE_DOMAIN,
    ),
    session: cookie(
      env.SESSION_COOKIE_NAME,
      env.SESSION_COOKIE_TTL,
      env.SESSION_COOKIE_SECURE,
      env.SESSION_COOKIE_SAME_SITE,
      env.SESSION_COOKIE_DOMAIN,
    ),
  };
}

/** The options that clear a cookie set with `options` (browsers match on path and domain). */
export function clearingOptions(options: CookieSerializeOptions): CookieSerializeOptions {
  const { maxAge: _maxAge, expires: _expires, ...rest } = options;
  return rest;
}
