import type { AccountabilityVariable } from '@plinth/query';
import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import { fetchRecords } from './lib/fetch-records.js';
import { parseAccountabilityVariable } from './lib/parse-accountability-variable.js';
import type { VariableRecord, VariableValues } from './variable-values.js';

/** Whose values the variables take: the user, the role, the role tree and the policies that apply. */
export type VariableSubject = Pick<Accountability, 'user' | 'role' | 'roles' | 'policies'>;

type Source = 'user' | 'roles' | 'policies';

const SOURCE: Record<AccountabilityVariable['kind'], Source> = {
  'current-user': 'user',
  'current-role': 'roles',
  'current-roles': 'roles',
  'current-policies': 'policies',
};

const COLLECTION: Record<Source, string> = {
  user: 'directus_users',
  roles: 'directus_roles',
  policies: 'directus_policies',
};

/** The field paths each source must be read for; bare variables and `.id` need no read. */
function pathsBySource(variables: Iterable<string>): Map<Source, string[][]> {
  const paths = new Map<Source, Map<string, string[]>>();
  for (const text of variables) {
    const variable = parseAccountabilityVariable(text);
    if (variable === null || variable.path.length === 0) continue;
    if (variable.path.length === 1 && variable.path[0] === 'id') continue;
    const source = SOURCE[variable.kind];
    const known = paths.get(source) ?? new Map<string, string[]>();
    known.set(variable.path.join('.'), variable.path);
    paths.set(source, known);
  }
  return new Map([...paths].map(([source, known]) => [source, [...known.values()]]));
}

/** Whether any of the variables has a path that must be read from the database. */
export function needsVariableRead(variables: Iterable<string>): boolean {
  return pathsBySource(variables).size > 0;
}

function withId(id: string, records: Map<string, Record<string, unknown>>): VariableRecord {
  return { ...records.get(id), id };
}

/**
 * The values of the given `$CURRENT_*` variables for one caller. Bare ids come from `subject`; paths
 * (`$CURRENT_USER.role.name`) are read from the database, at most one statement for the user, one for the
 * roles (`$CURRENT_ROLE` and `$CURRENT_ROLES` together) and one for the policies, and none when only bare
 * ids are used. A user or role that does not exist gives null for its paths.
 */
export async function fetchVariableValues(
  db: Kysely<any>,
  schema: SchemaOverview,
  subject: VariableSubject,
  variables: Iterable<string>,
): Promise<VariableValues> {
  const paths = pathsBySource(variables);
  const idsOf: Record<Source, string[]> = {
    user: subject.user === null ? [] : [subject.user],
    roles: [...new Set([...(subject.role === null ? [] : [subject.role]), ...subject.roles])],
    policies: subject.policies,
  };
  const read = async (source: Source) => {
    const wanted = paths.get(source);
    return wanted
      ? fetchRecords(db, schema, COLLECTION[source], idsOf[source], wanted)
      : new Map<string, Record<string, unknown>>();
  };
  const [users, roles, policies] = await Promise.all([read('user'), read('roles'), read('policies')]);
  return {
    user: subject.user === null ? null : withId(subject.user, users),
    role: subject.role === null ? null : withId(subject.role, roles),
    roles: subject.roles.map((id) => withId(id, roles)),
    policies: subject.policies.map((id) => withId(id, policies)),
  };
}
