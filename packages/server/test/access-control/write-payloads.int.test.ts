import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  failedValidation,
  fetchRows,
  forbiddenCollection,
  forbiddenCreate,
  forbiddenField,
  forbiddenPayloadField,
} from './access-expect.js';
import { type AccessSetup, type Caller, createAccessSetup } from './access-fixture.js';
import { USER } from './access-seed.js';
import { fetchProjects, insertWriteRows, ROWS } from './write-rows.js';

/** The bootstrap admin's role and policy (see `insertAdminWithToken`). */
const ADMIN_ROLE = '00000000-0000-4000-8000-000000000001';
const ADMIN_POLICY = '00000000-0000-4000-8000-000000000002';

const tooRich = {
  status: 400,
  body: {
    errors: [
      failedValidation('budget', 'Value has to be less than or equal to "1000".', {
        type: 'lte',
        valid: 1000,
      }),
    ],
  },
};

// Alice may create projects (name, status, budget, department, owner, tasks, labels; budget <= 1000;
// presets status draft and budget 10) and update her own (name, budget, status; budget <= 1000). She
// may create junction rows of labels but neither labels, tasks nor departments.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'access-control write payload tests', '@plinth/server');
  describe.skipIf(!engine.url)(`what a write may carry on ${engine.client}`, () => {
    let setup: AccessSetup;
    let alice: Caller;
    const projects = () => fetchProjects(setup.db);
    const project = async (id: number) => (await projects()).find((row) => row['id'] === id);
    const projectNamed = async (name: string) => (await projects()).find((row) => row['name'] === name);

    beforeAll(async () => {
      setup = await createAccessSetup(engine);
      alice = setup.as('alice');
      await insertWriteRows(setup);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('refuses an update naming a forbidden field, changing nothing', async () => {
      const before = await project(ROWS.golf);
      expect(await alice('PATCH', `/items/projects/${ROWS.golf}`, { secret: 'leaked' })).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects'),
      });
      expect(
        await alice('PATCH', `/items/projects/${ROWS.golf}`, { name: 'golf 2', secret: 'leaked' }),
      ).toEqual({
        status: 403,
        body: forbiddenField('secret', 'projects'),
      });
      expect(await project(ROWS.golf)).toEqual(before);
    });

    it('refuses to hand a row to someone else by updating user_created', async () => {
      expect(await alice('PATCH', `/items/projects/${ROWS.golf}`, { owner: USER.bob.id })).toEqual({
        status: 403,
        body: forbiddenField('owner', 'projects'),
      });
      expect(await project(ROWS.golf)).toMatchObject({ owner: USER.alice.id });
    });

    it('refuses an update breaking the validation rule, changing nothing', async () => {
      expect(await alice('PATCH', `/items/projects/${ROWS.golf}`, { budget: 2000 })).toEqual(tooRich);
      expect(await project(ROWS.golf)).toMatchObject({ budget: 500 });
    });

    it('refuses a create naming a forbidden field, creating nothing', async () => {
      const before = await countRows(setup.db, 'projects');
      expect(await alice('POST', '/items/projects', { name: 'leaky', secret: 'x' })).toEqual({
        status: 403,
        body: forbiddenPayloadField('secret', 'projects'),
      });
      expect(await countRows(setup.db, 'projects')).toBe(before);
    });

    it('refuses a create breaking the validation rule, creating nothing', async () => {
      const before = await countRows(setup.db, 'projects');
      expect(await alice('POST', '/items/projects', { name: 'rich', budget: 5000 })).toEqual(tooRich);
      expect(await countRows(setup.db, 'projects')).toBe(before);
      expect(await projectNamed('rich')).toBeUndefined();
    });

    it('applies presets on create, and answers 204 when the new row is outside the read filter', async () => {
      expect(await alice('POST', '/items/projects', { name: 'preset default' })).toEqual({
        status: 204,
        body: null,
      });
      expect(await projectNamed('preset default')).toMatchObject({
        status: 'draft',
        budget: 10,
        owner: USER.alice.id,
        secret: null,
      });
    });

    it('lets the payload override presets', async () => {
      const payload = { name: 'preset override', status: 'published', budget: 50 };
      expect(await alice('POST', '/items/projects?fields=name,status,budget', payload)).toEqual({
        status: 200,
        body: { data: payload },
      });
      expect(await projectNamed('preset override')).toMatchObject({ status: 'published', budget: 50 });
    });

    it('sets user_created to the caller whatever the payload says', async () => {
      const payload = { name: 'impostor', status: 'published', owner: USER.bob.id };
      expect(await alice('POST', '/items/projects?fields=name,owner', payload)).toEqual({
        status: 200,
        body: { data: { name: 'impostor', owner: USER.alice.id } },
      });
      expect(await projectNamed('impostor')).toMatchObject({ owner: USER.alice.id });
    });

    it('rolls back a create whose nested one-to-many rows go to a collection without create rule', async () => {
      const [projectCount, taskCount] = [
        await countRows(setup.db, 'projects'),
        await countRows(setup.db, 'tasks'),
      ];
      const payload = { name: 'nested', status: 'published', tasks: [{ title: 'sneaky' }] };
      expect(await alice('POST', '/items/projects', payload)).toEqual({
        status: 403,
        body: forbiddenCreate('tasks'),
      });
      expect(await countRows(setup.db, 'projects')).toBe(projectCount);
      expect(await countRows(setup.db, 'tasks')).toBe(taskCount);
    });

    it('rolls back a create whose nested many-to-many target is a collection without create rule', async () => {
      const tables = ['projects', 'projects_labels', 'labels'];
      const before = await Promise.all(tables.map((table) => countRows(setup.db, table)));
      const payload = { name: 'tagged', status: 'published', labels: [{ labels_id: { name: 'sneaky' } }] };
      expect(await alice('POST', '/items/projects', payload)).toEqual({
        status: 403,
        body: forbiddenCreate('labels'),
      });
      expect(await Promise.all(tables.map((table) => countRows(setup.db, table)))).toEqual(before);
    });

    it('rolls back a create whose nested many-to-one goes to a collection without create rule', async () => {
      const before = await Promise.all(
        ['projects', 'departments'].map((table) => countRows(setup.db, table)),
      );
      const payload = { name: 'new department', status: 'published', department: { name: 'Skunkworks' } };
      expect(await alice('POST', '/items/projects', payload)).toEqual({
        status: 403,
        body: forbiddenCreate('departments'),
      });
      expect(
        await Promise.all(['projects', 'departments'].map((table) => countRows(setup.db, table))),
      ).toEqual(before);
    });

    it('links existing rows through a junction it may write', async () => {
      const payload = { name: 'linked', status: 'published', labels: [{ labels_id: 1 }] };
      const response = await alice('POST', '/items/projects?fields=name,labels.labels_id.name', payload);
      expect(response).toEqual({
        status: 200,
        body: { data: { name: 'linked', labels: [{ labels_id: { name: 'Open' } }] } },
      });
      const linked = await projectNamed('linked');
      const junction = await setup.db
        .selectFrom('projects_labels')
        .select(['labels_id'])
        .where('projects_id', '=', linked?.['id'] as number)
        .execute();
      expect(junction).toEqual([{ labels_id: 1 }]);
    });

    it('creates nothing from a batch when one item breaks the validation rule', async () => {
      const before = await countRows(setup.db, 'projects');
      const response = await alice('POST', '/items/projects', [
        { name: 'batch fine', status: 'published', budget: 5 },
        { name: 'batch rich', status: 'published', budget: 5000 },
      ]);
      expect(response).toEqual(tooRich);
      expect(await countRows(setup.db, 'projects')).toBe(before);
      expect(await projectNamed('batch fine')).toBeUndefined();
    });

    it('refuses create, update and delete in a collection it may only read', async () => {
      const before = await fetchRows(setup.db, 'tasks', ['id', 'title']);
      expect(await alice('POST', '/items/tasks', { title: 'x' })).toEqual({
        status: 403,
        body: forbiddenCreate('tasks'),
      });
      const refused = { status: 403, body: forbiddenCollection('tasks') };
      expect(await alice('PATCH', '/items/tasks/1', { title: 'x' })).toEqual(refused);
      expect(await alice('DELETE', '/items/tasks/1')).toEqual(refused);
      expect(await fetchRows(setup.db, 'tasks', ['id', 'title'])).toEqual(before);
    });

    it('cannot give itself a role or a policy through /users', async () => {
      const access = () => fetchRows(setup.db, 'directus_access', ['id', 'role', 'user', 'policy']);
      const accessBefore = await access();
      const attempts: [string, string, unknown][] = [
        ['PATCH', '/users/me', { role: ADMIN_ROLE }],
        ['PATCH', '/users/me', { policies: [{ policy: ADMIN_POLICY }] }],
        ['PATCH', `/users/${USER.alice.id}`, { role: ADMIN_ROLE }],
        ['POST', '/users', { email: 'mallory@example.com', role: ADMIN_ROLE }],
      ];
      for (const [method, url, payload] of attempts) {
        const response = await alice(method, url, payload);
        // Soft, so one refusal with the wrong status still lets the others and the database be checked.
        expect
          .soft([response.status, response.body?.errors?.[0]?.extensions?.code], `${method} ${url}`)
          .toEqual([403, 'FORBIDDEN']);
      }
      const user = await setup.db
        .selectFrom('directus_users')
        .select('role')
        .where('id', '=', USER.alice.id)
        .execute();
      expect(user).toEqual([{ role: USER.alice.role }]);
      expect(await countRows(setup.db, 'directus_users')).toBe(8);
      expect(await access()).toEqual(accessBefore);
    });

    it('cannot create access or permission rows for itself', async () => {
      const accessBefore = await countRows(setup.db, 'directus_access');
      const permissionsBefore = await countRows(setup.db, 'directus_permissions');
      expect(await alice('POST', '/access', { user: USER.alice.id, policy: ADMIN_POLICY })).toEqual({
        status: 403,
        body: forbiddenCreate('directus_access'),
      });
      const rule = { policy: ADMIN_POLICY, collection: 'projects', action: 'read', fields: ['*'] };
      expect(await alice('POST', '/permissions', rule)).toEqual({
        status: 403,
        body: forbiddenCreate('directus_permissions'),
      });
      expect(await countRows(setup.db, 'directus_access')).toBe(accessBefore);
      expect(await countRows(setup.db, 'directus_permissions')).toBe(permissionsBefore);
      expect(await alice('GET', '/items/projects/2?fields=id')).toMatchObject({ status: 403 });
    });
  });
}
