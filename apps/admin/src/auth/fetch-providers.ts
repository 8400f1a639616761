/** A sign-in provider from `GET /auth`. */
export interface AuthProvider {
  name: string;
  label?: string | null;
  driver: string;
  icon?: string | null;
}

/** What `GET /auth` tells the sign-in page. */
export interface AuthOptions {
  providers: AuthProvider[];
  /** Whether email/password sign-in is switched off (`AUTH_DISABLE_DEFAULT`). */
  disableDefault: boolean;
}

/** Reads `GET /auth` with plain fetch: the SDK's command drops `disableDefault`. */
export async function fetchAuthOptions(): Promise<AuthOptions> {
  const response = await fetch('/auth', { credentials: 'include' });
  if (!response.ok) return { providers: [], disableDefault: false };
  const body = (await response.json()) as { data?: AuthProvider[]; disableDefault?: boolean };
  return { providers: body.data ?? [], disableDefault: body.disableDefault === true };
}

/** Where a redirect provider (oauth2, openid, saml) starts; it comes back signed in to the app. */
export function toProviderUrl(provider: AuthProvider): string {
  const back = `${window.location.origin}/admin/content?sso=done`;
  return `/auth/login/${encodeURIComponent(provider.name)}?redirect=${encodeURIComponent(back)}`;
}
