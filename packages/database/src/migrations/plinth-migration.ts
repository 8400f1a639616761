import type { Kysely } from 'kysely';
import type { DialectStrategy } from '../dialects/dialect-strategy.js';

/** What a migration gets besides the executor: the engine's strategy. */
export interface MigrationContext {
  strategy: DialectStrategy;
}

/** One Plinth migration, recorded in `directus_migrations` under its `version`. */
export interface PlinthMigration {
  /** `plinth-NNNN`: a prefix no Directus version uses, so both can share the table. */
  version: string;
  name: string;
  up(db: Kysely<any>, context: MigrationContext): Promise<void>;
  down(db: Kysely<any>, context: MigrationContext): Promise<void>;
}
