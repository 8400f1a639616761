import type { PlinthDatabase } from '@plinth/database';
import type { SchemaOverview } from '@plinth/types';
import { executeMeta, executeRead } from '../../../src/compile/execute-read.js';
import { parseQuery } from '../../../src/parse-query.js';
import type { ReadPolicyResolver } from '../../../src/validate/read-policy.js';
import { validateQuery } from '../../../src/validate/validate-query.js';

/** The fixed "now" of the tests, so `$NOW` filters give the same answer every day. */
export const TEST_NOW = new Date('2024-03-01T00:00:00.000Z');

/** Parses raw query parameters, validates them and runs the read, as a service would. */
export async function runRead(
  db: PlinthDatabase,
  schema: SchemaOverview,
  collection: string,
  raw: Record<string, unknown>,
  policy?: ReadPolicyResolver,
): Promise<{ data: unknown; meta?: Record<string, number> }> {
  const query = parseQuery(raw, {
    defaultLimit: 100,
    maxLimit: Number.POSITIVE_INFINITY,
    maxRelationalDepth: 10,
  });
  const node = validateQuery(query, {
    schema,
    collection,
    now: TEST_NOW,
    ...(policy ? { policy } : {}),
  });
  const data = await executeRead(db, node);
  if (!query.meta) return { data };
  return { data, meta: await executeMeta(db, node, query.meta) };
}
