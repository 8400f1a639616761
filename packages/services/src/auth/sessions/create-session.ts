import type { Kysely } from 'kysely';
import { clip, type RequestOrigin } from '../lib/request-origin.js';
import { hashRefreshToken } from '../refresh-token.js';

/** What a new session row records. */
export interface NewSession extends RequestOrigin {
  /** The plain refresh token; only its hash is stored. */
  token: string;
  user: string | null;
  share?: string | null;
  expires: Date;
}

/** Inserts a session row for `session.token`, stored hashed. */
export async function createSession(db: Kysely<any>, session: NewSession): Promise<void> {
  await db
    .insertInto('directus_sessions')
    .values({
      token: hashRefreshToken(session.token),
      user: session.user,
      share: session.share ?? null,
      expires: session.expires,
      ip: clip(session.ip),
      user_agent: session.userAgent,
      origin: clip(session.origin),
    })
    .execute();
}
