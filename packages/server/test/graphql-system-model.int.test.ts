import { createDirectus, graphql, staticToken } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { ADMIN_TOKEN, createRealtimeServer, EDITOR_TOKEN, type RealtimeServer } from './websocket-fixture.js';

const codes = (body: { errors?: Array<{ extensions: { code: string } }> }) =>
  body.errors?.map((error) => error.extensions.code);

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql/system data model, server and settings tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql/system data model, server and settings on ${engine.client}`, () => {
    let server: RealtimeServer;
    let admin: ReturnType<typeof createGraphQL>;
    let editor: ReturnType<typeof createGraphQL>;
    let anonymous: ReturnType<typeof createGraphQL>;

    beforeAll(async () => {
      server = await createRealtimeServer(engine);
      const { app } = server.api.server;
      admin = createGraphQL(app, ADMIN_TOKEN, '/graphql/system');
      editor = createGraphQL(app, EDITOR_TOKEN, '/graphql/system');
      anonymous = createGraphQL(app, null, '/graphql/system');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('lets an admin create a collection, a field and a relation, and reads them back', async () => {
      const created = await admin(`mutation {
        create_collections_item(data: {
          collection: "authors", meta: { icon: "person", note: "People" }, schema: {},
          fields: [{ field: "id", type: "integer", schema: { is_primary_key: true, has_auto_increment: true } }]
        }) { collection meta { icon note } schema { name } }
        create_fields_item(collection: "articles", data: { field: "author", type: "integer", meta: { note: "Who wrote it" } }) {
          collection field type meta { note } schema { data_type is_nullable }
        }
        create_fields_item_name: create_fields_item(collection: "authors", data: { field: "name", type: "string" }) { field }
      }`);
      expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
      expect(created.body.data.create_collections_item).toEqual({
        collection: 'authors',
        meta: { icon: 'person', note: 'People' },
        schema: { name: 'authors' },
      });
      expect(created.body.data.create_fields_item).toMatchObject({
        collection: 'articles',
        field: 'author',
        type: 'integer',
        meta: { note: 'Who wrote it' },
        schema: { is_nullable: true },
      });

      const relation = await admin(`mutation {
        create_relations_item(data: { collection: "articles", field: "author", related_collection: "authors" }) {
          collection field related_collection schema { foreign_key_table on_delete } meta { many_collection one_collection }
        }
      }`);
      expect(relation.body.errors, JSON.stringify(relation.body.errors)).toBeUndefined();
      expect(relation.body.data.create_relations_item).toMatchObject({
        collection: 'articles',
        field: 'author',
        related_collection: 'authors',
        meta: { many_collection: 'articles', one_collection: 'authors' },
      });

      const read = await admin(`{
        collections_by_name(name: "authors") { collection meta { icon } }
        fields_in_collection(collection: "authors") { field }
        fields_by_name(collection: "articles", field: "author") { field meta { note } }
        relations_in_collection(collection: "articles") { field related_collection }
        relations_by_name(collection: "articles", field: "author") { related_collection }
        collections { collection }
        fields { collection field }
        relations { collection field }
      }`);
      expect(read.body.errors, JSON.stringify(read.body.errors)).toBeUndefined();
      const { data } = read.body;
      expect(data.collections_by_name).toEqual({ collection: 'authors', meta: { icon: 'person' } });
      expect(data.fields_in_collection.map((f: { field: string }) => f.field).sort()).toEqual(['id', 'name']);
      expect(data.fields_by_name).toEqual({ field: 'author', meta: { note: 'Who wrote it' } });
      expect(data.relations_in_collection).toEqual([{ field: 'author', related_collection: 'authors' }]);
      expect(data.relations_by_name).toEqual({ related_collection: 'authors' });
      expect(data.collections.map((c: { collection: string }) => c.collection)).toEqual(
        expect.arrayContaining(['articles', 'authors', 'directus_users']),
      );
      expect(data.fields).toContainEqual({ collection: 'articles', field: 'author' });
      expect(data.relations).toContainEqual({ collection: 'articles', field: 'author' });
    });

    it('updates and deletes the data model through the same services', async () => {
      const updated = await admin(`mutation {
        update_collections_item(collection: "authors", data: { meta: { note: "Writers" } }) { meta { note } }
        update_fields_item(collection: "authors", field: "name", data: { meta: { note: "Full name" } }) { meta { note } }
      }`);
      expect(updated.body.errors, JSON.stringify(updated.body.errors)).toBeUndefined();
      expect(updated.body.data.update_collections_item).toEqual({ meta: { note: 'Writers' } });
      expect(updated.body.data.update_fields_item).toEqual({ meta: { note: 'Full name' } });

      const deleted = await admin(`mutation {
        delete_relations_item(collection: "articles", field: "author") { collection field }
        delete_fields_item(collection: "articles", field: "author") { collection field }
        delete_collections_item(collection: "authors") { collection }
      }`);
      expect(deleted.body.errors, JSON.stringify(deleted.body.errors)).toBeUndefined();
      expect(deleted.body.data).toEqual({
        delete_relations_item: { collection: 'articles', field: 'author' },
        delete_fields_item: { collection: 'articles', field: 'author' },
        delete_collections_item: { collection: 'authors' },
      });
      const gone = await admin('{ collections_by_name(name: "authors") { collection } }');
      expect(codes(gone.body)).toEqual(['FORBIDDEN']);
      const bad = await admin(
        'mutation { create_fields_item(collection: "articles", data: { field: "title", type: "string" }) { field } }',
      );
      expect(bad.status).toBe(200);
      expect(codes(bad.body)).toEqual(['INVALID_PAYLOAD']);
    });

    it('shows a limited role only the data model it may read, and refuses its schema writes', async () => {
      const read = await editor('{ collections { collection } fields { collection field } }');
      expect(read.body.errors, JSON.stringify(read.body.errors)).toBeUndefined();
      const collections = read.body.data.collections.map((c: { collection: string }) => c.collection);
      expect(collections).toContain('articles');
      expect(collections).not.toContain('directus_migrations');
      const articleFields = read.body.data.fields
        .filter((f: { collection: string }) => f.collection === 'articles')
        .map((f: { field: string }) => f.field)
        .sort();
      expect(articleFields).toEqual(['id', 'status', 'title']);

      // As in Directus, the schema writes are not in a non-admin's schema at all.
      for (const mutation of [
        'mutation { create_collections_item(data: { collection: "sneaky", schema: {} }) { collection } }',
        'mutation { create_fields_item(collection: "articles", data: { field: "x", type: "string" }) { field } }',
        'mutation { delete_collections_item(collection: "articles") { collection } }',
      ]) {
        const { status, body } = await editor(mutation);
        expect([status, codes(body)]).toEqual([400, ['GRAPHQL_VALIDATION']]);
      }
      const settings = await editor(
        'mutation { update_settings(data: { project_name: "Mine" }) { project_name } }',
      );
      expect([settings.status, codes(settings.body)]).toEqual([200, ['FORBIDDEN']]);
      const still = await admin('{ fields_in_collection(collection: "articles") { field } }');
      expect(still.body.data.fields_in_collection.map((f: { field: string }) => f.field)).not.toContain('x');
    });

    it('answers permissions_me, roles_me and policies_me_globals as the REST /me routes do', async () => {
      const rest = async (token: string, url: string) => {
        const response = await server.api.server.app.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}` },
        });
        return response.json().data;
      };
      const { body } = await admin(
        '{ permissions_me roles_me { id name } policies_me_globals { app_access admin_access enforce_tfa } }',
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data.permissions_me).toEqual(await rest(ADMIN_TOKEN, '/permissions/me'));
      expect(body.data.roles_me).toEqual(await rest(ADMIN_TOKEN, '/roles/me?fields=id,name'));
      expect(body.data.policies_me_globals).toEqual(await rest(ADMIN_TOKEN, '/policies/me/globals'));
      expect(body.data.policies_me_globals.admin_access).toBe(true);

      const own = await editor('{ roles_me { id name } }');
      expect(own.body.data.roles_me).toEqual(await rest(EDITOR_TOKEN, '/roles/me?fields=id,name'));
      // As in Directus, the fields whose system collection the caller cannot read are not in its schema.
      const hidden = await editor('{ permissions_me }');
      expect([hidden.status, codes(hidden.body)]).toEqual([400, ['GRAPHQL_VALIDATION']]);
    });

    it('reads and updates the settings singleton', async () => {
      const updated = await admin(
        'mutation { update_settings(data: { project_name: "GraphQL Project", project_color: "#112233" }) { project_name project_color } }',
      );
      expect(updated.body.errors, JSON.stringify(updated.body.errors)).toBeUndefined();
      expect(updated.body.data.update_settings).toEqual({
        project_name: 'GraphQL Project',
        project_color: '#112233',
      });
      const read = await admin('{ settings { project_name } }');
      expect(read.body.data.settings).toEqual({ project_name: 'GraphQL Project' });
      const invalid = await admin('mutation { update_settings(data: { project_color: 12 }) { id } }');
      expect(invalid.status).toBe(400);
    });

    it('reports server info, health and the SDL of the scopes', async () => {
      const signedIn = await admin(`{
        server_info { project { project_name } queryLimit { default max } rateLimit { points } version }
        server_health
        items: server_specs_graphql(scope: items)
        system: server_specs_graphql(scope: system)
      }`);
      expect(signedIn.body.errors, JSON.stringify(signedIn.body.errors)).toBeUndefined();
      const rest = (await server.api.get('/server/info', { authorization: `Bearer ${ADMIN_TOKEN}` })).json();
      const { data } = signedIn.body;
      expect(data.server_info.project.project_name).toBe(rest.data.project.project_name);
      expect(data.server_info.queryLimit).toEqual(rest.data.queryLimit);
      expect(data.server_info.version).toBe(rest.data.version);
      expect(data.server_info.rateLimit).toBeNull();
      expect(data.server_health).toMatchObject({ status: 'ok' });
      expect(data.server_health.checks).toBeDefined();
      expect(data.items).toContain('type articles {');
      expect(data.system).toContain('collections: [directus_collections!]!');

      const publicInfo = await anonymous(
        '{ server_info { project { project_name } queryLimit { max } } server_health }',
      );
      expect(publicInfo.body.errors, JSON.stringify(publicInfo.body.errors)).toBeUndefined();
      expect(publicInfo.body.data.server_info.queryLimit).toBeNull();
      expect(publicInfo.body.data.server_health).toEqual({ status: 'ok' });
      const editorSdl = await editor('{ server_specs_graphql(scope: items) }');
      expect(editorSdl.body.data.server_specs_graphql).not.toContain('secret');
    });

    it('creates, reads and deletes shares through the shares service', async () => {
      const article = await server.api.post(
        '/items/articles',
        { title: 'Shared', status: 'published' },
        { authorization: `Bearer ${ADMIN_TOKEN}` },
      );
      const item = String(article.json().data.id);
      // A share points at a collection with a `directus_collections` row.
      const meta = await admin(
        'mutation { update_collections_item(collection: "articles", data: { meta: { note: "Posts" } }) { collection } }',
      );
      expect(meta.body.errors, JSON.stringify(meta.body.errors)).toBeUndefined();
      const created = await admin(
        `mutation { create_shares_item(data: { collection: "articles", item: "${item}", password: "secret-pass" }) { id collection item password } }`,
      );
      expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
      const share = created.body.data.create_shares_item;
      expect(share).toMatchObject({ collection: 'articles', item, password: '**********' });
      const read = await admin(`{ shares_by_id(id: "${share.id}") { item } shares { id } }`);
      expect(read.body.data.shares_by_id).toEqual({ item });
      expect(read.body.data.shares).toEqual([{ id: share.id }]);
      const refused = await editor(
        `mutation { create_shares_item(data: { collection: "articles", item: "${item}" }) { id } }`,
      );
      // The editor may read their own shares (app access) but has no share permission on articles.
      expect([refused.status, codes(refused.body)]).toEqual([200, ['FORBIDDEN']]);
      const deleted = await admin(`mutation { delete_shares_item(id: "${share.id}") { id } }`);
      expect(deleted.body.data.delete_shares_item).toEqual({ id: share.id });
    });

    it('answers @directus/sdk graphql() queries of the system scope', async () => {
      const client = createDirectus(server.httpUrl).with(graphql()).with(staticToken(ADMIN_TOKEN));
      const result = await client.query<{ collections_by_name: { collection: string } }>(
        'query ($name: String!) { collections_by_name(name: $name) { collection } }',
        { name: 'articles' },
        'system',
      );
      expect(result).toEqual({ collections_by_name: { collection: 'articles' } });
      await expect(
        client.query('{ collections_by_name(name: "nope") { collection } }', {}, 'system'),
      ).rejects.toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    });
  });
}
