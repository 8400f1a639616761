import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenField } from './access-expect.js';
import { type AccessSetup, type Caller, createAccessSetup } from './access-fixture.js';
import { USER } from './access-seed.js';

/** A query parameter value in the SDK's JSON form. */
const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

// Alice (role `reader`) may read projects' id, name, status, budget, owner, department and the three
// relational aliases, never `secret`; tasks without `private_note`; labels without `internal_code`;
// notes without `author_email`. Every door to one of those must be shut.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'access-control field tests', '@plinth/server');
  describe.skipIf(!engine.url)(`forbidden fields through every door on ${engine.client}`, () => {
    let setup: AccessSetup;
    let alice: Caller;

    beforeAll(async () => {
      setup = await createAccessSetup(engine);
      alice = setup.as('alice');
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('refuses a forbidden field asked for directly, in a list and by key', async () => {
      const refused = { status: 403, body: forbiddenField('secret', 'projects') };
      expect(await alice('GET', '/items/projects?fields=id,secret')).toEqual(refused);
      expect(await alice('GET', '/items/projects/1?fields=secret')).toEqual(refused);
      expect(await alice('SEARCH', '/items/projects', { query: { fields: ['secret'] } })).toEqual(refused);
    });

    it('leaves forbidden fields out of *', async () => {
      expect(await alice('GET', '/items/projects/1')).toEqual({
        status: 200,
        body: {
          data: {
            id: 1,
            name: 'Apollo',
            status: 'published',
            budget: 100,
            owner: USER.alice.id,
            department: 1,
            tasks: [1],
            labels: [1, 2],
            blocks: [1, 2],
          },
        },
      });
    });

    it('never lets a forbidden or hidden value through wildcards at any depth', async () => {
      const response = await alice('GET', '/items/projects?fields=*.*.*');
      expect(response.status).toBe(200);
      expect(response.body.data.map((project: { id: number }) => project.id)).toEqual([1, 3]);
      const text = JSON.stringify(response.body);
      // Forbidden fields (secret, private_note, department code, internal_code, author_email) and rows
      // outside the filters (task 2, label 2, note 2, memos, projects 2 and 4).
      for (const leak of [
        'secret-',
        'note-',
        'R-77',
        'L-OPEN',
        'ann@notes',
        'build',
        'Hidden',
        'Archived',
        'Classified',
        'Borealis',
        'Draco',
      ]) {
        expect(text, leak).not.toContain(leak);
      }
      expect(text).toContain('Visible note');
    });

    it('refuses an alias that renames a forbidden field', async () => {
      const response = await alice(
        'GET',
        `/items/projects?fields=id,shown&alias=${json({ shown: 'secret' })}`,
      );
      expect(response).toEqual({ status: 403, body: forbiddenField('secret', 'projects') });
    });

    it('refuses a forbidden field through a many-to-one', async () => {
      expect(await alice('GET', '/items/tasks?fields=id,project.secret')).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects', 'project'),
      });
    });

    it('refuses a forbidden field through a one-to-many', async () => {
      expect(await alice('GET', '/items/projects?fields=id,tasks.private_note')).toEqual({
        status: 403,
        body: forbiddenField('private_note', 'tasks', 'tasks'),
      });
    });

    it('refuses a forbidden field through a many-to-many', async () => {
      expect(await alice('GET', '/items/projects?fields=id,labels.labels_id.internal_code')).toEqual({
        status: 403,
        body: forbiddenField('internal_code', 'labels', 'labels.labels_id'),
      });
    });

    it('refuses a forbidden field through a many-to-any scope', async () => {
      expect(await alice('GET', '/items/projects?fields=id,blocks.item:notes.author_email')).toEqual({
        status: 403,
        body: forbiddenField('author_email', 'notes', 'blocks.item:notes'),
      });
    });

    it('expands * inside a many-to-any scope to the readable fields only', async () => {
      expect(await alice('GET', '/items/projects/1?fields=blocks.item:notes.*')).toEqual({
        status: 200,
        body: {
          data: { blocks: [{ item: { id: 1, body: 'Visible note', archived: false } }, { item: null }] },
        },
      });
    });

    it('never returns a many-to-any item from a collection the caller cannot read', async () => {
      const response = await alice(
        'GET',
        '/items/projects/3?fields=id,blocks.collection,blocks.item:memos.title',
      );
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain('Classified');
    });

    it('refuses a filter on a forbidden field, also inside _or', async () => {
      const refused = { status: 403, body: forbiddenField('secret', 'projects') };
      expect(
        await alice('GET', `/items/projects?filter=${json({ secret: { _eq: 'secret-apollo' } })}`),
      ).toEqual(refused);
      const hidden = { _or: [{ name: { _eq: 'Nope' } }, { secret: { _starts_with: 'secret-a' } }] };
      expect(await alice('GET', `/items/projects?filter=${json(hidden)}`)).toEqual(refused);
      expect(await alice('GET', '/items/projects?filter[secret][_null]=false')).toEqual(refused);
    });

    it('refuses a filter on a forbidden field along a many-to-one path', async () => {
      const filter = { project: { secret: { _eq: 'secret-apollo' } } };
      expect(await alice('GET', `/items/tasks?fields=id&filter=${json(filter)}`)).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects', 'project'),
      });
    });

    it('refuses _some and _none on a forbidden field of the related rows', async () => {
      const refused = { status: 403, body: forbiddenField('private_note', 'tasks', 'tasks') };
      for (const quantifier of ['_some', '_none']) {
        const filter = { tasks: { [quantifier]: { private_note: { _eq: 'note-build' } } } };
        expect(await alice('GET', `/items/projects?fields=id&filter=${json(filter)}`), quantifier).toEqual(
          refused,
        );
      }
    });

    it('refuses a filter on a forbidden field across the junction of a many-to-many', async () => {
      const filter = { labels: { labels_id: { internal_code: { _eq: 'L-HIDDEN' } } } };
      expect(await alice('GET', `/items/projects?fields=id&filter=${json(filter)}`)).toEqual({
        status: 403,
        body: forbiddenField('internal_code', 'labels', 'labels.labels_id'),
      });
    });

    it('refuses sorting on a forbidden field, at the root and along a many-to-one', async () => {
      const root = { status: 403, body: forbiddenField('secret', 'projects') };
      expect(await alice('GET', '/items/projects?fields=id&sort=secret')).toEqual(root);
      expect(await alice('GET', '/items/projects?fields=id&sort=-secret')).toEqual(root);
      expect(await alice('GET', '/items/tasks?fields=id&sort=project.secret')).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects', 'project'),
      });
    });

    it('never matches a search term against a forbidden field', async () => {
      const everyone = await setup.admin('GET', '/items/projects?fields=id&search=secret-');
      expect(everyone.body.data).toHaveLength(4);
      expect(await alice('GET', '/items/projects?fields=id&search=secret-&meta=filter_count')).toEqual({
        status: 200,
        body: { data: [], meta: { filter_count: 0 } },
      });
      expect(await alice('GET', '/items/projects?fields=id&search=apollo')).toEqual({
        status: 200,
        body: { data: [{ id: 1 }] },
      });
    });

    it('refuses every aggregate of a forbidden field', async () => {
      const refused = { status: 403, body: forbiddenField('secret', 'projects') };
      for (const operation of ['max', 'countDistinct', 'count']) {
        const url = `/items/projects?aggregate=${json({ [operation]: ['secret'] })}`;
        expect(await alice('GET', url), operation).toEqual(refused);
      }
    });

    it('refuses grouping by a forbidden field', async () => {
      expect(await alice('GET', '/items/projects?aggregate[count]=*&groupBy=secret')).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects'),
      });
    });

    it('refuses deep _filter and _sort on a forbidden field of the nested rows', async () => {
      const refused = { status: 403, body: forbiddenField('private_note', 'tasks', 'tasks') };
      const filter = { tasks: { _filter: { private_note: { _eq: 'note-design' } } } };
      expect(await alice('GET', `/items/projects?fields=id,tasks.title&deep=${json(filter)}`)).toEqual(
        refused,
      );
      const sort = { tasks: { _sort: ['-private_note'] } };
      expect(await alice('GET', `/items/projects?fields=id,tasks.title&deep=${json(sort)}`)).toEqual(refused);
    });

    it('refuses a forbidden field of a collection read through a parent role', async () => {
      expect(await alice('GET', '/items/departments?fields=id,code')).toEqual({
        status: 403,
        body: forbiddenField('code', 'departments'),
      });
      expect(await alice('GET', '/items/projects/1?fields=department.code')).toEqual({
        status: 403,
        body: forbiddenField('code', 'departments', 'department'),
      });
    });
  });
}
