import { randomUUID } from 'node:crypto';
import { createPermissionsRuntime } from '@plinth/permissions';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { Accountability } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollections } from '../src/collections/read-collections.js';
import type { ServiceContext } from '../src/context/service-context.js';
import { readFields } from '../src/fields/read-fields.js';
import { readRelations } from '../src/relations/read-relations.js';
import { createSystemItem } from '../src/system/create-system-items.js';
import { deleteSystemItemsByKeys } from '../src/system/delete-system-items.js';
import { readItemPermissionsMe } from '../src/system/me/read-item-permissions-me.js';
import { readPermissionsMe } from '../src/system/me/read-permissions-me.js';
import { permissionsCollection } from '../src/system/permissions/permissions-collection.js';
import { readableModel } from '../src/system/readable-model.js';
import { type AuthSetup, createAuthSetup, insertAccessFixture, insertUser } from './auth-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'system collections with the permissions runtime', '@plinth/services');

  describe.skipIf(!engine.url)(`system collections with the permissions runtime on ${engine.client}`, () => {
    let setup: AuthSetup;
    let system: ServiceContext;
    let editor: Accountability;
    // A context per request, as the server builds them: resolved permissions are remembered per context.
    const asEditor = (): ServiceContext => ({ ...system, accountability: editor });
    let policy: string;
    const runtime = createPermissionsRuntime();

    beforeAll(async () => {
      setup = await createAuthSetup(engine);
      const ids = await insertAccessFixture(setup.database);
      policy = ids.parentPolicy;
      const user = await insertUser(setup.database, { email: 'rules@example.com', role: ids.parentRole });
      // The trusted system writes (as the CLI would); the editor asks about themselves.
      system = { ...setup.ctx, permissions: runtime };
      editor = {
        user,
        role: ids.parentRole,
        roles: [ids.parentRole],
        policies: [ids.parentPolicy],
        admin: false,
        app: true,
        ip: '127.0.0.1',
        userAgent: null,
        origin: null,
      };
    });
    afterAll(async () => {
      await runtime.close();
      await setup?.close();
    });

    it('a permission written through the service is seen by the next request; one written around it is not', async () => {
      const before = await runtime.forCaller(setup.database.kysely, system.schema, editor);
      expect(before.rules('directus_roles', 'update')).toEqual([]);
      // Behind the runtime's back: the cached rules for this policy set stay as they were.
      await setup.database.kysely
        .insertInto('directus_permissions')
        .values({ policy, collection: 'directus_roles', action: 'delete', fields: '*' })
        .execute();
      expect(
        (await runtime.forCaller(setup.database.kysely, system.schema, editor)).rules(
          'directus_roles',
          'delete',
        ),
      ).toEqual([]);
      const key = await createSystemItem(system, permissionsCollection, {
        policy,
        collection: 'directus_roles',
        action: 'update',
        permissions: { name: { _eq: 'Parent' } },
        fields: ['name', 'icon'],
        presets: { icon: 'star' },
      });
      const after = await runtime.forCaller(setup.database.kysely, system.schema, editor);
      expect(after.rules('directus_roles', 'update').map((rule) => rule.id)).toEqual([Number(key)]);
      expect(after.rules('directus_roles', 'delete')).toHaveLength(1);
      await deleteSystemItemsByKeys(system, permissionsCollection, [key]);
      expect(
        (await runtime.forCaller(setup.database.kysely, system.schema, editor)).rules(
          'directus_roles',
          'update',
        ),
      ).toEqual([]);
    });

    it('/permissions/me summarises the rules, built-in app permissions included', async () => {
      await createSystemItem(system, permissionsCollection, {
        policy,
        collection: 'directus_roles',
        action: 'update',
        permissions: { name: { _eq: 'Parent' } },
        fields: 'name,icon',
        presets: { icon: 'star' },
      });
      const summary = await readPermissionsMe(asEditor());
      expect(summary['directus_roles']?.update).toEqual({
        access: 'partial',
        fields: ['name', 'icon'],
        presets: { icon: 'star' },
      });
      expect(summary['directus_roles']?.create).toEqual({ access: 'none' });
      expect(summary['directus_collections']?.read.access).toBe('full');
      await expect(
        readPermissionsMe({ ...system, accountability: { ...editor, user: null, role: null } }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('/permissions/me/:collection/:pk checks the item against the rule filters', async () => {
      const roles = await setup.database.kysely.selectFrom('directus_roles').select(['id', 'name']).execute();
      const parent = roles.find((role) => role.name === 'Parent')!.id;
      const child = roles.find((role) => role.name === 'Child')!.id;
      expect(await readItemPermissionsMe(asEditor(), 'directus_roles', parent)).toEqual({
        update: { access: true },
        delete: { access: true },
        share: { access: false },
      });
      expect((await readItemPermissionsMe(asEditor(), 'directus_roles', child)).update.access).toBe(false);
      expect((await readItemPermissionsMe(asEditor(), 'directus_roles', randomUUID())).delete.access).toBe(
        false,
      );
      expect((await readItemPermissionsMe(asEditor(), 'directus_roles', 'not-a-uuid')).delete.access).toBe(
        false,
      );
      expect((await readItemPermissionsMe(asEditor(), 'directus_roles')).update.access).toBe(true);
      expect((await readItemPermissionsMe(asEditor(), 'directus_files')).update.access).toBe(false);
    });

    it('the readable data model is what the read rules cover', async () => {
      await createSystemItem(system, permissionsCollection, {
        policy,
        collection: 'directus_policies',
        action: 'read',
        fields: ['id', 'name'],
      });
      const model = await readableModel(asEditor(), 'directus_collections');
      expect(model?.get('directus_policies')).toEqual(new Set(['id', 'name']));
      expect(model?.get('directus_collections')).toBe('*');
      expect(model?.has('directus_sessions')).toBe(false);
      expect(await readableModel(system, 'directus_collections')).toBeNull();

      const collections = (await readCollections(asEditor())).map((entry) => entry.collection);
      expect(collections).toContain('directus_policies');
      expect(collections).not.toContain('directus_sessions');
      expect((await readCollections(system)).map((entry) => entry.collection)).toContain('directus_sessions');
      expect((await readFields(asEditor(), 'directus_policies')).map((entry) => entry.field).sort()).toEqual([
        'id',
        'name',
      ]);
      await expect(readFields(asEditor(), 'directus_sessions')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const relations = await readRelations(asEditor());
      expect(relations.every((relation) => model?.has(relation.collection))).toBe(true);
      expect(relations.length).toBeLessThan((await readRelations(system)).length);
      const anonymous = { ...editor, user: null, role: null, roles: [], policies: [], app: false };
      await expect(readCollections({ ...system, accountability: anonymous })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
}
