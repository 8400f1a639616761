import type { Route } from '../lib/routes.js';

/** The admin screens of access and settings, in the sidebar's order, with their titles. */
export const ACCESS_SCREENS = [
  { name: 'users', label: 'Users' },
  { name: 'roles', label: 'Roles' },
  { name: 'policies', label: 'Policies' },
  { name: 'settings', label: 'Settings' },
] as const;

/** A route of an access or settings screen. */
export type AccessRoute = Extract<Route, { name: 'users' | 'roles' | 'policies' | 'policy' | 'settings' }>;

/** Whether `route` is one of the access and settings screens (they load as a chunk of their own). */
export function isAccessRoute(route: Route): route is AccessRoute {
  return route.name === 'policy' || ACCESS_SCREENS.some((screen) => screen.name === route.name);
}

/** The tab title of an access screen. */
export function toAccessScreenName(route: AccessRoute): string {
  if (route.name === 'policy') return 'Policy';
  return ACCESS_SCREENS.find((screen) => screen.name === route.name)?.label ?? 'Access';
}
