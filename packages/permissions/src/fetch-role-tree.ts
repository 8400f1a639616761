import type { Kysely } from 'kysely';

/**
 * A role's tree root-first (`[root, ..., parent, role]`, what `$CURRENT_ROLES` names), from every role's
 * parent: roles are few, so one statement reads them all. A cycle stops at the first role seen twice.
 */
export async function fetchRoleTree(db: Kysely<any>, role: string | null): Promise<string[]> {
  if (role === null) return [];
  const rows = await db.selectFrom('directus_roles').select(['id', 'parent']).execute();
  const parentOf = new Map(
    rows.map((row) => [String(row.id), row.parent === null ? null : String(row.parent)]),
  );
  const tree: string[] = [];
  for (let current: string | null = role; current !== null && !tree.includes(current); ) {
    tree.unshift(current);
    current = parentOf.get(current) ?? null;
  }
  return tree;
}
