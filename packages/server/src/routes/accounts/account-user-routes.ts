import { isPlinthError } from '@plinth/errors';
import {
  acceptInvite,
  disableOwnTfa,
  disableUserTfa,
  enableTfa,
  generateTfaSecret,
  inviteUsers,
  type RequestLimiter,
  registerUser,
  updateCurrentUser,
  verifyRegistration,
} from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { asObject } from '../auth/parse-auth-body.js';
import type { AccountRoutesOptions } from './account-auth-routes.js';
import { optionalString, requiredEmail, requiredEmails, requiredString } from './body-fields.js';

const unauthenticated = { config: { skipAuthentication: true } };

type Params = { Params: { id: string }; Querystring: Record<string, unknown> };

function publicPath(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * `PATCH /users/me`, two-factor (`/users/me/tfa/*`, `/users/:id/tfa/disable`), invitations
 * (`/users/invite[/accept]`) and self-registration (`/users/register[/verify-email]`; every attempt
 * takes a point of the caller's IP in `registrationLimiter` when there is one).
 */
export function createAccountUserRoutes(
  options: AccountRoutesOptions & { registrationLimiter?: RequestLimiter | undefined },
) {
  const { auth, accounts, registrationLimiter } = options;
  const context = (request: FastifyRequest) => ({ ...request.ctx, auth, accounts });

  return async function accountUserRoutes(app: FastifyInstance): Promise<void> {
    app.patch<{ Querystring: Record<string, unknown> }>('/users/me', async (request) => ({
      data: await updateCurrentUser(context(request), request.body, request.query),
    }));

    app.post('/users/me/tfa/generate', async (request) => {
      const body = asObject(request.body);
      const generated = await generateTfaSecret(
        context(request),
        { password: optionalString(body, 'password') },
        { issuer: accounts.settings.projectName },
      );
      return { data: generated };
    });

    app.post('/users/me/tfa/enable', async (request, reply) => {
      const body = asObject(request.body);
      await enableTfa(context(request), {
        secret: requiredString(body, 'secret'),
        otp: requiredString(body, 'otp'),
      });
      return reply.code(204).send();
    });

    app.post('/users/me/tfa/disable', async (request, reply) => {
      const body = asObject(request.body);
      await disableOwnTfa(context(request), { otp: requiredString(body, 'otp') });
      return reply.code(204).send();
    });

    app.post<Params>('/users/:id/tfa/disable', async (request, reply) => {
      await disableUserTfa(context(request), request.params.id);
      return reply.code(204).send();
    });

    app.post('/users/invite', async (request, reply) => {
      const body = asObject(request.body);
      await inviteUsers(context(request), {
        emails: requiredEmails(body),
        role: requiredString(body, 'role'),
        inviteUrl: optionalString(body, 'invite_url'),
      });
      return reply.code(204).send();
    });

    app.post('/users/invite/accept', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      await acceptInvite(context(request), {
        token: requiredString(body, 'token'),
        password: requiredString(body, 'password'),
      });
      return reply.code(204).send();
    });

    app.post('/users/register', unauthenticated, async (request, reply) => {
      await registrationLimiter?.consume(request.ip);
      const body = asObject(request.body);
      await registerUser(context(request), {
        email: requiredEmail(body),
        password: requiredString(body, 'password'),
        firstName: optionalString(body, 'first_name'),
        lastName: optionalString(body, 'last_name'),
        verificationUrl: optionalString(body, 'verification_url'),
      });
      return reply.code(204).send();
    });

    app.get<{ Querystring: Record<string, unknown> }>(
      '/users/register/verify-email',
      unauthenticated,
      async (request, reply) => {
        const token = request.query['token'];
        const { publicUrl } = accounts.settings;
        try {
          const id = await verifyRegistration(context(request), typeof token === 'string' ? token : '');
          return reply.redirect(publicPath(publicUrl, `/admin/users/${id}`), 302);
        } catch (error) {
          if (!isPlinthError(error)) throw error;
          // A browser follows this link; it gets a page, not an error envelope.
          return reply.redirect(publicPath(publicUrl, '/admin/login'), 302);
        }
      },
    );
  };
}
