/** The app's base path; the server serves the app under it. */
export const BASE = '/admin';

/** A screen of the app, parsed from the URL. */
export type Route =
  | { name: 'login' }
  | { name: 'magic-link'; token: string }
  | { name: 'reset-password'; token: string }
  | { name: 'accept-invite'; token: string }
  | { name: 'content' }
  | { name: 'collection'; collection: string }
  | { name: 'item'; collection: string; id: string }
  | { name: 'data-model' }
  | { name: 'files'; folder: string | null }
  | { name: 'users' }
  | { name: 'roles' }
  | { name: 'policies' }
  | { name: 'policy'; id: string }
  | { name: 'settings' };

const ACCESS_SCREENS = new Set(['users', 'roles', 'policies', 'settings'] as const);

/** The route for a path below {@link BASE} (unknown paths land on the content home). */
export function toRoute(pathname: string, search = ''): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, collection, id] = parts;
  if (first === 'login') return { name: 'login' };
  if (first === 'magic-link' || first === 'reset-password' || first === 'accept-invite') {
    return { name: first, token: new URLSearchParams(search).get('token') ?? '' };
  }
  if (first === 'data-model') return { name: 'data-model' };
  if (first === 'files') return { name: 'files', folder: collection ?? null };
  if (first === 'policies' && collection) return { name: 'policy', id: collection };
  if (ACCESS_SCREENS.has(first as 'users')) return { name: first as 'users' };
  if (first === 'content' && collection && id) return { name: 'item', collection, id };
  if (first === 'content' && collection) return { name: 'collection', collection };
  return { name: 'content' };
}

/** The path of a route. */
export function toPath(route: Route): string {
  switch (route.name) {
    case 'login':
      return `${BASE}/login`;
    case 'magic-link':
    case 'reset-password':
    case 'accept-invite':
      return `${BASE}/${route.name}?token=${encodeURIComponent(route.token)}`;
    case 'data-model':
    case 'users':
    case 'roles':
    case 'policies':
    case 'settings':
      return `${BASE}/${route.name}`;
    case 'policy':
      return `${BASE}/policies/${encodeURIComponent(route.id)}`;
    case 'content':
      return `${BASE}/content`;
    case 'files':
      return route.folder ? `${BASE}/files/${encodeURIComponent(route.folder)}` : `${BASE}/files`;
    case 'collection':
      return `${BASE}/content/${encodeURIComponent(route.collection)}`;
    case 'item':
      return `${BASE}/content/${encodeURIComponent(route.collection)}/${encodeURIComponent(route.id)}`;
  }
}
