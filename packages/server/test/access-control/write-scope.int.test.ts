import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenDelete, forbiddenUpdate } from './access-expect.js';
import { type AccessSetup, type Caller, createAccessSetup } from './access-fixture.js';
import { fetchProjects, insertWriteRows, ROWS } from './write-rows.js';

// Alice may update her own projects (name, budget, status) and delete her own; she reads only
// published ones. An update or delete reaching any row outside those filters changes nothing.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'access-control write scope tests', '@plinth/server');
  describe.skipIf(!engine.url)(`which rows a write may touch on ${engine.client}`, () => {
    let setup: AccessSetup;
    let alice: Caller;
    const projects = () => fetchProjects(setup.db);
    const project = async (id: number) => (await projects()).find((row) => row['id'] === id);

    beforeAll(async () => {
      setup = await createAccessSetup(engine);
      alice = setup.as('alice');
      await insertWriteRows(setup);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('updates a row of its own and answers with it', async () => {
      const response = await alice('PATCH', `/items/projects/${ROWS.echo}?fields=id,name`, {
        name: 'echo 2',
      });
      expect(response).toEqual({ status: 200, body: { data: { id: ROWS.echo, name: 'echo 2' } } });
      expect(await project(ROWS.echo)).toMatchObject({ name: 'echo 2', budget: 500 });
    });

    it('refuses an update by key outside the update filter, readable or not', async () => {
      const before = await projects();
      for (const id of [ROWS.foxtrot, 2]) {
        expect(await alice('PATCH', `/items/projects/${id}`, { name: 'hijacked' }), String(id)).toEqual({
          status: 403,
          body: forbiddenUpdate(['name'], 'projects'),
        });
      }
      expect(await projects()).toEqual(before);
    });

    it('refuses an update by keys when one key is outside the filter, changing none', async () => {
      const before = await projects();
      const response = await alice('PATCH', '/items/projects', {
        keys: [ROWS.golf, ROWS.foxtrot],
        data: { budget: 1 },
      });
      expect(response).toEqual({ status: 403, body: forbiddenUpdate(['budget'], 'projects') });
      expect(await projects()).toEqual(before);
    });

    it('refuses an update by query that reaches a row outside the filter, changing none', async () => {
      const before = await projects();
      const response = await alice('PATCH', '/items/projects', {
        query: { filter: { id: { _in: [ROWS.golf, ROWS.foxtrot] } } },
        data: { budget: 1 },
      });
      expect(response).toEqual({ status: 403, body: forbiddenUpdate(['budget'], 'projects') });
      expect(await projects()).toEqual(before);
    });

    it('updates by query exactly the rows it names when all are its own', async () => {
      const before = await projects();
      const response = await alice('PATCH', '/items/projects?fields=id,budget', {
        query: { filter: { id: { _in: [ROWS.hotel, ROWS.india] } } },
        data: { budget: 7 },
      });
      expect(response).toEqual({
        status: 200,
        body: {
          data: [
            { id: ROWS.hotel, budget: 7 },
            { id: ROWS.india, budget: 7 },
          ],
        },
      });
      const touched = new Set<unknown>([ROWS.hotel, ROWS.india]);
      expect(await projects()).toEqual(
        before.map((row) => (touched.has(row['id']) ? { ...row, budget: 7 } : row)),
      );
    });

    it('updates by query a row of its own that it cannot read, answering an empty list', async () => {
      const before = await projects();
      const response = await alice('PATCH', '/items/projects?fields=id,budget', {
        query: { filter: { id: { _eq: ROWS.november } } },
        data: { budget: 8 },
      });
      expect(response).toEqual({ status: 200, body: { data: [] } });
      expect(await projects()).toEqual(
        before.map((row) => (row['id'] === ROWS.november ? { ...row, budget: 8 } : row)),
      );
    });

    it('rolls back a whole batch update when one item is outside the filter', async () => {
      const before = await projects();
      const response = await alice('PATCH', '/items/projects', [
        { id: ROWS.mike, name: 'mike 2' },
        { id: ROWS.foxtrot, name: 'foxtrot 2' },
      ]);
      expect(response).toEqual({ status: 403, body: forbiddenUpdate(['name'], 'projects') });
      expect(await projects()).toEqual(before);
    });

    it('refuses a delete by key outside the delete filter, readable or not', async () => {
      const before = await projects();
      for (const id of [ROWS.foxtrot, 2]) {
        expect(await alice('DELETE', `/items/projects/${id}`), String(id)).toEqual({
          status: 403,
          body: forbiddenDelete('projects'),
        });
      }
      expect(await projects()).toEqual(before);
    });

    it('refuses a delete by keys or by query reaching a row outside the filter, deleting none', async () => {
      const before = await projects();
      const refused = { status: 403, body: forbiddenDelete('projects') };
      expect(await alice('DELETE', '/items/projects', [ROWS.juliet, ROWS.foxtrot])).toEqual(refused);
      expect(await alice('DELETE', '/items/projects', { keys: [ROWS.kilo, ROWS.foxtrot] })).toEqual(refused);
      const query = { filter: { id: { _in: [ROWS.kilo, ROWS.foxtrot] } } };
      expect(await alice('DELETE', '/items/projects', { query })).toEqual(refused);
      expect(await projects()).toEqual(before);
    });

    it('deletes its own rows by key and by query, and nothing else', async () => {
      const before = await projects();
      expect(await alice('DELETE', `/items/projects/${ROWS.juliet}`)).toEqual({ status: 204, body: null });
      const query = { filter: { id: { _eq: ROWS.kilo } } };
      expect(await alice('DELETE', '/items/projects', { query })).toEqual({ status: 204, body: null });
      const gone = new Set<unknown>([ROWS.juliet, ROWS.kilo]);
      expect(await projects()).toEqual(before.filter((row) => !gone.has(row['id'])));
    });
  });
}
