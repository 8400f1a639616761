import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenCollection, GENERIC_403 } from './access-expect.js';
import { type AccessSetup, type Caller, createAccessSetup } from './access-fixture.js';

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Numbers as numbers: PostgreSQL and MySQL send counts and sums as strings. */
const numeric = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    JSON.parse(JSON.stringify(row), (_key, value) => (/^\d+$/.test(value) ? Number(value) : value)),
  );

// Alice reads published projects (1 Apollo, 3 Cassini; not 2 Borealis, draft, nor 4 Draco, archived),
// open tasks (1, 3, 4; not 2), public labels (1; not 2), unarchived notes (1; not 2), and no memos.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'access-control row filter tests', '@plinth/server');
  describe.skipIf(!engine.url)(`row filters at every level on ${engine.client}`, () => {
    let setup: AccessSetup;
    let alice: Caller;

    beforeAll(async () => {
      setup = await createAccessSetup(engine);
      alice = setup.as('alice');
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('lists only the rows the filter lets through', async () => {
      expect(await alice('GET', '/items/projects?fields=id,name')).toEqual({
        status: 200,
        body: {
          data: [
            { id: 1, name: 'Apollo' },
            { id: 3, name: 'Cassini' },
          ],
        },
      });
    });

    it('answers an item outside the filter exactly like a missing one', async () => {
      const missing = await alice('GET', '/items/projects/999');
      expect(missing).toEqual({ status: 403, body: GENERIC_403 });
      expect(await alice('GET', '/items/projects/2')).toEqual(missing);
      expect(await alice('GET', '/items/projects/4?fields=id')).toEqual(missing);
      expect(await alice('GET', '/items/projects/1?fields=id')).toEqual({
        status: 200,
        body: { data: { id: 1 } },
      });
    });

    it('reads by keys only the keys inside the filter', async () => {
      expect(await alice('SEARCH', '/items/projects?fields=id', { keys: [1, 2, 3, 4] })).toEqual({
        status: 200,
        body: { data: [{ id: 1 }, { id: 3 }] },
      });
    });

    it('refuses a collection without a read rule as if it did not exist', async () => {
      expect(await alice('GET', '/items/memos')).toEqual({ status: 403, body: forbiddenCollection('memos') });
      expect(await alice('GET', '/items/memos/1')).toEqual({
        status: 403,
        body: forbiddenCollection('memos'),
      });
      expect(await alice('GET', '/items/nowhere')).toEqual({
        status: 403,
        body: forbiddenCollection('nowhere'),
      });
    });

    it('leaves rows outside the nested filter out of one-to-many lists', async () => {
      expect(await alice('GET', '/items/projects?fields=id,tasks')).toEqual({
        status: 200,
        body: {
          data: [
            { id: 1, tasks: [1] },
            { id: 3, tasks: [4] },
          ],
        },
      });
      expect(await alice('GET', '/items/projects?fields=id,tasks.title')).toEqual({
        status: 200,
        body: {
          data: [
            { id: 1, tasks: [{ title: 'design' }] },
            { id: 3, tasks: [{ title: 'ship' }] },
          ],
        },
      });
    });

    it('answers a related row the caller cannot read with null', async () => {
      expect(await alice('GET', '/items/tasks?fields=id,project.name')).toEqual({
        status: 200,
        body: {
          data: [
            { id: 1, project: { name: 'Apollo' } },
            { id: 3, project: null },
            { id: 4, project: { name: 'Cassini' } },
          ],
        },
      });
    });

    it('answers a many-to-many target the caller cannot read with null', async () => {
      expect(await alice('GET', '/items/projects/1?fields=labels.labels_id.name')).toEqual({
        status: 200,
        body: { data: { labels: [{ labels_id: { name: 'Open' } }, { labels_id: null }] } },
      });
    });

    it('answers a many-to-any item the caller cannot read with null', async () => {
      expect(await alice('GET', '/items/projects/1?fields=blocks.collection,blocks.item:notes.body')).toEqual(
        {
          status: 200,
          body: {
            data: {
              blocks: [
                { collection: 'notes', item: { body: 'Visible note' } },
                { collection: 'notes', item: null },
              ],
            },
          },
        },
      );
    });

    it('counts related rows through count() inside the nested filter', async () => {
      const response = await alice('GET', '/items/projects?fields=id,count(tasks)');
      expect(response.status).toBe(200);
      expect(numeric(response.body.data)).toEqual([
        { id: 1, tasks_count: 1 },
        { id: 3, tasks_count: 1 },
      ]);
    });

    it('filters on count() of related rows inside the nested filter', async () => {
      const more = { 'count(tasks)': { _gt: 1 } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(more)}`)).toEqual({
        status: 200,
        body: { data: [] },
      });
      const one = { 'count(tasks)': { _eq: 1 } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(one)}`)).toEqual({
        status: 200,
        body: { data: [{ id: 1 }, { id: 3 }] },
      });
    });

    it('matches a many-to-one filter only against related rows the caller can read', async () => {
      const filter = { project: { name: { _eq: 'Borealis' } } };
      expect(await alice('GET', `/items/tasks?fields=id&filter=${json(filter)}`)).toEqual({
        status: 200,
        body: { data: [] },
      });
      const visible = { project: { name: { _eq: 'Cassini' } } };
      expect(await alice('GET', `/items/tasks?fields=id&filter=${json(visible)}`)).toEqual({
        status: 200,
        body: { data: [{ id: 4 }] },
      });
    });

    it('matches _some and _none only against related rows the caller can read', async () => {
      const some = { tasks: { _some: { title: { _eq: 'build' } } } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(some)}`)).toEqual({
        status: 200,
        body: { data: [] },
      });
      const none = { tasks: { _none: { done: { _eq: true } } } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(none)}`)).toEqual({
        status: 200,
        body: { data: [{ id: 1 }, { id: 3 }] },
      });
      const implicit = { labels: { labels_id: { name: { _eq: 'Hidden' } } } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(implicit)}`)).toEqual({
        status: 200,
        body: { data: [] },
      });
    });

    it('cannot widen the nested filter through deep', async () => {
      const deep = { tasks: { _filter: { done: { _eq: true } } } };
      expect(await alice('GET', `/items/projects/1?fields=tasks.title&deep=${json(deep)}`)).toEqual({
        status: 200,
        body: { data: { tasks: [] } },
      });
    });

    it('counts only visible rows in meta', async () => {
      expect(await alice('GET', '/items/projects?fields=id&filter[name][_eq]=Apollo&meta=*')).toEqual({
        status: 200,
        body: { data: [{ id: 1 }], meta: { total_count: 2, filter_count: 1 } },
      });
      expect(await alice('GET', '/items/projects?fields=id&filter[name][_eq]=Borealis&meta=*')).toEqual({
        status: 200,
        body: { data: [], meta: { total_count: 2, filter_count: 0 } },
      });
    });

    it('aggregates only visible rows', async () => {
      const count = await alice('GET', '/items/projects?aggregate[count]=*');
      expect(count.status).toBe(200);
      expect(numeric(count.body.data)).toEqual([{ count: 2 }]);
      const sum = await alice('GET', '/items/projects?aggregate[sum]=budget&aggregate[max]=budget');
      expect(numeric(sum.body.data)).toEqual([{ sum: { budget: 400 }, max: { budget: 300 } }]);
    });

    it('groups only visible rows', async () => {
      const response = await alice('GET', '/items/projects?aggregate[count]=id&groupBy=status');
      expect(response.status).toBe(200);
      expect(numeric(response.body.data)).toEqual([{ status: 'published', count: { id: 2 } }]);
    });

    it('keeps the admin outside every rule', async () => {
      const response = await setup.admin(
        'GET',
        '/items/projects?fields=id,secret,tasks.private_note&meta=total_count',
      );
      expect(response).toEqual({
        status: 200,
        body: {
          data: [
            {
              id: 1,
              secret: 'secret-apollo',
              tasks: [{ private_note: 'note-design' }, { private_note: 'note-build' }],
            },
            { id: 2, secret: 'secret-borealis', tasks: [{ private_note: 'note-test' }] },
            { id: 3, secret: 'secret-cassini', tasks: [{ private_note: 'note-ship' }] },
            { id: 4, secret: 'secret-draco', tasks: [] },
          ],
          meta: { total_count: 4 },
        },
      });
      const memo = await setup.admin('GET', '/items/projects/3?fields=blocks.item:memos.title');
      expect(memo.body).toEqual({ data: { blocks: [{ item: { title: 'Classified memo' } }] } });
    });
  });
}
