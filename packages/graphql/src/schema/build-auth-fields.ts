import {
  GraphQLBoolean,
  GraphQLEnumType,
  type GraphQLFieldConfigMap,
  type GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { GraphQLBigInt } from '../lib/scalars.js';
import { accountResolvers, sessionResolvers, tfaResolvers } from '../resolve/auth-resolvers.js';
import { resolveUpdateUsersMe } from '../resolve/users-me-resolver.js';
import type { RootFields } from './generate-schema.js';

type Fields = GraphQLFieldConfigMap<unknown, GraphQLContext>;

const required = { type: new GraphQLNonNull(GraphQLString) };
const optional = { type: GraphQLString };

const authTokens = () =>
  new GraphQLObjectType({
    name: 'auth_tokens',
    fields: {
      access_token: { type: GraphQLString },
      expires: { type: GraphQLBigInt },
      refresh_token: { type: GraphQLString },
    },
  });

const authMode = () =>
  new GraphQLEnumType({
    name: 'auth_mode',
    values: { json: { value: 'json' }, cookie: { value: 'cookie' }, session: { value: 'session' } },
  });

/** `auth_login|refresh|logout` and `auth_password_request|reset`, as the reference names them. */
function authFields(): Fields {
  const tokens = authTokens();
  const mode = { type: authMode() };
  return {
    auth_login: {
      type: tokens,
      args: { email: required, password: required, mode, otp: optional },
      resolve: sessionResolvers.login,
    },
    auth_refresh: {
      type: tokens,
      args: { refresh_token: optional, mode },
      resolve: sessionResolvers.refresh,
    },
    auth_logout: {
      type: GraphQLBoolean,
      args: { refresh_token: optional, mode },
      resolve: sessionResolvers.logout,
    },
    auth_password_request: {
      type: GraphQLBoolean,
      args: { email: required, reset_url: optional },
      resolve: accountResolvers.passwordRequest,
    },
    auth_password_reset: {
      type: GraphQLBoolean,
      args: { token: required, password: required },
      resolve: accountResolvers.passwordReset,
    },
  };
}

/** Two-factor, invitations and registration. */
function accountFields(): Fields {
  return {
    users_me_tfa_generate: {
      type: new GraphQLObjectType({
        name: 'users_me_tfa_generate_data',
        fields: { secret: { type: GraphQLString }, otpauth_url: { type: GraphQLString } },
      }),
      args: { password: required },
      resolve: tfaResolvers.generate,
    },
    users_me_tfa_enable: {
      type: GraphQLBoolean,
      args: { otp: required, secret: required },
      resolve: tfaResolvers.enable,
    },
    users_me_tfa_disable: { type: GraphQLBoolean, args: { otp: required }, resolve: tfaResolvers.disable },
    users_invite: {
      type: GraphQLBoolean,
      args: { email: required, role: required, invite_url: optional },
      resolve: accountResolvers.invite,
    },
    users_invite_accept: {
      type: GraphQLBoolean,
      args: { token: required, password: required },
      resolve: accountResolvers.inviteAccept,
    },
    users_register: {
      type: GraphQLBoolean,
      args: {
        email: required,
        password: required,
        verification_url: optional,
        first_name: optional,
        last_name: optional,
      },
      resolve: accountResolvers.register,
    },
    users_register_verify: {
      type: GraphQLBoolean,
      args: { token: required },
      resolve: accountResolvers.registerVerify,
    },
  };
}

/**
 * Adds the authentication and account mutations to the system scope; `update_users_me(data)` too when
 * the caller's schema has the users type (`users` and its update input).
 */
export function addAuthFields(
  roots: RootFields,
  users: { type: GraphQLObjectType; update: GraphQLInputObjectType } | undefined,
): void {
  Object.assign(roots.mutations, authFields(), accountFields());
  if (users) {
    roots.mutations['update_users_me'] = {
      type: users.type,
      args: { data: { type: users.update } },
      resolve: resolveUpdateUsersMe(users.type),
    };
  }
}
