import type { PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';
import { fetchRows } from './access-expect.js';
import type { AccessSetup } from './access-fixture.js';
import { USER } from './access-seed.js';

/** The projects columns a write test compares before and after. */
const COLUMNS = ['id', 'name', 'status', 'budget', 'owner', 'secret'];

/**
 * Projects the write tests add, one purpose each, so the order of the tests does not matter. All
 * budgets are 500; juliet, kilo and november are drafts, so alice cannot read them.
 */
export const ROWS = {
  echo: 10, // alice: updated by key
  foxtrot: 11, // bob, published: outside alice's update and delete filters, inside her read filter
  golf: 12, // alice: refused updates leave it alone
  hotel: 13, // alice: updated by query
  india: 14, // alice: updated by query
  juliet: 15, // alice, draft: deleted by key
  kilo: 16, // alice, draft: deleted by query
  mike: 17, // alice: first item of a batch that fails
  november: 18, // alice, draft: outside her read filter, inside her update filter; updated by query
} as const;

const DRAFTS = new Set(['juliet', 'kilo', 'november']);

/** Inserts {@link ROWS}, then moves PostgreSQL's sequence past them. */
export async function insertWriteRows(setup: AccessSetup): Promise<void> {
  await setup.db
    .insertInto('projects')
    .values(
      Object.entries(ROWS).map(([name, id]) => ({
        id,
        name,
        status: DRAFTS.has(name) ? 'draft' : 'published',
        budget: 500,
        secret: `secret-${name}`,
        owner: name === 'foxtrot' ? USER.bob.id : USER.alice.id,
      })),
    )
    .execute();
  if (setup.server.database.client === 'pg') {
    await sql`select setval(pg_get_serial_sequence('projects', 'id'), 100)`.execute(setup.db);
  }
}

/** Every project as stored, ordered by key. */
export function fetchProjects(db: PlinthDatabase['kysely']): Promise<Record<string, unknown>[]> {
  return fetchRows(db, 'projects', COLUMNS);
}
