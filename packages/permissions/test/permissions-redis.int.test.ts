import { randomBytes } from 'node:crypto';
import { listTestEngines } from '@plinth/test-kit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermissionsRuntime } from '../src/caller-permissions.js';
import { createPermissionsRuntime } from '../src/create-permissions-runtime.js';
import {
  createPermissionsSetup,
  editorAccountability,
  insertPermission,
  type PermissionsSetup,
} from './permissions-fixture.js';

const url = process.env['TEST_REDIS_URL'];
if (!url) console.warn('[@plinth/permissions] Redis invalidation tests skipped: TEST_REDIS_URL is not set.');

const sqlite = listTestEngines()[0]!;

/** Asks until `check` holds or a second has passed: a pub/sub message takes a moment to arrive. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe.skipIf(!url)('permissions invalidation across instances through Redis', () => {
  let setup: PermissionsSetup;
  let client: Redis;
  const channel = `plinth-test-permissions-${randomBytes(4).toString('hex')}`;
  const runtimes: PermissionsRuntime[] = [];

  beforeAll(async () => {
    setup = await createPermissionsSetup(sqlite);
    client = new Redis(url!, { maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    for (const runtime of runtimes) await runtime.close();
    client?.disconnect();
    await setup?.testDb.drop();
  });

  const start = (options: Parameters<typeof createPermissionsRuntime>[0]) => {
    const runtime = createPermissionsRuntime(options);
    runtimes.push(runtime);
    return runtime;
  };

  it('drops the rules cached by every runtime on the channel, and only on it', async () => {
    const db = setup.database.kysely;
    const accountability = editorAccountability(setup, { policies: [setup.ids.childPolicy] });
    const first = start({ redis: url!, channel });
    const second = start({ redis: client, channel });
    const elsewhere = start({ redis: url!, channel: `${channel}-other` });
    const commentRules = async (runtime: PermissionsRuntime) =>
      (await runtime.forCaller(db, setup.schema, accountability)).rules('comments', 'read');

    for (const runtime of [first, second, elsewhere]) expect(await commentRules(runtime)).toEqual([]);
    const id = await insertPermission(setup.database, {
      policy: setup.ids.childPolicy,
      collection: 'comments',
      action: 'read',
    });
    expect(await commentRules(second)).toEqual([]);

    await first.invalidate();
    expect((await commentRules(first)).map((rule) => rule.id)).toEqual([id]);
    expect(await eventually(async () => (await commentRules(second)).length === 1)).toBe(true);
    // A runtime on another channel never hears it; give the message time to have arrived anyway.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await commentRules(elsewhere)).toEqual([]);
  });

  it('unsubscribes and closes its connections on close()', async () => {
    const own = `${channel}-close`;
    const subscribers = async () => ((await client.pubsub('NUMSUB', own)) as [string, number])[1];
    const db = setup.database.kysely;
    const accountability = editorAccountability(setup, { policies: [setup.ids.parentPolicy] });
    const listener = start({ redis: url!, channel: own });
    const borrowing = start({ redis: client, channel: own });
    await listener.forCaller(db, setup.schema, accountability);
    await borrowing.forCaller(db, setup.schema, accountability);
    expect(await subscribers()).toBe(2);
    await listener.close();
    await borrowing.close();
    expect(await eventually(async () => (await subscribers()) === 0)).toBe(true);
    // The client it was given stays the caller's, open.
    expect(await client.ping()).toBe('PONG');
  });
});
