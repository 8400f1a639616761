import type { ReadPolicyResolver } from '@plinth/query';

/** What {@link toSchemaPolicy} reads of a caller's permissions: their read rules' fields. */
export interface ReadRules {
  rules(collection: string, action: 'read'): readonly { fields: readonly string[] }[];
}

/**
 * What a caller's schema shows: the collections some read rule covers, with the fields those rules
 * grant together (`*` grants all). Row filters do not change the schema; the items services apply them.
 */
export function toSchemaPolicy(permissions: ReadRules): ReadPolicyResolver {
  return (collection) => {
    const rules = permissions.rules(collection, 'read');
    if (rules.length === 0) return null;
    const fields = rules.flatMap((rule) => rule.fields);
    return { fields: fields.includes('*') ? '*' : new Set(fields) };
  };
}
