import { InvalidProviderError, ServiceUnavailableError } from '@plinth/errors';
import {
  type AccountContext,
  type AuthContext,
  type AuthMode,
  acceptInvite,
  disableOwnTfa,
  enableTfa,
  generateTfaSecret,
  inviteUsers,
  loginWithPassword,
  logoutSession,
  refreshLogin,
  registerUser,
  requestPasswordReset,
  resetPassword,
  verifyRegistration,
} from '@plinth/services';
import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { accountsOf, bridgeOf } from '../system-bridge.js';

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Args>;

const optional = (args: Args, name: string) => (args[name] == null ? undefined : String(args[name]));
const given = (args: Args, name: string) => String(args[name]);
const modeOf = (args: Args): AuthMode => (args['mode'] as AuthMode | null | undefined) ?? 'json';

/** The request's context with the auth runtime logins and account changes need. */
export function authContextOf({ ctx }: GraphQLContext): AuthContext {
  if (!ctx.auth)
    throw new ServiceUnavailableError({ service: 'auth', reason: 'Authentication is not set up' });
  return ctx as AuthContext;
}

/** A mutation whose answer is `true` once `run` succeeded. */
const succeeds =
  (run: (args: Args, context: GraphQLContext) => Promise<unknown>): Resolver =>
  async (_root, args, context) => {
    await run(args, context);
    return true;
  };

const accountContextOf = (context: GraphQLContext): AccountContext => ({
  ...authContextOf(context),
  accounts: accountsOf(context),
});

/** `auth_login`, `auth_refresh`, `auth_logout`: the services of `POST /auth/login|refresh|logout`. */
export const sessionResolvers = {
  login: (async (_root, args, context) => {
    const bridge = bridgeOf(context);
    if (!bridge.passwordLogin) throw new InvalidProviderError();
    const credentials = { email: given(args, 'email'), password: given(args, 'password') };
    const tokens = await loginWithPassword(
      authContextOf(context),
      { ...credentials, otp: optional(args, 'otp') },
      { mode: modeOf(args), ...bridge.origin },
    );
    return bridge.deliverTokens(tokens);
  }) as Resolver,
  refresh: (async (_root, args, context) => {
    const bridge = bridgeOf(context);
    const mode = modeOf(args);
    const token = await bridge.refreshToken(mode, optional(args, 'refresh_token'));
    const tokens = await refreshLogin(authContextOf(context), token, { mode, ...bridge.origin });
    return bridge.deliverTokens(tokens);
  }) as Resolver,
  logout: succeeds(async (args, context) => {
    const bridge = bridgeOf(context);
    const token = await bridge.refreshToken(modeOf(args), optional(args, 'refresh_token'));
    await logoutSession(authContextOf(context), token);
    bridge.clearAuthCookies();
  }),
};

/** Password reset, invitations and registration: the services of the matching account routes. */
export const accountResolvers = {
  passwordRequest: succeeds((args, context) =>
    requestPasswordReset(accountContextOf(context), {
      email: given(args, 'email'),
      resetUrl: optional(args, 'reset_url'),
    }),
  ),
  passwordReset: succeeds((args, context) =>
    resetPassword(accountContextOf(context), {
      token: given(args, 'token'),
      password: given(args, 'password'),
    }),
  ),
  invite: succeeds((args, context) =>
    inviteUsers(accountContextOf(context), {
      emails: [given(args, 'email')],
      role: given(args, 'role'),
      inviteUrl: optional(args, 'invite_url'),
    }),
  ),
  inviteAccept: succeeds((args, context) =>
    acceptInvite(accountContextOf(context), {
      token: given(args, 'token'),
      password: given(args, 'password'),
    }),
  ),
  register: succeeds(async (args, context) => {
    const { registrationLimiter, origin } = bridgeOf(context);
    if (registrationLimiter && origin.ip) await registrationLimiter.consume(origin.ip);
    await registerUser(accountContextOf(context), {
      email: given(args, 'email'),
      password: given(args, 'password'),
      firstName: optional(args, 'first_name'),
      lastName: optional(args, 'last_name'),
      verificationUrl: optional(args, 'verification_url'),
    });
  }),
  registerVerify: succeeds((args, context) =>
    verifyRegistration(accountContextOf(context), given(args, 'token')),
  ),
};

/** `users_me_tfa_*`: the services of `POST /users/me/tfa/generate|enable|disable`. */
export const tfaResolvers = {
  generate: (async (_root, args, context) =>
    generateTfaSecret(
      authContextOf(context),
      { password: optional(args, 'password') },
      { issuer: accountsOf(context).settings.projectName },
    )) as Resolver,
  enable: succeeds((args, context) =>
    enableTfa(authContextOf(context), { secret: given(args, 'secret'), otp: given(args, 'otp') }),
  ),
  disable: succeeds((args, context) => disableOwnTfa(authContextOf(context), { otp: given(args, 'otp') })),
};
