import type { Kysely } from 'kysely';

/**
 * The role a user's directory groups give: the first group (in directory order) named in the mapping,
 * else the first whose `cn` is a role's name; null when none matches.
 */
export async function mapGroupsToRole(
  db: Kysely<any>,
  groups: readonly string[],
  mapping: Readonly<Record<string, string>>,
): Promise<string | null> {
  for (const group of groups) {
    const mapped = mapping[group];
    if (mapped !== undefined) return mapped;
  }
  if (groups.length === 0) return null;
  const roles = await db
    .selectFrom('directus_roles')
    .select(['id', 'name'])
    .where('name', 'in', groups)
    .execute();
  const idByName = new Map(roles.map((role) => [String(role.name), String(role.id)]));
  for (const group of groups) {
    const id = idByName.get(group);
    if (id !== undefined) return id;
  }
  return null;
}
