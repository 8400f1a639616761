import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createConsoleWatch } from './browser-kit.js';
import {
  type BrowserSession,
  hasChromium,
  openPhonePage,
  recordConfirmations,
  screenshotFolder,
  shoot,
  startBrowserSession,
  warnIfNoChromium,
} from './session-kit.js';
import { type RunningPlinth, startPlinth } from './start-plinth.js';

const ADMIN = { email: 'admin@plinth.test', password: 'correct horse battery' };
const TOKEN = 'data-model-e2e-static-token';
const SHOTS = hasChromium ? screenshotFolder('plinth-data-model-shots-') : '';
warnIfNoChromium('the data model browser tests');

let plinth: RunningPlinth;
let session: BrowserSession;
let page: Page;
const watcher = createConsoleWatch();
const confirmations: string[] = [];
const watch = (target: Page) => recordConfirmations(watcher.watch(target), confirmations);
const api = createApi(() => plinth.url, TOKEN);

interface FieldAnswer {
  schema: { default_value: unknown; is_unique: boolean } | null;
  meta: {
    required: boolean;
    note: string | null;
    interface: string;
    options: Record<string, unknown> | null;
  };
}

interface RelationAnswer {
  collection: string;
  field: string;
  related_collection: string;
  meta: { one_field: string | null; junction_field: string | null; sort_field: string | null };
}

const readField = (collection: string, field: string) =>
  api('GET', `/fields/${collection}/${field}`) as Promise<FieldAnswer>;

async function readRelation(collection: string, field: string): Promise<RelationAnswer | undefined> {
  const relations = (await api('GET', '/relations')) as RelationAnswer[];
  return relations.find((relation) => relation.collection === collection && relation.field === field);
}

