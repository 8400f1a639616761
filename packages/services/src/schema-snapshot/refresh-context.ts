import type { ServiceContext } from '../context/service-context.js';

/** The context with the data model as it is now, after a change made through it. */
export async function refreshContext(ctx: ServiceContext): Promise<ServiceContext> {
  return { ...ctx, schema: await ctx.schemaCache.get() };
}
