import { useSyncExternalStore } from 'react';
import { type Route, toPath, toRoute } from './routes.js';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** Goes to `route`, adding a history entry (or replacing the current one). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = toPath(route);
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, snapshot);
  const [pathname = '', search = ''] = location.split(/(?=\?)/);
  return toRoute(pathname, search);
}
