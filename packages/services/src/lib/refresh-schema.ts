import type { SchemaOverview } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';

/** Drops the cached data model (here and on other instances) and returns the fresh one. */
export async function refreshSchema(ctx: ServiceContext): Promise<SchemaOverview> {
  await ctx.schemaCache.invalidate();
  return ctx.schemaCache.get();
}
