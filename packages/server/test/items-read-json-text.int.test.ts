import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

// Reads whose rows the engine's JSON text serves as they are (SQLite), and reads it cannot serve.
const READS = [
  '/items/articles?fields=id,title,status,author&limit=2',
  '/items/articles?fields=id,title,author.name,comments.body,tags.tags_id.name&sort=-id',
  '/items/articles?fields=id,title&meta=*&filter[status][_eq]=published',
  '/items/articles?aggregate[count]=*&groupBy=status',
  '/items/pages?fields=id,blocks.item:headings.title,blocks.item:texts.body',
  '/items/articles/1?fields=id,title,author.id,author.name',
  '/items/articles/3',
];

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'items JSON text tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items answers on ${engine.client}`, () => {
    let setup: ItemsReadSetup;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it.each(READS)('are the JSON text of their envelope, byte for byte: %s', async (url) => {
      const response = await setup.server.app.inject({
        url,
        headers: { authorization: `Bearer ${setup.token}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const envelope = response.json();
      expect(envelope.data).not.toBeNull();
      expect(response.body).toBe(JSON.stringify(envelope));
      expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
    });

    it('refuse a missing item with the generic 403', async () => {
      const response = await setup.api('GET', '/items/articles/999');
      expect(response.status).toBe(403);
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });
}
