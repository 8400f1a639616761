import type { Kysely } from 'kysely';
import type { PermissionRule } from '../permission-rule.js';
import { type PermissionRow, toPermissionRule } from './to-permission-rule.js';

/** What {@link fetchPolicyRules} found: the readable rules and the ids of the rows it had to skip. */
export interface PolicyRules {
  rules: PermissionRule[];
  unreadable: number[];
}

/** The permission rows of some policies, in one statement, ordered by id (no variables resolved). */
export async function fetchPolicyRules(db: Kysely<any>, policies: readonly string[]): Promise<PolicyRules> {
  if (policies.length === 0) return { rules: [], unreadable: [] };
  const rows: PermissionRow[] = await db
    .selectFrom('directus_permissions')
    .select(['id', 'policy', 'collection', 'action', 'permissions', 'validation', 'presets', 'fields'])
    .where('policy', 'in', [...policies])
    .orderBy('id')
    .execute();
  const result: PolicyRules = { rules: [], unreadable: [] };
  for (const row of rows) {
    const rule = toPermissionRule(row);
    if (rule) result.rules.push(rule);
    else result.unreadable.push(Number(row.id));
  }
  return result;
}
