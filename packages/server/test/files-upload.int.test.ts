import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './auth-fixture.js';
import {
  createFilesServer,
  EDITOR_TOKEN,
  type FilesServer,
  makeJpeg,
  multipartBody,
} from './files-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/files upload, replace and delete tests', '@plinth/server');

  describe.skipIf(!engine.url)(`/files uploads on ${engine.client}`, () => {
    let api: FilesServer;

    beforeAll(async () => {
      api = await createFilesServer(engine, {
        FILES_MAX_UPLOAD_SIZE: '64kb',
        FILES_MIME_TYPE_ALLOW_LIST: 'image/*,text/plain',
      });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('stores one file with the fields sent before it and answers an object', async () => {
      const body = multipartBody([
        { name: 'description', value: 'a note' },
        { name: 'tags', value: '["a","b"]' },
        { name: 'file', filename: 'my-first_note.txt', type: 'text/plain', content: 'hello plinth' },
      ]);
      const response = await api.call('POST', '/files', body);
      expect(response.statusCode).toBe(200);
      const file = response.json().data;
      expect(file).toMatchObject({
        storage: 'local',
        filename_disk: `${file.id}.txt`,
        filename_download: 'my-first_note.txt',
        title: 'My First Note',
        description: 'a note',
        type: 'text/plain',
      });
      expect(Number(file.filesize)).toBe(12);
      expect(file.uploaded_on).toBeTruthy();
      expect(file.uploaded_by).toBeTruthy();
      expect(await api.stored()).toContain(`${file.id}.txt`);
    });

    it('stores several files, each with its own fields, and answers an array', async () => {
      const body = multipartBody([
        { name: 'title', value: 'First' },
        { name: 'file', filename: 'a.txt', type: 'text/plain', content: 'aaa' },
        { name: 'title', value: 'Second' },
        { name: 'file', filename: 'b.txt', type: 'text/plain', content: 'bbbbb' },
        { name: 'file', filename: 'c-file.txt', type: 'text/plain', content: 'c' },
      ]);
      const response = await api.call('POST', '/files?fields=title,filesize,filename_download', body);
      expect(response.statusCode).toBe(200);
      const files = response.json().data as { title: string; filesize: string; filename_download: string }[];
      expect(files.map((file) => [file.title, Number(file.filesize)]).sort()).toEqual([
        ['C File', 1],
        ['First', 3],
        ['Second', 5],
      ]);
    });

    it('reads width, height and EXIF metadata from an image', async () => {
      const jpeg = await makeJpeg(320, 200);
      const body = multipartBody([
        { name: 'file', filename: 'photo.jpg', type: 'image/jpeg', content: jpeg },
      ]);
      const response = await api.call('POST', '/files', body);
      expect(response.statusCode).toBe(200);
      const file = response.json().data;
      expect([file.width, file.height]).toEqual([320, 200]);
      expect(file.metadata).toEqual({ ifd0: { Make: 'PlinthCam', Model: 'Test 1' } });
      expect(Number(file.filesize)).toBe(jpeg.length);
    });

    it('answers 413 above FILES_MAX_UPLOAD_SIZE and keeps neither row nor object', async () => {
      const before = await api.stored();
      const rows = await api.database.kysely.selectFrom('directus_files').select('id').execute();
      const body = multipartBody([
        { name: 'file', filename: 'big.txt', type: 'text/plain', content: Buffer.alloc(65 * 1024, 'x') },
      ]);
      const response = await api.call('POST', '/files', body);
      expect(response.statusCode).toBe(413);
      expect(codeOf(response)).toBe('CONTENT_TOO_LARGE');
      expect(await api.stored()).toEqual(before);
      expect(await api.database.kysely.selectFrom('directus_files').select('id').execute()).toHaveLength(
        rows.length,
      );
    });

    it('refuses a type outside the allow-list, a part without a name and a body without files', async () => {
      const pdf = multipartBody([
        { name: 'file', filename: 'x.pdf', type: 'application/pdf', content: '%PDF' },
      ]);
      const refused = await api.call('POST', '/files', pdf);
      expect(refused.statusCode).toBe(400);
      expect(codeOf(refused)).toBe('INVALID_PAYLOAD');
      expect(refused.json().errors[0].message).toContain('File is of invalid content type');

      const none = await api.call('POST', '/files', multipartBody([{ name: 'title', value: 'x' }]));
      expect(none.statusCode).toBe(400);
      expect(none.json().errors[0].message).toContain('No files were included in the body');

      const unnamed = await api.call(
        'POST',
        '/files',
        multipartBody([{ name: 'file', filename: '', type: 'text/plain', content: 'x' }]),
      );
      expect(unnamed.statusCode).toBe(400);
    });

    it('answers 400 for a body cut off before its closing boundary, keeping nothing', async () => {
      const before = await api.stored();
      const body = multipartBody([
        { name: 'file', filename: 'cut.txt', type: 'text/plain', content: 'x'.repeat(5000) },
      ]);
      const cut = body.payload.subarray(0, body.payload.length - 60);
      const response = await api.call('POST', '/files', { payload: cut, headers: body.headers });
      expect(response.statusCode).toBe(400);
      expect(codeOf(response)).toBe('INVALID_PAYLOAD');
      expect(await api.stored()).toEqual(before);
    });

    it('keeps path traversal in file names and ids out of storage', async () => {
      const body = multipartBody([
        { name: 'filename_disk', value: '../../escape.txt' },
        { name: 'file', filename: '../../../etc/evil.txt', type: 'text/plain', content: 'evil' },
      ]);
      const response = await api.call('POST', '/files', body);
      expect(response.statusCode).toBe(200);
      const file = response.json().data;
      expect(file.filename_disk).toBe(`${file.id}.txt`);
      expect(file.filename_download).toBe('evil.txt');
      expect((await api.stored()).every((name) => !name.includes('..') && !name.includes('/'))).toBe(true);

      for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E%2Fsecret', `${file.id}%2F..%2F..`]) {
        const read = await api.call('GET', `/files/${id}`);
        expect(read.statusCode, id).toBe(403);
      }
      for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E%2Fsecret', '..%5C..%5Cwin.ini']) {
        const asset = await api.call('GET', `/assets/${id}`);
        expect(asset.statusCode, id).toBe(403);
      }
      // Only the first 36 characters name the file (§10.2): what follows can reach nothing else.
      const suffixed = await api.call('GET', `/assets/${file.id}%2F..%2F..%2Fetc%2Fpasswd`);
      expect(suffixed.statusCode).toBe(200);
      expect(suffixed.body).toBe('evil');
    });

    it('refuses an unknown storage location and callers without create access', async () => {
      const unknown = await api.call(
        'POST',
        '/files',
        multipartBody([
          { name: 'storage', value: 'elsewhere' },
          { name: 'file', filename: 'a.txt', type: 'text/plain', content: 'a' },
        ]),
      );
      expect(unknown.statusCode).toBe(400);
      const before = await api.stored();
      const body = multipartBody([{ name: 'file', filename: 'a.txt', type: 'text/plain', content: 'a' }]);
      expect((await api.call('POST', '/files', { ...body, token: null })).statusCode).toBe(403);
      expect((await api.call('POST', '/files', { ...body, token: EDITOR_TOKEN })).statusCode).toBe(403);
      expect(await api.stored()).toEqual(before);
    });

    it('creates a bare record from JSON, and updates metadata with PATCH', async () => {
      const created = await api.call('POST', '/files', {
        payload: { filename_download: 'later.bin', title: 'Placeholder' },
      });
      expect(created.statusCode).toBe(200);
      const record = created.json().data;
      expect(record).toMatchObject({ storage: 'local', filename_download: 'later.bin', filename_disk: null });
      const patched = await api.call('PATCH', `/files/${record.id}`, { payload: { title: 'Renamed' } });
      expect(patched.json().data.title).toBe('Renamed');
      const listed = await api.call('GET', `/files?filter[id][_eq]=${record.id}&fields=title`);
      expect(listed.json().data).toEqual([{ title: 'Renamed' }]);
    });

    it('replaces the bytes with a multipart PATCH, keeping the id and dropping the old object', async () => {
      const first = await api.call(
        'POST',
        '/files',
        multipartBody([{ name: 'file', filename: 'doc.txt', type: 'text/plain', content: 'version one' }]),
      );
      const id = first.json().data.id;
      const replaced = await api.call(
        'PATCH',
        `/files/${id}`,
        multipartBody([
          { name: 'title', value: 'Now a picture' },
          { name: 'file', filename: 'pic.jpg', type: 'image/jpeg', content: await makeJpeg(40, 30) },
        ]),
      );
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json().data).toMatchObject({
        id,
        title: 'Now a picture',
        filename_disk: `${id}.jpg`,
        type: 'image/jpeg',
        width: 40,
        height: 30,
      });
      const stored = await api.stored();
      expect(stored).toContain(`${id}.jpg`);
      expect(stored).not.toContain(`${id}.txt`);
      expect(stored.some((name) => name.endsWith('.upload'))).toBe(false);
      const asset = await api.call('GET', `/assets/${id}`);
      expect(asset.headers['content-type']).toBe('image/jpeg');
    });

    it('serves /folders with the standard CRUD, and uploads into a folder', async () => {
      const parent = await api.call('POST', '/folders', { payload: { name: 'Photos' } });
      expect(parent.statusCode).toBe(200);
      const parentId = parent.json().data.id;
      const child = await api.call('POST', '/folders', { payload: { name: '2026', parent: parentId } });
      expect(child.json().data).toMatchObject({ name: '2026', parent: parentId });
      const list = await api.call('GET', '/folders?fields=name&sort=name');
      expect(list.json().data).toEqual([{ name: '2026' }, { name: 'Photos' }]);
      const upload = await api.call(
        'POST',
        '/files?fields=folder.name',
        multipartBody([
          { name: 'folder', value: child.json().data.id },
          { name: 'file', filename: 'in-folder.txt', type: 'text/plain', content: 'x' },
        ]),
      );
      expect(upload.json().data).toEqual({ folder: { name: '2026' } });
      expect(
        (await api.call('PATCH', `/folders/${parentId}`, { payload: { name: 'Pictures' } })).json().data.name,
      ).toBe('Pictures');
      expect((await api.call('GET', '/folders', { token: null })).statusCode).toBe(403);

      // Without a folder field, uploads go to the settings' default folder.
      const settings = api.database.kysely;
      await settings.insertInto('directus_settings').values({ storage_default_folder: parentId }).execute();
      try {
        const defaulted = await api.call(
          'POST',
          '/files?fields=folder',
          multipartBody([{ name: 'file', filename: 'default.txt', type: 'text/plain', content: 'x' }]),
        );
        expect(defaulted.json().data).toEqual({ folder: parentId });
      } finally {
        await settings.deleteFrom('directus_settings').execute();
      }
    });

    it('lets a permitted editor upload, but not point a row at another object', async () => {
      await api.allowEditor('directus_files', 'create');
      await api.allowEditor('directus_files', 'read');
      await api.allowEditor('directus_files', 'update');
      const upload = await api.call('POST', '/files', {
        ...multipartBody([{ name: 'file', filename: 'mine.txt', type: 'text/plain', content: 'mine' }]),
        token: EDITOR_TOKEN,
      });
      expect(upload.statusCode).toBe(200);
      const mine = upload.json().data;
      const other = await api.call(
        'POST',
        '/files',
        multipartBody([{ name: 'file', filename: 'secret.txt', type: 'text/plain', content: 'secret' }]),
      );
      const secretDisk = other.json().data.filename_disk;
      const hijack = await api.call('PATCH', `/files/${mine.id}`, {
        token: EDITOR_TOKEN,
        payload: { filename_disk: secretDisk },
      });
      expect(hijack.statusCode).toBe(400);
      expect(codeOf(hijack)).toBe('INVALID_PAYLOAD');
      const asset = await api.call('GET', `/assets/${mine.id}`, { token: EDITOR_TOKEN });
      expect(asset.body).toBe('mine');
      const renamed = await api.call('PATCH', `/files/${mine.id}`, {
        token: EDITOR_TOKEN,
        payload: { title: 'Mine' },
      });
      expect(renamed.json().data.title).toBe('Mine');
    });

    it('deletes rows and their objects, one by key and many by keys', async () => {
      const upload = (name: string) =>
        api.call(
          'POST',
          '/files',
          multipartBody([{ name: 'file', filename: name, type: 'text/plain', content: name }]),
        );
      const ids = await Promise.all(
        ['d1.txt', 'd2.txt', 'd3.txt'].map(async (name) => (await upload(name)).json().data.id),
      );
      expect((await api.call('DELETE', `/files/${ids[0]}`)).statusCode).toBe(204);
      expect((await api.call('DELETE', '/files', { payload: [ids[1]] })).statusCode).toBe(204);
      const byQuery = await api.call('DELETE', '/files', {
        payload: { query: { filter: { filename_download: { _eq: 'd3.txt' } } } },
      });
      expect(byQuery.statusCode).toBe(204);
      const stored = await api.stored();
      for (const id of ids) expect(stored.some((name) => name.startsWith(id))).toBe(false);
      const rows = await api.database.kysely
        .selectFrom('directus_files')
        .select('id')
        .where('id', 'in', ids)
        .execute();
      expect(rows).toEqual([]);
    });
  });
}
