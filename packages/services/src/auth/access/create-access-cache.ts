import type { Kysely } from 'kysely';
import type { EventBus, EventMeta } from '../../events/create-event-bus.js';
import { fetchUserAccess } from './fetch-user-access.js';
import type { UserAccess } from './user-access.js';

/**
 * Per-user authorisation data kept in memory, so an authenticated request costs no statement once
 * its user has been seen. Entries are dropped when users, roles, policies or access rows change (through
 * the event bus) and after a short TTL in any case, which also bounds how long another instance's
 * change takes to show here.
 */
export interface AccessCache {
  /** The user's access, from memory or read now; null when the user does not exist. */
  forUser(db: Kysely<any>, userId: string): Promise<UserAccess | null>;
  /** The id of the active user owning a static token, or null (unknown tokens are not remembered). */
  userOfStaticToken(db: Kysely<any>, token: string): Promise<string | null>;
  /** Forgets one user (their access and their static token). */
  invalidateUser(userId: string): void;
  /** Forgets everything. */
  clear(): void;
  /** Stops listening to the event bus. */
  close(): void;
}

/** Options of {@link createAccessCache}. */
export interface AccessCacheOptions {
  /** Milliseconds an entry is trusted. @default 5000 */
  ttl?: number;
  /** Entries kept per map before the oldest go. @default 10000 */
  maxEntries?: number;
  /** Where user, role, policy and access changes are announced. */
  events?: EventBus;
}

interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

/** The system collections whose changes can change what some user may do. */
const WATCHED = ['users', 'roles', 'policies', 'access'] as const;
const ACTIONS = ['create', 'update', 'delete'] as const;

function keysOf(meta: EventMeta): string[] | null {
  if (Array.isArray(meta['keys'])) return meta['keys'].map(String);
  if (meta['key'] !== undefined && meta['key'] !== null) return [String(meta['key'])];
  return null;
}

/** Creates an {@link AccessCache}; one per server. */
export function createAccessCache(options: AccessCacheOptions = {}): AccessCache {
  const ttl = options.ttl ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const users = new Map<string, Entry<UserAccess | null>>();
  const tokens = new Map<string, Entry<string | null>>();

  function remember<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = map.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (map.size >= maxEntries) map.delete(map.keys().next().value!);
    const value = load();
    const entry = { value, expiresAt: now + ttl };
    map.set(key, entry);
    // Failures and misses are not kept: the next request asks the database again.
    value.then(
      (result) => {
        if (result === null && map.get(key) === entry) map.delete(key);
      },
      () => {
        if (map.get(key) === entry) map.delete(key);
      },
    );
    return value;
  }

  const cache: AccessCache = {
    forUser: (db, userId) => remember(users, userId, () => fetchUserAccess(db, userId)),
    userOfStaticToken: (db, token) =>
      remember(tokens, token, async () => {
        const row = await db
          .selectFrom('directus_users')
          .select('id')
          .where('token', '=', token)
          .where('status', '=', 'active')
          .executeTakeFirst();
        return row ? String(row.id) : null;
      }),
    invalidateUser(userId) {
      users.delete(userId);
      // A static token maps to a user; which one changed is not worth a reverse index.
      tokens.clear();
    },
    clear() {
      users.clear();
      tokens.clear();
    },
    close: () => {
      for (const stop of unsubscribe) stop();
    },
  };

  const unsubscribe: Array<() => void> = [];
  for (const collection of WATCHED) {
    for (const action of ACTIONS) {
      unsubscribe.push(
        options.events?.onAction(`${collection}.${action}`, (meta) => {
          const keys = collection === 'users' ? keysOf(meta) : null;
          if (keys === null) cache.clear();
          else for (const key of keys) cache.invalidateUser(key);
        }) ?? (() => {}),
      );
    }
  }
  return cache;
}
