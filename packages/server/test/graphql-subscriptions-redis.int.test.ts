import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthServer } from './auth-fixture.js';
import { graphqlSocket, subscribe } from './graphql-socket-fixture.js';
import { startTwoInstances, type TwoInstances, twoInstancesReady } from './two-instances-fixture.js';
import { ADMIN_TOKEN, EDITOR_TOKEN } from './websocket-fixture.js';

const ready = twoInstancesReady('GraphQL subscriptions across two instances');

const MUTATED = 'subscription { articles_mutated { key event data { title } } }';

describe.skipIf(!ready)('GraphQL subscriptions across two instances sharing PostgreSQL and Redis', () => {
  let instances: TwoInstances;
  let a: AuthServer;
  let urlB: string;

  beforeAll(async () => {
    instances = await startTwoInstances('plinth-gql');
    a = instances.a;
    urlB = instances.wsB.replace(/\/websocket$/, '/graphql');
  });
  afterAll(async () => {
    await instances?.close();
  });

  it("delivers A's writes to B's subscribers, each reading them back with its own rights", async () => {
    const admin = graphqlSocket(urlB, ADMIN_TOKEN);
    const editor = graphqlSocket(urlB, EDITOR_TOKEN);
    try {
      const adminLive = subscribe(admin, MUTATED);
      const editorLive = subscribe(editor, MUTATED);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const post = (payload: object) =>
        a.server.app.inject({
          method: 'POST',
          url: '/items/articles',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload,
        });
      const draft = (await post({ title: 'Hidden', status: 'draft' })).json().data.id;
      const shown = (await post({ title: 'Shown', status: 'published' })).json().data.id;

      expect((await adminLive.nth(2)).data.articles_mutated).toEqual({
        key: String(shown),
        event: 'create',
        data: { title: 'Shown' },
      });
      expect((await adminLive.nth(1)).data.articles_mutated.key).toBe(String(draft));
      expect((await editorLive.nth(1)).data.articles_mutated).toEqual({
        key: String(shown),
        event: 'create',
        data: { title: 'Shown' },
      });
      await editorLive.settles(1, 300);
    } finally {
      await admin.dispose();
      await editor.dispose();
    }
  });
});
