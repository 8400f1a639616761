import type { CallerPermissions } from '@plinth/permissions';
import { toReadPolicy } from '@plinth/permissions';
import { allowAll, type ReadPolicy, type ReadPolicyResolver } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { settledCallerPermissions } from '../../permissions/caller-permissions.js';

const denyAll: ReadPolicyResolver = () => null;

// Read policies per resolved permission set and schema: the runtime hands the same object to every caller
// with the same fingerprint, so merging rules happens once per policy set, not once per request.
const policies = new WeakMap<CallerPermissions, WeakMap<SchemaOverview, Map<string, ReadPolicy | null>>>();

function policiesOf(permissions: CallerPermissions, schema: SchemaOverview): Map<string, ReadPolicy | null> {
  let bySchema = policies.get(permissions);
  if (!bySchema) {
    bySchema = new WeakMap();
    policies.set(permissions, bySchema);
  }
  let byCollection = bySchema.get(schema);
  if (!byCollection) {
    byCollection = new Map();
    bySchema.set(schema, byCollection);
  }
  return byCollection;
}

/** The read policy of a caller's permissions on one collection (null: they cannot read it). */
export function toCollectionReadPolicy(
  permissions: CallerPermissions,
  schema: SchemaOverview,
  collection: string,
): ReadPolicy | null {
  const known = policiesOf(permissions, schema);
  if (known.has(collection)) return known.get(collection) ?? null;
  const fields = Object.keys(schema.collections[collection]?.fields ?? {});
  const policy = toReadPolicy(permissions.rules(collection, 'read'), fields);
  known.set(collection, policy);
  return policy;
}

/**
 * What the caller may read, per collection: everything for admins and the trusted system; for everyone
 * else (anonymous callers included) the merge of their read rules (row filter, fields, field filters).
 * Synchronous: the read paths resolve the caller's permissions (`callerPermissions`) before validating;
 * a context whose permissions were never resolved reads nothing.
 */
export function readPolicyResolver(
  ctx: Pick<ServiceContext, 'accountability' | 'schema'>,
): ReadPolicyResolver {
  if (ctx.accountability === null || ctx.accountability.admin) return allowAll;
  const permissions = settledCallerPermissions(ctx);
  if (permissions === undefined) return denyAll;
  if (permissions === null) return allowAll;
  return (collection) => toCollectionReadPolicy(permissions, ctx.schema, collection);
}
