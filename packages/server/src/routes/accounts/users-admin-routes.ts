import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import {
  createUser,
  createUsers,
  deleteUser,
  deleteUsers,
  readItemsByKeys,
  readUser,
  readUsers,
  trackPage,
  updateUser,
  updateUsers,
  updateUsersBatch,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRecord, toSelection, withErrorList } from '../lib/crud-bodies.js';
import type { AccountRoutesOptions } from './account-auth-routes.js';

type Query = { Querystring: Record<string, unknown> };
type ById = Query & { Params: { id: string } };

/** Re-reads written users with the request's query; a caller who may write but not read them gets 204. */
async function reread(reply: FastifyReply, read: () => Promise<unknown>) {
  try {
    return { data: await read() };
  } catch (error) {
    if (isPlinthError(error, 'FORBIDDEN')) return reply.code(204).send();
    throw error;
  }
}

/**
 * `/users` CRUD with the `/items` batch forms: list and read (secrets concealed); create one or an
 * array; update one, an array of partial users, `{keys, data}` or `{query, data}`; delete one, an array
 * of ids, `{keys}` or `{query}`. Everything goes through the items machinery with the caller's
 * permissions (admins may do anything; others what permissions grant). A new password or a suspension
 * ends the user's sessions. Also `PATCH /users/me/track/page`.
 */
export function createUsersAdminRoutes(options: Pick<AccountRoutesOptions, 'auth'>) {
  const context = (request: FastifyRequest) => ({ ...request.ctx, auth: options.auth });
  const readBack = (request: FastifyRequest<Query>, keys: PrimaryKey[]) => () =>
    readItemsByKeys({ ...request.ctx, systemAccess: true }, 'directus_users', keys, request.query);

  return async function usersAdminRoutes(app: FastifyInstance): Promise<void> {
    app.get<Query>('/users', async (request) => readUsers(request.ctx, request.query));

    app.get<ById>('/users/:id', async (request) => ({
      data: await readUser(request.ctx, request.params.id, request.query),
    }));

    app.post<Query>('/users', (request, reply) =>
      withErrorList(async () => {
        const { body } = request;
        if (Array.isArray(body)) {
          return reread(reply, readBack(request, await createUsers(context(request), body)));
        }
        const id = await createUser(context(request), body);
        return reread(reply, () => readUser(request.ctx, String(id), request.query));
      }),
    );

    app.patch<{ Body: unknown }>('/users/me/track/page', async (request, reply) => {
      await trackPage(request.ctx, isRecord(request.body) ? request.body['last_page'] : undefined);
      return reply.code(204).send();
    });

    app.patch<Query>('/users', (request, reply) =>
      withErrorList(async () => {
        const { body } = request;
        let keys: PrimaryKey[];
        if (Array.isArray(body)) keys = await updateUsersBatch(context(request), body);
        else if (isRecord(body)) {
          const selection = toSelection(body);
          if (!isRecord(body['data'])) throw new InvalidPayloadError({ reason: '"data" is required' });
          keys = await updateUsers(context(request), selection, body['data']);
        } else throw new InvalidPayloadError({ reason: 'The body has to be an array or an object' });
        return reread(reply, readBack(request, keys));
      }),
    );

    app.patch<ById>('/users/:id', (request, reply) =>
      withErrorList(async () => {
        await updateUser(context(request), request.params.id, request.body);
        // As for items: an admin's update of a missing key answers 204 with no body.
        return reread(reply, () => readUser(request.ctx, request.params.id, request.query));
      }),
    );

    app.delete('/users', async (request, reply) => {
      const { body } = request;
      if (Array.isArray(body)) await deleteUsers(context(request), { keys: body as PrimaryKey[] });
      else if (isRecord(body)) await deleteUsers(context(request), toSelection(body));
      else throw new InvalidPayloadError({ reason: 'The body has to be an array of keys or an object' });
      return reply.code(204).send();
    });

    app.delete<ById>('/users/:id', async (request, reply) => {
      await deleteUser(context(request), request.params.id);
      return reply.code(204).send();
    });
  };
}
