import { type FieldRelation, resolveFieldRelation } from '@plinth/schema';
import type { FieldOverview, SchemaOverview } from '@plinth/types';
import type { CollectionTarget, FilterNode } from '../read-node.js';
import type { ReadPolicy, ReadPolicyResolver } from '../read-policy.js';
import { forbiddenCollection, forbiddenField } from './forbidden.js';

/** Everything validation needs, built once per query. */
export interface ValidateContext {
  schema: SchemaOverview;
  policy: ReadPolicyResolver;
  now: Date;
  /** Policy filters already resolved, per collection. */
  policyFilters: Map<string, FilterNode | null>;
  /** Field guards already resolved, per `collection` NUL `field`. */
  fieldGuards: Map<string, FilterNode | null>;
  /** `false` leaves the relation a level was reached through out of its `*`. */
  backlink: boolean;
  /** Set while a policy filter is resolved: policies are not applied inside policies. */
  insidePolicy: boolean;
}

/** The policy of a collection, or a 403 when it cannot be read. */
export function policyOf(ctx: ValidateContext, collection: string, path: readonly string[]): ReadPolicy {
  const exists = Object.hasOwn(ctx.schema.collections, collection);
  const policy = exists ? ctx.policy(collection) : null;
  if (!policy) throw forbiddenCollection(collection, path);
  return policy;
}

/** The table and key of a readable collection. */
export function targetOf(
  ctx: ValidateContext,
  collection: string,
  path: readonly string[],
): CollectionTarget {
  policyOf(ctx, collection, path);
  const overview = ctx.schema.collections[collection];
  if (!overview) throw forbiddenCollection(collection, path);
  return { collection, table: overview.schema.name || collection, primaryKey: overview.primary };
}

/** Whether the caller may read a field (presentation fields carry no value and are never readable). */
export function isReadable(ctx: ValidateContext, collection: string, field: FieldOverview): boolean {
  if (field.special.includes('no-data')) return false;
  if (ctx.insidePolicy) return true;
  const allowed = ctx.policy(collection)?.fields ?? '*';
  return allowed === '*' || allowed.has(field.field);
}

/** A readable field, or the 403 that says it does not exist. */
export function fieldOf(
  ctx: ValidateContext,
  collection: string,
  name: string,
  path: readonly string[],
): FieldOverview {
  const field = ctx.schema.collections[collection]?.fields[name];
  if (!field || !Object.hasOwn(ctx.schema.collections[collection]?.fields ?? {}, name))
    throw forbiddenField(name, collection, path);
  if (!isReadable(ctx, collection, field)) throw forbiddenField(name, collection, path);
  return field;
}

/** The readable fields of a collection in schema order, as `*` selects them. */
export function readableFields(ctx: ValidateContext, collection: string): FieldOverview[] {
  const fields = Object.values(ctx.schema.collections[collection]?.fields ?? {});
  return fields.filter((field) => isReadable(ctx, collection, field));
}

/** The relation behind a field, if any. */
export function relationOf(ctx: ValidateContext, collection: string, field: string): FieldRelation | null {
  return resolveFieldRelation(ctx.schema, collection, field);
}
