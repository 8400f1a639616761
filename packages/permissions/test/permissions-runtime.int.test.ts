import { randomUUID } from 'node:crypto';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPermissionsRuntime } from '../src/create-permissions-runtime.js';
import { summarizePermissions } from '../src/summarize-permissions.js';
import { toReadPolicy } from '../src/to-read-policy.js';
import { toWritePolicy } from '../src/to-write-policy.js';
import {
  anonymousAccountability,
  createPermissionsSetup,
  editorAccountability,
  insertPermission,
  type PermissionsSetup,
} from './permissions-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'permissions runtime integration tests', '@plinth/permissions');

  describe.skipIf(!engine.url)(`permissions runtime on ${engine.client}`, () => {
    let setup: PermissionsSetup;
    let db: PermissionsSetup['database']['kysely'];

    beforeAll(async () => {
      setup = await createPermissionsSetup(engine);
      db = setup.database.kysely;
      const { ids } = setup;
      const { database } = setup;
      await insertPermission(database, {
        policy: ids.parentPolicy,
        collection: 'articles',
        action: 'read',
        permissions: { status: { _eq: 'published' } },
        fields: 'id,title',
      });
      await insertPermission(database, {
        policy: ids.childPolicy,
        collection: 'articles',
        action: 'read',
        permissions: { author: { _eq: '$CURRENT_USER' } },
        fields: 'id,title,body',
      });
      await insertPermission(database, {
        policy: ids.parentPolicy,
        collection: 'articles',
        action: 'create',
        validation: { title: { _nnull: true } },
        presets: { status: 'draft', owner: '$CURRENT_USER' },
        fields: '*',
      });
      await insertPermission(database, {
        policy: ids.userPolicy,
        collection: 'articles',
        action: 'create',
        validation: { status: { _neq: 'published' } },
        presets: { status: 'review' },
        fields: '["title","body"]',
      });
      await insertPermission(database, {
        policy: ids.publicPolicy,
        collection: 'articles',
        action: 'read',
        permissions: { status: { _eq: 'published' } },
        fields: 'id,title',
      });
      await insertPermission(database, {
        policy: ids.userPolicy,
        collection: 'labels',
        action: 'read',
        permissions: {
          _and: [
            { role_name: { _eq: '$CURRENT_USER.role.name' } },
            { parent_name: { _eq: '$CURRENT_USER.role.parent.name' } },
            { email: { _eq: '$CURRENT_USER.email' } },
            { tags: { _in: '$CURRENT_USER.tags' } },
            { own_role: { _eq: '$CURRENT_ROLE.name' } },
            { tree: { _in: '$CURRENT_ROLES.name' } },
            { policy: { _in: '$CURRENT_POLICIES.name' } },
            { since: { _gte: '$NOW(-1 day)' } },
          ],
        },
        fields: null,
      });
      setup.statements.length = 0;
    });

    afterAll(async () => {
      await setup?.testDb.drop();
    });

    it('lets an admin bypass every rule without reading anything', async () => {
      const runtime = createPermissionsRuntime();
      const caller = await runtime.forCaller(db, setup.schema, editorAccountability(setup, { admin: true }));
      expect(caller.admin).toBe(true);
      expect(caller.rules('articles', 'read')).toEqual([]);
      expect(setup.statements).toEqual([]);
      await runtime.close();
    });

    it('gathers the rules of every policy of a user with nested roles and a policy of their own', async () => {
      const runtime = createPermissionsRuntime();
      const caller = await runtime.forCaller(db, setup.schema, editorAccountability(setup));
      const { ids } = setup;
      const read = caller.rules('articles', 'read');
      expect(read.map((rule) => rule.policy)).toEqual([ids.parentPolicy, ids.childPolicy]);
      expect(read[1]).toMatchObject({
        collection: 'articles',
        action: 'read',
        permissions: { author: { _eq: ids.user } },
        fields: ['id', 'title', 'body'],
        system: false,
      });
      expect(toReadPolicy(read)).toEqual({
        filter: { _or: [{ status: { _eq: 'published' } }, { author: { _eq: ids.user } }] },
        fields: new Set(['id', 'title', 'body']),
        fieldFilters: new Map([['body', { author: { _eq: ids.user } }]]),
      });
      expect(toWritePolicy(caller.rules('articles', 'create'))).toEqual({
        fields: '*',
        validation: { _and: [{ title: { _nnull: true } }, { status: { _neq: 'published' } }] },
        presets: { status: 'review', owner: ids.user },
        itemFilter: null,
      });
      // Shared by every caller with this fingerprint, so nobody may change them.
      expect(() => {
        (read[1]!.permissions as Record<string, unknown>)['author'] = null;
      }).toThrow(TypeError);
      expect(caller.rules('articles', 'delete')).toEqual([]);
      expect(caller.rules('directus_users', 'read')).toEqual([]);
      await runtime.close();
    });

    it('orders the rules by the caller policy precedence, not by the cache key', async () => {
      const runtime = createPermissionsRuntime();
      const { ids } = setup;
      await runtime.forCaller(db, setup.schema, editorAccountability(setup));
      const reversed = await runtime.forCaller(
        db,
        setup.schema,
        editorAccountability(setup, { policies: [ids.userPolicy, ids.childPolicy, ids.parentPolicy] }),
      );
      expect(toWritePolicy(reversed.rules('articles', 'create'))?.presets).toEqual({
        status: 'draft',
        owner: ids.user,
      });
      await runtime.close();
    });

    it('gives anonymous callers the public policy, and only it', async () => {
      const runtime = createPermissionsRuntime();
      const caller = await runtime.forCaller(db, setup.schema, anonymousAccountability());
      expect(caller.admin).toBe(false);
      expect(caller.all()).toHaveLength(1);
      expect(caller.rules('articles', 'read')).toEqual([
        expect.objectContaining({ policy: setup.ids.publicPolicy, fields: ['id', 'title'] }),
      ]);
      expect(summarizePermissions(caller, [])).toEqual({
        articles: {
          create: { access: 'none' },
          read: { access: 'partial', fields: ['id', 'title'] },
          update: { access: 'none' },
          delete: { access: 'none' },
          share: { access: 'none' },
        },
      });
      await runtime.close();
    });

    it('resolves variable paths through the database in one statement per kind, $NOW untouched', async () => {
      const runtime = createPermissionsRuntime();
      await runtime.forCaller(db, setup.schema, editorAccountability(setup));
      setup.statements.length = 0;
      const caller = await runtime.forCaller(db, setup.schema, editorAccountability(setup));
      expect(caller.rules('labels', 'read')[0]?.permissions).toEqual({
        _and: [
          { role_name: { _eq: 'Editor' } },
          { parent_name: { _eq: 'Staff' } },
          { email: { _eq: 'editor@example.com' } },
          { tags: { _in: ['north', 'south'] } },
          { own_role: { _eq: 'Editor' } },
          { tree: { _in: ['Staff', 'Editor'] } },
          { policy: { _in: ['Staff rules', 'Editor rules', 'Personal'] } },
          { since: { _gte: '$NOW(-1 day)' } },
        ],
      });
      // Cached rules: only the user, the roles and the policies are read.
      expect(setup.statements).toHaveLength(3);
      expect(setup.statements.join('\n')).not.toContain('directus_permissions');
      await runtime.close();
    });

    it('gives null paths for a user that does not exist, keeping the bare id', async () => {
      const runtime = createPermissionsRuntime();
      const ghost = randomUUID();
      const caller = await runtime.forCaller(
        db,
        setup.schema,
        editorAccountability(setup, {
          user: ghost,
          policies: [setup.ids.userPolicy, setup.ids.parentPolicy],
        }),
      );
      const conditions = (caller.rules('labels', 'read')[0]!.permissions as { _and: unknown[] })._and;
      expect(conditions.slice(0, 5)).toEqual([
        { role_name: { _eq: null } },
        { parent_name: { _eq: null } },
        { email: { _eq: null } },
        { tags: { _in: null } },
        // The role comes from the accountability, so its paths still resolve.
        { own_role: { _eq: 'Editor' } },
      ]);
      expect(toWritePolicy(caller.rules('articles', 'create'))?.presets).toEqual({
        // Policies given user-first here, so the parent policy's preset comes later and wins.
        status: 'draft',
        owner: ghost,
      });
      await runtime.close();
    });

    it('resolves paths the schema cannot follow to null without reading anything', async () => {
      const runtime = createPermissionsRuntime();
      const id = await insertPermission(setup.database, {
        policy: setup.ids.publicPolicy,
        collection: 'notes',
        action: 'read',
        permissions: {
          _and: [
            { a: { _eq: '$CURRENT_USER.no_such_field' } },
            { b: { _in: '$CURRENT_USER.policies.policy.name' } },
            { c: { _eq: '$CURRENT_USER.email.domain' } },
            { d: { _eq: '$CURRENT_USER.id' } },
          ],
        },
      });
      try {
        const accountability = editorAccountability(setup, { policies: [setup.ids.publicPolicy] });
        await runtime.forCaller(db, setup.schema, accountability);
        await runtime.invalidate();
        setup.statements.length = 0;
        const caller = await runtime.forCaller(db, setup.schema, accountability);
        expect(caller.rules('notes', 'read')[0]?.permissions).toEqual({
          _and: [
            { a: { _eq: null } },
            { b: { _in: null } },
            { c: { _eq: null } },
            { d: { _eq: setup.ids.user } },
          ],
        });
        expect(setup.statements.filter((text) => text.includes('directus_users'))).toEqual([]);
      } finally {
        await db.deleteFrom('directus_permissions').where('id', '=', id).execute();
      }
      await runtime.close();
    });

    it('reads the rules once per policy set and reuses them across callers', async () => {
      const runtime = createPermissionsRuntime();
      const accountability = editorAccountability(setup, {
        policies: [setup.ids.parentPolicy, setup.ids.childPolicy],
      });
      setup.statements.length = 0;
      const first = await runtime.forCaller(db, setup.schema, accountability);
      expect(setup.statements.filter((text) => text.includes('directus_permissions'))).toHaveLength(1);
      setup.statements.length = 0;
      const second = await runtime.forCaller(db, setup.schema, accountability);
      expect(setup.statements).toEqual([]);
      expect(second).toBe(first);
      const other = await runtime.forCaller(
        db,
        setup.schema,
        editorAccountability(setup, { user: setup.ids.otherUser, policies: accountability.policies }),
      );
      expect(setup.statements).toEqual([]);
      // The rules use $CURRENT_USER, so another user has other rules and another fingerprint.
      expect(other.fingerprint).not.toBe(first.fingerprint);
      expect(other.rules('articles', 'read')[1]?.permissions).toEqual({
        author: { _eq: setup.ids.otherUser },
      });
      await runtime.close();
    });

    it('shares one fingerprint between callers whose rules use no variable', async () => {
      const runtime = createPermissionsRuntime();
      const onlyParent = { policies: [setup.ids.publicPolicy] };
      const a = await runtime.forCaller(db, setup.schema, editorAccountability(setup, onlyParent));
      const b = await runtime.forCaller(
        db,
        setup.schema,
        editorAccountability(setup, { ...onlyParent, user: setup.ids.otherUser }),
      );
      expect(a.fingerprint).toBe(b.fingerprint);
      const app = await runtime.forCaller(
        db,
        setup.schema,
        editorAccountability(setup, { ...onlyParent, app: true }),
      );
      expect(app.fingerprint).not.toBe(a.fingerprint);
      await runtime.close();
    });

    it('adds the built-in app permissions, resolved, for callers with app access', async () => {
      const runtime = createPermissionsRuntime();
      const { ids } = setup;
      const caller = await runtime.forCaller(db, setup.schema, editorAccountability(setup, { app: true }));
      expect(caller.rules('directus_roles', 'read')).toEqual([
        expect.objectContaining({
          id: null,
          policy: null,
          system: true,
          permissions: { id: { _in: [ids.parentRole, ids.childRole] } },
        }),
      ]);
      expect(caller.rules('directus_users', 'read')[0]?.permissions).toEqual({ id: { _eq: ids.user } });
      expect(caller.rules('directus_fields', 'read')[0]).toMatchObject({ permissions: null, fields: ['*'] });
      const withoutApp = await runtime.forCaller(db, setup.schema, editorAccountability(setup));
      expect(withoutApp.rules('directus_roles', 'read')).toEqual([]);
      await runtime.close();
    });

    it('sees changed rules only after invalidate()', async () => {
      const runtime = createPermissionsRuntime();
      const accountability = editorAccountability(setup, { policies: [setup.ids.childPolicy] });
      const before = await runtime.forCaller(db, setup.schema, accountability);
      expect(before.rules('comments', 'read')).toEqual([]);
      const id = await insertPermission(setup.database, {
        policy: setup.ids.childPolicy,
        collection: 'comments',
        action: 'read',
      });
      try {
        expect((await runtime.forCaller(db, setup.schema, accountability)).rules('comments', 'read')).toEqual(
          [],
        );
        await runtime.invalidate();
        const after = await runtime.forCaller(db, setup.schema, accountability);
        expect(after.rules('comments', 'read').map((rule) => rule.id)).toEqual([id]);
        // Plans cached under the old rules must not be found under the new ones.
        expect(after.fingerprint).not.toBe(before.fingerprint);
      } finally {
        await db.deleteFrom('directus_permissions').where('id', '=', id).execute();
      }
      await runtime.close();
    });

    it('caches the public policies and reads them again after invalidate()', async () => {
      const runtime = createPermissionsRuntime();
      await runtime.forCaller(db, setup.schema, anonymousAccountability());
      setup.statements.length = 0;
      await runtime.forCaller(db, setup.schema, anonymousAccountability());
      expect(setup.statements).toEqual([]);
      await runtime.invalidate();
      await runtime.forCaller(db, setup.schema, anonymousAccountability());
      expect(setup.statements.some((text) => text.includes('directus_access'))).toBe(true);
      await runtime.close();
    });
  });
}
