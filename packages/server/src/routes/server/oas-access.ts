import { toSchemaPolicy } from '@plinth/graphql';
import type { ServiceContext } from '@plinth/services';

/** A write the OpenAPI document offers only to callers allowed to make it. */
export type OasWriteAction = 'create' | 'update' | 'delete';

/** What a caller may do, as far as their OpenAPI document is concerned. */
export interface OasAccess {
  /** What the caller may read per collection; `null` for a collection they cannot read. */
  read: ReturnType<typeof toSchemaPolicy>;
  /** Whether some rule lets the caller make this write on the collection. */
  allows(collection: string, action: OasWriteAction): boolean;
}

const fullAccess: OasAccess = { read: () => ({ fields: '*' }), allows: () => true };

/**
 * The caller's access, decided the way their GraphQL schema is: admins (and contexts without a
 * permissions runtime) get everything, anyone else what their rules grant, the public policy included.
 */
export async function fetchOasAccess(ctx: ServiceContext): Promise<OasAccess> {
  const { accountability, permissions } = ctx;
  if (accountability === null || accountability.admin || !permissions) return fullAccess;
  const caller = await permissions.forCaller(ctx.db, ctx.schema, accountability);
  if (caller.admin) return fullAccess;
  return {
    read: toSchemaPolicy(caller),
    allows: (collection, action) => caller.rules(collection, action).length > 0,
  };
}
