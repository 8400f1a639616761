import { authentication, createDirectus, rest } from '@directus/sdk';

const sessionLostListeners = new Set<() => void>();

/** Calls `listener` whenever the API answers 401 to a signed-in request (the session ended). */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** Auth routes answer 401 for a wrong password or code, or a session already gone: no news then. */
const AUTH_ROUTES = /\/auth\/(login|refresh|logout|magic-link)/;

/** `fetch`, telling the listeners of {@link onSessionLost} about 401 answers to everything else. */
export async function watchedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (response.status === 401 && !AUTH_ROUTES.test(url)) {
    for (const listener of sessionLostListeners) listener();
  }
  return response;
}

/** The one API client of the app: same origin, session mode (httpOnly cookie), silent refresh. */
export function createPlinthClient(url: string = window.location.origin) {
  return createDirectus(url, { globals: { fetch: watchedFetch } })
    .with(authentication('session', { credentials: 'include', autoRefresh: true }))
    .with(rest({ credentials: 'include' }));
}

/** The client type every screen receives. */
export type PlinthClient = ReturnType<typeof createPlinthClient>;

/** The app-wide client. */
export const client: PlinthClient = createPlinthClient();
