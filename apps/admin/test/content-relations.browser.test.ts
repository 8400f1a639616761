import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createConsoleWatch } from './browser-kit.js';
import {
  CHROMIUM,
  DESKTOP,
  hasChromium,
  PHONE,
  screenshotFolder,
  shoot as shootInto,
  signIn,
  warnIfNoChromium,
} from './session-kit.js';
import { type RunningPlinth, startPlinth } from './start-plinth.js';

const ADMIN = { email: 'admin@plinth.test', password: 'correct horse battery' };
const TOKEN = 'admin-relations-static-token';
// A page's first load also fetches the app's chunks and the schemas of the related collections.
const FIRST_LOAD = { timeout: 10_000 };
const SHOTS = hasChromium ? screenshotFolder('plinth-relations-shots-') : '';
warnIfNoChromium('the admin related lists, rich text and revisions tests');

let plinth: RunningPlinth;
let browser: Browser;
let desktop: BrowserContext;
let page: Page;
const api = createApi(() => plinth.url, TOKEN);
const { errors: consoleErrors, watch, provoking } = createConsoleWatch();

const id = { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } };
const text = (field: string, meta: object = { interface: 'input' }) => ({ field, type: 'string', meta });

/** books ←o2m (sorted by position)— chapters; books ←m2m→ tags through books_tags. */
async function createModel(): Promise<void> {
  await api('POST', '/collections', {
    collection: 'books',
    schema: {},
    meta: {},
    fields: [
      id,
      text('title'),
      { field: 'body', type: 'text', meta: { interface: 'input-rich-text-html' } },
      { field: 'notes', type: 'text', meta: { interface: 'input-rich-text-md' } },
    ],
  });
  await api('POST', '/collections', {
    collection: 'chapters',
    schema: {},
    meta: { display_template: '{{title}}' },
    fields: [
      id,
      { ...text('title'), schema: { is_nullable: false } },
      { field: 'position', type: 'integer', meta: { hidden: true } },
      { field: 'book', type: 'integer', meta: { interface: 'select-dropdown-m2o' } },
    ],
  });
  await api('POST', '/collections', { collection: 'tags', schema: {}, meta: {}, fields: [id, text('name')] });
  await api('POST', '/collections', {
    collection: 'books_tags',
    schema: {},
    meta: { hidden: true },
    fields: [id, { field: 'books_id', type: 'integer' }, { field: 'tags_id', type: 'integer' }],
  });
  for (const [field, special] of [
    ['chapters', 'o2m'],
    ['tags', 'm2m'],
  ] as const) {
    await api('POST', '/fields/books', {
      field,
      type: 'alias',
      schema: null,
      meta: { special: [special], interface: special === 'o2m' ? 'list-o2m' : 'list-m2m' },
    });
  }
  const relations = [
    [
      'chapters',
      'book',
      'books',
      { one_field: 'chapters', sort_field: 'position', one_deselect_action: 'nullify' },
    ],
    [
      'books_tags',
      'books_id',
      'books',
      { one_field: 'tags', junction_field: 'tags_id', one_deselect_action: 'delete' },
    ],
    ['books_tags', 'tags_id', 'tags', { junction_field: 'books_id' }],
  ] as const;
  for (const [collection, field, related_collection, meta] of relations) {
    const schema = { on_delete: collection === 'chapters' ? 'SET NULL' : 'CASCADE' };
    await api('POST', '/relations', { collection, field, related_collection, meta, schema });
  }
  for (const name of ['red', 'green', 'blue']) await api('POST', '/items/tags', { name });
  await api('POST', '/items/books', {
    title: 'Dune',
    chapters: ['One', 'Two', 'Three'].map((title, index) => ({ title, position: index + 1 })),
    tags: [{ tags_id: 1 }, { tags_id: 2 }],
  });
  await api('POST', '/items/chapters', { title: 'Loose' });
}

const shoot = (target: Page, name: string) => shootInto(target, SHOTS, name);

/** The names the related list of `field` shows, in order. */
function listed(target: Page, field: string): Promise<string[]> {
  return target
    .getByRole('list', { name: `${field} items` })
    .locator('.related-name')
    .allInnerTexts();
}

