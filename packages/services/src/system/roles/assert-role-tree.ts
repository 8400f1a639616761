import { InvalidPayloadError } from '@plinth/errors';
import type { Kysely } from 'kysely';

/**
 * Refuses a role tree with a loop in it: a role that is its own parent, or a parent that is already
 * below the role. Checked on the whole table after a write, so a loop closed through a nested
 * `children` write or across the rows of a batch is caught as well as a direct `parent`.
 *
 * @throws INVALID_PAYLOAD naming the kind of loop.
 */
export async function assertRoleTree(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom('directus_roles').select(['id', 'parent']).execute();
  const parentOf = new Map(
    rows.map((row) => [String(row.id), row.parent == null ? null : String(row.parent)]),
  );
  for (const [role, parent] of parentOf) {
    if (parent === role) throw new InvalidPayloadError({ reason: 'A role cannot be a parent of itself' });
  }
  for (const [role, parent] of parentOf) {
    const seen = new Set([role]);
    for (let current = parent; current !== null; current = parentOf.get(current) ?? null) {
      if (seen.has(current)) {
        throw new InvalidPayloadError({
          reason: 'A role cannot have a parent that is already a descendant of itself',
        });
      }
      seen.add(current);
    }
  }
}
