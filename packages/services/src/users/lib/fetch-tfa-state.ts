import { ForbiddenError } from '@plinth/errors';
import type { Kysely } from 'kysely';

/** What the two-factor routes need to know about a user. */
export interface TfaState {
  id: string;
  email: string | null;
  password: string | null;
  provider: string;
  tfaSecret: string | null;
}

/** @throws FORBIDDEN when the user does not exist. */
export async function fetchTfaState(db: Kysely<any>, userId: string): Promise<TfaState> {
  const row = await db
    .selectFrom('directus_users')
    .select(['id', 'email', 'password', 'provider', 'tfa_secret'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new ForbiddenError();
  return {
    id: String(row.id),
    email: row.email === null ? null : String(row.email),
    password: row.password === null ? null : String(row.password),
    provider: String(row.provider),
    tfaSecret: row.tfa_secret ? String(row.tfa_secret) : null,
  };
}

/** Stores (or, with null, clears) a user's TOTP secret. */
export async function storeTfaSecret(db: Kysely<any>, userId: string, secret: string | null): Promise<void> {
  await db.updateTable('directus_users').set({ tfa_secret: secret }).where('id', '=', userId).execute();
}
