import type { TestEngine } from '@plinth/test-kit';
import { ADMIN_ROLE, type AuthServer, codeOf, createAuthServer, POLICY } from './auth-fixture.js';

export const ADMIN_TOKEN = 'system-api-admin-token';
export const EDITOR_TOKEN = 'system-api-editor-token';

/** What one request answered: its status, its error code (if any) and its parsed body. */
export interface Answer {
  status: number;
  code: string | null;
  body: any;
}

/** A server with an admin and an app user of the `Editor` role (app access, no stored permissions). */
export interface SystemApi {
  api: AuthServer;
  db: AuthServer['database']['kysely'];
  adminId: string;
  editorId: string;
  /** A request as the admin (`token` omitted), another token, or nobody (`null`). */
  call(method: string, url: string, token?: string | null, payload?: unknown): Promise<Answer>;
  /** Grants the Editor policy `action` on `collection` through `/permissions` (which drops caches). */
  grant(collection: string, action: string, rule?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** An `articles` collection with an integer key, a title and a manual sort field. */
export const ARTICLES = {
  collection: 'articles',
  schema: {},
  meta: { sort_field: 'sort' },
  fields: [
    { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
    { field: 'title', type: 'string' },
    { field: 'sort', type: 'integer' },
  ],
};

export async function createSystemApi(engine: TestEngine): Promise<SystemApi> {
  const api = await createAuthServer(engine);
  const adminId = await api.addUser({ email: 'admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
  const editorId = await api.addUser({ email: 'editor@example.com', token: EDITOR_TOKEN });
  const call: SystemApi['call'] = async (method, url, token, payload) => {
    const response = await api.server.app.inject({
      method: method as 'GET',
      url,
      headers: token === null ? {} : { authorization: `Bearer ${token ?? ADMIN_TOKEN}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const body = response.body === '' ? null : response.json();
    return { status: response.statusCode, code: codeOf(response), body };
  };
  const created = await call('POST', '/collections', ADMIN_TOKEN, ARTICLES);
  if (created.status !== 200) throw new Error(JSON.stringify(created.body));
  return {
    api,
    db: api.database.kysely,
    adminId,
    editorId,
    call,
    async grant(collection, action, rule = {}) {
      const answer = await call('POST', '/permissions', ADMIN_TOKEN, {
        policy: POLICY,
        collection,
        action,
        fields: ['*'],
        ...rule,
      });
      if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
    },
    close: () => api.close(),
  };
}
