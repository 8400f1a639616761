import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  fetchRows,
  forbiddenCollection,
  forbiddenCreate,
  forbiddenField,
  forbiddenUpdate,
  GENERIC_403,
} from './access-expect.js';
import { type AccessSetup, createAccessSetup } from './access-fixture.js';
import { PASSWORD, SAM_TOKEN, USER } from './access-seed.js';

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const published = {
  status: 200,
  body: {
    data: [
      { id: 1, name: 'Apollo' },
      { id: 3, name: 'Cassini' },
    ],
  },
};

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'access-control policy tests', '@plinth/server');
  describe.skipIf(!engine.url)(`roles, policies and dynamic variables on ${engine.client}`, () => {
    let setup: AccessSetup;

    beforeAll(async () => {
      setup = await createAccessSetup(engine);
    });
    afterAll(async () => {
      await setup?.close();
    });

    describe('the public policy', () => {
      it('lets anonymous callers read what it grants', async () => {
        expect(await setup.anonymous('GET', '/items/projects')).toEqual(published);
        expect(await setup.anonymous('GET', '/items/projects/3')).toEqual({
          status: 200,
          body: { data: { id: 3, name: 'Cassini' } },
        });
      });

      it('refuses anonymous callers anything more', async () => {
        expect(await setup.anonymous('GET', '/items/projects?fields=id,budget')).toEqual({
          status: 403,
          body: forbiddenField('budget', 'projects'),
        });
        expect(await setup.anonymous('GET', '/items/projects/2')).toEqual({ status: 403, body: GENERIC_403 });
        expect(await setup.anonymous('GET', '/items/tasks')).toEqual({
          status: 403,
          body: forbiddenCollection('tasks'),
        });
        expect(await setup.anonymous('GET', '/items/projects?fields=id&filter[name][_eq]=Borealis')).toEqual({
          status: 200,
          body: { data: [] },
        });
        expect(await setup.anonymous('GET', '/items/projects?fields=id&filter[status][_eq]=draft')).toEqual({
          status: 403,
          body: forbiddenField('status', 'projects'),
        });
      });

      it('refuses anonymous writes, changing nothing', async () => {
        const before = await fetchRows(setup.db, 'projects', ['id', 'name']);
        expect(await setup.anonymous('POST', '/items/projects', { name: 'anonymous' })).toEqual({
          status: 403,
          body: forbiddenCreate('projects'),
        });
        const noRule = { status: 403, body: forbiddenCollection('projects') };
        expect(await setup.anonymous('PATCH', '/items/projects/1', { name: 'defaced' })).toEqual(noRule);
        expect(await setup.anonymous('DELETE', '/items/projects/1')).toEqual(noRule);
        expect(await fetchRows(setup.db, 'projects', ['id', 'name'])).toEqual(before);
      });

      it('applies to a logged-in user without a role', async () => {
        expect(await setup.as('greg')('GET', '/items/projects')).toEqual(published);
        expect(await setup.as('greg')('GET', '/items/departments')).toEqual({
          status: 403,
          body: forbiddenCollection('departments'),
        });
      });

      it('does not apply to users with a role', async () => {
        expect(await setup.as('frank')('GET', '/items/projects')).toEqual({
          status: 403,
          body: forbiddenCollection('projects'),
        });
      });
    });

    describe('nested roles', () => {
      it('grant the policies of parent roles to users of the child role', async () => {
        expect(await setup.as('alice')('GET', '/items/departments')).toEqual({
          status: 200,
          body: {
            data: [
              { id: 1, name: 'Research' },
              { id: 2, name: 'Sales' },
            ],
          },
        });
        expect(await setup.as('alice')('GET', '/items/projects/1?fields=department.name')).toEqual({
          status: 200,
          body: { data: { department: { name: 'Research' } } },
        });
      });

      it('never grant a child role policy to users of the parent role', async () => {
        const frank = setup.as('frank');
        expect(await frank('GET', '/items/departments?fields=name')).toEqual({
          status: 200,
          body: { data: [{ name: 'Research' }, { name: 'Sales' }] },
        });
        expect(await frank('GET', '/items/inbox')).toEqual({
          status: 403,
          body: forbiddenCollection('inbox'),
        });
      });
    });

    describe('a user with two policies whose rules differ', () => {
      it('sees the union of the rows', async () => {
        expect(await setup.as('carol')('GET', '/items/projects?fields=id,name')).toEqual({
          status: 200,
          body: {
            data: [
              { id: 1, name: 'Apollo' },
              { id: 2, name: 'Borealis' },
              { id: 3, name: 'Cassini' },
            ],
          },
        });
      });

      it('sees a field only on rows matching a rule that grants it, null elsewhere', async () => {
        expect(await setup.as('carol')('GET', '/items/projects?fields=id,budget,secret')).toEqual({
          status: 200,
          body: {
            data: [
              { id: 1, budget: 100, secret: null },
              { id: 2, budget: null, secret: 'secret-borealis' },
              { id: 3, budget: 300, secret: 'secret-cassini' },
            ],
          },
        });
      });

      it('gets the union of the fields from *', async () => {
        expect(await setup.as('carol')('GET', '/items/projects/2')).toEqual({
          status: 200,
          body: { data: { id: 2, name: 'Borealis', budget: null, secret: 'secret-borealis' } },
        });
      });

      it('cannot match a filter against a field where no matching rule grants it', async () => {
        const carol = setup.as('carol');
        expect(
          await carol('GET', `/items/projects?fields=id&filter=${json({ budget: { _eq: 200 } })}`),
        ).toEqual({
          status: 200,
          body: { data: [] },
        });
        expect(
          await carol('GET', `/items/projects?fields=id&filter=${json({ budget: { _eq: 300 } })}`),
        ).toEqual({
          status: 200,
          body: { data: [{ id: 3 }] },
        });
      });

      it('cannot find a row by searching a field where no matching rule grants it', async () => {
        const carol = setup.as('carol');
        expect(await carol('GET', '/items/projects?fields=id&search=secret-apollo')).toEqual({
          status: 200,
          body: { data: [] },
        });
        expect(await carol('GET', '/items/projects?fields=id&search=secret-cassini')).toEqual({
          status: 200,
          body: { data: [{ id: 3 }] },
        });
      });
    });

    describe('ip_access', () => {
      it('drops a policy whose ranges exclude the client and keeps one whose ranges include it', async () => {
        const dave = setup.as('dave');
        expect(await dave('GET', '/items/projects?fields=id')).toEqual({
          status: 403,
          body: forbiddenCollection('projects'),
        });
        expect(await dave('GET', '/items/tasks?fields=id,title&filter[id][_lte]=2')).toEqual({
          status: 200,
          body: {
            data: [
              { id: 1, title: 'design' },
              { id: 2, title: 'build' },
            ],
          },
        });
      });

      it('turns the other way round for a client inside the other range', async () => {
        const dave = setup.as('dave');
        const outside = { ip: '10.20.30.40' };
        expect(await dave('GET', '/items/projects?fields=id', undefined, outside)).toEqual({
          status: 200,
          body: { data: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] },
        });
        expect(await dave('GET', '/items/tasks?fields=id', undefined, outside)).toEqual({
          status: 403,
          body: forbiddenCollection('tasks'),
        });
      });
    });

    describe('dynamic variables in permission filters', () => {
      it('resolves $CURRENT_USER.<field> per caller', async () => {
        expect(await setup.as('alice')('GET', '/items/inbox?fields=body')).toEqual({
          status: 200,
          body: { data: [{ body: 'for alice' }] },
        });
        expect(await setup.as('bob')('GET', '/items/inbox?fields=body')).toEqual({
          status: 200,
          body: { data: [{ body: 'for bob' }] },
        });
      });

      it('resolves $CURRENT_USER.<relation>.<field>', async () => {
        expect(await setup.as('alice')('GET', '/items/boards?fields=title')).toEqual({
          status: 200,
          body: { data: [{ title: 'reader board' }] },
        });
      });

      it('resolves $CURRENT_ROLES to the whole role tree', async () => {
        expect(await setup.as('alice')('GET', '/items/circulars?fields=title')).toEqual({
          status: 200,
          body: { data: [{ title: 'base circular' }, { title: 'reader circular' }] },
        });
      });

      it('resolves $NOW', async () => {
        expect(await setup.as('alice')('GET', '/items/announcements?fields=title')).toEqual({
          status: 200,
          body: { data: [{ title: 'past' }] },
        });
      });

      it('resolves $CURRENT_USER in update filters per caller', async () => {
        const before = await fetchRows(setup.db, 'projects', ['id', 'budget']);
        const bob = setup.as('bob');
        expect(await bob('PATCH', '/items/projects/3?fields=id,budget', { budget: 301 })).toEqual({
          status: 200,
          body: { data: { id: 3, budget: 301 } },
        });
        expect(await bob('PATCH', '/items/projects/1', { budget: 101 })).toEqual({
          status: 403,
          body: forbiddenUpdate(['budget'], 'projects'),
        });
        expect(await fetchRows(setup.db, 'projects', ['id', 'budget'])).toEqual(
          before.map((row) => (row['id'] === 3 ? { id: 3, budget: 301 } : row)),
        );
      });
    });

    describe('admins and suspended users', () => {
      it('lets an admin read every row and field', async () => {
        const response = await setup.admin('GET', '/items/projects?fields=id,secret&sort=id');
        expect(response.body.data.map((row: { secret: string }) => row.secret)).toEqual([
          'secret-apollo',
          'secret-borealis',
          'secret-cassini',
          'secret-draco',
        ]);
        const memos = await setup.admin('GET', '/items/memos?fields=title');
        expect(memos).toEqual({ status: 200, body: { data: [{ title: 'Classified memo' }] } });
      });

      it('refuses a suspended user at login and by static token, starting no session', async () => {
        const sessions = await countRows(setup.db, 'directus_sessions');
        const login = await setup.server.app.inject({
          method: 'POST',
          url: '/auth/login',
          payload: { email: USER.sam.email, password: PASSWORD },
        });
        expect(login.statusCode).toBe(401);
        expect(login.json().errors[0].extensions.code).toBe('USER_SUSPENDED');
        const byToken = await setup.server.app.inject({
          method: 'GET',
          url: '/items/projects',
          headers: { authorization: `Bearer ${SAM_TOKEN}` },
        });
        expect(byToken.statusCode).toBe(401);
        expect(byToken.json()).toEqual({
          errors: [{ message: 'Invalid user credentials.', extensions: { code: 'INVALID_CREDENTIALS' } }],
        });
        expect(await countRows(setup.db, 'directus_sessions')).toBe(sessions);
      });
    });
  });
}
