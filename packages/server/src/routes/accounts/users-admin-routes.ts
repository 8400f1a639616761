import { isPlinthError } from '@plinth/errors';
import { createUser, deleteUser, readUser, readUsers, updateUser } from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccountRoutesOptions } from './account-auth-routes.js';

type Query = { Querystring: Record<string, unknown> };
type ById = Query & { Params: { id: string } };

/**
 * `/users` CRUD for admins until role and policy permissions land: list and read (secrets concealed),
 * create, update (a new password or a suspension ends the user's sessions) and delete one user.
 */
export function createUsersAdminRoutes(options: Pick<AccountRoutesOptions, 'auth'>) {
  const context = (request: FastifyRequest) => ({ ...request.ctx, auth: options.auth });

  return async function usersAdminRoutes(app: FastifyInstance): Promise<void> {
    app.get<Query>('/users', async (request) => readUsers(request.ctx, request.query));

    app.get<ById>('/users/:id', async (request) => ({
      data: await readUser(request.ctx, request.params.id, request.query),
    }));

    app.post<Query>('/users', async (request) => {
      const id = await createUser(context(request), request.body);
      return { data: await readUser(request.ctx, id, request.query) };
    });

    app.patch<ById>('/users/:id', async (request, reply) => {
      await updateUser(context(request), request.params.id, request.body);
      try {
        return { data: await readUser(request.ctx, request.params.id, request.query) };
      } catch (error) {
        if (!isPlinthError(error, 'FORBIDDEN')) throw error;
        // As for items: an admin's update of a missing key answers 204 with no body.
        return reply.code(204).send();
      }
    });

    app.delete<ById>('/users/:id', async (request, reply) => {
      await deleteUser(context(request), request.params.id);
      return reply.code(204).send();
    });
  };
}