const table = (collection: string, fields: string[]) => ({
  collection,
  schema: {},
  fields: [
    { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
    ...fields.map((field) => ({ field, type: 'string' })),
  ],
});

/** Opens the data model screen on `collection`. */
async function openCollection(collection: string): Promise<void> {
  await page.getByRole('link', { name: 'Data model' }).click();
  await page.getByRole('combobox', { name: /^Collection\b/ }).selectOption(collection);
  await page.getByRole('heading', { name: `Fields of ${collection}` }).waitFor();
}

async function openSettings(collection: string) {
  await openCollection(collection);
  await page.getByRole('button', { name: 'Collection settings' }).click();
  const form = page.getByRole('form', { name: `Settings of ${collection}` });
  await form.waitFor();
  return form;
}

/** The names a related list of the item editor shows, in order. */
const listed = (field: string) =>
  page
    .getByRole('list', { name: `${field} items` })
    .locator('.related-name')
    .allInnerTexts();

async function openRelationDialog(collection: string) {
  await openCollection(collection);
  await page.getByRole('button', { name: 'Add a relation' }).click();
  return page.getByRole('dialog', { name: `Add a relation to ${collection}` });
}

describe.skipIf(!hasChromium)('the data model screen in chromium', () => {
  beforeAll(async () => {
    plinth = await startPlinth({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_TOKEN: TOKEN,
    });
    for (const [name, fields] of [
      ['authors', ['name']],
      ['books', ['title', 'status']],
      ['tags', ['label']],
      ['scratch', ['note']],
      ['chapters', ['heading']],
    ] as const) {
      await api('POST', '/collections', table(name, [...fields]));
    }
    await api('POST', '/fields/books', { field: 'rank', type: 'integer' });
    session = await startBrowserSession(plinth.url, ADMIN, watch);
    page = session.page;
  }, 90_000);

  afterAll(async () => {
    await session?.browser.close();
    await plinth?.stop();
  });

  it("edits a field's note, default, required, unique and placeholder", async () => {
    await openCollection('books');
    await page.getByRole('button', { name: 'Edit field title' }).click();
    const editor = page.getByRole('form', { name: 'Edit field books.title' });
    await editor.getByLabel('Note').fill('Shown on the cover');
    await editor.getByLabel('Placeholder').fill('A catchy title');
    await editor.getByLabel('Default value').fill('Untitled');
    await editor.getByRole('checkbox', { name: /^Required/ }).check();
    await editor.getByRole('checkbox', { name: /^Unique/ }).check();
    await editor.evaluate((form) => form.scrollIntoView());
    await shoot(page, SHOTS, 'field-editor-desktop');
    await editor.getByRole('button', { name: 'Save field' }).click();
    await editor.waitFor({ state: 'detached' });

    const field = await readField('books', 'title');
    expect(field.schema).toMatchObject({ default_value: 'Untitled', is_unique: true });
    expect(field.meta).toMatchObject({
      required: true,
      note: 'Shown on the cover',
      options: { placeholder: 'A catchy title' },
    });
    const row = page.locator('table.model-fields tbody tr', { hasText: 'title' });
    await expect
      .poll(async () => (await row.locator('td').allInnerTexts()).slice(3, 5))
      .toEqual(['required, unique', 'Untitled']);
    // The API now fills the default in and refuses a second item with the same title.
    await api('POST', '/items/books', { status: 'draft' });
    await expect(api('POST', '/items/books', { status: 'draft' })).rejects.toThrow(/RECORD_NOT_UNIQUE/);
  });

  it('makes a dropdown with choices, and clears the default again', async () => {
    await openCollection('books');
    await page.getByRole('button', { name: 'Edit field status' }).click();
    const editor = page.getByRole('form', { name: 'Edit field books.status' });
    await editor.getByLabel('Interface').selectOption('select-dropdown');
    await editor.getByLabel('Choices').fill('draft=Draft\nlive=Live');
    await editor.getByRole('button', { name: 'Save field' }).click();
    await editor.waitFor({ state: 'detached' });
    expect((await readField('books', 'status')).meta).toMatchObject({
      interface: 'select-dropdown',
      options: {
        choices: [
          { value: 'draft', text: 'Draft' },
          { value: 'live', text: 'Live' },
        ],
      },
    });

    await page.getByRole('button', { name: 'Edit field title' }).click();
    const title = page.getByRole('form', { name: 'Edit field books.title' });
    await expect.poll(() => title.getByLabel('Default value').inputValue()).toBe('Untitled');
    await title.getByLabel('Default value').fill('');
    await title.getByRole('button', { name: 'Save field' }).click();
    await title.waitFor({ state: 'detached' });
    expect((await readField('books', 'title')).schema?.default_value).toBeNull();
  });

  it("edits a collection's settings, sending only what changed", async () => {
    const form = await openSettings('books');
    await form.getByLabel('Icon', { exact: true }).fill('menu_book');
    await form.getByLabel('Display template', { exact: true }).fill('{{title}}');
    await form.getByLabel('Sort field').selectOption('rank');
    await form.getByLabel('History (accountability)').selectOption('activity');
    await form.getByLabel('Archive field').selectOption('status');
    await form.getByLabel('Archive value', { exact: true }).fill('archived');
    await form.evaluate((element) => element.scrollIntoView());
    await shoot(page, SHOTS, 'collection-settings-desktop');
    const [sent] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'PATCH'),
      form.getByRole('button', { name: 'Save settings' }).click(),
    ]);
    await form.waitFor({ state: 'detached' });

    expect(new URL(sent.url()).pathname).toBe('/collections/books');
    const changed = {
      icon: 'menu_book',
      display_template: '{{title}}',
      sort_field: 'rank',
      accountability: 'activity',
      archive_field: 'status',
      archive_value: 'archived',
    };
    expect(sent.postDataJSON()).toEqual({ meta: changed });
    const { meta } = (await api('GET', '/collections/books')) as { meta: Record<string, unknown> };
    expect(meta).toMatchObject({ ...changed, unarchive_value: null, hidden: false });

    // The form opens again on what is stored; clearing the sort field sends null.
    const again = await openSettings('books');
    await expect
      .poll(() => again.getByLabel('Display template', { exact: true }).inputValue())
      .toBe('{{title}}');
    expect(await again.getByLabel('Sort field').inputValue()).toBe('rank');
    await again.getByLabel('Sort field').selectOption('');
    await again.getByRole('button', { name: 'Save settings' }).click();
    await again.waitFor({ state: 'detached' });
    expect(
      ((await api('GET', '/collections/books')) as { meta: { sort_field: unknown } }).meta.sort_field,
    ).toBeNull();
  });

  it('hides a collection from the navigation, not from the data model', async () => {
    const form = await openSettings('tags');
    await form.getByRole('checkbox', { name: /^Hidden/ }).check();
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.waitFor({ state: 'detached' });
    const navLink = page
      .getByRole('navigation', { name: 'Collections' })
      .getByRole('link', { name: 'tags', exact: true });
    await expect.poll(() => navLink.count()).toBe(0);
    const again = await openSettings('tags');
    expect(await again.getByRole('checkbox', { name: /^Hidden/ }).isChecked()).toBe(true);
    await again.getByRole('checkbox', { name: /^Hidden/ }).uncheck();
    await again.getByRole('button', { name: 'Save settings' }).click();
    await again.waitFor({ state: 'detached' });
    await expect.poll(() => navLink.count()).toBe(1);
  });

  it("shows the API's refusal of a collection's settings", async () => {
    await api('POST', '/collections', table('fleeting', ['note']));
    await page.reload();
    const form = await openSettings('fleeting');
    await api('DELETE', '/collections/fleeting');
    await form.getByLabel('Note', { exact: true }).fill('Gone already');
    await watcher.provoking(/status of 403/, () =>
      form.getByRole('button', { name: 'Save settings' }).click(),
    );
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/permission|exist/i);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    await page.reload();
  });

  it('creates an o2m relation with a new key field', async () => {
    const dialog = await openRelationDialog('authors');
    await dialog.getByLabel('List field name').fill('books');
    await dialog.getByLabel('Related collection').selectOption('books');
    await dialog.getByLabel('New key field name').fill('author');
    await shoot(page, SHOTS, 'relation-dialog-desktop');
    await dialog.getByRole('button', { name: 'Create relation' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await readRelation('books', 'author')).toMatchObject({
      related_collection: 'authors',
      meta: { one_field: 'books', junction_field: null },
    });
    expect(((await api('GET', '/fields/authors/books')) as { type: string }).type).toBe('alias');
    const row = page.locator('table.model-fields tbody tr', { hasText: 'books' });
    await expect.poll(async () => (await row.locator('td').allInnerTexts())[2]).toBe('← books.author');
    const [author] = (await api('POST', '/items/authors', [
      { name: 'Ursula', books: [{ title: 'The Dispossessed' }] },
    ])) as Array<{ id: number }>;
    expect(await api('GET', `/items/authors/${author!.id}?fields=books.title`)).toEqual({
      books: [{ title: 'The Dispossessed' }],
    });
  });

  it('creates an m2m relation: the junction, its key fields and both relations', async () => {
    const dialog = await openRelationDialog('books');
    await dialog.getByRole('radio', { name: /Many to many/ }).check();
    await dialog.getByLabel('List field name').fill('tags');
    await dialog.getByLabel('Related collection').selectOption('tags');
    await dialog.getByRole('button', { name: 'Create relation' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await readRelation('books_tags', 'books_id')).toMatchObject({
      related_collection: 'books',
      meta: { one_field: 'tags', junction_field: 'tags_id' },
    });
    expect(await readRelation('books_tags', 'tags_id')).toMatchObject({
      related_collection: 'tags',
      meta: { one_field: null, junction_field: 'books_id' },
    });
    const row = page.locator('table.model-fields tbody tr', { hasText: 'tags' });
    await expect.poll(async () => (await row.locator('td').allInnerTexts())[2]).toBe('↔ tags via books_tags');
    const [tag] = (await api('POST', '/items/tags', [{ label: 'classic' }])) as Array<{ id: number }>;
    const book = (await api('POST', '/items/books', {
      title: 'Earthsea',
      tags: [{ tags_id: tag!.id }],
    })) as { id: number };
    expect(await api('GET', `/items/books/${book.id}?fields=tags.tags_id.label`)).toEqual({
      tags: [{ tags_id: { label: 'classic' } }],
    });
  });

  it('creates an o2m with a sort field, whose order the item editor then keeps', async () => {
    const dialog = await openRelationDialog('books');
    await dialog.getByLabel('List field name').fill('chapters');
    await dialog.getByLabel('Related collection').selectOption('chapters');
    await dialog.getByLabel('New key field name').fill('book');
    await dialog.getByLabel('Sort field in chapters').selectOption({ label: 'A new field…' });
    await dialog.getByLabel('New sort field name').fill('position');
    await dialog.getByRole('button', { name: 'Create relation' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [relation, sortField] = await Promise.all([
      readRelation('chapters', 'book'),
      api('GET', '/fields/chapters/position'),
    ]);
    expect(relation).toMatchObject({
      related_collection: 'books',
      meta: { one_field: 'chapters', sort_field: 'position' },
    });
    expect(sortField).toMatchObject({ type: 'integer', meta: { hidden: true } });
    const book = (await api('POST', '/items/books', {
      title: 'A Wizard of Earthsea',
      chapters: ['One', 'Two', 'Three'].map((heading, index) => ({ heading, position: index + 1 })),
    })) as { id: number };

    await page.goto(`${plinth.url}/admin/content/books/${book.id}`);
    await expect.poll(() => listed('chapters')).toEqual(['One', 'Two', 'Three']);
    await page.getByRole('button', { name: 'Move Three up' }).click();
    await page.getByRole('button', { name: 'Move Three up' }).click();
    await expect.poll(() => listed('chapters')).toEqual(['Three', 'One', 'Two']);
    await page.getByRole('button', { name: 'Save and stay' }).click();
    await page.getByText('Saved.').waitFor();
    expect(
      await api('GET', `/items/chapters?filter[book][_eq]=${book.id}&sort=position&fields=heading,position`),
    ).toEqual([
      { heading: 'Three', position: 1 },
      { heading: 'One', position: 2 },
      { heading: 'Two', position: 3 },
    ]);
  });

  it('says what was made when a relation fails part way', async () => {
    const dialog = await openRelationDialog('authors');
    await dialog.getByRole('radio', { name: /Many to many/ }).check();
    await dialog.getByLabel('List field name').fill('notes');
    await dialog.getByLabel('Related collection').selectOption('scratch');
    // The junction's name is taken, so the API refuses the junction after the list field was made.
    await dialog.getByLabel('Junction collection').fill('scratch');
    await watcher.provoking(/status of 4\d\d/, () =>
      dialog.getByRole('button', { name: 'Create relation' }).click(),
    );
    await dialog.getByRole('alert').waitFor();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toMatch(/Already made before the failure: the field authors\.notes\./);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(((await api('GET', '/fields/authors/notes')) as { type: string }).type).toBe('alias');
  });

  it('deletes a field after a confirmation naming it', async () => {
    await openCollection('authors');
    await page.getByRole('button', { name: 'Edit field notes' }).click();
    await page.getByRole('button', { name: 'Delete field' }).click();
    await page.getByRole('form', { name: 'Edit field authors.notes' }).waitFor({ state: 'detached' });
    expect(confirmations.at(-1)).toMatch(/Delete the field authors\.notes\?/);
    await expect(api('GET', '/fields/authors/notes')).rejects.toThrow(/403/);
    await expect
      .poll(async () =>
        (await page.locator('table.model-fields tbody tr td:first-child').allInnerTexts()).sort(),
      )
      .toEqual(['books', 'id', 'name']);
  });

  it('deletes a collection after a confirmation naming it', async () => {
    await openCollection('scratch');
    await page.getByRole('button', { name: 'Delete collection scratch' }).click();
    await expect.poll(() => confirmations.at(-1)).toMatch(/Delete the collection scratch /);
    await expect
      .poll(async () =>
        (
          await page
            .getByRole('combobox', { name: /^Collection\b/ })
            .locator('option')
            .allInnerTexts()
        ).sort(),
      )
      .toEqual(['authors', 'books', 'books_tags', 'chapters', 'tags']);
    await expect(api('GET', '/collections/scratch')).rejects.toThrow(/403/);
    expect(await page.getByRole('link', { name: 'scratch' }).count()).toBe(0);
  });

  it('shows the field editor, the collection settings and the relation dialog on a phone', async () => {
    const { phone, context } = await openPhonePage(session, watch);
    await phone.goto(`${plinth.url}/admin/data-model`);
    await phone.getByRole('combobox', { name: /^Collection\b/ }).selectOption('books');
    await phone.getByRole('button', { name: 'Edit field title' }).click();
    const editor = phone.getByRole('form', { name: 'Edit field books.title' });
    await editor.evaluate((form) => form.scrollIntoView());
    await shoot(phone, SHOTS, 'field-editor-phone');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await phone.getByRole('button', { name: 'Collection settings' }).click();
    const settings = phone.getByRole('form', { name: 'Settings of books' });
    await expect.poll(() => settings.getByLabel('Icon', { exact: true }).inputValue()).toBe('menu_book');
    await settings.evaluate((form) => form.scrollIntoView());
    await shoot(phone, SHOTS, 'collection-settings-phone');
    await settings.getByRole('button', { name: 'Cancel' }).click();
    await phone.getByRole('button', { name: 'Add a relation' }).click();
    await phone.getByRole('dialog', { name: 'Add a relation to books' }).waitFor();
    await shoot(phone, SHOTS, 'relation-dialog-phone');
    await context.close();
  });

  it('logged no console errors', () => {
    expect(watcher.errors).toEqual([]);
  });
});
