import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthServer } from './auth-fixture.js';
import { startTwoInstances, type TwoInstances, twoInstancesReady } from './two-instances-fixture.js';
import {
  ADMIN_TOKEN,
  EDITOR,
  openAuthenticated,
  type Received,
  type TestSocket,
} from './websocket-fixture.js';

const ready = twoInstancesReady('realtime fan-out across two instances');

const isEvent = (uid: string, event: string) => (m: Received) =>
  m.type === 'subscription' && m.uid === uid && m.event === event;

describe.skipIf(!ready)('/websocket across two instances sharing PostgreSQL and Redis', () => {
  let instances: TwoInstances;
  let a: AuthServer;
  let wsA: string;
  let wsB: string;

  beforeAll(async () => {
    instances = await startTwoInstances('plinth-ws');
    ({ a, wsA, wsB } = instances);
  });
  afterAll(async () => {
    await instances?.close();
  });

  it("delivers A's REST writes to B's subscribers, each reading them back with its own rights", async () => {
    const admin = await openAuthenticated(wsB, { access_token: ADMIN_TOKEN });
    const editor = await openAuthenticated(wsB, { ...EDITOR });
    const subscribe = async (socket: TestSocket, uid: string) => {
      socket.send({ type: 'subscribe', collection: 'articles', query: { fields: ['id', 'title'] }, uid });
      await socket.next(isEvent(uid, 'init'));
    };
    await subscribe(admin, 'admin');
    await subscribe(editor, 'editor');

    const post = (payload: object) =>
      a.server.app.inject({
        method: 'POST',
        url: '/items/articles',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload,
      });
    const draft = (await post({ title: 'draft on A' })).json().data;
    const published = (await post({ title: 'published on A', status: 'published' })).json().data;

    expect((await admin.next(isEvent('admin', 'create'))).data).toEqual([
      { id: draft.id, title: 'draft on A' },
    ]);
    expect((await admin.next(isEvent('admin', 'create'))).data).toEqual([
      { id: published.id, title: 'published on A' },
    ]);
    // The editor never gets the draft: its first create event is the published row.
    expect((await editor.next(isEvent('editor', 'create'))).data).toEqual([
      { id: published.id, title: 'published on A' },
    ]);
    await editor.none(isEvent('editor', 'create'), 300);
    admin.close();
    editor.close();
  });

  it("delivers B's socket writes to A's subscribers, once each", async () => {
    const listener = await openAuthenticated(wsA, { access_token: ADMIN_TOKEN });
    listener.send({ type: 'subscribe', collection: 'articles', event: 'delete', uid: 'd' });
    await listener.next(isEvent('d', 'init'));
    const writer = await openAuthenticated(wsB, { access_token: ADMIN_TOKEN });
    writer.send({
      type: 'items',
      collection: 'articles',
      action: 'create',
      data: { title: 'short-lived' },
      uid: 'c',
    });
    const { data } = await writer.next((m) => m.uid === 'c');
    writer.send({ type: 'items', collection: 'articles', action: 'delete', id: data.id, uid: 'x' });
    expect((await listener.next(isEvent('d', 'delete'))).data).toEqual([data.id]);
    await listener.none(isEvent('d', 'delete'), 300);
    listener.close();
    writer.close();
  });
});
