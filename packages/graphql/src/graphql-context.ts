import type { ServiceContext } from '@plinth/services';

/** What every resolver of a generated schema needs: the request's service context. */
export interface GraphQLContext {
  ctx: ServiceContext;
}
