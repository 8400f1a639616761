import type { ServiceContext } from '../../context/service-context.js';

/**
 * The context the files services work in: the items machinery may target `directus_files`, while the
 * caller's accountability (and so their permissions) stays as it is.
 */
export function filesContext(ctx: ServiceContext): ServiceContext {
  return ctx.systemAccess ? ctx : { ...ctx, systemAccess: true };
}
