import type { CallerPermissions } from '@plinth/permissions';
import type { ServiceContext } from '../context/service-context.js';

type PermissionsContext = Pick<ServiceContext, 'accountability' | 'permissions' | 'db' | 'schema'>;

/** What a non-admin caller gets when the context has no permissions runtime: no rule at all. */
const noRules: CallerPermissions = { admin: false, rules: () => [], all: () => [], fingerprint: 'none' };

const pending = new WeakMap<object, Promise<CallerPermissions | null>>();
const settled = new WeakMap<object, CallerPermissions | null>();

/**
 * The caller's resolved permissions, or null for callers no rule binds (the trusted system and admins).
 * Resolved once per context and remembered, so every service a request calls shares one resolution;
 * afterwards {@link settledCallerPermissions} answers synchronously for the same context.
 */
export function callerPermissions(ctx: PermissionsContext): Promise<CallerPermissions | null> {
  if (settled.has(ctx)) return Promise.resolve(settled.get(ctx) ?? null);
  const known = pending.get(ctx);
  if (known) return known;
  const resolving = resolve(ctx).then((permissions) => {
    settled.set(ctx, permissions);
    return permissions;
  });
  pending.set(ctx, resolving);
  resolving.catch(() => pending.delete(ctx));
  return resolving;
}

async function resolve(ctx: PermissionsContext): Promise<CallerPermissions | null> {
  const { accountability } = ctx;
  if (accountability === null || accountability.admin) return null;
  if (!ctx.permissions) return noRules;
  const permissions = await ctx.permissions.forCaller(ctx.db, ctx.schema, accountability);
  return permissions.admin ? null : permissions;
}

/**
 * The permissions {@link callerPermissions} resolved for this context: null when no rule binds the
 * caller, `undefined` when they have not been resolved yet (a code path that forgot to await them).
 */
export function settledCallerPermissions(ctx: object): CallerPermissions | null | undefined {
  return settled.has(ctx) ? (settled.get(ctx) ?? null) : undefined;
}

/** Lets a derived context (a transaction's) use the permissions already resolved for its parent. */
export function shareCallerPermissions(from: object, to: object): void {
  if (settled.has(from) && !settled.has(to)) settled.set(to, settled.get(from) ?? null);
}