async function chaptersOfDune(): Promise<Array<{ title: string; position: number }>> {
  return (await api(
    'GET',
    '/items/chapters?filter[book][_eq]=1&sort=position&fields=title,position',
  )) as Array<{ title: string; position: number }>;
}

describe.skipIf(!hasChromium)('the item editor: related lists and rich text, in chromium', () => {
  beforeAll(async () => {
    plinth = await startPlinth({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_TOKEN: TOKEN,
    });
    await createModel();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    desktop = await browser.newContext({ viewport: DESKTOP });
    page = watch(await desktop.newPage());
    await page.goto(`${plinth.url}/admin/login`);
    await signIn(page, ADMIN);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await plinth?.stop();
  });

  it('shows a validation error of a new related item at its list field', async () => {
    await page.goto(`${plinth.url}/admin/content/books/1`);
    await expect.poll(() => listed(page, 'chapters'), FIRST_LOAD).toEqual(['One', 'Two', 'Three']);
    await page.getByRole('button', { name: 'Create new chapters item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New chapters item for chapters' });
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    await expect.poll(() => listed(page, 'chapters')).toEqual(['One', 'Two', 'Three', 'New item (new)']);
    await provoking(/status of 400/, async () => {
      await page.getByRole('button', { name: 'Save and stay' }).click();
      await page.locator('.field.has-error').getByText('Validation failed for field "title"').waitFor();
    });
    expect(await page.locator('.field.has-error .field-label').textContent()).toBe('chapters');
    await page.getByRole('button', { name: 'Unlink New item' }).click();
    expect(await page.locator('.field.has-error').count()).toBe(0);
    expect(await chaptersOfDune()).toHaveLength(3);
  });

  it('o2m: reorders by keyboard and by drag, unlinks, links and creates, in one request', async () => {
    const up = page.getByRole('button', { name: 'Move Three up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page, 'chapters')).toEqual(['One', 'Three', 'Two']);
    // Focus follows the moved row, so it can be moved again by keyboard.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move Three up',
    );

    const rows = page.getByRole('list', { name: 'chapters items' }).locator('li');
    await rows.nth(0).dragTo(rows.nth(2));
    await expect.poll(() => listed(page, 'chapters')).toEqual(['Three', 'Two', 'One']);

    await page.getByRole('button', { name: 'Unlink Two' }).click();
    await page.getByLabel('Existing chapters item to add to chapters').selectOption({ label: 'Loose (#4)' });
    await page.getByRole('button', { name: 'Add to chapters' }).click();
    await page.getByRole('button', { name: 'Create new chapters item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New chapters item for chapters' });
    await dialog.getByLabel('title').fill('Epilogue');
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    await expect
      .poll(() => listed(page, 'chapters'))
      .toEqual(['Three', 'One', 'Loose (added)', 'Epilogue (new)']);
    await page.getByRole('list', { name: 'chapters items' }).scrollIntoViewIfNeeded();
    await shoot(page, 'item-related-lists-desktop');

    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.getByRole('button', { name: 'Save and stay' }).click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => listed(page, 'chapters')).toEqual(['Three', 'One', 'Loose', 'Epilogue']);
    expect(writes).toEqual(['PATCH /items/books/1']);
    expect(await chaptersOfDune()).toEqual([
      { title: 'Three', position: 1 },
      { title: 'One', position: 2 },
      { title: 'Loose', position: 3 },
      { title: 'Epilogue', position: 4 },
    ]);
    // Unlinked, not deleted: the relation's deselect action is `nullify`.
    expect(await api('GET', '/items/chapters?filter[title][_eq]=Two&fields=book')).toEqual([{ book: null }]);
  });

  it('m2m: removes a junction row, adds an existing tag and a new one', async () => {
    await expect.poll(() => listed(page, 'tags')).toEqual(['red', 'green']);
    expect(await page.getByRole('button', { name: 'Move red up' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove red' }).click();
    await page.getByLabel('Existing tags item to add to tags').selectOption({ label: 'blue (#3)' });
    await page.getByRole('button', { name: 'Add to tags' }).click();
    await page.getByRole('button', { name: 'Create new tags item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tags item for tags' });
    await dialog.getByLabel('name').fill('yellow');
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    await page.getByRole('button', { name: 'Save and stay' }).click();
    await expect.poll(() => listed(page, 'tags')).toEqual(['green', 'blue', 'yellow']);

    const junction = (await api(
      'GET',
      '/items/books_tags?fields=books_id,tags_id.name&sort=id',
    )) as unknown[];
    expect(junction).toEqual([
      { books_id: 1, tags_id: { name: 'green' } },
      { books_id: 1, tags_id: { name: 'blue' } },
      { books_id: 1, tags_id: { name: 'yellow' } },
    ]);
    expect(((await api('GET', '/items/tags?fields=name&sort=id')) as unknown[]).length).toBe(4);
  });

  it('rich text: bold and a list from the toolbar are saved as HTML; markdown has a preview', async () => {
    const body = page.getByRole('textbox', { name: 'body' });
    // The toolbar hands the focus back to the editor; keys typed before it arrives would be lost.
    const typeInBody = async (text: string) => {
      await expect.poll(() => body.evaluate((editor) => editor.contains(document.activeElement))).toBe(true);
      await page.keyboard.type(text);
    };
    await body.click();
    await typeInBody('Hello ');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting for body' });
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await typeInBody('bold');
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await typeInBody(' plain');
    await page.keyboard.press('Enter');
    // The toolbar is one tab stop; arrow keys walk it.
    await toolbar.getByRole('button', { name: 'Bold' }).focus();
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Bulleted list');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => toolbar.getByRole('button', { name: 'Bulleted list' }).getAttribute('aria-pressed'))
      .toBe('true');
    await typeInBody('first');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second');
    await toolbar.scrollIntoViewIfNeeded();
    await shoot(page, 'item-rich-text-desktop');

    await page.getByLabel('notes').fill('## Notes\n\n- *one*');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByLabel('Preview');
    await preview.getByRole('heading', { name: 'Notes' }).waitFor();
    expect(await preview.locator('li em').textContent()).toBe('one');

    await page.getByRole('button', { name: 'Save and stay' }).click();
    await expect
      .poll(() => api('GET', '/items/books/1?fields=body,notes'))
      .toEqual({
        body: '<p>Hello <strong>bold</strong> plain</p><ul><li><p>first</p></li><li><p>second</p></li></ul>',
        notes: '## Notes\n\n- *one*',
      });
  });

  it('lists the item’s revisions and restores an earlier one', async () => {
    await page.getByLabel('title', { exact: true }).fill('Dune Messiah');
    await page.getByRole('button', { name: 'Save and stay' }).click();
    const panel = page.getByRole('complementary', { name: 'Revisions' });
    const entries = panel.locator('.revision-list > li');
    await entries.first().getByText('Dune Messiah').waitFor();
    expect(await entries.first().locator('p').first().textContent()).toMatch(
      /^Updated by admin@plinth\.test on \d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    expect(await entries.last().locator('p').first().textContent()).toMatch(/^Created by /);
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'item-revisions-desktop');

    await entries
      .nth(1)
      .getByRole('button', { name: /^Restore revision #\d+$/ })
      .click();
    await page.getByText('Restored.').waitFor();
    await expect
      .poll(async () => ((await api('GET', '/items/books/1?fields=title')) as { title: string }).title)
      .toBe('Dune');
    await expect.poll(() => page.getByLabel('title', { exact: true }).inputValue()).toBe('Dune');
    // The restore is itself a change, listed first.
    await expect.poll(() => entries.first().textContent()).toContain('Dune');
  });

  it('fits a phone: the related lists and the rich text toolbar', async () => {
    const phoneContext = await browser.newContext({
      viewport: PHONE,
      storageState: await desktop.storageState(),
      hasTouch: true,
      isMobile: true,
    });
    const phone = watch(await phoneContext.newPage());
    await phone.goto(`${plinth.url}/admin/content/books/1`);
    await expect
      .poll(() => listed(phone, 'chapters'), FIRST_LOAD)
      .toEqual(['Three', 'One', 'Loose', 'Epilogue']);
    await phone.getByRole('toolbar', { name: 'Formatting for body' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.getByRole('list', { name: 'chapters items' }).scrollIntoViewIfNeeded();
    await shoot(phone, 'item-related-lists-phone');
    await phoneContext.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
