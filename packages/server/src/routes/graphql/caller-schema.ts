import { type ItemsSchemaOptions, toSchemaPolicy } from '@plinth/graphql';
import type { ServiceContext } from '@plinth/services';

/** Which generated schema a caller gets: callers with the same key share one. */
export interface CallerSchema {
  key: string;
  options: ItemsSchemaOptions;
}

const everything: CallerSchema = { key: 'all', options: {} };

/**
 * Admins (and contexts without a permissions runtime) see the whole data model; anyone else sees
 * what their read rules cover, keyed by their permissions' fingerprint, so callers with the same
 * rules share a schema.
 */
export async function callerSchema(ctx: ServiceContext): Promise<CallerSchema> {
  const { accountability, permissions } = ctx;
  if (accountability === null || accountability.admin || !permissions) return everything;
  const caller = await permissions.forCaller(ctx.db, ctx.schema, accountability);
  if (caller.admin) return everything;
  return { key: `caller:${caller.fingerprint}`, options: { readPolicy: toSchemaPolicy(caller) } };
}
