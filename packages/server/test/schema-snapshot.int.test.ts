import { diffSnapshots, type Snapshot } from '@plinth/services';
import {
  createTestDatabase,
  listTestEngines,
  type TestDatabase,
  type TestEngine,
  warnSkipped,
} from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, buildReferenceModel, createApi, createSdk } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

interface Project {
  server: TestServer;
  api: Api;
  token: string;
  database: TestDatabase;
}

async function openProject(engine: TestEngine): Promise<Project> {
  const database = await createTestDatabase(engine, { prefix: 'plinth_srv' });
  const server = await createTestServer({}, {}, { database: database.database });
  const token = await insertAdminWithToken(server.database);
  return { server, database, token, api: createApi(server.app, token) };
}

async function closeProject(project: Project | undefined): Promise<void> {
  await project?.server.close();
  await project?.database.drop();
}

const engines = Object.fromEntries(listTestEngines().map((engine) => [engine.client, engine]));
const pairs: Array<[TestEngine, TestEngine]> = [
  [engines.sqlite!, engines.sqlite!],
  [engines.sqlite!, engines.pg!],
  [engines.pg!, engines.mysql!],
];

for (const [source, target] of pairs) {
  const available = Boolean(source.url && target.url);
  if (!available)
    warnSkipped(
      source.url ? target : source,
      `snapshot ${source.client} → ${target.client}`,
      '@plinth/server',
    );

  describe.skipIf(!available)(`schema snapshot from ${source.client} applied to ${target.client}`, () => {
    let from: Project;
    let to: Project;
    let snapshot: Snapshot;

    beforeAll(async () => {
      from = await openProject(source);
      to = await openProject(target);
      await buildReferenceModel(from.api, createSdk(from.server.app, from.token));
      const response = await from.api('GET', '/schema/snapshot');
      expect(response.status).toBe(200);
      snapshot = response.body.data;
    }, 120_000);
    afterAll(async () => {
      await closeProject(from);
      await closeProject(to);
    });

    it('carries the whole reference model, and applying it again changes nothing', async () => {
      expect(snapshot.collections.map((entry) => entry.collection)).toEqual(
        expect.arrayContaining([
          'articles',
          'articles_tags',
          'authors',
          'comments',
          'pages',
          'pages_blocks',
          'tags',
        ]),
      );
      const diff = await to.api('POST', '/schema/diff', snapshot);
      expect(diff.status).toBe(200);
      expect(diff.body.data.hash).toMatch(/^[0-9a-f]{64}$/);
      const applied = await to.api('POST', '/schema/apply', diff.body.data);
      expect(applied.body).toBeNull();
      expect(applied.status).toBe(204);

      const again = await to.api('POST', '/schema/diff', snapshot);
      expect(again.status).toBe(204);
      const copied: Snapshot = (await to.api('GET', '/schema/snapshot')).body.data;
      expect(diffSnapshots(copied, snapshot)).toBeNull();
      expect(copied.vendor).toBe({ sqlite: 'sqlite', pg: 'postgres', mysql: 'mysql' }[target.client]);
    });

    it('lists exactly the changes against a changed database, and applying them restores the model', async () => {
      await to.api('PATCH', '/fields/articles/comments', { meta: { note: 'changed here' } });
      await to.api('POST', '/fields/authors', {
        field: 'nickname',
        type: 'string',
        meta: { interface: 'input' },
      });
      const response = await to.api('POST', '/schema/diff', snapshot);
      const { diff } = response.body.data;
      expect(diff.collections).toEqual([]);
      expect(diff.relations).toEqual([]);
      expect(diff.systemFields).toEqual([]);
      expect(diff.fields).toEqual([
        {
          collection: 'articles',
          field: 'comments',
          diff: [{ kind: 'E', path: ['meta', 'note'], lhs: 'changed here', rhs: null }],
        },
        {
          collection: 'authors',
          field: 'nickname',
          diff: [{ kind: 'D', lhs: expect.objectContaining({ field: 'nickname' }) }],
        },
      ]);
      expect((await to.api('POST', '/schema/apply', response.body.data)).status).toBe(204);
      expect((await to.api('POST', '/schema/diff', snapshot)).status).toBe(204);
    });
  });
}
