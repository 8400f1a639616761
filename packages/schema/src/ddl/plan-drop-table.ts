import { InvalidPayloadError } from '@plinth/errors';
import type { DdlPlan, DdlTarget } from './ddl-types.js';
import { createStep } from './steps/create-step.js';

/** Options of {@link planDropTable}. */
export interface PlanDropTableOptions {
  /** Allow dropping a `directus_` table. @default false */
  system?: boolean;
}

/**
 * Plans dropping a table. A table other tables still point at is refused by the engine (and on
 * SQLite by the runner's foreign key check): drop those relations first. No undo: it loses data.
 */
export function planDropTable(target: DdlTarget, table: string, options: PlanDropTableOptions = {}): DdlPlan {
  if (!options.system && table.toLowerCase().startsWith('directus_')) {
    throw new InvalidPayloadError({ reason: `System collection "${table}" can't be dropped` });
  }
  const step = createStep(target, {
    table,
    description: `Drop table ${table}`,
    build: (ex) => [ex.schema.dropTable(table)],
  });
  return { client: target.client, steps: [step] };
}
