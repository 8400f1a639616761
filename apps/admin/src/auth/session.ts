import { readMe } from '@directus/sdk';
import { client } from '../lib/client.js';

/** The signed-in user, as the shell shows it. */
export interface SessionUser {
  id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
}

/**
 * The session cookie is httpOnly, so the app cannot see it; this flag remembers that a sign-in
 * happened in this browser, so a fresh visit does not probe the API (and log a 401) for nothing.
 */
const SIGNED_IN_FLAG = 'plinth.admin.signed-in';

/** Marks this browser as signed in (after a login, or on return from an SSO provider). */
export function rememberSignIn(): void {
  window.localStorage.setItem(SIGNED_IN_FLAG, '1');
}

/** Whether a session may exist: a sign-in was remembered, or the URL says SSO just signed us in. */
export function mayBeSignedIn(): boolean {
  if (new URLSearchParams(window.location.search).get('sso') === 'done') rememberSignIn();
  return window.localStorage.getItem(SIGNED_IN_FLAG) === '1';
}

/** The current user; the first call refreshes the session cookie, which is how a reload resumes it. */
export async function fetchSessionUser(): Promise<SessionUser> {
  const user = await client.request(readMe({ fields: ['id', 'email', 'first_name', 'last_name'] }));
  return user as SessionUser;
}

/** Forgets the session here only: for one the server has already ended. */
export function forgetSession(): void {
  window.localStorage.removeItem(SIGNED_IN_FLAG);
  client.stopRefreshing();
}

/** Ends the session on the server (best effort) and forgets it here. */
export async function signOut(): Promise<void> {
  try {
    await client.logout();
  } finally {
    forgetSession();
  }
}
