import { migrateToLatest } from '@plinth/database';
import { createFirstAdmin } from '../lib/create-first-admin.js';
import { generatePassword } from '../lib/generate-password.js';
import { hashPassword } from '../lib/hash-password.js';
import type { Runtime } from '../lib/open-runtime.js';

/** What bootstrap did, for the caller to report. */
export interface BootstrapResult {
  appliedMigrations: string[];
  /** Set when this run created the first admin; `password` only when Plinth generated it. */
  admin: { email: string; password: string | null } | null;
}

/**
 * Brings a database to a usable state: system tables migrated to the latest version, and when
 * nobody can log in yet, the first admin with its role, policy and settings. Safe to run again.
 */
export async function bootstrap(
  runtime: Runtime,
  progress: (line: string) => void,
): Promise<BootstrapResult> {
  const { env, database } = runtime;
  const { applied } = await migrateToLatest(database);
  for (const version of applied) progress(`migrated: ${version}`);

  const anyUser = await database.kysely.selectFrom('directus_users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return { appliedMigrations: applied, admin: null };

  const generated = env.ADMIN_PASSWORD ? null : generatePassword();
  const password = env.ADMIN_PASSWORD ?? generated!;
  progress(`creating the first admin: ${env.ADMIN_EMAIL}`);
  await createFirstAdmin(database.kysely, {
    email: env.ADMIN_EMAIL,
    passwordHash: await hashPassword(password, env),
    token: env.ADMIN_TOKEN ?? null,
    projectName: env.PROJECT_NAME,
  });
  return { appliedMigrations: applied, admin: { email: env.ADMIN_EMAIL, password: generated } };
}
