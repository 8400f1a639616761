import type { FastifyInstance } from 'fastify';

/** A GraphQL answer as the tests look at it. */
export interface GraphQLResponse {
  status: number;
  body: any;
}

/** Posts GraphQL documents to `path` in-process, as the admin unless another token is given. */
export function createGraphQL(app: FastifyInstance, token: string | null, path = '/graphql') {
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await app.inject({
      method: 'POST',
      url: path,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: { query, ...(variables ? { variables } : {}) },
    });
    return { status: response.statusCode, body: response.json() };
  };
}
