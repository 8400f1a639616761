import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/** The columns of `directus_users` the email flows decide on. */
export interface Account {
  id: string;
  email: string;
  password: string | null;
  status: string;
  provider: string;
  role: string | null;
}

function toAccount(row: Record<string, unknown>): Account {
  return {
    id: String(row['id']),
    email: String(row['email']),
    password: row['password'] === null ? null : String(row['password']),
    status: String(row['status']),
    provider: String(row['provider']),
    role: row['role'] === null || row['role'] === undefined ? null : String(row['role']),
  };
}

const COLUMNS = ['id', 'email', 'password', 'status', 'provider', 'role'] as const;

/** The user whose email is `email`, compared case-insensitively as logins do. */
export async function findAccountByEmail(db: Kysely<any>, email: string): Promise<Account | undefined> {
  const row = await db
    .selectFrom('directus_users')
    .select(COLUMNS)
    .where(sql`lower(${sql.ref('email')})`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

/** The user with this id. */
export async function findAccountById(db: Kysely<any>, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('directus_users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : undefined;
}
