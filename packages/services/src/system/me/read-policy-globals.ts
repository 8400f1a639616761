import type { ServiceContext } from '../../context/service-context.js';

/** `/policies/me/globals`: the caller's global flags; anonymous callers only learn `app_access: false`. */
export type PolicyGlobals =
  | { app_access: boolean; admin_access: boolean; enforce_tfa: boolean }
  | { app_access: false };

/**
 * `GET /policies/me/globals`: the caller's app and admin access and whether some policy that applies
 * (after IP filtering) enforces two-factor. A caller with neither user nor role gets `{app_access: false}`,
 * as Directus answers.
 */
export async function readPolicyGlobals(ctx: ServiceContext): Promise<PolicyGlobals> {
  const accountability = ctx.accountability;
  if (!accountability?.user && !accountability?.role) return { app_access: false };
  let enforceTfa = false;
  if (accountability.policies.length > 0) {
    const row = await ctx.db
      .selectFrom('directus_policies')
      .select('id')
      .where('id', 'in', accountability.policies)
      .where('enforce_tfa', '=', true)
      .executeTakeFirst();
    enforceTfa = row !== undefined;
  }
  return { app_access: accountability.app, admin_access: accountability.admin, enforce_tfa: enforceTfa };
}
