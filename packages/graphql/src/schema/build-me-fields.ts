import { readPermissionsMe, readPolicyGlobals, readRolesMe, type ServiceContext } from '@plinth/services';
import { GraphQLBoolean, GraphQLList, GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { selectionToQuery } from '../resolve/selection-to-query.js';
import type { RootFields, ScopeTypes } from './generate-schema.js';

/** The caller's access per collection and action, as `GET /permissions/me` answers it. */
const PermissionsMeType = new GraphQLScalarType({
  name: 'permissions_me_type',
  serialize: (value) => value,
  parseValue: (value) => value,
});

const PolicyMeGlobalsType = new GraphQLObjectType({
  name: 'policy_me_globals_type',
  fields: {
    enforce_tfa: { type: GraphQLBoolean },
    app_access: { type: GraphQLBoolean },
    admin_access: { type: GraphQLBoolean },
  },
});

const knowsCaller = (ctx: ServiceContext) => Boolean(ctx.accountability?.user || ctx.accountability?.role);

/**
 * `permissions_me`, `roles_me` and `policies_me_globals`: what `GET /permissions/me`, `/roles/me` and
 * `/policies/me/globals` answer, each in the schema when the caller may read its system collection, and
 * null for a caller with neither user nor role, as Directus answers.
 */
export function addMeFields(roots: RootFields, types: Pick<ScopeTypes, 'objects'>): void {
  const { objects } = types;
  if (objects.has('directus_permissions')) {
    roots.queries['permissions_me'] = {
      type: PermissionsMeType,
      resolve: (_root, _args, { ctx }) => (knowsCaller(ctx) ? readPermissionsMe(ctx) : null),
    };
  }
  const roles = objects.get('directus_roles');
  if (roles) {
    roots.queries['roles_me'] = {
      type: new GraphQLList(roles),
      resolve: (_root, _args, { ctx }, info) =>
        knowsCaller(ctx) ? readRolesMe(ctx, { ...selectionToQuery(info, roles) }) : null,
    };
  }
  if (objects.has('directus_policies')) {
    roots.queries['policies_me_globals'] = {
      type: PolicyMeGlobalsType,
      resolve: (_root, _args, { ctx }) => (knowsCaller(ctx) ? readPolicyGlobals(ctx) : null),
    };
  }
}
