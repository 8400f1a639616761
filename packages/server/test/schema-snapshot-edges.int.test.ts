import { parseSnapshot, toSnapshotYaml } from '@plinth/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Api, createApi } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

let server: TestServer;
let api: Api;
beforeEach(async () => {
  server = await createTestServer();
  api = createApi(server.app, await insertAdminWithToken(server.database));
  await api('POST', '/collections', {
    collection: 'notes',
    schema: {},
    meta: { icon: 'note' },
    fields: [{ field: 'text', type: 'string', meta: { interface: 'input' } }],
  });
});
afterEach(async () => {
  await server.close();
});

function multipart(name: string, content: string) {
  const boundary = '----plinth-test-boundary';
  const body = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${name}"`,
    'Content-Type: application/octet-stream',
    '',
    content,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('schema snapshot edges', () => {
  it('exports YAML as a download, and diffs an uploaded YAML file', async () => {
    const exported = await server.app.inject({
      method: 'GET',
      url: '/schema/snapshot?export=yaml',
      headers: { authorization: 'Bearer admin-static-token' },
    });
    expect(exported.headers['content-type']).toMatch(/^text\/yaml/);
    expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="snapshot .*\.yaml"$/);
    const snapshot = parseSnapshot(exported.body);
    expect(snapshot.collections.map((entry: { collection: string }) => entry.collection)).toEqual(['notes']);

    snapshot.fields.push({
      collection: 'notes',
      field: 'title',
      type: 'string',
      meta: null,
      schema: { name: 'title', table: 'notes', is_nullable: true, max_length: 255 },
    });
    const upload = multipart('model.yaml', toSnapshotYaml(snapshot));
    const diff = await server.app.inject({
      method: 'POST',
      url: '/schema/diff',
      headers: { authorization: 'Bearer admin-static-token', 'content-type': upload.contentType },
      payload: upload.body,
    });
    expect(diff.statusCode).toBe(200);
    expect(diff.json().data.diff.fields).toEqual([
      {
        collection: 'notes',
        field: 'title',
        diff: [{ kind: 'N', rhs: expect.objectContaining({ field: 'title' }) }],
      },
    ]);
  });

  it('refuses a stale diff that collides, unless forced past a hash mismatch that does not', async () => {
    const snapshot = (await api('GET', '/schema/snapshot')).body.data;
    await api('DELETE', '/collections/notes');
    const recreate = (await api('POST', '/schema/diff', snapshot)).body.data;
    await api('POST', '/collections', { collection: 'notes', schema: {}, meta: {} });
    const stale = await api('POST', '/schema/apply', recreate);
    expect(stale.status).toBe(400);
    expect(stale.body.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
    expect(stale.body.errors[0].message).toMatch(/collection "notes" the diff creates already exists/);
  });

  it('answers bad input with 400 and non-admins with 403', async () => {
    expect((await api('POST', '/schema/diff', { version: 2 })).status).toBe(400);
    expect((await api('POST', '/schema/apply', { diff: {} })).body.errors[0].message).toBe(
      'Invalid payload. "hash" is required.',
    );
    const anonymous = await server.app.inject({ method: 'GET', url: '/schema/snapshot' });
    expect(anonymous.statusCode).toBe(403);
    expect((await api('POST', '/schema/diff', (await api('GET', '/schema/snapshot')).body.data)).status).toBe(
      204,
    );
  });
});
