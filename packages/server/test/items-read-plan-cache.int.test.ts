import { listTestEngines } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

// SQLite always runs; the reuse of read plans is the same code on every engine.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

describe('repeated /items reads', () => {
  let setup: ItemsReadSetup;

  beforeAll(async () => {
    setup = await createItemsReadSetup(sqlite);
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('answer the same as the first read', async () => {
    const path = '/items/articles?fields=id,title&sort=-id&limit=2';
    const first = await setup.api('GET', path);
    const again = await setup.api('GET', path);
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
  });

  it('see a data-model change at once', async () => {
    const before = await setup.api('GET', '/items/articles/1');
    expect(before.body.data).not.toHaveProperty('subtitle');
    const created = await setup.api('POST', '/fields/articles', { field: 'subtitle', type: 'string' });
    expect(created.status).toBe(200);
    const after = await setup.api('GET', '/items/articles/1');
    expect(after.body.data).toHaveProperty('subtitle', null);
  });

  it('see rows written in between', async () => {
    const path = '/items/articles?aggregate[count]=*';
    const before = await setup.api('GET', path);
    await setup.api('POST', '/items/articles', { title: 'Delta', slug: 'delta', status: 'draft' });
    const after = await setup.api('GET', path);
    expect(Number(after.body.data[0].count)).toBe(Number(before.body.data[0].count) + 1);
  });
});
